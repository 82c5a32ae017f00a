package org.ngoaivu.examples;

import java.nio.file.Path;

import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.model.Dossier;

/** Checks the dossier named on the command line and prints its findings and their totals. */
public final class Quickstart {
    private Quickstart() {
    }

    /**
     * Reads one dossier, evaluates it and prints the report.
     *
     * @param args the path of a dossier JSON file, e.g. {@code examples/data/national-sample-2024.json}
     */
    public static void main(String[] args) {
        Dossier dossier = DossierJson.read(Path.of(args[0])).orElseThrow();   // every problem, with JSON paths
        ComplianceEngine engine = ComplianceEngine.builder().build();          // build once, share between threads
        ComplianceReport report = engine.evaluate(dossier);
        report.findings().forEach(f ->
                System.out.println(f.severity() + " " + f.ruleId() + " " + f.subject().id() + ": " + f.message().en()));
        System.out.println(report.summary());   // e.g. "57 findings: 40 violations, 12 warnings and 5 recommendations."
    }
}

package org.ngoaivu.examples;

import java.nio.file.Path;

import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.model.Dossier;

/** The README's quickstart, line for line. */
public final class Quickstart {
    private Quickstart() {
    }

    public static void main(String[] args) {
        Dossier dossier = DossierJson.read(Path.of(args[0])).orElseThrow();   // every problem, with JSON paths
        ComplianceEngine engine = ComplianceEngine.builder().build();          // build once, share between threads
        ComplianceReport report = engine.evaluate(dossier);
        report.findings().forEach(f ->
                System.out.println(f.severity() + " " + f.ruleId() + " " + f.subject().id() + ": " + f.message().en()));
        System.out.println(report.summary());
    }
}

package org.ngoaivu.examples;

import java.nio.file.Path;

import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Parameter;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.engine.RuleSource;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.model.Dossier;

/**
 * A host application with its own rule pack (the {@code custom-rules} folder on its classpath) and its own
 * value of a catalogue parameter: missions need an external economic team from 5 diplomats instead of 7.
 */
public final class CustomRulesHost {
    private CustomRulesHost() {
    }

    public static void main(String[] args) {
        Dossier dossier = DossierJson.read(Path.of(args[0])).orElseThrow();
        ComplianceEngine engine = ComplianceEngine.builder()
                .addRules(RuleSource.classpath("custom-rules", CustomRulesHost.class.getClassLoader()))
                .parameters(Parameters.defaults().with(Parameter.ECONOMIC_TEAM_THRESHOLD, 5))
                .build();
        ComplianceReport report = engine.evaluate(dossier);
        report.findings().stream()
                .filter(f -> f.ruleId().startsWith("host-") || f.ruleId().equals("mission-economic-team"))
                .forEach(f -> System.out.println(f.ruleId() + " " + f.subject().id() + " " + f.parameters()
                        + ": " + f.message().en()));
        System.out.println(engine.rules().size() + " rules, rule pack " + engine.rulePackVersion());
    }
}

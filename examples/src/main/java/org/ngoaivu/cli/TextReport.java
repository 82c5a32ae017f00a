package org.ngoaivu.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.Severity;

/** The report as plain text: totals, then findings grouped by severity and subject. */
final class TextReport {
    private TextReport() {
    }

    static String render(ComplianceReport report, Locale locale) {
        StringBuilder out = new StringBuilder();
        Map<Severity, Integer> summary = report.summary();
        out.append("Compliance report as of ").append(report.asOf()).append(", plan year ").append(report.planYear())
                .append(" (").append(report.rulesEvaluated()).append(" rules, rule pack ")
                .append(report.rulePackVersion()).append(")\n");
        out.append(String.format("Totals: %d VIOLATION, %d WARNING, %d ADVICE%n", summary.get(Severity.VIOLATION),
                summary.get(Severity.WARNING), summary.get(Severity.ADVICE)));
        for (Severity severity : Severity.values()) {
            List<Finding> findings = report.findings().stream().filter(f -> f.severity() == severity).toList();
            if (findings.isEmpty()) {
                continue;
            }
            out.append("\n== ").append(severity).append(" (").append(findings.size()).append(") ==\n");
            Map<String, List<Finding>> bySubject = findings.stream().collect(Collectors.groupingBy(
                    f -> f.subject().type() + " " + f.subject().id() + f.subject().name().map(n -> " — " + n).orElse(""),
                    TreeMap::new, Collectors.toList()));
            bySubject.forEach((subject, list) -> {
                out.append(subject).append('\n');
                list.forEach(f -> out.append("  [").append(f.ruleId()).append("] ").append(f.message().in(locale))
                        .append('\n'));
            });
        }
        if (!report.disabledRules().isEmpty()) {
            out.append("\nDisabled rules: ").append(String.join(", ", report.disabledRules())).append('\n');
        }
        return out.toString();
    }
}

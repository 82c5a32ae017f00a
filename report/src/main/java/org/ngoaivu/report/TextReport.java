package org.ngoaivu.report;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.Progress;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.Subject;
import org.ngoaivu.engine.Waiver;

/** The report as plain text in the reader's language: totals, then findings grouped by severity and subject. */
final class TextReport {
    private TextReport() {
    }

    static String render(ComplianceReport report, ReportWords words, Optional<Progress> progress) {
        Locale locale = words.locale();
        StringBuilder out = new StringBuilder();
        Map<Severity, Integer> summary = report.summary();
        out.append(words.title()).append(' ').append(words.asOf(report.asOf(), report.planYear())).append(" (")
                .append(words.rules(report.rulesEvaluated(), report.rulePackVersion())).append(")\n");
        out.append(words.totals()).append(": ").append(summary.entrySet().stream()
                .map(e -> e.getValue() + " " + words.severity(e.getKey())).collect(Collectors.joining(", ")));
        if (!report.waived().isEmpty()) {
            out.append("; ").append(words.word("waived").toLowerCase(locale)).append(": ").append(report.waived().size());
        }
        out.append('\n');
        progress.ifPresent(p -> {
            out.append(words.progress(p)).append('\n');
            if (p.rulePackChanged()) {
                out.append(String.format(words.word("rulePackChanged"), p.baselineRulePackVersion())).append('\n');
            }
        });
        Set<Finding> fresh = progress.map(p -> (Set<Finding>) new HashSet<>(p.newFindings())).orElse(Set.of());
        for (Severity severity : Severity.values()) {
            List<Finding> findings = report.findings().stream().filter(f -> f.severity() == severity).toList();
            if (findings.isEmpty()) {
                continue;
            }
            out.append("\n== ").append(words.severity(severity)).append(" (").append(findings.size()).append(") ==\n");
            lines(out, findings, words, f -> progress.isEmpty() ? ""
                    : "(" + words.word(fresh.contains(f) ? "new" : "persisting").toLowerCase(locale) + ") ");
        }
        progress.filter(p -> !p.resolved().isEmpty()).ifPresent(p -> {
            out.append("\n== ").append(words.word("resolvedFindings")).append(" (").append(p.resolved().size())
                    .append(") ==\n");
            lines(out, p.resolved(), words, f -> "");
        });
        if (!report.waived().isEmpty()) {
            out.append("\n== ").append(words.word("waivedFindings")).append(" (").append(report.waived().size())
                    .append(") ==\n");
            report.waived().stream().collect(Collectors.groupingBy(w -> w.finding().subject(), () -> new TreeMap<>(
                    SUBJECT_ORDER), Collectors.toList())).forEach((subject, list) -> {
                        out.append(heading(subject, words)).append('\n');
                        list.forEach(w -> out.append("  [").append(w.finding().ruleId()).append("] ")
                                .append(w.finding().message().in(locale)).append("\n    ").append(words.waiver(w.waiver()))
                                .append('\n'));
                    });
        }
        waivers(out, words.word("expiredWaivers"), report.expiredWaivers(), words);
        waivers(out, words.word("unusedWaivers"), report.unusedWaivers(), words);
        if (!report.disabledRules().isEmpty()) {
            out.append('\n').append(words.disabledRules()).append(": ").append(String.join(", ", report.disabledRules()))
                    .append('\n');
        }
        return out.toString();
    }

    private static final Comparator<Subject> SUBJECT_ORDER = Comparator.comparing(Subject::type)
            .thenComparing(Subject::id);

    /** Findings by subject, in the order of subject type and id. */
    static Map<Subject, List<Finding>> bySubject(List<Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(Finding::subject, () -> new TreeMap<>(SUBJECT_ORDER),
                Collectors.toList()));
    }

    /** Findings under their subjects' headings, each with its rule, a mark and its message. */
    private static void lines(StringBuilder out, List<Finding> findings, ReportWords words,
                              Function<Finding, String> mark) {
        bySubject(findings).forEach((subject, list) -> {
            out.append(heading(subject, words)).append('\n');
            list.forEach(f -> out.append("  [").append(f.ruleId()).append("] ").append(mark.apply(f))
                    .append(f.message().in(words.locale())).append('\n'));
        });
    }

    /** A list of waivers under its heading, each with its rule, subject and terms; nothing when it is empty. */
    private static void waivers(StringBuilder out, String heading, List<Waiver> waivers, ReportWords words) {
        if (waivers.isEmpty()) {
            return;
        }
        out.append("\n== ").append(heading).append(" (").append(waivers.size()).append(") ==\n");
        waivers.forEach(w -> out.append("  [").append(w.ruleId()).append("] ").append(heading(w.subject(), words))
                .append(": ").append(words.waiver(w)).append('\n'));
    }

    /** A subject as a heading: its type in the reader's language, its id and its name. */
    static String heading(Subject subject, ReportWords words) {
        return words.subjectType(subject.type()) + " " + subject.id() + subject.name().map(n -> " — " + n).orElse("");
    }
}

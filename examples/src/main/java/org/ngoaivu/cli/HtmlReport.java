package org.ngoaivu.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.Subject;
import org.ngoaivu.model.Dossier;

/**
 * The report as one self-contained HTML page in the reader's language (headings, labels and its {@code lang}
 * attribute): inline CSS and SVG, nothing loaded from the network.
 */
final class HtmlReport {
    private static final Map<Severity, String> COLOURS = Map.of(Severity.VIOLATION, "#c0392b",
            Severity.WARNING, "#d68910", Severity.ADVICE, "#2471a3");

    private HtmlReport() {
    }

    static String render(ComplianceReport report, Dossier dossier, Locale locale, Map<String, String> areaOfRule) {
        ReportWords words = ReportWords.of(locale);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(words.languageTag()).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(words.title())).append(" – ").append(esc(words.date(report.asOf())))
                .append("</title><style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:70em}td,th{padding:.3em .6em;text-align:left;")
                .append("vertical-align:top;border-bottom:1px solid #ddd}.sev{color:#fff;padding:.1em .4em;border-radius:3px}")
                .append("small{color:#555}</style></head><body>\n");
        h.append("<h1>").append(esc(words.title())).append("</h1><p>")
                .append(esc(capitalised(words.asOf(report.asOf(), report.planYear())))).append(" — ")
                .append(esc(words.dossierSize(dossier.provinces().size(), dossier.missions().size()))).append("; ")
                .append(esc(words.rules(report.rulesEvaluated(), "")))
                .append("<code>").append(esc(report.rulePackVersion())).append("</code></p>\n<p>");
        report.summary().forEach((s, n) -> h.append(badge(s, words)).append(' ').append(n).append("&nbsp;&nbsp; "));
        h.append("</p>\n<h2>").append(esc(words.findingsPerArea())).append("</h2>\n").append(chart(report, areaOfRule, words));
        Map<Subject, List<Finding>> bySubject = TextReport.bySubject(report.findings());
        h.append("<h2>").append(esc(words.subjectsWithFindings(bySubject.size()))).append("</h2>\n");
        bySubject.forEach((subject, findings) -> {
            h.append("<h3>").append(esc(TextReport.heading(subject, words))).append("</h3><table>\n");
            for (Finding f : findings) {
                h.append("<tr><td>").append(badge(f.severity(), words)).append("</td><td><code>").append(esc(f.ruleId()))
                        .append("</code></td><td>").append(esc(f.message().in(locale))).append("<br><small>")
                        .append(esc(f.source())).append("</small></td></tr>\n");
            }
            h.append("</table>\n");
        });
        if (!report.disabledRules().isEmpty()) {
            h.append("<p>").append(esc(words.disabledRules())).append(": ")
                    .append(esc(String.join(", ", report.disabledRules()))).append("</p>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String chart(ComplianceReport report, Map<String, String> areaOfRule, ReportWords words) {
        Map<String, Long> byArea = report.findings().stream().collect(Collectors.groupingBy(
                f -> words.area(areaOfRule.getOrDefault(f.ruleId(), "other")), TreeMap::new, Collectors.counting()));
        long max = byArea.values().stream().mapToLong(Long::longValue).max().orElse(1);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"880\" height=\"")
                .append(24 * byArea.size() + 10).append("\" role=\"img\">");
        int y = 5;
        for (Map.Entry<String, Long> e : byArea.entrySet()) {
            long width = Math.max(1, 480 * e.getValue() / max);
            svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"13\">").append(esc(e.getKey()))
                    .append("</text><rect x=\"330\" y=\"").append(y).append("\" width=\"").append(width)
                    .append("\" height=\"18\" fill=\"#2471a3\"/><text x=\"").append(335 + width).append("\" y=\"")
                    .append(y + 14).append("\" font-size=\"13\">").append(e.getValue()).append("</text>");
            y += 24;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String badge(Severity s, ReportWords words) {
        return "<span class=\"sev\" style=\"background:" + COLOURS.get(s) + "\">" + esc(words.severity(s)) + "</span>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

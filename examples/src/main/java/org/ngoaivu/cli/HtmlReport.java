package org.ngoaivu.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.model.Dossier;

/** The report as one self-contained HTML page: inline CSS and SVG, nothing loaded from the network. */
final class HtmlReport {
    private static final Map<Severity, String> COLOURS = Map.of(Severity.VIOLATION, "#c0392b",
            Severity.WARNING, "#d68910", Severity.ADVICE, "#2471a3");

    private HtmlReport() {
    }

    static String render(ComplianceReport report, Dossier dossier, Locale locale, Map<String, String> areaOfRule) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>ngoaivu – ").append(report.asOf()).append("</title><style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:70em}td,th{padding:.3em .6em;text-align:left;")
                .append("vertical-align:top;border-bottom:1px solid #ddd}.sev{color:#fff;padding:.1em .4em;border-radius:3px}")
                .append("small{color:#555}</style></head><body>\n");
        h.append("<h1>Compliance report</h1><p>As of ").append(report.asOf()).append(", plan year ")
                .append(report.planYear()).append(" — ").append(dossier.provinces().size()).append(" provinces, ")
                .append(dossier.missions().size()).append(" missions; ").append(report.rulesEvaluated())
                .append(" rules, rule pack <code>").append(esc(report.rulePackVersion())).append("</code></p>\n<p>");
        report.summary().forEach((s, n) -> h.append(badge(s)).append(' ').append(n).append("&nbsp;&nbsp; "));
        h.append("</p>\n<h2>Findings per rule area</h2>\n").append(chart(report, areaOfRule));
        Map<String, List<Finding>> bySubject = report.findings().stream().collect(Collectors.groupingBy(
                f -> f.subject().type() + " " + f.subject().id() + f.subject().name().map(n -> " — " + n).orElse(""),
                TreeMap::new, Collectors.toList()));
        h.append("<h2>Subjects with findings (").append(bySubject.size()).append(")</h2>\n");
        bySubject.forEach((subject, findings) -> {
            h.append("<h3>").append(esc(subject)).append("</h3><table>\n");
            for (Finding f : findings) {
                h.append("<tr><td>").append(badge(f.severity())).append("</td><td><code>").append(esc(f.ruleId()))
                        .append("</code></td><td>").append(esc(f.message().in(locale))).append("<br><small>")
                        .append(esc(f.source())).append("</small></td></tr>\n");
            }
            h.append("</table>\n");
        });
        return h.append("</body></html>\n").toString();
    }

    private static String chart(ComplianceReport report, Map<String, String> areaOfRule) {
        Map<String, Long> byArea = report.findings().stream().collect(Collectors.groupingBy(
                f -> areaOfRule.getOrDefault(f.ruleId(), "other"), TreeMap::new, Collectors.counting()));
        long max = byArea.values().stream().mapToLong(Long::longValue).max().orElse(1);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"")
                .append(24 * byArea.size() + 10).append("\" role=\"img\">");
        int y = 5;
        for (Map.Entry<String, Long> e : byArea.entrySet()) {
            long width = Math.max(1, 480 * e.getValue() / max);
            svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"13\">").append(esc(e.getKey()))
                    .append("</text><rect x=\"110\" y=\"").append(y).append("\" width=\"").append(width)
                    .append("\" height=\"18\" fill=\"#2471a3\"/><text x=\"").append(115 + width).append("\" y=\"")
                    .append(y + 14).append("\" font-size=\"13\">").append(e.getValue()).append("</text>");
            y += 24;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String badge(Severity s) {
        return "<span class=\"sev\" style=\"background:" + COLOURS.get(s) + "\">" + s + "</span>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

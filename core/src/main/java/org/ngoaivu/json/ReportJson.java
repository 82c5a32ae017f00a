package org.ngoaivu.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.WaivedFinding;
import org.ngoaivu.engine.Waiver;

/**
 * Writes compliance reports in the JSON format of the dossier-format contract; equal reports give equal bytes.
 * The report names its {@code formatVersion}, and its JSON Schema (2020-12) is the resource
 * {@value #SCHEMA_RESOURCE}. Each finding's {@code facts} keep their JSON types: counts are numbers, dates ISO
 * strings ({@code "2024-03-16"}), flags booleans, lists arrays.
 */
public final class ReportJson {
    /** The version of the report format; it changes when a field changes its meaning or type. */
    public static final int FORMAT_VERSION = 1;
    /** The class-path resource holding the report's JSON Schema. */
    public static final String SCHEMA_RESOURCE = "/org/ngoaivu/schema/report.schema.json";

    private ReportJson() {
    }

    /** The report as JSON text. */
    public static String write(ComplianceReport report) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("asOf", report.asOf().toString());
        root.put("planYear", report.planYear());
        root.put("rulePackVersion", report.rulePackVersion());
        root.put("rulesEvaluated", report.rulesEvaluated());
        ObjectNode summary = root.putObject("summary");
        for (Map.Entry<Severity, Integer> e : report.summary().entrySet()) {
            summary.put(e.getKey().name(), e.getValue());
        }
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(f -> finding(f, findings.addObject()));
        ArrayNode disabled = root.putArray("disabledRules");
        List.copyOf(report.disabledRules()).forEach(disabled::add);
        // Written only when the host gave waivers, so that a report without them is as it was.
        if (!report.waived().isEmpty()) {
            ArrayNode waived = root.putArray("waived");
            for (WaivedFinding w : report.waived()) {
                ObjectNode o = waived.addObject();
                finding(w.finding(), o.putObject("finding"));
                waiver(w.waiver(), o.putObject("waiver"));
            }
        }
        if (!report.expiredWaivers().isEmpty()) {
            ArrayNode expired = root.putArray("expiredWaivers");
            report.expiredWaivers().forEach(w -> waiver(w, expired.addObject()));
        }
        if (!report.unusedWaivers().isEmpty()) {
            ArrayNode unused = root.putArray("unusedWaivers");
            report.unusedWaivers().forEach(w -> waiver(w, unused.addObject()));
        }
        return Json.write(root);
    }

    private static void finding(Finding f, ObjectNode o) {
        o.put("ruleId", f.ruleId());
        o.put("severity", f.severity().name());
        ObjectNode subject = o.putObject("subject");
        subject.put("type", f.subject().type().name());
        subject.put("id", f.subject().id());
        f.subject().name().ifPresent(n -> subject.put("name", n));
        ObjectNode message = o.putObject("message");
        message.put("vi", f.message().vi());
        message.put("en", f.message().en());
        o.put("source", f.source());
        o.set("parameters", Json.MAPPER.valueToTree(f.parameters()));
        if (!f.parametersValidFrom().isEmpty()) {
            ObjectNode since = o.putObject("parametersValidFrom");
            f.parametersValidFrom().forEach((name, day) -> since.put(name, day.toString()));
        }
        ObjectNode facts = o.putObject("facts");
        f.facts().forEach((name, value) -> facts.set(name, fact(value)));
    }

    /** A waiver as the waivers file writes it. */
    private static void waiver(Waiver w, ObjectNode o) {
        o.put("ruleId", w.ruleId());
        ObjectNode subject = o.putObject("subject");
        subject.put("type", w.subject().type().name());
        subject.put("id", w.subject().id());
        o.put("reason", w.reason());
        o.put("approvedBy", w.approvedBy());
        o.put("approvedOn", w.approvedOn().toString());
        w.expiresOn().ifPresent(d -> o.put("expiresOn", d.toString()));
    }

    /** A fact with its JSON type; {@link Finding} admits only these. */
    private static com.fasterxml.jackson.databind.JsonNode fact(Object value) {
        if (value instanceof LocalDate date) {
            return Json.MAPPER.getNodeFactory().textNode(date.toString());
        } else if (value instanceof List<?> items) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            items.forEach(item -> array.add(fact(item)));
            return array;
        }
        return Json.MAPPER.valueToTree(value);
    }
}

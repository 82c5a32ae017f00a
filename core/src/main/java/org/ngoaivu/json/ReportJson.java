package org.ngoaivu.json;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.Severity;

/** Writes compliance reports in the JSON format of the dossier-format contract; equal reports give equal bytes. */
public final class ReportJson {
    private ReportJson() {
    }

    public static String write(ComplianceReport report) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("asOf", report.asOf().toString());
        root.put("planYear", report.planYear());
        root.put("rulePackVersion", report.rulePackVersion());
        root.put("rulesEvaluated", report.rulesEvaluated());
        ObjectNode summary = root.putObject("summary");
        for (Map.Entry<Severity, Integer> e : report.summary().entrySet()) {
            summary.put(e.getKey().name(), e.getValue());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode o = findings.addObject();
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
            f.facts().forEach(facts::put);
        }
        ArrayNode disabled = root.putArray("disabledRules");
        List.copyOf(report.disabledRules()).forEach(disabled::add);
        return Json.write(root);
    }
}

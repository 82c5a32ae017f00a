package org.ngoaivu.json;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.LocalizedText;
import org.ngoaivu.engine.Progress;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.Subject;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.engine.WaivedFinding;
import org.ngoaivu.engine.Waiver;
import org.ngoaivu.validation.InvalidDocumentException;
import org.ngoaivu.validation.Problem;
import org.ngoaivu.validation.wording.Wording;

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

    /**
     * The report as JSON text.
     *
     * @param report the report
     * @return the JSON document, UTF-8 text with a stable field order
     */
    public static String write(ComplianceReport report) {
        return write(report, Optional.empty());
    }

    /**
     * The report as JSON text, with what changed since an earlier report: each finding's {@code progress}
     * ({@code NEW} or {@code PERSISTING}) and a {@code progress} object with the resolved findings.
     *
     * @param report   the report
     * @param progress the comparison of the report with an earlier one ({@link Progress#between})
     * @return the JSON document
     */
    public static String write(ComplianceReport report, Progress progress) {
        return write(report, Optional.of(progress));
    }

    private static String write(ComplianceReport report, Optional<Progress> progress) {
        Set<Finding> fresh = progress.map(p -> (Set<Finding>) new HashSet<>(p.newFindings())).orElse(Set.of());
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
        for (Finding f : report.findings()) {
            ObjectNode o = findings.addObject();
            finding(f, o);
            progress.ifPresent(p -> o.put("progress", fresh.contains(f) ? "NEW" : "PERSISTING"));
        }
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
        progress.ifPresent(p -> {
            ObjectNode o = root.putObject("progress");
            o.put("baselineAsOf", p.baselineAsOf().toString());
            o.put("baselineRulePackVersion", p.baselineRulePackVersion());
            o.put("rulePackChanged", p.rulePackChanged());
            o.put("new", p.newFindings().size());
            o.put("persisting", p.persisting().size());
            ArrayNode resolved = o.putArray("resolved");
            p.resolved().forEach(f -> finding(f, resolved.addObject()));
        });
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
    private static JsonNode fact(Object value) {
        if (value instanceof LocalDate date) {
            return Json.MAPPER.getNodeFactory().textNode(date.toString());
        } else if (value instanceof List<?> items) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            items.forEach(item -> array.add(fact(item)));
            return array;
        }
        return Json.MAPPER.valueToTree(value);
    }

    /**
     * The result of reading a JSON report.
     *
     * @param report   the report, when the input was valid
     * @param problems every problem otherwise, each with its JSON path; empty exactly when {@code report} is present
     */
    public record Result(Optional<ComplianceReport> report, List<Problem> problems) {
        /**
         * Checks that the result has either a report or problems.
         *
         * @param report   the report, when the input was valid
         * @param problems every problem otherwise
         * @throws IllegalArgumentException if it has both or neither
         */
        public Result {
            Objects.requireNonNull(report, "report");
            problems = List.copyOf(problems);
            if (report.isPresent() == !problems.isEmpty()) {
                throw new IllegalArgumentException("a result has either a report or problems");
            }
        }

        /** @return whether the report could be read */
        public boolean isValid() {
            return report.isPresent();
        }

        /**
         * The report, or an exception listing every problem.
         *
         * @return the report
         * @throws InvalidDocumentException with every problem when the file was not valid
         */
        public ComplianceReport orElseThrow() {
            return report.orElseThrow(() -> new InvalidDocumentException(Documents.REPORT.en(), problems));
        }
    }

    /**
     * Reads a report this class wrote, for example an earlier one to compare with ({@link Progress#between}),
     * checked against {@value #SCHEMA_RESOURCE}. The JSON holds the findings, not the rules' descriptions: the
     * report read back lists no {@link ComplianceReport#rules() rules}. Dates among the facts come back as text.
     *
     * @param file the file, UTF-8
     * @return the report or every problem
     */
    public static Result read(Path file) {
        ProblemCollector problems = new ProblemCollector();
        return Documents.readFile(file, Documents.REPORT, problems).map(ReportJson::read)
                .orElseGet(() -> new Result(Optional.empty(), problems.sorted()));
    }

    /**
     * Reads a report from JSON text; see {@link #read(Path)}.
     *
     * @param json the document
     * @return the report or every problem
     */
    public static Result read(String json) {
        ProblemCollector problems = new ProblemCollector();
        Optional<JsonNode> parsed = Documents.parse(json, Documents.REPORT, problems);
        parsed.ifPresent(r -> Schemas.REPORT.validate(r, problems));
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems.sorted());
        }
        JsonNode root = parsed.get();
        try {
            List<Finding> findings = new ArrayList<>();
            root.path("findings").forEach(f -> findings.add(finding(f)));
            List<WaivedFinding> waived = new ArrayList<>();
            root.path("waived").forEach(w -> waived.add(new WaivedFinding(finding(w.path("finding")),
                    WaiversJson.waiver(w.path("waiver")))));
            List<Waiver> expired = new ArrayList<>();
            root.path("expiredWaivers").forEach(w -> expired.add(WaiversJson.waiver(w)));
            List<Waiver> unused = new ArrayList<>();
            root.path("unusedWaivers").forEach(w -> unused.add(WaiversJson.waiver(w)));
            List<String> disabled = new ArrayList<>();
            root.path("disabledRules").forEach(id -> disabled.add(id.asText()));
            return new Result(Optional.of(new ComplianceReport(LocalDate.parse(root.path("asOf").asText()),
                    root.path("planYear").asInt(), root.path("rulePackVersion").asText(), List.of(), findings,
                    disabled, waived, expired, unused)), List.of());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // The schema checks a date's digits, not the calendar; a hand-edited report may hold 2024-02-30.
            return new Result(Optional.empty(), List.of(Wording.problem(JsonPath.ROOT, "report.unreadable",
                    String.valueOf(e.getMessage()))));
        }
    }

    @SuppressWarnings("unchecked")
    private static Finding finding(JsonNode f) {
        JsonNode subject = f.path("subject");
        Map<String, LocalDate> since = new LinkedHashMap<>();
        f.path("parametersValidFrom").properties().forEach(e -> since.put(e.getKey(),
                LocalDate.parse(e.getValue().asText())));
        return new Finding(f.path("ruleId").asText(), Severity.valueOf(f.path("severity").asText()),
                Subject.of(SubjectType.valueOf(subject.path("type").asText()), subject.path("id").asText(),
                        Optional.ofNullable(subject.get("name")).map(JsonNode::asText)),
                new LocalizedText(f.at("/message/vi").asText(), f.at("/message/en").asText()),
                f.path("source").asText(),
                Json.MAPPER.convertValue(f.path("parameters"), LinkedHashMap.class),
                Json.MAPPER.convertValue(f.path("facts"), LinkedHashMap.class), since);
    }
}

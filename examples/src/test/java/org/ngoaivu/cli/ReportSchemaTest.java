package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.ngoaivu.json.ReportJson;

/**
 * The CLI's JSON report against its published JSON Schema. Until core carries a JSON Schema validator, the
 * schema's keywords this report uses (type, required, properties, additionalProperties, items, enum, const,
 * pattern, minimum, anyOf, $ref) are checked by the small walker below.
 */
class ReportSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode schema() throws IOException {
        try (InputStream in = ReportJson.class.getResourceAsStream(ReportJson.SCHEMA_RESOURCE)) {
            assertThat(in).as(ReportJson.SCHEMA_RESOURCE).isNotNull();
            return MAPPER.readTree(in);
        }
    }

    private static JsonNode report() throws IOException {
        StringWriter out = new StringWriter();
        int code = Ngoaivu.run(new String[] {"check", "data/national-sample-2024.json", "--format", "json"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isEqualTo(1);
        return MAPPER.readTree(out.toString());
    }

    @Test
    void schemaIsDraft2020WithAnIdAndTheReportsFormatVersion() throws IOException {
        JsonNode schema = schema();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isNotBlank();
        assertThat(schema.at("/properties/formatVersion/const").asInt()).isEqualTo(ReportJson.FORMAT_VERSION);
    }

    @Test
    void theNationalSamplesJsonReportFollowsTheSchema() throws IOException {
        JsonNode report = report();
        assertThat(problems(schema(), report)).isEmpty();
        JsonNode late = report.at("/findings").findParent("daysLate");
        assertThat(late.get("daysLate").isIntegralNumber()).as("days are numbers").isTrue();
        assertThat(report.at("/findings/0/facts").isObject()).isTrue();
    }

    @Test
    void aReportWithWaivedExpiredAndUnusedWaiversFollowsTheSchema(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        JsonNode first = report().at("/findings/0");
        java.nio.file.Path waivers = dir.resolve("waivers.json");
        String subject = "\"subject\": " + MAPPER.writeValueAsString(MAPPER.createObjectNode()
                .put("type", first.at("/subject/type").asText()).put("id", first.at("/subject/id").asText()));
        java.nio.file.Files.writeString(waivers, "{ \"waivers\": ["
                + "{ \"ruleId\": \"" + first.get("ruleId").asText() + "\", " + subject + ", \"reason\": \"r\","
                + " \"approvedBy\": \"a\", \"approvedOn\": \"2024-01-01\" },"
                + "{ \"ruleId\": \"x\", " + subject + ", \"reason\": \"r\", \"approvedBy\": \"a\","
                + " \"approvedOn\": \"2024-01-01\", \"expiresOn\": \"2024-02-01\" },"
                + "{ \"ruleId\": \"y\", " + subject + ", \"reason\": \"r\", \"approvedBy\": \"a\","
                + " \"approvedOn\": \"2024-01-01\" } ] }");
        StringWriter out = new StringWriter();
        Ngoaivu.run(new String[] {"check", "data/national-sample-2024.json", "--format", "json", "--waivers",
                waivers.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        JsonNode report = MAPPER.readTree(out.toString());
        assertThat(report.has("waived") && report.has("expiredWaivers") && report.has("unusedWaivers")).isTrue();
        assertThat(problems(schema(), report)).isEmpty();
    }

    @Test
    void aReportThatLeavesTheFormatBreaksTheSchema() throws IOException {
        ObjectNode report = (ObjectNode) report();
        report.remove("formatVersion");
        ((ObjectNode) report.at("/findings/0")).put("colour", "red");
        ((ObjectNode) report.at("/findings/1/facts")).putObject("nested");
        assertThat(problems(schema(), report)).containsExactlyInAnyOrder("$: formatVersion is required",
                "$.findings[0]: colour is not allowed", "$.findings[1].facts.nested: matches none of anyOf");
    }

    // A walker for the keywords above: enough to hold this report to its schema, not a general validator.
    private static List<String> problems(JsonNode schema, JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(schema, schema, value, "$", problems);
        return problems;
    }

    private static void check(JsonNode root, JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (schema.has("$ref")) {
            check(root, root.at(schema.get("$ref").asText().substring(1)), value, at, problems);
        }
        if (schema.has("anyOf")) {
            boolean any = false;
            for (JsonNode option : schema.get("anyOf")) {
                any |= problems(root, option, value).isEmpty();
            }
            if (!any) {
                problems.add(at + ": matches none of anyOf");
            }
            return;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(at + ": is not of type " + schema.get("type"));
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            problems.add(at + ": is not " + schema.get("const"));
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            problems.add(at + ": is not one of " + schema.get("enum"));
        }
        if (schema.has("pattern") && value.isTextual() && !value.asText().matches(schema.get("pattern").asText())) {
            problems.add(at + ": does not match " + schema.get("pattern").asText());
        }
        if (schema.has("minimum") && value.isNumber() && value.asDouble() < schema.get("minimum").asDouble()) {
            problems.add(at + ": is below " + schema.get("minimum"));
        }
        if (value.isObject()) {
            schema.path("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    problems.add(at + ": " + name.asText() + " is required");
                }
            });
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                JsonNode property = schema.path("properties").get(field.getKey());
                JsonNode additional = schema.get("additionalProperties");
                if (property != null) {
                    check(root, property, field.getValue(), at + "." + field.getKey(), problems);
                } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                    problems.add(at + ": " + field.getKey() + " is not allowed");
                } else if (additional != null && additional.isObject()) {
                    check(root, additional, field.getValue(), at + "." + field.getKey(), problems);
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(root, schema.get("items"), value.get(i), at + "[" + i + "]", problems);
            }
        }
    }

    private static List<String> problems(JsonNode root, JsonNode schema, JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(root, schema, value, "", problems);
        return problems;
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> value.isNull();
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }
}

package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.ngoaivu.json.ReportJson;

/**
 * The CLI's JSON report against its published JSON Schema, checked by the validator core reads reports with
 * ({@link ReportJson#read(String)}).
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
        assertThat(problems(report)).isEmpty();
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
        assertThat(problems(report)).isEmpty();
    }

    @Test
    void aReportThatLeavesTheFormatBreaksTheSchema() throws IOException {
        ObjectNode report = (ObjectNode) report();
        report.remove("formatVersion");
        ((ObjectNode) report.at("/findings/0")).put("colour", "red");
        ((ObjectNode) report.at("/findings/1/facts")).putObject("nested");
        assertThat(problems(report)).containsExactlyInAnyOrder(
                "$.formatVersion: The required field \"formatVersion\" is missing.",
                "$.findings[0].colour: Unknown field \"colour\".",
                // A fact is a date, a list, or a string, whole number or boolean: an object is none of them.
                "$.findings[1].facts.nested: Expected a date as \"YYYY-MM-DD\" but found an object.",
                "$.findings[1].facts.nested: Expected a list but found an object.",
                "$.findings[1].facts.nested: Expected a string or a whole number or true or false but found an object.");
    }

    /** What the published schema (as core's reader applies it) finds wrong with a report, as "path: sentence". */
    private static List<String> problems(JsonNode report) throws IOException {
        return ReportJson.read(MAPPER.writeValueAsString(report)).problems().stream().map(Object::toString).toList();
    }
}

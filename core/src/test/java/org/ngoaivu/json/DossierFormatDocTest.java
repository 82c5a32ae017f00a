package org.ngoaivu.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * docs/dossier-format.md is rendered from dossier.schema.json, so the field reference cannot drift from the
 * contract; the examples it shows are the schema's own and are checked against it. Regenerate it with
 * {@code mvn -pl core test -Dtest=DossierFormatDocTest -Dngoaivu.regenerateDocs=true}.
 */
class DossierFormatDocTest {
    private static final Path DOC = Path.of("../docs/dossier-format.md");
    private static final JsonNode SCHEMA = schema();
    /** The collections in the contract's order, with the definition each element follows. */
    private static final Map<String, String> COLLECTIONS = collections();

    private static Map<String, String> collections() {
        Map<String, String> c = new java.util.LinkedHashMap<>();
        for (String definition : List.of("mission", "province", "annualPlan", "delegation", "agreement",
                "coordinationAgreement", "workingVisit", "cooperationProgramme", "report")) {
            c.put(definition + "s", definition);
        }
        return c;
    }

    private static JsonNode schema() {
        try (InputStream in = DossierFormatDocTest.class.getResourceAsStream("/org/ngoaivu/schema/dossier.schema.json")) {
            return Json.MAPPER.readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Dossier format (JSON), schema version 1\n\n")
                .append("<!-- Generated from core/src/main/resources/org/ngoaivu/schema/dossier.schema.json by"
                        + " DossierFormatDocTest; edit the schema, then run\n     mvn -pl core test"
                        + " -Dtest=DossierFormatDocTest -Dngoaivu.regenerateDocs=true -->\n\n")
                .append(SCHEMA.path("description").asText()).append("\n\n")
                .append("The schema is JSON Schema 2020-12 with `$id` `").append(SCHEMA.path("$id").asText())
                .append("`; the library ships it as `org/ngoaivu/schema/dossier.schema.json` in `ngoaivu-core`. ")
                .append("The schemas of the parameters file, the policy file and the waivers file lie beside it.\n\n")
                .append("## Editing a dossier with completion\n\n")
                .append("Start the file with `\"$schema\"` naming the schema, as the sample dossiers do, and IntelliJ IDEA and"
                        + " VS Code validate each field and offer the allowed ones while you type:\n\n")
                .append("```json\n{ \"$schema\": \"../../core/src/main/resources/org/ngoaivu/schema/dossier.schema.json\","
                        + " \"asOf\": \"2024-03-31\" }\n```\n\n")
                .append("The reader ignores `$schema`.\n\n")
                .append("## Reading\n\n")
                .append("- Every problem is listed at once with its JSON path (`$.delegations[3].returnedOn`; a key that"
                        + " is not a plain identifier is bracketed, `$['a.b']`), structural ones (syntax, types, missing and"
                        + " unknown fields at every level, enum values, ranges) together with semantic ones (duplicate ids,"
                        + " references to ids not in the dossier, dates out of order, a leader who is not a member, a dissolved"
                        + " province without a successor in the dossier). An element that cannot be read hides nothing"
                        + " elsewhere.\n")
                .append("- Dates are `YYYY-MM-DD` and years lie in 0001–9999. Person names are compared trimmed and in"
                        + " Unicode NFC.\n")
                .append("- A UTF-8 byte-order mark is skipped; bytes that are not UTF-8, a lone surrogate (`\"\\ud800\"`) and"
                        + " anything after the root value are problems.\n")
                .append("- Reading is bounded: at most ").append(Json.MAX_DOCUMENT_BYTES / (1024 * 1024))
                .append(" MiB, refused before the file is read whole; nesting ").append(Json.MAX_NESTING_DEPTH)
                .append(" levels; strings ").append(String.format(java.util.Locale.ROOT, "%,d", Json.MAX_STRING_LENGTH))
                .append(" characters; field names ").append(String.format(java.util.Locale.ROOT, "%,d", Json.MAX_NAME_LENGTH))
                .append(" characters; numbers ").append(Json.MAX_NUMBER_LENGTH).append(" digits; the list stops at ")
                .append(String.format(java.util.Locale.ROOT, "%,d", ProblemCollector.LIMIT))
                .append(" problems with a count of the rest.\n\n");
        md.append("## The document\n\n");
        table(md, "", SCHEMA);
        example(md, SCHEMA);
        COLLECTIONS.forEach((collection, definition) -> {
            JsonNode def = SCHEMA.path("$defs").path(definition);
            md.append("## ").append(collection).append("[]\n\n").append(def.path("description").asText()).append("\n\n");
            table(md, "", def);
            example(md, def);
        });
        return md.toString();
    }

    private static void table(StringBuilder md, String prefix, JsonNode object) {
        List<String> required = new ArrayList<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        if (prefix.isEmpty()) {
            md.append("| field | type | required | meaning |\n|---|---|---|---|\n");
        }
        object.path("properties").properties().forEach(field -> {
            JsonNode value = field.getValue();
            md.append("| `").append(prefix).append(field.getKey()).append("` | ").append(type(value)).append(" | ")
                    .append(required.contains(field.getKey()) ? "yes" : "").append(" | ")
                    .append(description(value).replace("|", "\\|")).append(" |\n");
            JsonNode nested = value.path("items").isObject() && value.path("items").has("properties")
                    ? value.path("items") : value;
            if (nested.has("properties")) {
                table(md, prefix + field.getKey() + (nested == value ? "." : "[]."), nested);
            }
        });
        if (prefix.isEmpty()) {
            md.append("\n");
        }
    }

    private static void example(StringBuilder md, JsonNode def) {
        def.path("examples").forEach(e -> md.append("```json\n").append(Json.write(e)).append("```\n\n"));
    }

    private static String description(JsonNode value) {
        if (value.has("description")) {
            return value.get("description").asText();
        }
        return referenced(value).path("description").asText();
    }

    private static JsonNode referenced(JsonNode value) {
        String ref = value.path("$ref").asText("");
        return ref.startsWith("#/$defs/") ? SCHEMA.path("$defs").path(ref.substring("#/$defs/".length())) : value;
    }

    private static String type(JsonNode value) {
        if (value.has("$ref")) {
            String def = value.get("$ref").asText().substring("#/$defs/".length());
            JsonNode target = referenced(value);
            return switch (def) {
                case "date" -> "date";
                case "optionalDate" -> "date or null";
                case "id" -> "id (text, not blank)";
                case "reference", "optionalReference" -> "id of another element" + (def.startsWith("optional") ? " or null" : "");
                case "personName" -> "name (text, not blank)";
                case "countryCode", "optionalCountryCode" -> "ISO 3166 alpha-2 code" + (def.startsWith("optional") ? " or null" : "");
                case "year" -> "integer, 1–9999";
                case "count", "optionalCount" -> "integer, ≥ 0" + (def.startsWith("optional") ? ", or null" : "");
                default -> target.has("properties") ? "`" + def + "` object" : type(target);
            };
        }
        if (value.has("const")) {
            return "`" + value.get("const").asText() + "`";
        }
        if (value.has("enum")) {
            return "one of " + String.join(", ", StreamSupport.stream(value.get("enum").spliterator(), false)
                    .map(e -> "`" + e.asText() + "`").toList());
        }
        JsonNode types = value.path("type");
        List<String> names = types.isArray() ? StreamSupport.stream(types.spliterator(), false).map(JsonNode::asText).toList()
                : List.of(types.asText());
        String main = names.stream().filter(t -> !t.equals("null")).findFirst().orElse("null");
        String shown = switch (main) {
            case "array" -> "list of " + (value.path("items").has("properties") ? "objects"
                    : type(value.path("items")).replace("` object", "` objects"));
            case "string" -> "text";
            default -> main;
        };
        return names.contains("null") ? shown + " or null" : shown;
    }

    @Test
    void theFieldReferenceIsCurrent() throws Exception {
        String expected = render();
        if (Boolean.getBoolean("ngoaivu.regenerateDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC)).as("docs/dossier-format.md exists; regenerate with -Dngoaivu.regenerateDocs=true")
                .isTrue();
        assertThat(Files.readString(DOC)).as("docs/dossier-format.md is current; regenerate with"
                + " -Dngoaivu.regenerateDocs=true").isEqualTo(expected);
    }

    @Test
    void everyExampleTheDocShowsFollowsTheSchema() {
        ProblemCollector problems = new ProblemCollector();
        SCHEMA.path("examples").forEach(e -> Schemas.DOSSIER.validate(e, problems));
        COLLECTIONS.values().forEach(def -> SCHEMA.path("$defs").path(def).path("examples")
                .forEach(e -> Schemas.DOSSIER.validate(def, List.of(def), e, problems)));
        assertThat(problems.sorted()).isEmpty();
        assertThat(COLLECTIONS.values()).allSatisfy(def -> assertThat(SCHEMA.path("$defs").path(def).path("examples"))
                .as(def + " has an example").isNotEmpty());
    }

    @Test
    void everyCollectionOfTheSchemaIsDocumented() {
        List<String> arrays = new ArrayList<>();
        SCHEMA.path("properties").properties().forEach(f -> {
            if (f.getValue().path("type").toString().contains("array")) {
                arrays.add(f.getKey());
            }
        });
        assertThat(arrays).containsExactlyElementsOf(COLLECTIONS.keySet());
    }
}

package org.ngoaivu.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import org.ngoaivu.validation.Problem;
import org.ngoaivu.validation.wording.Wording;
import org.ngoaivu.validation.wording.Wording.Phrase;

/**
 * The published JSON Schemas ({@code org/ngoaivu/schema/*.schema.json}) and the structural check against
 * them, by networknt's validator; its errors become the project's plain sentences with JSON paths.
 */
final class Schemas {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    // The registry above must be initialised before these.
    static final Schemas DOSSIER = load("dossier.schema.json", Documents.DOSSIER);
    static final Schemas PARAMETERS = load("parameters.schema.json", Documents.PARAMETERS);
    static final Schemas POLICY = load("policy.schema.json", Documents.POLICY);
    static final Schemas WAIVERS = load("waivers.schema.json", Documents.WAIVERS);
    static final Schemas REPORT = load("report.schema.json", Documents.REPORT);

    /** The validator keeps at most this many errors; a document with more is reported as having many. */
    private static final int MAX_ERRORS = 10 * ProblemCollector.LIMIT;
    /** Keys longer than this get no "did you mean": the edit distance costs the product of the lengths. */
    private static final int MAX_SUGGESTED_KEY = 64;
    private static final int SHOWN_CHARS = 40;

    private final JsonNode tree;
    /** The document the schema is of, as an unknown field's problem names it. */
    private final Phrase document;
    private final Schema schema;
    private final java.util.Map<String, Schema> definitions = new java.util.concurrent.ConcurrentHashMap<>();

    private Schemas(JsonNode tree, Phrase document) {
        this.tree = tree;
        this.document = document;
        this.schema = REGISTRY.getSchema(SchemaLocation.of(tree.get("$id").asText()), tree);
        schema.initializeValidators();
    }

    private Schema definition(String name) {
        return definitions.computeIfAbsent(name, n -> {
            if (!tree.path("$defs").has(n)) {
                throw new IllegalArgumentException("the schema defines no " + n);
            }
            Schema sub = schema.getSubSchema(new NodePath(PathType.JSON_POINTER).append("$defs").append(n));
            sub.initializeValidators();
            return sub;
        });
    }

    private static Schemas load(String name, Phrase document) {
        try (InputStream in = Schemas.class.getResourceAsStream("/org/ngoaivu/schema/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + name + " is missing from the library's jar");
            }
            return new Schemas(Json.MAPPER.readTree(in), document);
        } catch (IOException e) {
            throw new UncheckedIOException("the schema " + name + " cannot be read", e);
        }
    }

    /** A problem with the place it was found, as the path's elements (field names and indexes). */
    record Located(List<Object> at, Problem problem) {
    }

    /**
     * Every structural problem of a document, in plain sentences.
     *
     * @param document the parsed document
     * @param problems where the problems go (and the count of those beyond the cap)
     * @return the problems with their places, at most {@link #MAX_ERRORS}
     */
    List<Located> validate(JsonNode document, ProblemCollector problems) {
        return validate(schema, List.of(), document, problems);
    }

    /**
     * Every structural problem of one element of a document, checked against one of the schema's
     * {@code $defs}; paths start with {@code at}, where the element stands in the document.
     *
     * @param definition the name of the definition, such as {@code "mission"}
     * @param at         the element's place in the document
     * @param element    the element
     * @param problems   where the problems go
     * @return the problems with their places in the document
     */
    List<Located> validate(String definition, List<Object> at, JsonNode element, ProblemCollector problems) {
        return validate(definition(definition), at, element, problems);
    }

    private List<Located> validate(Schema against, List<Object> at, JsonNode node, ProblemCollector problems) {
        ExecutionContext context = against.createExecutionContext();
        CappedErrors errors = new CappedErrors();
        context.setErrors(errors);
        against.validate(context, node);
        if (errors.isEmpty()) {
            return List.of();
        }
        List<Located> out = new ArrayList<>();
        for (Error e : errors) {
            if (problems.isFull()) {
                // Beyond the cap a problem is only counted: describing millions would cost time for nothing.
                problems.countMore(1);
                continue;
            }
            Located located = describe(e, at);
            out.add(located);
            problems.add(located.problem());
        }
        problems.countMore(errors.dropped);
        return out;
    }

    private Located describe(Error e, List<Object> prefix) {
        List<Object> at = new ArrayList<>(prefix);
        at.addAll(elements(e.getInstanceLocation()));
        JsonNode value = e.getInstanceNode();
        JsonNode rule = tree.at(pointer(e.getSchemaLocation().getFragment()));
        String keyword = e.getKeyword();
        String field = at.isEmpty() ? "" : String.valueOf(at.get(at.size() - 1));
        String def = definition(e.getSchemaLocation().getFragment());
        if ("required".equals(keyword) || "additionalProperties".equals(keyword)) {
            at = append(at, e.getProperty());
        }
        String path = JsonPath.of(at);
        Problem problem = switch (keyword == null ? "" : keyword) {
            case "required" -> Wording.problem(path, "required", e.getProperty());
            case "additionalProperties" -> Wording.problem(path, "unknown", shown(e.getProperty()), document,
                    suggestion(e.getProperty(), tree.at(parentPointer(e.getSchemaLocation().getFragment()))
                            .path("properties")));
            case "type" -> Wording.problem(path, "type", expected(rule, def), kind(value));
            case "enum" -> Wording.problem(path, "enum", value != null && value.isTextual()
                    ? "\"" + shown(value.asText()) + "\"" : kind(value), list(rule));
            case "const" -> field.equals("schemaVersion")
                    ? Wording.problem(path, "schemaVersion", shown(value == null ? "" : value.asText()), 1)
                    : Wording.problem(path, "type", rule.toString(), kind(value));
            case "minimum", "maximum" -> range(path, field, value, tree.at(parentPointer(
                    e.getSchemaLocation().getFragment())));
            case "minItems" -> field.equals("members") ? Wording.problem(path, "delegation.noMembers")
                    : Wording.problem(path, "minItems", rule.asText());
            case "pattern", "format" -> pattern(path, def, field, value);
            // The validator's own words are English; the Vietnamese sentence goes without them.
            default -> Wording.problem(path, "notAllowed", e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
        };
        return new Located(at, problem);
    }

    private static Problem pattern(String path, String def, String field, JsonNode value) {
        String text = value == null ? "" : shown(value.asText());
        String lower = def.toLowerCase(Locale.ROOT);
        if (lower.contains("date")) {
            return Wording.problem(path, "date.invalid", text);
        } else if (lower.contains("country")) {
            return Wording.problem(path, "country", text);
        } else if (lower.contains("monthday")) {
            return Wording.problem(path, "monthDay", text);
        }
        return field.chars().allMatch(Character::isDigit) ? Wording.problem(path, "blank.value")
                : Wording.problem(path, "blank.field", field);
    }

    private static Problem range(String path, String field, JsonNode value, JsonNode rule) {
        String number = value == null ? "?" : shown(value.asText());
        BigDecimal min = rule.has("minimum") ? rule.get("minimum").decimalValue() : null;
        BigDecimal max = rule.has("maximum") ? rule.get("maximum").decimalValue() : null;
        if (min != null && min.signum() == 0 && value != null && value.decimalValue().signum() < 0) {
            return Wording.problem(path, "negative", number);
        }
        String what = field.equals("year") || field.equals("planYear") ? "range.year" : "range.value";
        return Wording.problem(path, "range", Wording.phrase(what), plain(min), plain(max), number);
    }

    private static String plain(BigDecimal n) {
        return n == null ? "?" : n.toPlainString();
    }

    /** The types a rule asks for, in words: "a string or a whole number". */
    private static Object expected(JsonNode rule, String def) {
        if (def.toLowerCase(Locale.ROOT).contains("date")) {
            return Wording.phrase("type.date");
        }
        List<Object> types = (rule.isArray() ? StreamSupport.stream(rule.spliterator(), false).map(JsonNode::asText)
                .filter(t -> !t.equals("null")) : Stream.of(rule.asText())).map(Schemas::type).toList();
        Object words = types.get(types.size() - 1);
        for (int i = types.size() - 2; i >= 0; i--) {
            words = Wording.phrase("type.or", types.get(i), words);
        }
        return words;
    }

    private static Object type(String name) {
        return switch (name) {
            case "string", "integer", "number", "boolean", "array", "object" -> Wording.phrase("type." + name);
            default -> name;
        };
    }

    /** How a value is named in a message, shortened so that a huge value gives a short message. */
    private static Phrase kind(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return Wording.phrase("kind.null");
        } else if (v.isTextual()) {
            return Wording.phrase("kind.string", shown(v.asText()));
        } else if (v.isNumber()) {
            return Wording.phrase("kind.number", shown(v.asText()));
        } else if (v.isBoolean()) {
            return Wording.phrase("kind.boolean", v.asText());
        } else if (v.isArray()) {
            return Wording.phrase("type.array");
        }
        return Wording.phrase("type.object");
    }

    private static String shown(String s) {
        return s.length() > SHOWN_CHARS ? s.substring(0, SHOWN_CHARS) + "…" : s;
    }

    private static String list(JsonNode values) {
        return StreamSupport.stream(values.spliterator(), false).map(JsonNode::asText).toList().toString();
    }

    /** " Did you mean "x"?" for the nearest known field, or nothing. */
    private static Object suggestion(String key, JsonNode properties) {
        if (key.length() > MAX_SUGGESTED_KEY) {
            return "";
        }
        List<String> known = new ArrayList<>();
        properties.fieldNames().forEachRemaining(known::add);
        return known.stream().filter(k -> !k.startsWith("$")).min(Comparator.comparingInt(k -> distance(k, key)))
                .filter(k -> distance(k, key) <= Math.max(2, key.length() / 3))
                .<Object>map(k -> Wording.phrase("unknown.suggestion", k)).orElse("");
    }

    private static List<Object> elements(NodePath path) {
        List<Object> out = new ArrayList<>(path.getNameCount());
        for (int i = 0; i < path.getNameCount(); i++) {
            out.add(path.getElement(i));
        }
        return out;
    }

    private static List<Object> append(List<Object> at, String key) {
        List<Object> out = new ArrayList<>(at);
        out.add(key);
        return out;
    }

    private static String pointer(NodePath fragment) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < fragment.getNameCount(); i++) {
            s.append('/').append(String.valueOf(fragment.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return s.toString();
    }

    private static String parentPointer(NodePath fragment) {
        String p = pointer(fragment);
        return p.substring(0, Math.max(0, p.lastIndexOf('/')));
    }

    /** The {@code $defs} entry a schema location lies in ("date", "mission"), or "" at the top. */
    private static String definition(NodePath fragment) {
        String def = "";
        for (int i = 0; i + 1 < fragment.getNameCount(); i++) {
            if ("$defs".equals(String.valueOf(fragment.getElement(i)))) {
                def = String.valueOf(fragment.getElement(i + 1));
            }
        }
        return def;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The validator's error list, bounded: beyond the cap errors are only counted. */
    private static final class CappedErrors extends ArrayList<Error> {
        private static final long serialVersionUID = 1L;
        private long dropped;

        @Override
        public boolean add(Error error) {
            if (size() < MAX_ERRORS) {
                return super.add(error);
            }
            dropped++;
            return true;
        }
    }
}

package org.ngoaivu.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The workbook's sheets and columns, derived from {@code dossier.schema.json}: one sheet for the dossier's own
 * fields, one per collection, one per list of records inside an element (members, tasks, ...) keyed by the
 * parent's id; objects inside an element become columns ({@code headOfMission.name}); lists of codes or short
 * texts become one cell. The Vietnamese header of a column is the term in brackets of the field's description
 * (“Departure (xuất cảnh)”); {@code labels_vi.properties} holds only what the schema does not say in Vietnamese:
 * sheet names (at most 31 characters), headers of fields whose description has no such term, and enum labels.
 */
final class Layout {
    /** Excel's limit on a sheet name. */
    static final int MAX_SHEET_NAME = 31;
    private static final Pattern TERM = Pattern.compile("\\(([^()]+)\\)");
    /** The layout of the bundled schema; after {@link #TERM}, which building it needs. */
    static final Layout DOSSIER = load();

    /** How a cell is read and written. */
    enum Kind { TEXT, INTEGER, BOOLEAN, DATE, ENUM, TEXT_LIST, CODE_LIST, ENUM_LIST, PARENT }

    /**
     * One column.
     *
     * @param key    the field's name, dotted inside an object ({@code headOfMission.name}); row 2 of the sheet
     * @param kind   how its cells read
     * @param values the enum's codes, in the schema's order
     * @param vi     the Vietnamese header
     * @param en     the English header
     */
    record Column(String key, Kind kind, List<String> values, List<String> valuesVi, boolean required, String vi,
                  String en) {
        List<String> path() {
            return List.of(key.split("\\."));
        }

        boolean isDate() {
            return kind == Kind.DATE;
        }
    }

    /**
     * One sheet.
     *
     * @param key     the collection's path from the root ({@code delegations}, {@code delegations.members});
     *                empty for the dossier's own fields
     * @param field   the JSON field holding the collection in its parent
     * @param parent  the sheet whose rows own these, for a list inside an element
     * @param columns the columns in order; a child sheet starts with its parent's id
     */
    record Sheet(String key, String field, Optional<Sheet> parent, String vi, String en, List<Column> columns) {
        String name(Locale locale) {
            return vietnamese(locale) ? vi : en;
        }

        boolean isRoot() {
            return key.isEmpty();
        }
    }

    private final List<Sheet> sheets;
    private final Set<String> labelKeysUsed;

    private Layout(List<Sheet> sheets, Set<String> labelKeysUsed) {
        this.sheets = List.copyOf(sheets);
        this.labelKeysUsed = Set.copyOf(labelKeysUsed);
    }

    List<Sheet> sheets() {
        return sheets;
    }

    Optional<Sheet> sheetNamed(String name) {
        return sheets.stream().filter(s -> s.vi.equals(name) || s.en.equals(name)).findFirst();
    }

    static boolean vietnamese(Locale locale) {
        return "vi".equals(locale.getLanguage());
    }

    /** The keys of {@code labels_vi.properties} that the schema needed; every other key is stale. */
    Set<String> labelKeysUsed() {
        return labelKeysUsed;
    }

    static Properties labels() {
        Properties p = new Properties();
        try (InputStream in = Layout.class.getResourceAsStream("labels_vi.properties");
             Reader r = new InputStreamReader(java.util.Objects.requireNonNull(in, "labels_vi.properties"),
                     StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static JsonNode schema() {
        try (InputStream in = Layout.class.getResourceAsStream("/org/ngoaivu/schema/dossier.schema.json")) {
            return new ObjectMapper().readTree(java.util.Objects.requireNonNull(in, "dossier.schema.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Layout load() {
        return new Builder(schema(), labels()).build();
    }

    /** Walks the schema once. */
    private static final class Builder {
        private final JsonNode schema;
        private final Properties labels;
        private final List<Sheet> sheets = new ArrayList<>();
        private final Set<String> used = new HashSet<>();

        Builder(JsonNode schema, Properties labels) {
            this.schema = schema;
            this.labels = labels;
        }

        Layout build() {
            List<Column> rootColumns = new ArrayList<>();
            List<Runnable> collections = new ArrayList<>();
            Set<String> required = strings(schema.path("required"));
            for (Map.Entry<String, JsonNode> e : schema.path("properties").properties()) {
                JsonNode p = e.getValue();
                JsonNode r = resolve(p);
                if (e.getKey().startsWith("$") || r.has("const")) {
                    continue; // the format's own markers: the reader writes schemaVersion 1
                }
                if (type(r).equals("array")) {
                    collections.add(() -> sheet(e.getKey(), e.getKey(), Optional.empty(), resolve(r.path("items")),
                            Optional.empty()));
                } else {
                    rootColumns.add(column("", e.getKey(), p, required.contains(e.getKey())));
                }
            }
            sheets.add(new Sheet("", "", Optional.empty(), label("sheet.dossier"), "Dossier", rootColumns));
            collections.forEach(Runnable::run);
            return new Layout(sheets, used);
        }

        private void sheet(String key, String field, Optional<Sheet> parent, JsonNode item, Optional<String> parentDef) {
            List<Column> columns = new ArrayList<>();
            parentDef.ifPresent(def -> columns.add(new Column(def + "Id", Kind.PARENT, List.of(), List.of(), true,
                    labelOf(key + "." + def + "Id", def + "Id"), humanise(def) + " id")));
            List<Runnable> children = new ArrayList<>();
            Sheet[] self = new Sheet[1];
            addColumns(key, "", item, columns, children, () -> self[0]);
            String en = parent.map(p -> p.en + " – " + humanise(field).toLowerCase(Locale.ROOT))
                    .orElse(humanise(field));
            self[0] = new Sheet(key, field, parent, label("sheet." + key), en, List.copyOf(columns));
            sheets.add(self[0]);
            children.forEach(Runnable::run);
        }

        private void addColumns(String sheetKey, String prefix, JsonNode object, List<Column> columns,
                                List<Runnable> children, java.util.function.Supplier<Sheet> self) {
            Set<String> required = strings(object.path("required"));
            String def = object.path("$def").asText("");
            for (Map.Entry<String, JsonNode> e : object.path("properties").properties()) {
                JsonNode r = resolve(e.getValue());
                String key = prefix + e.getKey();
                if (type(r).equals("object")) {
                    addColumns(sheetKey, key + ".", r, columns, children, self);
                } else if (type(r).equals("array") && type(resolve(r.path("items"))).equals("object")) {
                    JsonNode items = resolve(r.path("items"));
                    String parentDef = def.isEmpty() ? "parent" : def;
                    children.add(() -> sheet(sheetKey + "." + key, key, Optional.of(self.get()), items,
                            Optional.of(parentDef)));
                } else {
                    columns.add(column(sheetKey, key, e.getValue(), prefix.isEmpty() && required.contains(e.getKey())));
                }
            }
        }

        private Column column(String sheetKey, String key, JsonNode property, boolean required) {
            JsonNode r = resolve(property);
            Kind kind;
            List<String> values = List.of();
            String type = type(r);
            if (r.has("enum")) {
                kind = Kind.ENUM;
                values = List.copyOf(strings(r.path("enum")));
            } else if (type.equals("array")) {
                JsonNode items = resolve(r.path("items"));
                if (items.has("enum")) {
                    kind = Kind.ENUM_LIST;
                    values = List.copyOf(strings(items.path("enum")));
                } else {
                    kind = items.has("pattern") ? Kind.CODE_LIST : Kind.TEXT_LIST;
                }
            } else if ("date".equals(r.path("format").asText())) {
                kind = Kind.DATE;
            } else if (type.equals("integer")) {
                kind = Kind.INTEGER;
            } else if (type.equals("boolean")) {
                kind = Kind.BOOLEAN;
            } else {
                kind = Kind.TEXT;
            }
            String qualified = sheetKey.isEmpty() ? key : sheetKey + "." + key;
            List<String> valuesVi = values.stream().map(v -> label("enum." + qualified + "." + v)).toList();
            String description = property.has("description") ? property.path("description").asText()
                    : r.path("description").asText();
            List<String> terms = TERM.matcher(description).results().map(m -> m.group(1)).toList();
            // Several terms name the enum's values, not the field.
            String vi = terms.size() == 1 ? header(terms.get(0), kind, r) : labelOf(qualified, key);
            return new Column(key, kind, values, valuesVi, required, vi, humanise(key));
        }

        /** A term as a header: “xuất cảnh” of a date is “Ngày xuất cảnh”, “cán bộ ngoại giao” of a count is “Số ...”. */
        private static String header(String term, Kind kind, JsonNode resolved) {
            String lower = term.toLowerCase(Locale.forLanguageTag("vi"));
            if (kind == Kind.DATE && !lower.startsWith("ngày") && !lower.startsWith("hạn")
                    && !lower.startsWith("thời hạn")) {
                return "Ngày " + term;
            }
            String def = resolved.path("$def").asText("");
            if (kind == Kind.INTEGER && (def.equals("count") || def.equals("optionalCount"))) {
                return "Số " + term;
            }
            return capitalise(term);
        }

        /** The label of a field without a Vietnamese term: by sheet and field, else by field alone. */
        private String labelOf(String qualified, String key) {
            return labels.containsKey("field." + qualified) ? label("field." + qualified) : label("field." + key);
        }

        private String label(String key) {
            String value = labels.getProperty(key);
            if (value == null) {
                throw new IllegalStateException("labels_vi.properties has no " + key
                        + ": the schema gained a field or value without a Vietnamese term");
            }
            used.add(key);
            return value;
        }

        /** The property itself, or the definition it refers to, marked with its definition's name. */
        private JsonNode resolve(JsonNode node) {
            String ref = node.path("$ref").asText("");
            if (!ref.startsWith("#/$defs/")) {
                return node;
            }
            String name = ref.substring("#/$defs/".length());
            com.fasterxml.jackson.databind.node.ObjectNode copy = schema.path("$defs").path(name).deepCopy();
            copy.put("$def", name);
            return copy;
        }

        private static String type(JsonNode r) {
            JsonNode t = r.path("type");
            if (t.isArray()) {
                for (JsonNode x : t) {
                    if (!x.asText().equals("null")) {
                        return x.asText();
                    }
                }
            }
            return t.asText("");
        }

        private static Set<String> strings(JsonNode array) {
            Set<String> out = new java.util.LinkedHashSet<>();
            array.forEach(n -> out.add(n.asText()));
            return out;
        }
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + s.substring(1);
    }

    /** {@code departedOn} → “Departed on”, {@code headOfMission.name} → “Head of mission name”. */
    static String humanise(String key) {
        String spaced = key.replace('.', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return capitalise(spaced);
    }
}

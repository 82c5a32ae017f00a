package org.ngoaivu.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import org.ngoaivu.validation.Problem;

/**
 * One JSON object being read, with its path; every accessor records a problem instead of throwing, so
 * that a whole document is checked in one pass. Accessors return null where the value is absent or wrong,
 * and {@link #finish()} reports the fields nobody asked for as unknown.
 */
final class Node {
    private final JsonNode json;
    private final String path;
    private final List<Problem> problems;
    private final Set<String> known = new LinkedHashSet<>();
    private final int problemsBefore;

    Node(JsonNode json, String path, List<Problem> problems) {
        this.json = json;
        this.path = path;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    /** Reads an object, or records that the value at {@code path} is not one. */
    static Node object(JsonNode json, String path, List<Problem> problems) {
        if (!json.isObject()) {
            problems.add(new Problem(path, "Expected an object but found " + kind(json) + "."));
            return null;
        }
        return new Node(json, path, problems);
    }

    /** Whether no problem was recorded while reading this object (and what it contains). */
    boolean clean() {
        return problems.size() == problemsBefore;
    }

    private JsonNode field(String name, boolean required) {
        known.add(name);
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(new Problem(path + "." + name, "The required field \"" + name + "\" is missing."));
            }
            return null;
        }
        return value;
    }

    /** The value of a field as it is, for callers that check its type themselves; null when absent. */
    JsonNode raw(String name, boolean required) {
        return field(name, required);
    }

    String text(String name, boolean required) {
        JsonNode v = field(name, required);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            wrong(name, "a string", v);
            return null;
        }
        if (required && v.asText().isBlank()) {
            problems.add(new Problem(path + "." + name, "The field \"" + name + "\" must not be blank."));
            return null;
        }
        return v.asText();
    }

    Optional<String> optionalText(String name) {
        return Optional.ofNullable(text(name, false));
    }

    Integer integer(String name, boolean required) {
        JsonNode v = field(name, required);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            wrong(name, "a whole number", v);
            return null;
        }
        return v.intValue();
    }

    boolean bool(String name) {
        JsonNode v = field(name, false);
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            wrong(name, "true or false", v);
            return false;
        }
        return v.booleanValue();
    }

    LocalDate date(String name, boolean required) {
        JsonNode v = field(name, required);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            wrong(name, "a date as \"YYYY-MM-DD\"", v);
            return null;
        }
        try {
            return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(path + "." + name, "\"" + v.asText() + "\" is not a valid date as YYYY-MM-DD."));
            return null;
        }
    }

    Optional<LocalDate> optionalDate(String name) {
        return Optional.ofNullable(date(name, false));
    }

    <E extends Enum<E>> E constant(String name, Class<E> type, boolean required) {
        JsonNode v = field(name, required);
        return v == null ? null : constantAt(v, path + "." + name, type);
    }

    private <E extends Enum<E>> E constantAt(JsonNode v, String at, Class<E> type) {
        if (!v.isTextual()) {
            problems.add(new Problem(at, "Expected one of " + Arrays.toString(type.getEnumConstants()) + " but found "
                    + kind(v) + "."));
            return null;
        }
        try {
            return Enum.valueOf(type, v.asText());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(at, "\"" + v.asText() + "\" is not one of "
                    + Arrays.toString(type.getEnumConstants()) + "."));
            return null;
        }
    }

    <E extends Enum<E>> List<E> constants(String name, Class<E> type) {
        return list(name, false, (item, at) -> constantAt(item, at, type));
    }

    List<String> texts(String name) {
        return list(name, false, (item, at) -> {
            if (!item.isTextual()) {
                problems.add(new Problem(at, "Expected a string but found " + kind(item) + "."));
                return null;
            }
            return item.asText();
        });
    }

    /** Reads a list; items that cannot be read are left out (and their problems recorded). */
    <T> List<T> list(String name, boolean required, BiFunction<JsonNode, String, T> item) {
        JsonNode v = field(name, required);
        List<T> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            wrong(name, "a list", v);
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            T read = item.apply(v.get(i), path + "." + name + "[" + i + "]");
            if (read != null) {
                out.add(read);
            }
        }
        return out;
    }

    <T> T object(String name, BiFunction<Node, String, T> reader) {
        JsonNode v = field(name, false);
        if (v == null) {
            return null;
        }
        Node child = object(v, path + "." + name, problems);
        return child == null ? null : reader.apply(child, child.path);
    }

    /** Records every field that was not asked for as unknown, suggesting the nearest known name. */
    void finish() {
        json.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                String hint = known.stream().min(Comparator.comparingInt(k -> distance(k, name)))
                        .filter(k -> distance(k, name) <= Math.max(2, name.length() / 3))
                        .map(k -> " Did you mean \"" + k + "\"?").orElse("");
                problems.add(new Problem(path + "." + name, "Unknown field \"" + name + "\"." + hint));
            }
        });
    }

    String path() {
        return path;
    }

    private void wrong(String name, String expected, JsonNode found) {
        problems.add(new Problem(path + "." + name, "Expected " + expected + " but found " + kind(found) + "."));
    }

    static String kind(JsonNode v) {
        if (v.isTextual()) {
            return "the string \"" + abbreviate(v.asText()) + "\"";
        } else if (v.isNumber()) {
            return "the number " + abbreviate(v.asText());
        } else if (v.isBoolean()) {
            return v.asText();
        } else if (v.isArray()) {
            return "a list";
        } else if (v.isObject()) {
            return "an object";
        }
        return "null";
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
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
}

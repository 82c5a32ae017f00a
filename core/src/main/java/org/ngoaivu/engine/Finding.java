package org.ngoaivu.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One rule's verdict on one subject: what is wrong, how serious it is, where the obligation comes from
 * and which parameter values the rule used.
 *
 * @param ruleId     the rule's stable id, e.g. {@code mission-economic-team}
 * @param severity   how serious
 * @param subject    what it is about
 * @param message    what is wrong, naming the concrete facts, in Vietnamese and English
 * @param source     the article (title and date) and legal text the obligation comes from
 * @param parameters the parameter values the rule used, by parameter name (values are numbers, strings or
 *                   lists of strings), in the rule's order
 * @param facts      the fact values the finding relied on, by name, in the rule's order, each with its JSON type:
 *                   a {@link String} (names, codes), a {@link Long} (counts, days), a {@link Boolean}, a
 *                   {@link LocalDate}, or an unmodifiable {@link List} of these; other integers are widened to
 *                   {@code Long} and lists copied
 * @param parametersValidFrom for parameter values from a dated {@link ParameterSchedule}, the day each took
 *                   effect, by parameter name; undated values are not listed
 */
public record Finding(
        String ruleId,
        Severity severity,
        Subject subject,
        LocalizedText message,
        String source,
        Map<String, Object> parameters,
        Map<String, Object> facts,
        Map<String, LocalDate> parametersValidFrom) {

    /** Severity, then rule id, then subject, then message: the same findings always sort the same way. */
    public static final Comparator<Finding> ORDER = Finding::compareInOrder;

    /**
     * Checks that every part is present and keeps the maps unmodifiable, in the rule's order; facts keep their JSON
     * types (numbers, dates, booleans, lists of text).
     *
     * @param ruleId              the rule's stable id
     * @param severity            how serious
     * @param subject             what it is about
     * @param message             the message in Vietnamese and English
     * @param source              where the obligation comes from
     * @param parameters          the parameter values the rule used, by name
     * @param facts               the fact values the finding relied on, by name
     * @param parametersValidFrom the day each dated parameter value took effect, by name
     */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        parameters = ordered(Objects.requireNonNull(parameters, "parameters"));
        facts = ordered(typed(Objects.requireNonNull(facts, "facts")));
        parametersValidFrom = ordered(Objects.requireNonNull(parametersValidFrom, "parametersValidFrom"));
    }

    /**
     * The facts as text, as case files and the plain-text views write them: numbers in digits, dates ISO
     * ({@code 2024-03-16}), lists joined by commas.
     *
     * @return the facts by name, each as text, in the rule's order
     */
    public Map<String, String> factTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        facts.forEach((name, value) -> texts.put(name, text(value)));
        return Collections.unmodifiableMap(texts);
    }

    private static String text(Object value) {
        if (value instanceof List<?> items) {
            return items.stream().map(Finding::text).collect(Collectors.joining(","));
        }
        return value.toString();
    }

    /** The facts with their JSON types; anything else is a mistake of the rule that reported it. */
    private static Map<String, Object> typed(Map<String, Object> facts) {
        // Most facts are already strings, numbers and dates: then the map is kept as it is (ordered() copies it).
        boolean typed = true;
        for (Object v : facts.values()) {
            typed &= v instanceof String || v instanceof Long || v instanceof LocalDate;
        }
        if (typed) {
            return facts;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        facts.forEach((name, value) -> out.put(Objects.requireNonNull(name, "fact name"), typed(name, value)));
        return out;
    }

    private static Object typed(String name, Object value) {
        if (value instanceof String || value instanceof Long || value instanceof Boolean
                || value instanceof LocalDate) {
            return value;
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        } else if (value instanceof List<?> items) {
            List<Object> copy = new ArrayList<>(items.size());
            items.forEach(item -> copy.add(typed(name, item)));
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException("fact " + name + " is " + value + " (" + (value == null ? "null"
                : value.getClass().getName()) + "); a fact is a string, a whole number, a boolean, a date or a list");
    }

    /** An unmodifiable copy that keeps the order; small maps are stored compactly, as large dossiers hold many findings. */
    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return switch (map.size()) {
            case 0 -> Map.of();
            case 1 -> {
                Map.Entry<String, V> only = map.entrySet().iterator().next();
                yield Collections.singletonMap(only.getKey(), only.getValue());
            }
            default -> Collections.unmodifiableMap(new LinkedHashMap<>(map));
        };
    }

    // Written out rather than chained with thenComparing, and skipping strings that are the same object (the
    // findings of one rule share its id, those of one subject its id): reports of large dossiers sort many findings.
    private static int compareInOrder(Finding a, Finding b) {
        int c = a.severity.compareTo(b.severity);
        if (c == 0) {
            c = compare(a.ruleId, b.ruleId);
        }
        if (c == 0) {
            c = compare(a.subject.id(), b.subject.id());
        }
        if (c == 0) {
            c = a.subject.type().compareTo(b.subject.type());
        }
        if (c == 0) {
            c = compare(a.message.en(), b.message.en());
        }
        if (c == 0) {
            c = compare(a.message.vi(), b.message.vi());
        }
        return c;
    }

    private static int compare(String a, String b) {
        return a == b ? 0 : a.compareTo(b);
    }

    /**
     * The same finding with another severity, as a host's per-rule policy may ask.
     *
     * @param newSeverity the severity the policy gives the rule
     * @return a copy with that severity
     */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, subject, message, source, parameters, facts, parametersValidFrom);
    }
}

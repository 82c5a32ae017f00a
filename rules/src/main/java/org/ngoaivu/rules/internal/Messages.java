package org.ngoaivu.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Message templates and the labels of enum constants in Vietnamese and English, and the formatting of fact
 * values for each language. Templates use {@code {name}} placeholders.
 */
final class Messages {
    enum Language {
        VI(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT)),
        EN(DateTimeFormatter.ISO_LOCAL_DATE);

        private final DateTimeFormatter dates;

        Language(DateTimeFormatter dates) {
            this.dates = dates;
        }

        String suffix() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private final Properties labelsVi;
    private final Properties labelsEn;
    /** Templates split once into text and placeholder names: a large dossier fills them thousands of times. */
    private final Map<String, List<String>> parsed = new ConcurrentHashMap<>();

    Messages(Properties labelsVi, Properties labelsEn) {
        this.labelsVi = labelsVi;
        this.labelsEn = labelsEn;
    }

    /**
     * Fills a template with the values {@code values} gives by name (null for a name it does not know),
     * building the text in {@code scratch}, which it clears first: one caller fills many templates.
     *
     * @throws IllegalStateException when the template names a value that was not given
     */
    String fill(String template, Function<String, Object> values, Language language, StringBuilder scratch) {
        List<String> parts = parsed.computeIfAbsent(template, Messages::parse);
        scratch.setLength(0);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (i % 2 == 0) {
                scratch.append(part);
                continue;
            }
            Object value = values.apply(part);
            if (value == null) {
                throw new IllegalStateException("the message template names {" + part + "}, which is neither a fact"
                        + " the rule gave, one of its parameters, nor {subject}");
            }
            append(scratch, value, language);
        }
        return scratch.toString();
    }

    /** Text, placeholder name, text, placeholder name, …, text. */
    private static List<String> parse(String template) {
        List<String> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int end = 0;
        while (m.find()) {
            parts.add(template.substring(end, m.start()));
            parts.add(m.group(1));
            end = m.end();
        }
        parts.add(template.substring(end));
        return List.copyOf(parts);
    }

    /** Appends a value as a message shows it in the given language. */
    private void append(StringBuilder out, Object value, Language language) {
        if (value instanceof LocalDate date) {
            language.dates.formatTo(date, out);
        } else if (value instanceof Enum<?> constant) {
            Properties labels = language == Language.VI ? labelsVi : labelsEn;
            out.append(labels.getProperty(constant.getDeclaringClass().getSimpleName() + "." + constant.name(),
                    constant.name()));
        } else if (value instanceof Collection<?> items) {
            String separator = "";
            for (Object item : ordered(items)) {
                out.append(separator);
                append(out, item, language);
                separator = ", ";
            }
        } else {
            out.append(value);
        }
    }

    /** A value as a finding records it: ISO dates, constant names, comma-separated lists. */
    static String record(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        } else if (value instanceof Collection<?> items) {
            return ordered(items).stream().map(Messages::record).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }

    /** Lists keep their order; sets (whose order may differ between runs) are sorted, for byte-identical reports. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Collection<?> ordered(Collection<?> items) {
        if (items instanceof java.util.Set<?> && items.stream().allMatch(Comparable.class::isInstance)) {
            return items.stream().map(i -> (Comparable) i).sorted().toList();
        }
        return items;
    }
}

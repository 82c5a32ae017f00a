package org.ngoaivu.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
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

    Messages(Properties labelsVi, Properties labelsEn) {
        this.labelsVi = labelsVi;
        this.labelsEn = labelsEn;
    }

    /**
     * Fills a template.
     *
     * @throws IllegalStateException when the template names a value that was not given
     */
    String fill(String template, Map<String, Object> values, Language language) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalStateException("the message template names {" + name + "} but the rule gave "
                        + values.keySet());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(format(values.get(name), language)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A value as a message shows it in the given language. */
    String format(Object value, Language language) {
        if (value instanceof LocalDate date) {
            return language.dates.format(date);
        } else if (value instanceof Enum<?> constant) {
            Properties labels = language == Language.VI ? labelsVi : labelsEn;
            return labels.getProperty(constant.getDeclaringClass().getSimpleName() + "." + constant.name(),
                    constant.name());
        } else if (value instanceof Collection<?> items) {
            return ordered(items).stream().map(item -> format(item, language)).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
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

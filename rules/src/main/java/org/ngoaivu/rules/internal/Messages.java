package org.ngoaivu.rules.internal;

import java.time.LocalDate;
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

import org.ngoaivu.engine.LocalizedText;
import org.ngoaivu.model.Delegation;
import org.ngoaivu.rules.api.Country;
import org.ngoaivu.rules.api.Dates;

/**
 * Message templates and the labels of enum constants in Vietnamese and English, and the formatting of fact
 * values for each language: dates as {@link Dates} writes them, countries by their CLDR names, delegations as
 * "destination (departure date)", enum constants by their labels. Templates use {@code {name}} placeholders, and {@code {name|singular|plural}} for
 * a number followed by the word that fits it (English needs it; Vietnamese does not inflect).
 */
final class Messages {
    enum Language {
        VI,
        EN;

        String suffix() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code {name}}, or {@code {name|singular|plural}}: a number followed by the word that fits it. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)(?:\\|([^|{}]+)\\|([^|{}]+))?}");

    /** A placeholder of a template; {@code singular} and {@code plural} are null unless the word is chosen. */
    private record Placeholder(String name, String singular, String plural) {
    }

    private final Properties labelsVi;
    private final Properties labelsEn;
    /** Templates split once into text and placeholders: a large dossier fills them thousands of times. */
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();
    /** The label of each enum constant met so far, by language. */
    private final Map<Language, Map<Enum<?>, String>> labels = Map.of(Language.VI, new ConcurrentHashMap<>(),
            Language.EN, new ConcurrentHashMap<>());
    /** The name of each country met so far, by language: CLDR's lookup is not free. */
    private final Map<Language, Map<String, String>> countries = Map.of(Language.VI, new ConcurrentHashMap<>(),
            Language.EN, new ConcurrentHashMap<>());

    /** A template split into its literal texts ({@code String}s) and {@link Placeholder}s, in order. */
    static final class Template {
        private final Object[] parts;

        private Template(Object[] parts) {
            this.parts = parts;
        }
    }

    Messages(Properties labelsVi, Properties labelsEn) {
        this.labelsVi = labelsVi;
        this.labelsEn = labelsEn;
    }

    /** The template, split into text and placeholders once for this rule base. */
    Template template(String text) {
        return parsed.computeIfAbsent(text, Messages::parse);
    }

    /**
     * Fills a template with the values {@code values} gives by name (null for a name it does not know),
     * building the text in {@code scratch}, which it clears first: one caller fills many templates.
     *
     * @throws IllegalStateException when the template names a value that was not given
     */
    String fill(Template template, Function<String, Object> values, Language language, StringBuilder scratch) {
        scratch.setLength(0);
        for (Object part : template.parts) {
            if (!(part instanceof Placeholder placeholder)) {
                scratch.append((String) part);
                continue;
            }
            Object value = values.apply(placeholder.name());
            if (value == null) {
                throw new IllegalStateException("the message template names {" + placeholder.name() + "}, which is"
                        + " neither a fact the rule gave, one of its parameters, nor {subject}");
            }
            append(scratch, value, language);
            if (placeholder.singular() != null) {
                if (!(value instanceof Number number)) {
                    throw new IllegalStateException("the message template writes {" + placeholder.name() + "|"
                            + placeholder.singular() + "|" + placeholder.plural() + "}, but " + placeholder.name()
                            + " is not a number: " + value);
                }
                scratch.append(' ').append(number.doubleValue() == 1 ? placeholder.singular() : placeholder.plural());
            }
        }
        return scratch.toString();
    }

    private static Template parse(String template) {
        List<Object> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int end = 0;
        while (m.find()) {
            parts.add(template.substring(end, m.start()));
            parts.add(new Placeholder(m.group(1), m.group(2), m.group(3)));
            end = m.end();
        }
        parts.add(template.substring(end));
        return new Template(parts.toArray());
    }

    /** Appends a value as a message shows it in the given language. */
    private void append(StringBuilder out, Object value, Language language) {
        if (value instanceof LocalDate date) {
            appendDate(out, date, language);
        } else if (value instanceof Enum<?> constant) {
            out.append(labels.get(language).computeIfAbsent(constant, c -> label(c, language)));
        } else if (value instanceof Country country) {
            out.append(countries.get(language).computeIfAbsent(country.code(), code ->
                    language == Language.VI ? country.vietnameseName() : country.englishName()));
        } else if (value instanceof LocalizedText text) {
            out.append(language == Language.VI ? text.vi() : text.en());
        } else if (value instanceof Delegation trip) {
            append(out, Country.of(trip.destinationCountry()), language);
            trip.departedOn().ifPresent(on -> appendDate(out.append(" ("), on, language).append(')'));
        } else if (value instanceof Collection<?> items) {
            // "A, B và C" / "A, B and C", as a sentence lists things.
            Collection<?> list = ordered(items);
            int i = 0;
            for (Object item : list) {
                if (i > 0) {
                    out.append(i < list.size() - 1 ? ", " : language == Language.VI ? " và " : " and ");
                }
                append(out, item, language);
                i++;
            }
        } else {
            out.append(value);
        }
    }

    /** The label of an enum constant in a language, or its name where the bundle has none. */
    String label(Enum<?> constant, Language language) {
        Properties labels = language == Language.VI ? labelsVi : labelsEn;
        String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        return labels.getProperty(key, constant.name());
    }

    private static StringBuilder appendDate(StringBuilder out, LocalDate date, Language language) {
        return language == Language.VI ? Dates.appendVietnamese(out, date) : Dates.appendEnglish(out, date);
    }

    /**
     * A value as a finding records it, with its JSON type: constants by name, countries by code, delegations by
     * id, collections as lists; strings, numbers, booleans and dates as they are.
     */
    static Object record(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        } else if (value instanceof Country country) {
            return country.code();
        } else if (value instanceof Delegation delegation) {
            return delegation.id();
        } else if (value instanceof Collection<?> items) {
            return ordered(items).stream().map(Messages::record).toList();
        }
        return value;
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

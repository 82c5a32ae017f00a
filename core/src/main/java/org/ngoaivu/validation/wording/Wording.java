package org.ngoaivu.validation.wording;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ngoaivu.validation.Problem;

/**
 * The sentences of {@link Problem}s, each kept once per language in {@code problems_vi.properties} and
 * {@code problems_en.properties} beside this class, so that the dossier validator and the JSON readers say the
 * same thing the same way. A sentence names its arguments {@code {0}}, {@code {1}}, ...; an argument is a
 * text, shown as it is, a date (dd/MM/yyyy in Vietnamese, YYYY-MM-DD in English), a {@link #grouped} count or a
 * {@link Phrase} of the same files, said in the sentence's language.
 */
public final class Wording {
    private static final Properties VI = load("problems_vi.properties");
    private static final Properties EN = load("problems_en.properties");
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");

    private Wording() {
    }

    /**
     * A sentence or a part of one, with its arguments, said in either language.
     *
     * @param key  its key in the two files
     * @param args its arguments, in order
     */
    public record Phrase(String key, List<Object> args) {
        /**
         * Checks that both files word the key.
         *
         * @param key  the key
         * @param args the arguments
         * @throws IllegalArgumentException for a key a file lacks
         */
        public Phrase {
            if (!VI.containsKey(key) || !EN.containsKey(key)) {
                throw new IllegalArgumentException("no wording for " + key);
            }
            args = List.copyOf(args);
        }

        /** @return the phrase in Vietnamese */
        public String vi() {
            return say(VI, true);
        }

        /** @return the phrase in English */
        public String en() {
            return say(EN, false);
        }

        private String say(Properties words, boolean vi) {
            Matcher m = ARGUMENT.matcher(words.getProperty(key));
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                int i = Integer.parseInt(m.group(1));
                if (i >= args.size()) {
                    throw new IllegalStateException(key + " refers to {" + i + "} but has " + args.size() + " arguments");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(shown(args.get(i), vi)));
            }
            return m.appendTail(out).toString();
        }
    }

    /** A count shown with thousands separators: 1.500 in Vietnamese, 1,500 in English. */
    private record Grouped(long count) {
    }

    /**
     * A phrase of the files, to be said in the language of the sentence it is an argument of.
     *
     * @param key  its key
     * @param args its arguments
     * @return the phrase
     */
    public static Phrase phrase(String key, Object... args) {
        return new Phrase(key, List.of(args));
    }

    /**
     * A problem worded by the files.
     *
     * @param path the JSON path it is about
     * @param key  the key of its sentence
     * @param args the sentence's arguments
     * @return the problem in Vietnamese and English
     */
    public static Problem problem(String path, String key, Object... args) {
        Phrase sentence = phrase(key, args);
        return new Problem(path, sentence.vi(), sentence.en());
    }

    /**
     * A count as an argument, shown with the thousands separator of each language.
     *
     * @param count the count
     * @return the argument
     */
    public static Object grouped(long count) {
        return new Grouped(count);
    }

    /**
     * The keys a file words, for the test that both word the same.
     *
     * @param vietnamese which file
     * @return its keys
     */
    static Set<String> keys(boolean vietnamese) {
        return (vietnamese ? VI : EN).stringPropertyNames();
    }

    /**
     * The text of a key in one language, for the test that the Vietnamese is not the English.
     *
     * @param vietnamese which file
     * @param key        the key
     * @return its text, arguments unfilled
     */
    static String text(boolean vietnamese, String key) {
        return (vietnamese ? VI : EN).getProperty(key);
    }

    private static String shown(Object arg, boolean vi) {
        if (arg instanceof Phrase p) {
            return vi ? p.vi() : p.en();
        } else if (arg instanceof LocalDate d) {
            return vi ? VI_DATE.format(d) : d.toString();
        } else if (arg instanceof Grouped g) {
            String n = String.format(Locale.ROOT, "%,d", g.count());
            return vi ? n.replace(',', '.') : n;
        }
        return String.valueOf(Objects.requireNonNull(arg, "argument"));
    }

    private static Properties load(String name) {
        Properties words = new Properties();
        try (InputStream in = Wording.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the library's jar");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                words.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + " cannot be read", e);
        }
        return words;
    }
}

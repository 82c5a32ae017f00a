package org.ngoaivu.validation;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a dossier or another input file, said in Vietnamese and in English.
 *
 * <p>The sentence is held as two strings rather than as an {@code org.ngoaivu.engine.LocalizedText}: the
 * engine API is built on this package, which therefore may not depend on it.
 *
 * @param path where, as a JSON path into the document ({@code $.delegations[3].returnedOn}); {@code $} for the
 *             document itself
 * @param vi   the sentence in Vietnamese, with diacritics, as an official reads it
 * @param en   the same sentence in English
 */
public record Problem(String path, String vi, String en) implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparing(Problem::en).thenComparing(Problem::vi);

    /**
     * Checks that every part is present.
     *
     * @param path the JSON path to the faulty part ({@code $} for the whole document)
     * @param vi   a plain sentence in Vietnamese (tiếng Việt) a person can act on
     * @param en   the same sentence in English
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    /**
     * The sentence in the reader's language.
     *
     * @param locale the reader's locale; only its language is looked at
     * @return the Vietnamese sentence for language {@code vi}, otherwise the English
     */
    public String message(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? vi : en;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    /** The path and the English sentence, as exception messages and logs show a problem. */
    @Override
    public String toString() {
        return path + ": " + en;
    }
}

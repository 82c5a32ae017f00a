package org.ngoaivu.engine;

import java.util.Locale;
import java.util.Objects;

/**
 * A message in Vietnamese and English.
 *
 * @param vi the Vietnamese text, with diacritics
 * @param en the English text
 */
public record LocalizedText(String vi, String en) {
    /**
     * Checks that both texts are present.
     *
     * @param vi the Vietnamese text, with diacritics, as an official reads it
     * @param en the English text
     */
    public LocalizedText {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    /**
     * The text in the reader's language.
     *
     * @param locale the reader's locale; only its language is looked at
     * @return the Vietnamese text for language {@code vi}, otherwise the English
     */
    public String in(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? vi : en;
    }
}

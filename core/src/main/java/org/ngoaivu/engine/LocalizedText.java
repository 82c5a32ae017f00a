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
    public LocalizedText {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    /** The Vietnamese text for a Vietnamese locale, otherwise the English. */
    public String in(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? vi : en;
    }
}

package org.ngoaivu.rules.api;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A country (quốc gia) by its ISO 3166 alpha-2 code, as a rule hands it to a message: the message names it in
 * the reader's language from the JDK's CLDR data ("Nhật Bản", "Japan"), and the finding records the code.
 *
 * @param code the ISO 3166 alpha-2 code, e.g. {@code JP}
 */
public record Country(String code) {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public Country {
        Objects.requireNonNull(code, "code");
    }

    /** The country with this code. */
    public static Country of(String code) {
        return new Country(code);
    }

    /** The countries with these codes, ordered by code so that a report reads the same every time. */
    public static List<Country> all(Collection<String> codes) {
        return codes.stream().sorted().map(Country::new).toList();
    }

    /** The name in Vietnamese, or the code when CLDR does not know it. */
    public String vietnameseName() {
        return name(VIETNAMESE);
    }

    /** The name in English, or the code when CLDR does not know it. */
    public String englishName() {
        return name(Locale.ENGLISH);
    }

    @SuppressWarnings("deprecation") // Locale.of is Java 19; this library runs on 17
    private String name(Locale language) {
        String name = new Locale("", code).getDisplayCountry(language);
        return name.isEmpty() ? code : name;
    }
}

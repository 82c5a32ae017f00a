package org.ngoaivu.rules.api;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A country (quốc gia) by its ISO 3166 alpha-2 code, as a rule hands it to a message: the message names it in
 * the reader's language from the JDK's CLDR data ("Nhật Bản", "Japan"), and the finding records the code.
 *
 * @param code the ISO 3166 alpha-2 code, e.g. {@code JP}
 */
public record Country(String code) {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** English country names that take the definite article: titles of states, and plural names. */
    private static final Pattern TAKES_THE = Pattern.compile(
            "^United |^Central African|Republic$|Kingdom$|Emirates$|Islands$|^Netherlands$|^Philippines$"
                    + "|^Bahamas$|^Maldives$|^Comoros$|^Seychelles$|^Gambia$");

    /**
     * Checks that the code is present; an unknown code is kept and shown as it is.
     *
     * @param code the ISO 3166 alpha-2 code, e.g. {@code JP}
     */
    public Country {
        Objects.requireNonNull(code, "code");
    }

    /**
     * The country with this code.
     *
     * @param code the ISO 3166 alpha-2 code, e.g. {@code JP}
     * @return the country
     */
    public static Country of(String code) {
        return new Country(code);
    }

    /**
     * The countries with these codes, ordered by code so that a report reads the same every time.
     *
     * @param codes ISO 3166 alpha-2 codes, e.g. a province's land neighbours
     * @return the countries, sorted by code
     */
    public static List<Country> all(Collection<String> codes) {
        return codes.stream().sorted().map(Country::new).toList();
    }

    /**
     * The name a Vietnamese message uses.
     *
     * @return the name in Vietnamese ("Nhật Bản"), or the code when CLDR does not know it
     */
    public String vietnameseName() {
        return name(VIETNAMESE);
    }

    /**
     * The name in English as a sentence uses it, or the code when CLDR does not know it: with "the" where the
     * name is a plural or a title ("the United States", "the Philippines", "the Czech Republic").
     *
     * @return the English name, with "the" where it needs one
     */
    public String englishName() {
        String name = name(Locale.ENGLISH);
        return TAKES_THE.matcher(name).find() ? "the " + name : name;
    }

    @SuppressWarnings("deprecation") // Locale.of is Java 19; this library runs on 17
    private String name(Locale language) {
        String name = new Locale("", code).getDisplayCountry(language);
        return name.isEmpty() ? code : name;
    }
}

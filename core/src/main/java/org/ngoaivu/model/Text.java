package org.ngoaivu.model;

import java.text.Normalizer;
import java.util.Objects;

/**
 * What "blank", "trimmed" and "the same name" mean throughout the library, as the rule catalogue reads them:
 * spaces are the characters of Unicode's {@code White_Space} property, so a no-break space (U+00A0), a figure
 * space (U+2007), a narrow no-break space (U+202F) and an ideographic space (U+3000) count like U+0020; and a
 * person's name (tên người) is compared trimmed and in Unicode NFC, so "Lê Văn C" typed with combining marks is
 * the same person.
 */
public final class Text {
    private Text() {
    }

    /**
     * Whether {@code c} has Unicode's {@code White_Space} property. {@link Character#isWhitespace(int)} leaves
     * out the no-break spaces, which a name copied from a word processor often carries.
     *
     * @param c a code point
     * @return true if it is a space in Unicode's sense
     */
    public static boolean isSpace(int c) {
        return switch (c) {
            case 0x0009, 0x000A, 0x000B, 0x000C, 0x000D, 0x0020, 0x0085, 0x00A0, 0x1680,
                    0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200A;
        };
    }

    /**
     * Whether {@code text} is empty or holds only spaces in the sense of {@link #isSpace(int)}.
     *
     * @param text the text
     * @return true if it is blank
     */
    public static boolean isBlank(String text) {
        Objects.requireNonNull(text, "text");
        return text.codePoints().allMatch(Text::isSpace);
    }

    /**
     * {@code text} without leading and trailing spaces in the sense of {@link #isSpace(int)}.
     *
     * @param text the text
     * @return the text stripped
     */
    public static String strip(String text) {
        Objects.requireNonNull(text, "text");
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /**
     * The form in which names of people are compared: trimmed, then Unicode NFC.
     *
     * @param name a person's name
     * @return the name to compare
     */
    public static String personName(String name) {
        return Normalizer.normalize(strip(name), Normalizer.Form.NFC);
    }
}

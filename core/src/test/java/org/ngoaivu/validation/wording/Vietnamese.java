package org.ngoaivu.validation.wording;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What tells a Vietnamese sentence from an English one, for the tests of problems' wording. */
public final class Vietnamese {
    /** The letters Vietnamese writes and English does not. */
    private static final Pattern LETTER = Pattern.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
            + "ùúủũụừứửữựỳýỷỹỵ]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Quoted texts, lists of codes, paths and file names: what a sentence shows as the input has it. */
    private static final Pattern SHOWN = Pattern.compile("\"[^\"]*\"|“[^”]*”|'[^']*'|\\[[^]]*]|\\S*[/\\\\$]\\S*");
    /** English words a problem's sentence is made of, which no Vietnamese sentence needs. */
    private static final Set<String> ENGLISH = Set.of("the", "is", "not", "missing", "expected", "field", "found",
            "unknown", "must", "between", "cannot", "value", "date", "list", "one", "of", "and", "with", "file", "text",
            "but", "does", "did", "you", "mean", "line", "column", "character", "was", "expecting", "read", "before",
            "number", "string", "more", "problems", "blank", "lie", "unexpected", "token", "count", "year");

    private Vietnamese() {
    }

    /**
     * Whether a text has a letter only Vietnamese writes.
     *
     * @param text the text
     * @return true if it has one
     */
    public static boolean hasVietnameseLetters(String text) {
        return LETTER.matcher(text).find();
    }

    /**
     * The English words of a sentence, outside what it quotes from the input.
     *
     * @param sentence the sentence
     * @return those words, lower-cased
     */
    public static Set<String> englishWords(String sentence) {
        return Arrays.stream(SHOWN.matcher(sentence).replaceAll(" ").split("[^\\p{L}]+"))
                .map(w -> w.toLowerCase(Locale.ROOT)).filter(ENGLISH::contains).collect(Collectors.toSet());
    }
}

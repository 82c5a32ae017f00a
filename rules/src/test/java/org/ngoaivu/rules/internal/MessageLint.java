package org.ngoaivu.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a message read by an official must not contain: an ISO date, a bare upper-case code, empty brackets, a
 * doubled word, an unfilled placeholder, or (in Vietnamese) the old spelling that Luật Thỏa thuận quốc tế 2020
 * no longer uses ("Thoả", "Thuỷ", "hoá" for "Thỏa", "Thủy", "hóa").
 */
final class MessageLint {
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*]|“\\s*”|\"\\s*\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("[{}]");
    /** The tone mark on the second vowel of a final "oa", "oe" or "uy" (but not "quý", whose "u" is part of "qu"). */
    private static final Pattern OLD_SPELLING = Pattern.compile("(?<![qQ])(o[ảáàạã]|o[ẻéèẹẽ]|u[ỷýỳỵỹ])(?!\\p{L})");
    /** A code: letters and digits in upper case, with at least two letters (EMB-JP, TOURISM, CP-KGG-T1). */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]*");
    /** Abbreviations a ministry document writes as they are. */
    private static final Set<String> ABBREVIATIONS = Set.of("VCCI", "MOFA", "ASEAN", "LHQ");
    private static final String OPENING = "(“\"'[";
    private static final String CLOSING = ",.;:)”\"']";

    private MessageLint() {
    }

    /** The problems of one message, each a short sentence naming what it found; empty when there are none. */
    static List<String> problems(String message, boolean vietnamese) {
        List<String> problems = new ArrayList<>();
        find(ISO_DATE, message, "an ISO date", problems);
        find(EMPTY_BRACKETS, message, "empty brackets", problems);
        find(PLACEHOLDER, message, "an unfilled placeholder", problems);
        if (vietnamese) {
            find(OLD_SPELLING, message, "the old spelling (Thoả, Thuỷ, hoá) instead of Thỏa, Thủy, hóa", problems);
        }
        String[] words = message.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = trim(words[i]);
            if (CODE.matcher(word).matches() && word.chars().filter(Character::isLetter).count() >= 2
                    && !ABBREVIATIONS.contains(word)) {
                problems.add("a bare code: " + word);
            }
            // A word, or a pair of words, said twice in a row; words set apart by punctuation are not doubled.
            if (i + 1 < words.length && same(words[i], words[i + 1])) {
                problems.add("a doubled word: " + words[i] + " " + words[i + 1]);
            }
            if (i + 3 < words.length && !endsWithPunctuation(words[i]) && same(words[i], words[i + 2])
                    && same(words[i + 1], words[i + 3])) {
                problems.add("doubled words: " + String.join(" ", words[i], words[i + 1], words[i + 2], words[i + 3]));
            }
        }
        return problems;
    }

    private static void find(Pattern pattern, String message, String what, List<String> problems) {
        Matcher m = pattern.matcher(message);
        if (m.find()) {
            problems.add(what + ": " + m.group());
        }
    }

    private static boolean same(String first, String second) {
        return !endsWithPunctuation(first) && trim(first).toLowerCase(Locale.ROOT).equals(trim(second).toLowerCase(Locale.ROOT))
                && !trim(first).isEmpty() && !Character.isDigit(trim(first).charAt(0));
    }

    private static boolean endsWithPunctuation(String word) {
        return !word.isEmpty() && CLOSING.indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    private static String trim(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && OPENING.indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && CLOSING.indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(start, end);
    }
}

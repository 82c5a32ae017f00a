package org.ngoaivu.xlsx;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a workbook: a cell that is not what its column needs, a problem of the dossier that the
 * cell holds, or a workbook that cannot be read at all (then without a location).
 *
 * @param at         the sheet, row and column, when the problem has a place
 * @param vietnamese the message in Vietnamese
 * @param english    the message in English
 */
public record WorkbookProblem(Optional<CellLocation> at, String vietnamese, String english) {
    /**
     * Checks that every part is present, and starts each message with a capital letter, as the dossier's own
     * problems do, so that one list reads alike.
     *
     * @param at         the cell, row or sheet at fault, or empty when the workbook as a whole cannot be read
     * @param vietnamese the message in Vietnamese (tiếng Việt)
     * @param english    the message in English
     */
    public WorkbookProblem {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(vietnamese, "vietnamese");
        Objects.requireNonNull(english, "english");
        vietnamese = sentence(vietnamese);
        english = sentence(english);
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message
                : message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
    }

    static WorkbookProblem of(CellLocation at, String vietnamese, String english) {
        return new WorkbookProblem(Optional.of(at), vietnamese, english);
    }

    static WorkbookProblem file(String vietnamese, String english) {
        return new WorkbookProblem(Optional.empty(), vietnamese, english);
    }

    /**
     * The problem as one line: its place, a colon, its message, in the language of {@code locale} (Vietnamese for
     * {@code vi}, English otherwise).
     *
     * @param locale the reader's language
     * @return the line
     */
    public String describe(Locale locale) {
        boolean vi = Layout.vietnamese(Objects.requireNonNull(locale, "locale"));
        String message = vi ? vietnamese : english;
        return at.map(a -> a.describe(vi) + ": " + message).orElse(message);
    }
}

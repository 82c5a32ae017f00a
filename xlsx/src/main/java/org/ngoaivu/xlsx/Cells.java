package org.ngoaivu.xlsx;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ngoaivu.model.Text;
import org.ngoaivu.xlsx.Layout.Column;

/** The words a cell holds for enum values and flags, in either language; reading accepts both and the codes. */
final class Cells {
    private Cells() {
    }

    static String yes(Locale locale) {
        return Layout.vietnamese(locale) ? "Có" : "Yes";
    }

    static String no(Locale locale) {
        return Layout.vietnamese(locale) ? "Không" : "No";
    }

    /** The label of an enum value: Vietnamese in a Vietnamese workbook, the code itself in an English one. */
    static String label(Column col, String code, Locale locale) {
        int i = col.values().indexOf(code);
        return Layout.vietnamese(locale) && i >= 0 ? col.valuesVi().get(i) : code;
    }

    /** The code of a label or a code, compared without case. */
    static Optional<String> code(Column col, String text) {
        String t = Text.strip(text);
        for (int i = 0; i < col.values().size(); i++) {
            if (col.values().get(i).equalsIgnoreCase(t) || col.valuesVi().get(i).equalsIgnoreCase(t)) {
                return Optional.of(col.values().get(i));
            }
        }
        return Optional.empty();
    }

    /** A flag from Có/Không, Yes/No, true/false, x; empty when it is none of them. */
    static Optional<Boolean> flag(String text) {
        String t = Text.strip(text).toLowerCase(Locale.forLanguageTag("vi"));
        if (List.of("có", "yes", "true", "x", "1").contains(t)) {
            return Optional.of(true);
        }
        return List.of("không", "no", "false", "0").contains(t) ? Optional.of(false) : Optional.empty();
    }
}

package org.ngoaivu.rules.api;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;

/**
 * How messages write a date: {@code dd/MM/yyyy} in Vietnamese ("05/03/2024"), as administrative documents do,
 * and "5 March 2024" in English.
 */
public final class Dates {
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    /** The months' English names, as the formatter writes them. */
    private static final String[] MONTHS = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toArray(String[]::new);

    private Dates() {
    }

    /**
     * The date as a Vietnamese text writes it.
     *
     * @param date the date
     * @return the date as {@code dd/MM/yyyy}, e.g. {@code 05/03/2024}
     */
    public static String vietnamese(LocalDate date) {
        return appendVietnamese(new StringBuilder(10), date).toString();
    }

    /**
     * The date as an English text writes it.
     *
     * @param date the date
     * @return the date as day, month name and year, e.g. {@code 5 March 2024}
     */
    public static String english(LocalDate date) {
        return appendEnglish(new StringBuilder(17), date).toString();
    }

    /**
     * Appends {@code dd/MM/yyyy}, digit by digit for four-digit years: the formatter's general machinery was a
     * tenth of the cost of a finding. Other years go through it.
     *
     * @param out  where the message is being written
     * @param date the date
     * @return {@code out}, for chaining
     */
    public static StringBuilder appendVietnamese(StringBuilder out, LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            VIETNAMESE.formatTo(date, out);
            return out;
        }
        twoDigits(out, date.getDayOfMonth()).append('/');
        return twoDigits(out, date.getMonthValue()).append('/').append(year);
    }

    /**
     * Appends the English form, "5 March 2024"; four-digit years without the formatter, as above.
     *
     * @param out  where the message is being written
     * @param date the date
     * @return {@code out}, for chaining
     */
    public static StringBuilder appendEnglish(StringBuilder out, LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            ENGLISH.formatTo(date, out);
            return out;
        }
        return out.append(date.getDayOfMonth()).append(' ').append(MONTHS[date.getMonthValue() - 1]).append(' ')
                .append(year);
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}

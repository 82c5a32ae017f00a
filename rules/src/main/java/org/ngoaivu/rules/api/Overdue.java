package org.ngoaivu.rules.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something owed by a deadline that, on the evaluation date, is either still missing after the deadline or
 * came after it (chậm, muộn): what {@link Evaluation#overdue} finds.
 *
 * @param due      the deadline; its day is on time
 * @param state    {@code "missing"} or {@code "late"}: the message variant of the rules that report it
 * @param daysLate days from the deadline to the event, or to the evaluation date while it is missing
 */
public record Overdue(LocalDate due, String state, long daysLate) {
    /**
     * Checks that the deadline is present and the state is one of the two.
     *
     * @param due      the deadline (hạn); its day is on time
     * @param state    {@code "missing"} (chưa có) or {@code "late"} (muộn)
     * @param daysLate days from the deadline to the event, or to the evaluation date while it is missing
     */
    public Overdue {
        Objects.requireNonNull(due, "due");
        if (!state.equals("missing") && !state.equals("late")) {
            throw new IllegalArgumentException("state is \"missing\" or \"late\", not \"" + state + "\"");
        }
    }
}

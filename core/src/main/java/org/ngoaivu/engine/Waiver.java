package org.ngoaivu.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.ngoaivu.model.Text;

/**
 * An approved exception (miễn trừ): a competent person has accepted one rule's finding on one subject as
 * justified, for example a trip "do công việc thật cần thiết" beyond the leaders' limit. A waiver holds up to and
 * including its {@code expiresOn}; after that day the finding counts again. Read a file of them with
 * {@code org.ngoaivu.json.WaiversJson}.
 *
 * @param ruleId     the rule whose finding is waived
 * @param subject    the subject of the finding, matched by type and id (its name is not compared)
 * @param reason     why the exception is justified (lý do)
 * @param approvedBy who approved it (người phê duyệt)
 * @param approvedOn when it was approved
 * @param expiresOn  the last day it holds; empty when it does not expire
 */
public record Waiver(String ruleId, Subject subject, String reason, String approvedBy, LocalDate approvedOn,
                     Optional<LocalDate> expiresOn) {

    /**
     * Checks that every text is present and not blank and that the waiver does not expire before it was approved.
     *
     * @param ruleId     the rule whose finding is waived
     * @param subject    the subject of the finding
     * @param reason     why the exception is justified
     * @param approvedBy who approved it
     * @param approvedOn when it was approved
     * @param expiresOn  the last day it holds; empty when it does not expire
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if a text is blank or {@code expiresOn} is before {@code approvedOn}
     */
    public Waiver {
        nonBlank(ruleId, "ruleId");
        Objects.requireNonNull(subject, "subject");
        nonBlank(reason, "reason");
        nonBlank(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedOn, "approvedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
        if (expiresOn.filter(end -> end.isBefore(approvedOn)).isPresent()) {
            throw new IllegalArgumentException("a waiver cannot expire (" + expiresOn.get()
                    + ") before it was approved (" + approvedOn + ")");
        }
    }

    private static void nonBlank(String text, String name) {
        if (Text.isBlank(Objects.requireNonNull(text, name))) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /**
     * Whether the waiver still holds on a day.
     *
     * @param day the evaluation date
     * @return true unless the waiver expired before {@code day}
     */
    public boolean holdsOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return expiresOn.map(end -> !day.isAfter(end)).orElse(true);
    }

    /**
     * Whether the waiver is about a finding: the same rule and a subject of the same type and id.
     *
     * @param finding a finding
     * @return true if this waiver names the finding's rule and subject
     */
    public boolean covers(Finding finding) {
        return finding.ruleId().equals(ruleId) && finding.subject().type() == subject.type()
                && finding.subject().id().equals(subject.id());
    }
}

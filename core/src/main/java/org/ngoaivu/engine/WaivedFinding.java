package org.ngoaivu.engine;

import java.util.Objects;

/**
 * A finding set apart by a waiver in force: it is reported, but does not count as a violation.
 *
 * @param finding the finding
 * @param waiver  the waiver that covers it
 */
public record WaivedFinding(Finding finding, Waiver waiver) {
    /**
     * Checks that both parts are present and belong together.
     *
     * @param finding the finding
     * @param waiver  the waiver that covers it
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the waiver does not cover the finding
     */
    public WaivedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(waiver, "waiver");
        if (!waiver.covers(finding)) {
            throw new IllegalArgumentException("the waiver of " + waiver.ruleId() + " on " + waiver.subject().id()
                    + " does not cover a finding of " + finding.ruleId() + " on " + finding.subject().id());
        }
    }
}

package org.ngoaivu.model;

import java.time.LocalDate;

/**
 * An implementation activity under an international agreement.
 *
 * @param on          when it took place
 * @param description what it was
 */
public record AgreementActivity(LocalDate on, String description) {
    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param on          when it took place
     * @param description what it was
     */
    public AgreementActivity {
        on = Values.required(on, "on");
        description = description == null ? "" : description;
    }
}

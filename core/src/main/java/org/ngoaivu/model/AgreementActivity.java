package org.ngoaivu.model;

import java.time.LocalDate;

/**
 * An implementation activity under an international agreement.
 *
 * @param on          when it took place
 * @param description what it was
 */
public record AgreementActivity(LocalDate on, String description) {
    public AgreementActivity {
        on = Values.required(on, "on");
        description = description == null ? "" : description;
    }
}

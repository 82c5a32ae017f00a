package org.ngoaivu.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A task of a MOFA–province cooperation programme.
 *
 * @param id          unique within its programme
 * @param description what is to be done
 * @param dueOn       the roadmap date (lộ trình), if set
 * @param completedOn when it was completed, if it was
 */
public record CooperationTask(String id, String description, Optional<LocalDate> dueOn,
                              Optional<LocalDate> completedOn) {
    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param id          unique within its programme
     * @param description what is to be done
     * @param dueOn       the roadmap date (lộ trình), if set
     * @param completedOn when it was completed, if it was
     */
    public CooperationTask {
        id = Values.id(id, "id");
        description = description == null ? "" : description;
        dueOn = Values.optional(dueOn);
        completedOn = Values.optional(completedOn);
    }

    /**
     * The same, with {@code null} for an absent optional part.
     *
     * @param id          unique within its programme
     * @param description what is to be done
     * @param dueOn       the roadmap date (lộ trình), if set; null for none
     * @param completedOn when it was completed, if it was; null for none
     * @return the cooperation task
     */
    public static CooperationTask of(String id, String description, LocalDate dueOn, LocalDate completedOn) {
        return new CooperationTask(id, description, Optional.ofNullable(dueOn), Optional.ofNullable(completedOn));
    }
}

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
    public CooperationTask {
        id = Values.id(id, "id");
        description = description == null ? "" : description;
        dueOn = Values.optional(dueOn);
        completedOn = Values.optional(completedOn);
    }

    public static CooperationTask of(String id, String description, LocalDate dueOn, LocalDate completedOn) {
        return new CooperationTask(id, description, Optional.ofNullable(dueOn), Optional.ofNullable(completedOn));
    }
}

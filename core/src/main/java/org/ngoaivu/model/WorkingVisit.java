package org.ngoaivu.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A MOFA leadership working visit to a province.
 *
 * @param id                     unique within the dossier's visits
 * @param provinceId             the province visited
 * @param visitedOn              date of the visit
 * @param conclusionIssuedOn     when the working-session conclusion (Kết luận buổi làm việc) was issued
 * @param cooperationProgrammeId the cooperation programme that follows the visit, if any
 */
public record WorkingVisit(
        String id,
        String provinceId,
        LocalDate visitedOn,
        Optional<LocalDate> conclusionIssuedOn,
        Optional<String> cooperationProgrammeId) {

    public WorkingVisit {
        id = Values.id(id, "id");
        provinceId = Values.id(provinceId, "provinceId");
        visitedOn = Values.required(visitedOn, "visitedOn");
        conclusionIssuedOn = Values.optional(conclusionIssuedOn);
        cooperationProgrammeId = Values.text(cooperationProgrammeId);
    }

    public static WorkingVisit of(String id, String provinceId, LocalDate visitedOn, LocalDate conclusionIssuedOn,
                                  String cooperationProgrammeId) {
        return new WorkingVisit(id, provinceId, visitedOn, Optional.ofNullable(conclusionIssuedOn),
                Optional.ofNullable(cooperationProgrammeId));
    }
}

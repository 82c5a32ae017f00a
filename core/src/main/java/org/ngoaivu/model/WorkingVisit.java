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

    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param id                     unique within the dossier's visits
     * @param provinceId             the province visited
     * @param visitedOn              date of the visit
     * @param conclusionIssuedOn     when the working-session conclusion (Kết luận buổi làm việc) was issued
     * @param cooperationProgrammeId the cooperation programme that follows the visit, if any
     */
    public WorkingVisit {
        id = Values.id(id, "id");
        provinceId = Values.id(provinceId, "provinceId");
        visitedOn = Values.required(visitedOn, "visitedOn");
        conclusionIssuedOn = Values.optional(conclusionIssuedOn);
        cooperationProgrammeId = Values.text(cooperationProgrammeId);
    }

    /**
     * The same, with {@code null} for an absent optional part.
     *
     * @param id                     unique within the dossier's visits
     * @param provinceId             the province visited
     * @param visitedOn              date of the visit
     * @param conclusionIssuedOn     when the working-session conclusion (Kết luận buổi làm việc) was issued;
     *                               null for none
     * @param cooperationProgrammeId the cooperation programme that follows the visit, if any; null for none
     * @return the working visit
     */
    public static WorkingVisit of(String id, String provinceId, LocalDate visitedOn, LocalDate conclusionIssuedOn,
                                  String cooperationProgrammeId) {
        return new WorkingVisit(id, provinceId, visitedOn, Optional.ofNullable(conclusionIssuedOn),
                Optional.ofNullable(cooperationProgrammeId));
    }
}

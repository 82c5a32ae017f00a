package org.ngoaivu.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A province's annual external-activities plan (Kế hoạch hoạt động đối ngoại hằng năm).
 *
 * @param id                   unique within the dossier's plans
 * @param provinceId           the province that owes the plan
 * @param year                 the plan year
 * @param submittedOn          when it was submitted; empty means not submitted
 * @param sections             the sections the plan contains
 * @param plannedDelegationIds the outbound delegations the plan lists
 */
public record AnnualPlan(
        String id,
        String provinceId,
        int year,
        Optional<LocalDate> submittedOn,
        Set<PlanSection> sections,
        List<String> plannedDelegationIds) {

    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param id                   unique within the dossier's plans
     * @param provinceId           the province that owes the plan
     * @param year                 the plan year
     * @param submittedOn          when it was submitted; empty means not submitted
     * @param sections             the sections the plan contains
     * @param plannedDelegationIds the outbound delegations the plan lists
     */
    public AnnualPlan {
        id = Values.id(id, "id");
        provinceId = Values.id(provinceId, "provinceId");
        submittedOn = Values.optional(submittedOn);
        sections = Values.set(sections);
        plannedDelegationIds = Values.list(plannedDelegationIds);
    }

    /**
     * The same, with {@code null} for an absent optional part.
     *
     * @param id                   unique within the dossier's plans
     * @param provinceId           the province that owes the plan
     * @param year                 the plan year
     * @param submittedOn          when it was submitted; empty means not submitted; null for none
     * @param sections             the sections the plan contains
     * @param plannedDelegationIds the outbound delegations the plan lists
     * @return the annual plan
     */
    public static AnnualPlan of(String id, String provinceId, int year, LocalDate submittedOn,
                                Set<PlanSection> sections, List<String> plannedDelegationIds) {
        return new AnnualPlan(id, provinceId, year, Optional.ofNullable(submittedOn), sections,
                plannedDelegationIds);
    }
}

package org.ngoaivu.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A mission's external economic team (Tổ kinh tế đối ngoại).
 *
 * @param establishedOn when the team was set up, if known
 * @param sections      the sections the team includes
 */
public record EconomicTeam(Optional<LocalDate> establishedOn, Set<EconomicSection> sections) {
    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param establishedOn when the team was set up, if known
     * @param sections      the sections the team includes
     */
    public EconomicTeam {
        establishedOn = Values.optional(establishedOn);
        sections = Values.set(sections);
    }

    /**
     * The same, with {@code null} for an absent optional part.
     *
     * @param establishedOn when the team was set up, if known; null for none
     * @param sections      the sections the team includes
     * @return the economic team
     */
    public static EconomicTeam of(LocalDate establishedOn, Set<EconomicSection> sections) {
        return new EconomicTeam(Optional.ofNullable(establishedOn), sections);
    }
}

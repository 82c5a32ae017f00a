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
    public EconomicTeam {
        establishedOn = Values.optional(establishedOn);
        sections = Values.set(sections);
    }

    public static EconomicTeam of(LocalDate establishedOn, Set<EconomicSection> sections) {
        return new EconomicTeam(Optional.ofNullable(establishedOn), sections);
    }
}

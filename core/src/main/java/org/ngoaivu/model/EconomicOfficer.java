package org.ngoaivu.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A dedicated economic officer (cán bộ chuyên trách về kinh tế) of a mission.
 *
 * @param name                   the officer's name
 * @param lastEconomicTrainingOn when the officer last completed economics training; empty means never
 */
public record EconomicOfficer(String name, Optional<LocalDate> lastEconomicTrainingOn) {
    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param name                   the officer's name
     * @param lastEconomicTrainingOn when the officer last completed economics training; empty means never
     */
    public EconomicOfficer {
        name = Values.id(name, "name");
        lastEconomicTrainingOn = Values.optional(lastEconomicTrainingOn);
    }

    /**
     * The same, with {@code null} for an absent optional part.
     *
     * @param name                   the officer's name
     * @param lastEconomicTrainingOn when the officer last completed economics training; null for never
     * @return the economic officer
     */
    public static EconomicOfficer of(String name, LocalDate lastEconomicTrainingOn) {
        return new EconomicOfficer(name, Optional.ofNullable(lastEconomicTrainingOn));
    }
}

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
    public EconomicOfficer {
        name = Values.id(name, "name");
        lastEconomicTrainingOn = Values.optional(lastEconomicTrainingOn);
    }

    public static EconomicOfficer of(String name, LocalDate lastEconomicTrainingOn) {
        return new EconomicOfficer(name, Optional.ofNullable(lastEconomicTrainingOn));
    }
}

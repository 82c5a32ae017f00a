package org.ngoaivu.model;

import java.util.Optional;

/**
 * Head of a mission (Trưởng cơ quan đại diện).
 *
 * @param name                the head's name, if recorded
 * @param directsEconomicWork whether the head is recorded as directly directing economic-diplomacy work
 */
public record HeadOfMission(Optional<String> name, boolean directsEconomicWork) {
    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param name                the head's name, if recorded
     * @param directsEconomicWork whether the head is recorded as directly directing economic-diplomacy work
     */
    public HeadOfMission {
        name = Values.text(name);
    }

    /**
     * The same, with {@code null} for an absent optional part.
     *
     * @param name                the head's name, if recorded; null for none
     * @param directsEconomicWork whether the head is recorded as directly directing economic-diplomacy work
     * @return the head of mission
     */
    public static HeadOfMission of(String name, boolean directsEconomicWork) {
        return new HeadOfMission(Optional.ofNullable(name), directsEconomicWork);
    }
}

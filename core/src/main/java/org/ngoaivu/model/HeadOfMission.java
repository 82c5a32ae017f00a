package org.ngoaivu.model;

import java.util.Optional;

/**
 * Head of a mission (Trưởng cơ quan đại diện).
 *
 * @param name                the head's name, if recorded
 * @param directsEconomicWork whether the head is recorded as directly directing economic-diplomacy work
 */
public record HeadOfMission(Optional<String> name, boolean directsEconomicWork) {
    public HeadOfMission {
        name = Values.text(name);
    }

    public static HeadOfMission of(String name, boolean directsEconomicWork) {
        return new HeadOfMission(Optional.ofNullable(name), directsEconomicWork);
    }
}

package org.ngoaivu.rules.api;

import java.util.Objects;

/**
 * How many outbound delegations (đoàn ra) one person went abroad with in one year.
 *
 * @param provinceId the province whose delegations they were
 * @param name       the person's name, normalised as {@link People#normalise(String)} does
 * @param year       the year of departure
 * @param trips      how many of the province's delegations that departed that year list the person
 */
public record PersonTrips(String provinceId, String name, int year, int trips) {
    public PersonTrips {
        Objects.requireNonNull(provinceId, "provinceId");
        Objects.requireNonNull(name, "name");
        if (trips < 1) {
            throw new IllegalArgumentException("a person counted here went on at least one trip, not " + trips);
        }
    }
}

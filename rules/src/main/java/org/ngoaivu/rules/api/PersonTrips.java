package org.ngoaivu.rules.api;

import java.util.List;
import java.util.Objects;

import org.ngoaivu.model.Delegation;

/**
 * The outbound delegations (đoàn ra) one person went abroad with in one year as a leader: as the delegation's
 * leader, or as a key leader (lãnh đạo chủ chốt) or centrally-managed member (diện Trung ương quản lý).
 *
 * @param provinceId  the province whose delegations they were
 * @param name        the person's name, normalised as {@link People#normalise(String)} does
 * @param year        the year of departure
 * @param delegations those delegations, in order of departure
 */
public record PersonTrips(String provinceId, String name, int year, List<Delegation> delegations) {
    /**
     * Checks that every part is present and that the person went on at least one trip.
     *
     * @param provinceId  the province whose delegations they were
     * @param name        the person's normalised name
     * @param year        the year of departure
     * @param delegations the delegations, in order of departure; at least one
     */
    public PersonTrips {
        Objects.requireNonNull(provinceId, "provinceId");
        Objects.requireNonNull(name, "name");
        delegations = List.copyOf(delegations);
        if (delegations.isEmpty()) {
            throw new IllegalArgumentException("a person counted here went on at least one trip");
        }
    }

    /**
     * How many trips the person made that year, to compare with {@code maxTripsPerLeaderPerYear}.
     *
     * @return the number of {@link #delegations()}
     */
    public int trips() {
        return delegations.size();
    }

    /**
     * Hashes the person and year only: Drools keeps each result of a rule's {@code from} in a hash map, and hashing
     * the delegations would hash every member of every trip. Equal entries still hash alike.
     *
     * @return a hash of the province, name and year
     */
    @Override
    public int hashCode() {
        return Objects.hash(provinceId, name, year);
    }
}

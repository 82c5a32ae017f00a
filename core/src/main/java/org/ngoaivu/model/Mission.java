package org.ngoaivu.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A representative mission abroad (cơ quan đại diện, CQĐD).
 *
 * @param id               unique within the dossier's missions
 * @param name             readable name, e.g. "Đại sứ quán Việt Nam tại Nhật Bản"
 * @param type             embassy, consulate general or permanent mission
 * @param hostCountry      ISO 3166 alpha-2 code of the host country
 * @param diplomatCount    number of diplomats (cán bộ ngoại giao), at least 0
 * @param headOfMission    the head of mission, if recorded
 * @param economicOfficers the dedicated economic officers
 * @param economicTeam     the external economic team, if the mission has one
 * @param website          the mission's website, if it has one
 */
public record Mission(
        String id,
        Optional<String> name,
        MissionType type,
        String hostCountry,
        int diplomatCount,
        Optional<HeadOfMission> headOfMission,
        List<EconomicOfficer> economicOfficers,
        Optional<EconomicTeam> economicTeam,
        Optional<Website> website) {

    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param id               unique within the dossier's missions
     * @param name             readable name, e.g. "Đại sứ quán Việt Nam tại Nhật Bản"
     * @param type             embassy, consulate general or permanent mission
     * @param hostCountry      ISO 3166 alpha-2 code of the host country
     * @param diplomatCount    number of diplomats (cán bộ ngoại giao), at least 0
     * @param headOfMission    the head of mission, if recorded
     * @param economicOfficers the dedicated economic officers
     * @param economicTeam     the external economic team, if the mission has one
     * @param website          the mission's website, if it has one
     */
    public Mission {
        id = Values.id(id, "id");
        name = Values.text(name);
        type = Values.required(type, "type");
        hostCountry = Values.required(hostCountry, "hostCountry");
        headOfMission = Values.optional(headOfMission);
        economicOfficers = Values.list(economicOfficers);
        economicTeam = Values.optional(economicTeam);
        website = Values.optional(website);
    }

    /**
     * A builder for a mission whose optional parts are absent.
     *
     * @param id            unique within the dossier's missions
     * @param type          embassy, consulate general or permanent mission
     * @param hostCountry   ISO 3166 alpha-2 code of the host country
     * @param diplomatCount number of diplomats (cán bộ ngoại giao), at least 0
     * @return the builder
     */
    public static Builder builder(String id, MissionType type, String hostCountry, int diplomatCount) {
        return new Builder(id, type, hostCountry, diplomatCount);
    }

    /** Builds a mission; optional parts start absent. */
    public static final class Builder {
        private final String id;
        private final MissionType type;
        private final String hostCountry;
        private final int diplomatCount;
        private String name;
        private HeadOfMission headOfMission;
        private final List<EconomicOfficer> economicOfficers = new ArrayList<>();
        private EconomicTeam economicTeam;
        private Website website;

        private Builder(String id, MissionType type, String hostCountry, int diplomatCount) {
            this.id = id;
            this.type = type;
            this.hostCountry = hostCountry;
            this.diplomatCount = diplomatCount;
        }

        /**
         * Sets the readable name, e.g. "Đại sứ quán Việt Nam tại Nhật Bản".
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the head of mission.
         *
         * @param headOfMission the head of mission
         * @return this builder
         */
        public Builder headOfMission(HeadOfMission headOfMission) {
            this.headOfMission = headOfMission;
            return this;
        }

        /**
         * Adds a dedicated economic officer.
         *
         * @param officer the officer
         * @return this builder
         */
        public Builder economicOfficer(EconomicOfficer officer) {
            economicOfficers.add(officer);
            return this;
        }

        /**
         * Sets the external economic team.
         *
         * @param economicTeam the team
         * @return this builder
         */
        public Builder economicTeam(EconomicTeam economicTeam) {
            this.economicTeam = economicTeam;
            return this;
        }

        /**
         * Sets the mission's website.
         *
         * @param website the website
         * @return this builder
         */
        public Builder website(Website website) {
            this.website = website;
            return this;
        }

        /** {@return the mission; its constructor checks the parts} */
        public Mission build() {
            return new Mission(id, Optional.ofNullable(name), type, hostCountry, diplomatCount,
                    Optional.ofNullable(headOfMission), economicOfficers, Optional.ofNullable(economicTeam),
                    Optional.ofNullable(website));
        }
    }
}

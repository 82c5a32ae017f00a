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

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder headOfMission(HeadOfMission headOfMission) {
            this.headOfMission = headOfMission;
            return this;
        }

        public Builder economicOfficer(EconomicOfficer officer) {
            economicOfficers.add(officer);
            return this;
        }

        public Builder economicTeam(EconomicTeam economicTeam) {
            this.economicTeam = economicTeam;
            return this;
        }

        public Builder website(Website website) {
            this.website = website;
            return this;
        }

        public Mission build() {
            return new Mission(id, Optional.ofNullable(name), type, hostCountry, diplomatCount,
                    Optional.ofNullable(headOfMission), economicOfficers, Optional.ofNullable(economicTeam),
                    Optional.ofNullable(website));
        }
    }
}

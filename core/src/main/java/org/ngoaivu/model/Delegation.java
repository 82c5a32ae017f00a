package org.ngoaivu.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An outbound delegation (đoàn ra) of a province.
 *
 * @param id                 unique within the dossier's delegations
 * @param provinceId         the sending province
 * @param destinationCountry ISO alpha-2 code of the destination
 * @param members            the members, at least one
 * @param leaderName         the name of the member who leads the delegation
 * @param hostPartner        the host partner, if named
 * @param programmeItems     number of items in the working programme, at least 0
 * @param approvedOn         date of the approval, if any
 * @param departedOn         departure date, if it has happened
 * @param returnedOn         return date, if it has happened
 * @param missionInformedOn  when the mission in the destination was informed of the programme
 * @param reportSubmittedOn  when the result report was submitted
 */
public record Delegation(
        String id,
        String provinceId,
        String destinationCountry,
        List<DelegationMember> members,
        String leaderName,
        Optional<String> hostPartner,
        int programmeItems,
        Optional<LocalDate> approvedOn,
        Optional<LocalDate> departedOn,
        Optional<LocalDate> returnedOn,
        Optional<LocalDate> missionInformedOn,
        Optional<LocalDate> reportSubmittedOn) {

    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param id                 unique within the dossier's delegations
     * @param provinceId         the sending province
     * @param destinationCountry ISO alpha-2 code of the destination
     * @param members            the members, at least one
     * @param leaderName         the name of the member who leads the delegation
     * @param hostPartner        the host partner, if named
     * @param programmeItems     number of items in the working programme, at least 0
     * @param approvedOn         date of the approval, if any
     * @param departedOn         departure date, if it has happened
     * @param returnedOn         return date, if it has happened
     * @param missionInformedOn  when the mission in the destination was informed of the programme
     * @param reportSubmittedOn  when the result report was submitted
     */
    public Delegation {
        id = Values.id(id, "id");
        provinceId = Values.id(provinceId, "provinceId");
        destinationCountry = Values.required(destinationCountry, "destinationCountry");
        members = Values.list(members);
        leaderName = Values.required(leaderName, "leaderName");
        hostPartner = Values.text(hostPartner);
        approvedOn = Values.optional(approvedOn);
        departedOn = Values.optional(departedOn);
        returnedOn = Values.optional(returnedOn);
        missionInformedOn = Values.optional(missionInformedOn);
        reportSubmittedOn = Values.optional(reportSubmittedOn);
    }

    /**
     * The member named by {@link #leaderName()}, if the delegation lists one; names are compared as
     * {@link Text#personName} gives them (trimmed, Unicode NFC).
     *
     * @return the leading member, or empty
     */
    public Optional<DelegationMember> leader() {
        // A loop, not a stream: rules ask this of every delegation.
        String leader = Text.personName(leaderName);
        for (DelegationMember member : members) {
            if (Text.personName(member.name()).equals(leader)) {
                return Optional.of(member);
            }
        }
        return Optional.empty();
    }

    /**
     * A builder for a delegation whose dates have not happened yet.
     *
     * @param id                 unique within the dossier's delegations
     * @param provinceId         the sending province
     * @param destinationCountry ISO alpha-2 code of the destination
     * @return the builder
     */
    public static Builder builder(String id, String provinceId, String destinationCountry) {
        return new Builder(id, provinceId, destinationCountry);
    }

    /** Builds a delegation; dates start absent (= not happened). */
    public static final class Builder {
        private final String id;
        private final String provinceId;
        private final String destinationCountry;
        private final List<DelegationMember> members = new ArrayList<>();
        private String leaderName;
        private String hostPartner;
        private int programmeItems;
        private LocalDate approvedOn;
        private LocalDate departedOn;
        private LocalDate returnedOn;
        private LocalDate missionInformedOn;
        private LocalDate reportSubmittedOn;

        private Builder(String id, String provinceId, String destinationCountry) {
            this.id = id;
            this.provinceId = provinceId;
            this.destinationCountry = destinationCountry;
        }

        /**
         * Adds the member who leads the delegation.
         *
         * @param member the leader
         * @return this builder
         */
        public Builder leader(DelegationMember member) {
            members.add(member);
            leaderName = member.name();
            return this;
        }

        /**
         * Adds a member who does not lead the delegation.
         *
         * @param member the member
         * @return this builder
         */
        public Builder member(DelegationMember member) {
            members.add(member);
            return this;
        }

        /**
         * Names the host partner.
         *
         * @param hostPartner the host partner
         * @return this builder
         */
        public Builder hostPartner(String hostPartner) {
            this.hostPartner = hostPartner;
            return this;
        }

        /**
         * Sets the number of items in the working programme.
         *
         * @param programmeItems the number of items, at least 0
         * @return this builder
         */
        public Builder programmeItems(int programmeItems) {
            this.programmeItems = programmeItems;
            return this;
        }

        /**
         * Sets the date of the approval.
         *
         * @param date the date
         * @return this builder
         */
        public Builder approvedOn(LocalDate date) {
            this.approvedOn = date;
            return this;
        }

        /**
         * Sets the departure date.
         *
         * @param date the date
         * @return this builder
         */
        public Builder departedOn(LocalDate date) {
            this.departedOn = date;
            return this;
        }

        /**
         * Sets the return date.
         *
         * @param date the date
         * @return this builder
         */
        public Builder returnedOn(LocalDate date) {
            this.returnedOn = date;
            return this;
        }

        /**
         * Sets when the mission in the destination was informed of the programme.
         *
         * @param date the date
         * @return this builder
         */
        public Builder missionInformedOn(LocalDate date) {
            this.missionInformedOn = date;
            return this;
        }

        /**
         * Sets when the result report was submitted.
         *
         * @param date the date
         * @return this builder
         */
        public Builder reportSubmittedOn(LocalDate date) {
            this.reportSubmittedOn = date;
            return this;
        }

        /** {@return the delegation; its constructor checks the parts} */
        public Delegation build() {
            return new Delegation(id, provinceId, destinationCountry, members, leaderName,
                    Optional.ofNullable(hostPartner), programmeItems, Optional.ofNullable(approvedOn),
                    Optional.ofNullable(departedOn), Optional.ofNullable(returnedOn),
                    Optional.ofNullable(missionInformedOn), Optional.ofNullable(reportSubmittedOn));
        }
    }
}

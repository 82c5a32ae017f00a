package org.ngoaivu.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ngoaivu.validation.DossierValidator;
import org.ngoaivu.validation.InvalidDossierException;

/**
 * What a host hands the library to evaluate: the facts about missions, provinces and their plans,
 * delegations, agreements, working visits, cooperation programmes and reports, judged as known on
 * {@link #asOf()}.
 *
 * <p>A dossier is always valid: the constructor runs {@link DossierValidator} and throws
 * {@link InvalidDossierException} listing every problem (duplicate ids, references to ids not in the
 * dossier, negative counts, dates out of order or outside 0001–9999, a leader who is not a member).
 *
 * @param schemaVersion          the dossier format version; only 1 exists
 * @param asOf                   the evaluation date ("today" for every deadline)
 * @param planYear               the plan year whose annual plans every province owes
 * @param missions               representative missions abroad (cơ quan đại diện)
 * @param provinces              provinces and centrally-run cities
 * @param annualPlans            annual external-activities plans
 * @param delegations            outbound delegations (đoàn ra)
 * @param agreements             international agreements signed by provinces
 * @param coordinationAgreements MOFA's coordination agreements with ministries and agencies
 * @param workingVisits          MOFA leadership working visits to provinces
 * @param cooperationProgrammes  MOFA–province cooperation programmes
 * @param reports                reports owed to the centre
 */
public record Dossier(
        int schemaVersion,
        LocalDate asOf,
        int planYear,
        List<Mission> missions,
        List<Province> provinces,
        List<AnnualPlan> annualPlans,
        List<Delegation> delegations,
        List<Agreement> agreements,
        List<CoordinationAgreement> coordinationAgreements,
        List<WorkingVisit> workingVisits,
        List<CooperationProgramme> cooperationProgrammes,
        List<Report> reports) {

    /** The only dossier format version this library reads. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * Checks the facts and their references all at once (see {@link DossierValidator}).
     *
     * @param schemaVersion          the dossier format version; only 1 exists
     * @param asOf                   the evaluation date ("today" for every deadline)
     * @param planYear               the plan year whose annual plans every province owes
     * @param missions               representative missions abroad (cơ quan đại diện)
     * @param provinces              provinces and centrally-run cities
     * @param annualPlans            annual external-activities plans
     * @param delegations            outbound delegations (đoàn ra)
     * @param agreements             international agreements signed by provinces
     * @param coordinationAgreements MOFA's coordination agreements with ministries and agencies
     * @param workingVisits          MOFA leadership working visits to provinces
     * @param cooperationProgrammes  MOFA–province cooperation programmes
     * @param reports                reports owed to the centre
     * @throws InvalidDossierException listing every problem of the facts
     */
    public Dossier {
        asOf = Values.required(asOf, "asOf");
        missions = Values.list(missions);
        provinces = Values.list(provinces);
        annualPlans = Values.list(annualPlans);
        delegations = Values.list(delegations);
        agreements = Values.list(agreements);
        coordinationAgreements = Values.list(coordinationAgreements);
        workingVisits = Values.list(workingVisits);
        cooperationProgrammes = Values.list(cooperationProgrammes);
        reports = Values.list(reports);
        InvalidDossierException.throwIfAny(DossierValidator.problems(schemaVersion, asOf, planYear, missions, provinces, annualPlans,
                delegations, agreements, coordinationAgreements, workingVisits, cooperationProgrammes, reports));
    }

    /**
     * The same facts judged on another day; the plan year is kept.
     *
     * @param newAsOf the day to judge them on
     * @return the dossier as of that day
     */
    public Dossier withAsOf(LocalDate newAsOf) {
        return new Dossier(schemaVersion, newAsOf, planYear, missions, provinces, annualPlans, delegations,
                agreements, coordinationAgreements, workingVisits, cooperationProgrammes, reports);
    }

    /**
     * The same facts with another plan year.
     *
     * @param newPlanYear the plan year
     * @return the dossier for that plan year
     */
    public Dossier withPlanYear(int newPlanYear) {
        return new Dossier(schemaVersion, asOf, newPlanYear, missions, provinces, annualPlans, delegations,
                agreements, coordinationAgreements, workingVisits, cooperationProgrammes, reports);
    }

    /**
     * A builder whose plan year defaults to the year of {@code asOf}.
     *
     * @param asOf the day the facts are judged on
     * @return an empty builder
     */
    public static Builder builder(LocalDate asOf) {
        return new Builder(asOf);
    }

    /** Collects facts; {@link #build()} validates them all at once. */
    public static final class Builder {
        private final LocalDate asOf;
        private Integer planYear;
        private final List<Mission> missions = new ArrayList<>();
        private final List<Province> provinces = new ArrayList<>();
        private final List<AnnualPlan> annualPlans = new ArrayList<>();
        private final List<Delegation> delegations = new ArrayList<>();
        private final List<Agreement> agreements = new ArrayList<>();
        private final List<CoordinationAgreement> coordinationAgreements = new ArrayList<>();
        private final List<WorkingVisit> workingVisits = new ArrayList<>();
        private final List<CooperationProgramme> cooperationProgrammes = new ArrayList<>();
        private final List<Report> reports = new ArrayList<>();

        private Builder(LocalDate asOf) {
            this.asOf = Values.required(asOf, "asOf");
        }

        /**
         * Sets the plan year; the year of {@code asOf} unless set.
         *
         * @param planYear the plan year
         * @return this builder
         */
        public Builder planYear(int planYear) {
            this.planYear = planYear;
            return this;
        }

        /**
         * Adds a mission abroad.
         *
         * @param mission the mission
         * @return this builder
         */
        public Builder mission(Mission mission) {
            missions.add(mission);
            return this;
        }

        /**
         * Adds a province.
         *
         * @param province the province
         * @return this builder
         */
        public Builder province(Province province) {
            provinces.add(province);
            return this;
        }

        /**
         * Adds a province's annual external-activities plan.
         *
         * @param plan the plan
         * @return this builder
         */
        public Builder annualPlan(AnnualPlan plan) {
            annualPlans.add(plan);
            return this;
        }

        /**
         * Adds an outbound delegation.
         *
         * @param delegation the delegation
         * @return this builder
         */
        public Builder delegation(Delegation delegation) {
            delegations.add(delegation);
            return this;
        }

        /**
         * Adds an international agreement.
         *
         * @param agreement the agreement
         * @return this builder
         */
        public Builder agreement(Agreement agreement) {
            agreements.add(agreement);
            return this;
        }

        /**
         * Adds a coordination agreement.
         *
         * @param agreement the agreement
         * @return this builder
         */
        public Builder coordinationAgreement(CoordinationAgreement agreement) {
            coordinationAgreements.add(agreement);
            return this;
        }

        /**
         * Adds a MOFA working visit.
         *
         * @param visit the visit
         * @return this builder
         */
        public Builder workingVisit(WorkingVisit visit) {
            workingVisits.add(visit);
            return this;
        }

        /**
         * Adds a cooperation programme.
         *
         * @param programme the programme
         * @return this builder
         */
        public Builder cooperationProgramme(CooperationProgramme programme) {
            cooperationProgrammes.add(programme);
            return this;
        }

        /**
         * Adds a report.
         *
         * @param report the report
         * @return this builder
         */
        public Builder report(Report report) {
            reports.add(report);
            return this;
        }

        /**
         * Builds the dossier, validating every fact at once.
         *
         * @return the dossier
         * @throws InvalidDossierException listing every problem of the collected facts
         */
        public Dossier build() {
            return new Dossier(SCHEMA_VERSION, asOf, planYear == null ? asOf.getYear() : planYear, missions,
                    provinces, annualPlans, delegations, agreements, coordinationAgreements, workingVisits,
                    cooperationProgrammes, reports);
        }
    }
}

package org.ngoaivu.engine;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.ngoaivu.model.CoordinationPartner;
import org.ngoaivu.model.EconomicSection;
import org.ngoaivu.model.PlanSection;

/**
 * The parameter values an evaluation uses: the catalogue's defaults unless the host overrides them.
 * Immutable; {@link #with} returns a new instance. Values taken from a {@link ParameterSchedule} also
 * know the date they took effect ({@link #validFrom}), which findings record.
 */
public final class Parameters {
    private static final Parameters DEFAULTS = new Parameters(Map.of(), Map.of());

    private final Map<String, Object> overrides;
    private final Map<String, LocalDate> validFrom;

    private Parameters(Map<String, Object> overrides, Map<String, LocalDate> validFrom) {
        this.overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        this.validFrom = Collections.unmodifiableMap(new LinkedHashMap<>(validFrom));
    }

    /** {@return the catalogue's defaults (giá trị mặc định theo danh mục quy tắc)} */
    public static Parameters defaults() {
        return DEFAULTS;
    }

    /**
     * These values with one parameter set; the original is unchanged.
     *
     * @param <T>       the parameter's value type
     * @param parameter the parameter to set
     * @param value     its value
     * @return new values with {@code parameter} set to {@code value}, in force without a date
     * @throws IllegalArgumentException if the value is out of the parameter's range
     */
    public <T> Parameters with(Parameter<T> parameter, T value) {
        Map<String, Object> next = new LinkedHashMap<>(overrides);
        next.put(parameter.name(), parameter.validate(value));
        Map<String, LocalDate> dates = new LinkedHashMap<>(validFrom);
        dates.remove(parameter.name());
        return new Parameters(next, dates);
    }

    /** These values with {@code parameter} set to {@code value}, in force since {@code since}. */
    <T> Parameters with(Parameter<T> parameter, T value, LocalDate since) {
        Parameters next = with(parameter, value);
        Map<String, LocalDate> dates = new LinkedHashMap<>(next.validFrom);
        dates.put(parameter.name(), Objects.requireNonNull(since, "since"));
        return new Parameters(next.overrides, dates);
    }

    /**
     * The date the value in force took effect, when it came from a dated schedule.
     *
     * @param parameter the parameter asked about
     * @return the day its value took effect; empty for a default or an undated override
     */
    public Optional<LocalDate> validFrom(Parameter<?> parameter) {
        return Optional.ofNullable(validFrom.get(parameter.name()));
    }

    /**
     * The value in force: the override if there is one, else the default.
     *
     * @param <T>       the parameter's value type
     * @param parameter the parameter asked about
     * @return its value
     */
    public <T> T get(Parameter<T> parameter) {
        Object value = overrides.get(parameter.name());
        if (value == null) {
            return parameter.defaultValue();
        }
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        return typed;
    }

    /**
     * Whether the host set this parameter.
     *
     * @param parameter the parameter asked about
     * @return true if it has an override, false if it keeps its default
     */
    public boolean isOverridden(Parameter<?> parameter) {
        return overrides.containsKey(parameter.name());
    }

    /**
     * The value of a parameter as written to JSON and into findings.
     *
     * @param <T>       the parameter's value type
     * @param parameter the parameter asked about
     * @return its value as a number, a string or a list of strings
     */
    public <T> Object exported(Parameter<T> parameter) {
        return parameter.export(get(parameter));
    }

    /** {@return the overridden values by parameter name, in the order they were set} */
    public Map<String, Object> overrides() {
        return overrides;
    }

    // Typed accessors for the catalogue's parameters: rules read these.

    /** {@return {@link Parameter#ECONOMIC_TEAM_THRESHOLD}: from how many diplomats a mission needs an economic team} */
    public int economicTeamThreshold() {
        return get(Parameter.ECONOMIC_TEAM_THRESHOLD);
    }

    /** {@return {@link Parameter#ECONOMIC_TEAM_SECTIONS}: the sections an economic team must have} */
    public Set<EconomicSection> economicTeamSections() {
        return get(Parameter.ECONOMIC_TEAM_SECTIONS);
    }

    /** {@return {@link Parameter#ECONOMIC_TRAINING_VALIDITY_YEARS}: how many years economic training counts} */
    public int economicTrainingValidityYears() {
        return get(Parameter.ECONOMIC_TRAINING_VALIDITY_YEARS);
    }

    /** {@return {@link Parameter#ANNUAL_PLAN_DEADLINE}: the day, in the year before, a plan is due} */
    public MonthDay annualPlanDeadline() {
        return get(Parameter.ANNUAL_PLAN_DEADLINE);
    }

    /**
     * The submission deadline of an annual external-activities plan: the deadline day in the year before.
     *
     * @param planYear the year the plan is for
     * @return the day the plan is due
     */
    public LocalDate annualPlanDeadlineFor(int planYear) {
        return annualPlanDeadline().atYear(planYear - 1);
    }

    /** {@return {@link Parameter#REQUIRED_PLAN_SECTIONS}: the sections every annual plan must have} */
    public Set<PlanSection> requiredPlanSections() {
        return get(Parameter.REQUIRED_PLAN_SECTIONS);
    }

    /** {@return {@link Parameter#MIN_PROGRAMME_ITEMS}: the fewest items a delegation's programme may have} */
    public int minProgrammeItems() {
        return get(Parameter.MIN_PROGRAMME_ITEMS);
    }

    /** {@return {@link Parameter#DELEGATION_REPORT_DAYS}: days after return to report on a delegation} */
    public int delegationReportDays() {
        return get(Parameter.DELEGATION_REPORT_DAYS);
    }

    /** {@return {@link Parameter#MAX_TRIPS_PER_LEADER_PER_YEAR}: the most trips abroad a leader makes a year} */
    public int maxTripsPerLeaderPerYear() {
        return get(Parameter.MAX_TRIPS_PER_LEADER_PER_YEAR);
    }

    /** {@return {@link Parameter#AGREEMENT_DORMANCY_MONTHS}: months without activity before an agreement is dormant} */
    public int agreementDormancyMonths() {
        return get(Parameter.AGREEMENT_DORMANCY_MONTHS);
    }

    /** {@return {@link Parameter#AGREEMENT_REPORT_DAYS}: days after signing to report an agreement to MOFA} */
    public int agreementReportDays() {
        return get(Parameter.AGREEMENT_REPORT_DAYS);
    }

    /** {@return {@link Parameter#VISIT_FOLLOW_UP_DAYS}: days after a working visit to follow it up} */
    public int visitFollowUpDays() {
        return get(Parameter.VISIT_FOLLOW_UP_DAYS);
    }

    /** {@return {@link Parameter#COORDINATION_PARTNERS}: the bodies MOFA needs a coordination agreement with} */
    public Set<CoordinationPartner> coordinationPartners() {
        return get(Parameter.COORDINATION_PARTNERS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters other && overrides.equals(other.overrides)
                && validFrom.equals(other.validFrom);
    }

    @Override
    public int hashCode() {
        return Objects.hash(overrides, validFrom);
    }

    @Override
    public String toString() {
        return validFrom.isEmpty() ? "Parameters" + overrides : "Parameters" + overrides + " since " + validFrom;
    }
}

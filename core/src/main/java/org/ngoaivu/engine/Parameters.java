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

    /** The catalogue's defaults. */
    public static Parameters defaults() {
        return DEFAULTS;
    }

    /** These values with {@code parameter} set to {@code value}. */
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

    /** The date the value in force took effect, when it came from a dated schedule. */
    public Optional<LocalDate> validFrom(Parameter<?> parameter) {
        return Optional.ofNullable(validFrom.get(parameter.name()));
    }

    /** The value in force: the override if there is one, else the default. */
    public <T> T get(Parameter<T> parameter) {
        Object value = overrides.get(parameter.name());
        if (value == null) {
            return parameter.defaultValue();
        }
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        return typed;
    }

    /** Whether the host set this parameter. */
    public boolean isOverridden(Parameter<?> parameter) {
        return overrides.containsKey(parameter.name());
    }

    /** The value of {@code parameter} as written to JSON and into findings. */
    public <T> Object exported(Parameter<T> parameter) {
        return parameter.export(get(parameter));
    }

    /** The overridden values by name, in the order they were set. */
    public Map<String, Object> overrides() {
        return overrides;
    }

    // Typed accessors for the catalogue's parameters: rules read these.

    public int economicTeamThreshold() {
        return get(Parameter.ECONOMIC_TEAM_THRESHOLD);
    }

    public Set<EconomicSection> economicTeamSections() {
        return get(Parameter.ECONOMIC_TEAM_SECTIONS);
    }

    public int economicTrainingValidityYears() {
        return get(Parameter.ECONOMIC_TRAINING_VALIDITY_YEARS);
    }

    public MonthDay annualPlanDeadline() {
        return get(Parameter.ANNUAL_PLAN_DEADLINE);
    }

    /** The submission deadline of the plan for {@code planYear}: the deadline day in the year before. */
    public LocalDate annualPlanDeadlineFor(int planYear) {
        return annualPlanDeadline().atYear(planYear - 1);
    }

    public Set<PlanSection> requiredPlanSections() {
        return get(Parameter.REQUIRED_PLAN_SECTIONS);
    }

    public int minProgrammeItems() {
        return get(Parameter.MIN_PROGRAMME_ITEMS);
    }

    public int delegationReportDays() {
        return get(Parameter.DELEGATION_REPORT_DAYS);
    }

    public int maxTripsPerLeaderPerYear() {
        return get(Parameter.MAX_TRIPS_PER_LEADER_PER_YEAR);
    }

    public int agreementDormancyMonths() {
        return get(Parameter.AGREEMENT_DORMANCY_MONTHS);
    }

    public int agreementReportDays() {
        return get(Parameter.AGREEMENT_REPORT_DAYS);
    }

    public int visitFollowUpDays() {
        return get(Parameter.VISIT_FOLLOW_UP_DAYS);
    }

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

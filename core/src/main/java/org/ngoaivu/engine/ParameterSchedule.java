package org.ngoaivu.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameter values that change over time: each dated value holds from its {@code validFrom} day until the
 * next value of the same parameter takes over, or until its own {@code validUntil} day (inclusive). An
 * evaluation uses the values in force on the dossier's {@code asOf} ({@link #on}); where no dated value
 * is in force, the undated value applies (the host's override or the catalogue's default).
 *
 * <pre>{@code
 * ParameterSchedule schedule = ParameterSchedule.builder()
 *         .value(Parameter.ECONOMIC_TEAM_THRESHOLD, LocalDate.of(2025, 1, 1), 5)
 *         .build();
 * }</pre>
 */
public final class ParameterSchedule {
    private static final ParameterSchedule DEFAULTS = new ParameterSchedule(Parameters.defaults(), Map.of());

    private final Parameters undated;
    private final Map<Parameter<?>, List<Dated<?>>> dated;

    private ParameterSchedule(Parameters undated, Map<Parameter<?>, List<Dated<?>>> dated) {
        this.undated = undated;
        this.dated = dated;
    }

    /** {@return the catalogue's defaults on every date} */
    public static ParameterSchedule defaults() {
        return DEFAULTS;
    }

    /**
     * The same values on every date.
     *
     * @param parameters the values
     * @return a schedule without dated values
     */
    public static ParameterSchedule of(Parameters parameters) {
        return new ParameterSchedule(Objects.requireNonNull(parameters, "parameters"), Map.of());
    }

    /** {@return a builder starting from the catalogue's defaults, with no dated value} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The values in force on a day; dated values know the day they took effect.
     *
     * @param date the day, usually the dossier's {@code asOf}
     * @return the values in force on it
     */
    public Parameters on(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Parameters values = undated;
        for (List<Dated<?>> periods : dated.values()) {
            Dated<?> inForce = null;
            for (Dated<?> period : periods) {
                if (!period.validFrom().isAfter(date)) {
                    inForce = period;
                }
            }
            if (inForce != null && inForce.validUntil().map(until -> !date.isAfter(until)).orElse(true)) {
                values = inForce.applyTo(values);
            }
        }
        return values;
    }

    /** {@return whether any value depends on the date} */
    public boolean isDated() {
        return !dated.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSchedule other && undated.equals(other.undated) && dated.equals(other.dated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(undated, dated);
    }

    @Override
    public String toString() {
        return "ParameterSchedule[" + undated + ", dated " + dated + "]";
    }

    private record Dated<T>(Parameter<T> parameter, LocalDate validFrom, Optional<LocalDate> validUntil, T value) {
        Parameters applyTo(Parameters values) {
            return values.with(parameter, value, validFrom);
        }

        boolean overlaps(Dated<?> later) {
            return !later.validFrom.isAfter(validFrom)
                    || validUntil.map(until -> !later.validFrom.isAfter(until)).orElse(false);
        }

        @Override
        public String toString() {
            return validFrom + validUntil.map(u -> ".." + u).orElse("..") + "=" + parameter.export(value);
        }
    }

    /** Collects dated values; each is checked against those of the same parameter as it is added. */
    public static final class Builder {
        private Parameters undated = Parameters.defaults();
        private final Map<Parameter<?>, List<Dated<?>>> dated = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The values that apply where no dated value is in force; the catalogue's defaults unless set.
         *
         * @param parameters the undated values
         * @return this builder
         */
        public Builder undated(Parameters parameters) {
            this.undated = Objects.requireNonNull(parameters, "parameters");
            return this;
        }

        /**
         * A value in force from {@code validFrom} until the parameter's next value takes over.
         *
         * @param <T>       the parameter's value type
         * @param parameter the parameter
         * @param validFrom the first day the value is in force
         * @param value     the value
         * @return this builder
         * @throws IllegalArgumentException when the value is out of range or another value of the same parameter
         *                                  starts on the same day
         */
        public <T> Builder value(Parameter<T> parameter, LocalDate validFrom, T value) {
            return add(new Dated<>(parameter, Objects.requireNonNull(validFrom, "validFrom"), Optional.empty(),
                    parameter.validate(value)));
        }

        /**
         * A value in force from {@code validFrom} to {@code validUntil}, both days included.
         *
         * @param <T>        the parameter's value type
         * @param parameter  the parameter
         * @param validFrom  the first day the value is in force
         * @param validUntil the last day the value is in force
         * @param value      the value
         * @return this builder
         * @throws IllegalArgumentException when the period ends before it starts or overlaps another value of
         *                                  the same parameter
         */
        public <T> Builder value(Parameter<T> parameter, LocalDate validFrom, LocalDate validUntil, T value) {
            Objects.requireNonNull(validFrom, "validFrom");
            if (validUntil.isBefore(validFrom)) {
                throw new IllegalArgumentException("The period ends (validUntil " + validUntil + ") before it starts (validFrom "
                        + validFrom + ").");
            }
            return add(new Dated<>(parameter, validFrom, Optional.of(validUntil), parameter.validate(value)));
        }

        private Builder add(Dated<?> value) {
            List<Dated<?>> periods = dated.computeIfAbsent(value.parameter(), p -> new ArrayList<>());
            for (Dated<?> other : periods) {
                Dated<?> first = other.validFrom().isAfter(value.validFrom()) ? value : other;
                Dated<?> second = first == value ? other : value;
                if (first.overlaps(second)) {
                    throw new IllegalArgumentException("The " + value.parameter().name() + " value from "
                            + value.validFrom() + " overlaps the one from " + other.validFrom() + ".");
                }
            }
            periods.add(value);
            periods.sort(Comparator.comparing(Dated::validFrom));
            return this;
        }

        /** {@return the schedule of the values collected} */
        public ParameterSchedule build() {
            Map<Parameter<?>, List<Dated<?>>> copy = new LinkedHashMap<>();
            dated.forEach((p, periods) -> copy.put(p, List.copyOf(periods)));
            return new ParameterSchedule(undated, java.util.Collections.unmodifiableMap(copy));
        }
    }
}

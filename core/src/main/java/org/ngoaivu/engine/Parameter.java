package org.ngoaivu.engine;

import java.time.MonthDay;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.ngoaivu.model.CoordinationPartner;
import org.ngoaivu.model.EconomicSection;
import org.ngoaivu.model.PlanSection;

/**
 * A named value a rule reads instead of a literal, so that a host can change a threshold or deadline
 * without editing a rule. The constants are the rule catalogue's parameters with its defaults.
 *
 * @param <T> the value's type
 */
public final class Parameter<T> {

    /** A2008: "Các CQĐD có từ 7 cán bộ ngoại giao trở lên…". */
    public static final Parameter<Integer> ECONOMIC_TEAM_THRESHOLD = count("economicTeamThreshold", 7,
            "A2008: \"Các CQĐD có từ 7 cán bộ ngoại giao trở lên thành lập Tổ kinh tế đối ngoại\".");
    /**
     * The sections a mission's economic team (Tổ kinh tế đối ngoại) must include; default commerce, labour and
     * investment (thương vụ, lao động, đầu tư), after A2008.
     */
    public static final Parameter<Set<EconomicSection>> ECONOMIC_TEAM_SECTIONS = enumSet("economicTeamSections",
            EconomicSection.class, EnumSet.allOf(EconomicSection.class),
            "A2008: \"bao gồm bộ phận thương vụ, lao động, đầu tư\".");
    /**
     * For how many years an economic officer's economics training counts as current; default 3, one diplomatic
     * posting term.
     */
    public static final Parameter<Integer> ECONOMIC_TRAINING_VALIDITY_YEARS = count("economicTrainingValidityYears", 3,
            "No figure in the sources; a diplomat's posting term is 36 months (Law 33/2009 Art. 27), so once per"
                    + " posting.");
    /**
     * The day, in the year before the plan year, by which a province submits its annual external-activities plan
     * (kế hoạch hoạt động đối ngoại hằng năm); default 15 November, an assumption.
     */
    public static final Parameter<MonthDay> ANNUAL_PLAN_DEADLINE = new Parameter<>("annualPlanDeadline",
            MonthDay.of(11, 15), Parameter::monthDay, MonthDay::toString,
            "Assumption: no public source was found for a deadline of the external-activities plan. Day and"
                    + " month in the year before the plan year, borrowed from LTTQT Arts 42(2), 46(1), which set"
                    + " 15 November of the preceding year for the provinces' agreement plans.");
    /**
     * The sections a submitted annual plan must have; default economic diplomacy, the investment call list,
     * requests for central support and local promotion, after A2023.
     */
    public static final Parameter<Set<PlanSection>> REQUIRED_PLAN_SECTIONS = enumSet("requiredPlanSections",
            PlanSection.class, EnumSet.of(PlanSection.ECONOMIC_DIPLOMACY, PlanSection.INVESTMENT_CALL_LIST,
                    PlanSection.CENTRAL_SUPPORT_REQUESTS, PlanSection.LOCAL_PROMOTION),
            "A2023, sixth task list, \"Thứ năm\": plans, programmes needing MOFA support, list of projects"
                    + " calling for foreign investment, local promotion.");
    /**
     * The fewest items an outbound delegation's (đoàn ra) working programme may have before it counts as thin
     * ("sơ sài"); default 2.
     */
    public static final Parameter<Integer> MIN_PROGRAMME_ITEMS = count("minProgrammeItems", 2,
            "A2023: programmes \"còn sơ sài\"; Chỉ thị 38 requires a proposal with content and programme."
                    + " No number given.");
    /**
     * Days after its return within which a delegation reports its results (báo cáo kết quả); default 15, an
     * assumption.
     */
    public static final Parameter<Integer> DELEGATION_REPORT_DAYS = count("delegationReportDays", 15,
            "Assumption: no public source was found for a national time limit on a delegation's result report;"
                    + " agencies use 10–15 days (e.g. QĐ 06/2020 Art. 4(2)(c) gives 15 days for conference reports).");
    /** The most trips abroad one leader may make in a calendar year; default 2, from Chỉ thị 38-CT/TW. */
    public static final Parameter<Integer> MAX_TRIPS_PER_LEADER_PER_YEAR = count("maxTripsPerLeaderPerYear", 2,
            "Chỉ thị 38-CT/TW of the Politburo (Bộ Chính trị): \"không quá hai lần trong một năm\".");
    /**
     * Months without any implementation activity after which a signed international agreement counts as shelved
     * ("ký xong để đó"); default 12.
     */
    public static final Parameter<Integer> AGREEMENT_DORMANCY_MONTHS = count("agreementDormancyMonths", 12,
            "No figure; A2023 names the \"ký xong để đó\" problem. One year without any activity.");
    /**
     * Days after signing within which an international agreement is reported to the Prime Minister and copied to
     * MOFA; default 15, LTTQT Art. 19(5).
     */
    public static final Parameter<Integer> AGREEMENT_REPORT_DAYS = count("agreementReportDays", 15,
            "LTTQT Art. 19(5): report and copy to MOFA within 15 days of signing.");
    /**
     * Days after a MOFA working visit within which its conclusion (Kết luận buổi làm việc) and cooperation
     * programme are issued; default 30.
     */
    public static final Parameter<Integer> VISIT_FOLLOW_UP_DAYS = count("visitFollowUpDays", 30,
            "No figure; A2023 says the conclusion and cooperation programme follow each working visit.");
    /**
     * The ministries and bodies MOFA is expected to have a coordination agreement with (quy chế phối hợp); default
     * every partner A2008 names.
     */
    public static final Parameter<Set<CoordinationPartner>> COORDINATION_PARTNERS = enumSet("coordinationPartners",
            CoordinationPartner.class, EnumSet.complementOf(EnumSet.of(CoordinationPartner.OTHER)),
            "A2008 \"Thứ năm\" names these partners.");

    /** The catalogue's parameters, in catalogue order. */
    public static final List<Parameter<?>> BUNDLED = List.of(ECONOMIC_TEAM_THRESHOLD, ECONOMIC_TEAM_SECTIONS,
            ECONOMIC_TRAINING_VALIDITY_YEARS, ANNUAL_PLAN_DEADLINE, REQUIRED_PLAN_SECTIONS, MIN_PROGRAMME_ITEMS,
            DELEGATION_REPORT_DAYS, MAX_TRIPS_PER_LEADER_PER_YEAR, AGREEMENT_DORMANCY_MONTHS, AGREEMENT_REPORT_DAYS,
            VISIT_FOLLOW_UP_DAYS, COORDINATION_PARTNERS);

    private final String name;
    private final T defaultValue;
    private final Function<Object, T> parser;
    private final Function<T, Object> exporter;
    private final String rationale;

    private Parameter(String name, T defaultValue, Function<Object, T> parser,
                      Function<T, Object> exporter, String rationale) {
        this.name = Objects.requireNonNull(name, "name");
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.parser = parser;
        this.exporter = exporter;
        this.rationale = Objects.requireNonNull(rationale, "rationale");
    }

    /**
     * A whole-number parameter of at least 0, for host rule packs' own thresholds.
     *
     * @param name         the name a parameters file gives it, unique among the engine's parameters
     * @param defaultValue the value used where no parameters file sets one
     * @param rationale    why the default is what it is, with its source; "Assumption: …" when it has none
     * @return the parameter
     */
    public static Parameter<Integer> count(String name, int defaultValue, String rationale) {
        return new Parameter<>(name, defaultValue, value -> {
            if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                    || n.longValue() < 0 || n.longValue() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("expected a whole number of at least 0, got " + describe(value));
            }
            return n.intValue();
        }, v -> v, rationale);
    }

    /**
     * A set of enum constants, written in JSON as a list of their names.
     *
     * @param <E>          the enum
     * @param name         the name a parameters file gives it, unique among the engine's parameters
     * @param type         the enum's class, to read names with
     * @param defaultValue the set used where no parameters file sets one
     * @param rationale    why the default is what it is, with its source; "Assumption: …" when it has none
     * @return the parameter
     */
    public static <E extends Enum<E>> Parameter<Set<E>> enumSet(String name, Class<E> type, Set<E> defaultValue,
                                                               String rationale) {
        EnumSet<E> defaults = EnumSet.noneOf(type);
        defaults.addAll(defaultValue);
        return new Parameter<>(name, java.util.Collections.unmodifiableSet(defaults), value -> {
            if (!(value instanceof Collection<?> items)) {
                throw new IllegalArgumentException("expected a list of " + names(type) + ", got " + describe(value));
            }
            EnumSet<E> out = EnumSet.noneOf(type);
            for (Object item : items) {
                try {
                    out.add(Enum.valueOf(type, String.valueOf(item)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("\"" + item + "\" is not one of " + names(type), e);
                }
            }
            return java.util.Collections.unmodifiableSet(out); // EnumSet: a fixed iteration order
        }, v -> v.stream().sorted().map(Enum::name).toList(), rationale);
    }

    /**
     * The parameter's name in parameters files and in findings' facts.
     *
     * @return the name, e.g. {@code delegationReportDays}
     */
    public String name() {
        return name;
    }

    /**
     * The value the engine uses when no parameters file sets one, as the rule catalogue gives it.
     *
     * @return the default value
     */
    public T defaultValue() {
        return defaultValue;
    }

    /**
     * Why the default is what it is, for the rule documentation. A default without a verified source says so,
     * starting with "Assumption:".
     *
     * @return the rationale, citing its source document where there is one
     */
    public String rationale() {
        return rationale;
    }

    /**
     * Reads a value as JSON gives it (a number, a string, a list of strings).
     *
     * @param jsonValue the value as Jackson reads it into plain Java objects
     * @return the value, checked
     * @throws IllegalArgumentException with a plain sentence when the value does not fit
     */
    public T parse(Object jsonValue) {
        return parser.apply(jsonValue);
    }

    /**
     * The value as it is written to JSON and into findings.
     *
     * @param value a value of this parameter
     * @return a number, a string or a sorted list of names, which {@link #parse} reads back
     */
    public Object export(T value) {
        return exporter.apply(value);
    }

    /** Checks a value handed in from Java the same way as one read from JSON. */
    T validate(T value) {
        Objects.requireNonNull(value, () -> "parameter " + name + " must not be null");
        try {
            return parse(export(value));
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("parameter " + name + " does not take " + describe(value), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private static MonthDay monthDay(Object value) {
        if (value instanceof String s) {
            try {
                return MonthDay.parse(s.startsWith("--") ? s : "--" + s);
            } catch (java.time.format.DateTimeParseException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("expected a day of the year as \"--MM-DD\" (e.g. \"--11-15\"), got "
                + describe(value));
    }

    private static String names(Class<? extends Enum<?>> type) {
        return java.util.Arrays.toString(type.getEnumConstants());
    }

    private static String describe(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }
}

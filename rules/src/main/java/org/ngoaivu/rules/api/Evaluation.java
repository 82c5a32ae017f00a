package org.ngoaivu.rules.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.ngoaivu.engine.Parameters;
import org.ngoaivu.model.Delegation;
import org.ngoaivu.model.EconomicSection;
import org.ngoaivu.model.EconomicTeam;
import org.ngoaivu.model.Mission;

/**
 * The evaluation date, the plan year and the parameter values. Each session holds it as the
 * {@code evaluation} global, set before any fact is inserted (rules that declare
 * {@code global org.ngoaivu.rules.api.Evaluation evaluation;} read it in constraints without a join), and as
 * one fact besides the dossier's. Rules read "today" from here, never from the clock, and use its date
 * helpers so that every rule applies the catalogue's date semantics the same way:
 *
 * <ul>
 *   <li>an event dated after {@code asOf} has not happened yet ({@link #happened});</li>
 *   <li>a deadline has passed only when {@code asOf} is after it: the deadline day is on time
 *       ({@link #passed});</li>
 *   <li>"within N days after X" includes day X+N ({@link #daysAfter}).</li>
 * </ul>
 *
 * @param asOf       the evaluation date
 * @param planYear   the plan year every province owes a plan for
 * @param parameters the parameter values in force
 */
public record Evaluation(LocalDate asOf, int planYear, Parameters parameters) {

    /**
     * Checks that the date and the parameters are present.
     *
     * @param asOf       the evaluation date (ngày đánh giá), the "today" of every rule
     * @param planYear   the plan year every province owes an annual external-activities plan for
     * @param parameters the parameter values in force on {@code asOf}
     */
    public Evaluation {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * Whether an event with this date has happened by {@code asOf}.
     *
     * @param date the event's date, empty when the dossier records none
     * @return true when the date is present and not after {@code asOf}
     */
    public boolean happened(Optional<LocalDate> date) {
        return date.isPresent() && !date.get().isAfter(asOf);
    }

    /**
     * Whether something that came into being on {@code since} (a team's establishment, an agreement's signing)
     * exists on {@code asOf}: dated after {@code asOf} it does not exist yet; undated it counts as existing.
     *
     * @param since the day it came into being, empty when the dossier does not say
     * @return false only when that day is after {@code asOf}
     */
    public boolean exists(Optional<LocalDate> since) {
        return since.isEmpty() || !since.get().isAfter(asOf);
    }

    /**
     * The mission's external economic team (Tổ kinh tế đối ngoại) as it stands on {@code asOf}: empty when none is
     * recorded or it was established after {@code asOf}. Rules call this rather than {@code economicTeam.get()},
     * which Drools cannot compile to bytecode (an {@code Optional}'s content is untyped there).
     *
     * @param mission the representative mission (cơ quan đại diện)
     * @return the team established by {@code asOf}, or empty
     */
    public Optional<EconomicTeam> economicTeam(Mission mission) {
        return mission.economicTeam().filter(team -> exists(team.establishedOn()));
    }

    /**
     * Whether the mission has an external economic team on {@code asOf} ({@link #economicTeam(Mission)}).
     *
     * @param mission the representative mission
     * @return true when a team is recorded and established by {@code asOf}
     */
    public boolean hasEconomicTeam(Mission mission) {
        return economicTeam(mission).isPresent();
    }

    /**
     * Whether the mission has an external economic team on {@code asOf} and it lacks {@code section}.
     *
     * @param mission the representative mission
     * @param section the section (bộ phận) asked about: commerce, labour or investment
     * @return true when there is a team and it has no such section; false when there is no team
     */
    public boolean teamLacks(Mission mission, EconomicSection section) {
        Optional<EconomicTeam> team = economicTeam(mission);
        return team.isPresent() && !team.get().sections().contains(section);
    }

    /**
     * Whether an event happened by {@code asOf} and no later than another event's date.
     *
     * @param date     the event's date, empty when it is not recorded
     * @param deadline the other event's date, empty when it is not recorded
     * @return true when both are present and the event happened on or before the deadline and by {@code asOf}
     */
    public boolean happenedBy(Optional<LocalDate> date, Optional<LocalDate> deadline) {
        return deadline.isPresent() && happenedBy(date, deadline.get());
    }

    /**
     * The first day of the backward window in which an economic officer's training still counts: {@code asOf} minus
     * {@code economicTrainingValidityYears} (the window includes this day).
     *
     * @return the earliest day a training may have ended and still count
     */
    public LocalDate trainingValidFrom() {
        return asOf.minusYears(parameters.economicTrainingValidityYears());
    }

    /**
     * Whether an event happened by {@code asOf} and on or after {@code from}: a backward window includes its first day.
     *
     * @param date the event's date, empty when it is not recorded
     * @param from the window's first day
     * @return true when the date is present and lies between {@code from} and {@code asOf}, both included
     */
    public boolean happenedSince(Optional<LocalDate> date, LocalDate from) {
        return happened(date) && !date.get().isBefore(from);
    }

    /**
     * Whether an event happened by {@code asOf} but after {@code deadline}: it came late.
     *
     * @param date     the event's date, empty when it is not recorded
     * @param deadline the last day on time
     * @return true when the event has happened and is dated after the deadline
     */
    public boolean happenedAfter(Optional<LocalDate> date, LocalDate deadline) {
        return happened(date) && date.get().isAfter(deadline);
    }

    /**
     * The year a delegation departed in, as the trip limit counts years.
     *
     * @param delegation an outbound delegation (đoàn ra)
     * @return the year of its departure, or 0 while it has not departed by {@code asOf}
     */
    public int departureYear(Delegation delegation) {
        return happened(delegation.departedOn()) ? delegation.departedOn().get().getYear() : 0;
    }

    /**
     * Whether an event happened by {@code asOf} and no later than {@code deadline}.
     *
     * @param date     the event's date, empty when it is not recorded
     * @param deadline the last day on time
     * @return true when the event has happened and is dated on or before the deadline
     */
    public boolean happenedBy(Optional<LocalDate> date, LocalDate deadline) {
        return happened(date) && !date.get().isAfter(deadline);
    }

    /**
     * How something due by {@code due} stands on {@code asOf}: missing when the deadline has passed and it has
     * not happened, late when it happened after the deadline, and null (nothing to report: a {@code from}
     * then matches nothing) when it came in time or is not due yet.
     *
     * @param event the date it happened (a report sent, a document issued), empty while it has not
     * @param due   the deadline; its day is on time
     * @return the deadline, the state and the days late, or null when there is nothing to report
     */
    public Overdue overdue(Optional<LocalDate> event, LocalDate due) {
        if (happened(event)) {
            return happenedAfter(event, due) ? new Overdue(due, "late", daysOverdue(due, event)) : null;
        }
        return passed(due) ? new Overdue(due, "missing", daysOverdue(due, event)) : null;
    }

    /**
     * Days from {@code due} to the event, or to {@code asOf} while the event has not happened.
     *
     * @param due   the deadline
     * @param event the event's date, empty when it is not recorded
     * @return the days late; 0 or less when it is not late
     */
    public long daysOverdue(LocalDate due, Optional<LocalDate> event) {
        return daysLate(due, happened(event) ? event.get() : asOf);
    }

    /**
     * Whether {@code deadline} has passed on {@code asOf}; the deadline day itself has not.
     *
     * @param deadline the last day on time
     * @return true when {@code asOf} is after the deadline
     */
    public boolean passed(LocalDate deadline) {
        return asOf.isAfter(deadline);
    }

    /**
     * The last day of a window of {@code days} days after {@code start}; the window includes this day.
     *
     * @param start the day the window counts from (a return, a signing, a visit)
     * @param days  the window's length in days, e.g. {@code delegationReportDays}
     * @return {@code start} plus {@code days}
     */
    public static LocalDate daysAfter(LocalDate start, int days) {
        return start.plusDays(days);
    }

    /**
     * Whole days from {@code deadline} to {@code date}: how many days late {@code date} is.
     *
     * @param deadline the last day on time
     * @param date     the day it came, or the evaluation date
     * @return the days late; 0 or less when it is not late
     */
    public static long daysLate(LocalDate deadline, LocalDate date) {
        return ChronoUnit.DAYS.between(deadline, date);
    }

    /**
     * The submission deadline for plans of the given year (the deadline day in the year before).
     *
     * @param year the plan year
     * @return {@code annualPlanDeadline} in the year before, as the parameters in force date it
     */
    public LocalDate planDeadline(int year) {
        return parameters.annualPlanDeadlineFor(year);
    }
}

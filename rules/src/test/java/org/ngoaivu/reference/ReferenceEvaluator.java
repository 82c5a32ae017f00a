package org.ngoaivu.reference;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.model.Agreement;
import org.ngoaivu.model.AnnualPlan;
import org.ngoaivu.model.CooperationProgramme;
import org.ngoaivu.model.CooperationTask;
import org.ngoaivu.model.CoordinationAgreement;
import org.ngoaivu.model.CoordinationPartner;
import org.ngoaivu.model.Delegation;
import org.ngoaivu.model.DelegationMember;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.EconomicOfficer;
import org.ngoaivu.model.EconomicSection;
import org.ngoaivu.model.EconomicTeam;
import org.ngoaivu.model.Mission;
import org.ngoaivu.model.PlanSection;
import org.ngoaivu.model.Province;
import org.ngoaivu.model.Report;
import org.ngoaivu.model.ReportAuthorType;
import org.ngoaivu.model.Text;
import org.ngoaivu.model.WorkingVisit;
import org.ngoaivu.rules.api.Country;
import org.ngoaivu.rules.api.Findings;
import org.ngoaivu.rules.api.Subjects;
import org.ngoaivu.rules.internal.CountingFindings;
import org.ngoaivu.rules.internal.ReferenceFindings;

/**
 * The 29 catalogue rules in plain Java, written from the catalogue, not from the DRL: a correctness
 * oracle for the Drools engine and its speed baseline. Test scope only; linear in the dossier's size.
 *
 * <p>It decides on its own which rule reports on which subject, with which message variant, facts and words;
 * the engine's finding builder ({@link ReferenceFindings}) then makes each finding, so that both sides do the
 * same work to render the same content and differ only in how they match.
 */
public final class ReferenceEvaluator {
    private final Parameters p;

    public ReferenceEvaluator(Parameters parameters) {
        this.p = parameters;
    }

    /** The findings for a dossier, sorted by {@link Finding#ORDER}, as a report holds them. */
    public List<Finding> evaluate(Dossier dossier) {
        List<Finding> findings = unsorted(dossier);
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** The findings for a dossier in the order they were found. */
    public List<Finding> unsorted(Dossier dossier) {
        List<Finding> findings = new ArrayList<>();
        evaluate(dossier, findings::add);
        return findings;
    }

    /** Hands each finding to {@code sink} as it is found, keeping none: what a streaming host is handed. */
    public void evaluate(Dossier dossier, Consumer<Finding> sink) {
        run(dossier, ReferenceFindings.building(dossier, p, sink));
    }

    /** How many findings the dossier has, none of them built: the reference's matching alone. */
    public long count(Dossier dossier) {
        CountingFindings counted = new CountingFindings();
        run(dossier, ReferenceFindings.counting(counted));
        return counted.reported();
    }

    private void run(Dossier dossier, ReferenceFindings findings) {
        Run run = new Run(dossier, findings);
        run.missions();
        run.coordination();
        run.provinces();
        run.delegations();
        run.agreements();
        run.cooperation();
        run.reports();
    }

    /** One evaluation: the dossier, its date, and where its findings go. */
    private final class Run {
        private final Dossier d;
        private final LocalDate asOf;
        private final ReferenceFindings findings;
        private final Map<String, Province> provincesById = new HashMap<>();

        Run(Dossier dossier, ReferenceFindings findings) {
            this.d = dossier;
            this.asOf = dossier.asOf();
            this.findings = findings;
            dossier.provinces().forEach(p -> provincesById.put(p.id(), p));
        }

        /** A finding of {@code rule} about a dossier fact, with its facts as name, value, name, value… */
        private Findings.Draft about(String rule, Object subject, Object... facts) {
            return with(findings.rule(rule).about(subject), facts);
        }

        private Findings.Draft with(Findings.Draft draft, Object... facts) {
            for (int i = 0; i < facts.length; i += 2) {
                draft.with((String) facts[i], facts[i + 1]);
            }
            return draft;
        }

        // Date semantics of the catalogue: an event dated after asOf has not happened; a deadline day is on time.
        private boolean happened(Optional<LocalDate> date) {
            return date.isPresent() && !date.get().isAfter(asOf);
        }

        /** Whether something that came into being on {@code since} exists on asOf; undated, it does. */
        private boolean existsOn(Optional<LocalDate> since) {
            return since.isEmpty() || !since.get().isAfter(asOf);
        }

        private boolean passed(LocalDate deadline) {
            return asOf.isAfter(deadline);
        }

        /**
         * Reports an event due on {@code due} that is missing once the day has passed (variant
         * {@code <prefix>missing}), or came late ({@code <prefix>late}), with the days late after the facts.
         */
        private void dueBy(String rule, String variantPrefix, Object subject, Optional<LocalDate> event,
                           LocalDate due, Object... facts) {
            boolean late = happened(event) && event.get().isAfter(due);
            boolean missing = !happened(event) && passed(due);
            if (late || missing) {
                about(rule, subject, facts).variant(variantPrefix + (late ? "late" : "missing"))
                        .with("daysLate", ChronoUnit.DAYS.between(due, late ? event.get() : asOf)).report();
            }
        }

        void missions() {
            int threshold = p.economicTeamThreshold();
            LocalDate trainedSince = asOf.minusYears(p.economicTrainingValidityYears());
            for (Mission m : d.missions()) {
                if (m.headOfMission().map(h -> !h.directsEconomicWork()).orElse(true)) {
                    about("mission-head-directs-economic-work", m)
                            .variant(m.headOfMission().isEmpty() ? "no-head" : "not-directing").report();
                }
                // A team established after asOf does not exist yet.
                Optional<EconomicTeam> team = m.economicTeam().filter(t -> existsOn(t.establishedOn()));
                if (m.diplomatCount() >= threshold && team.isEmpty()) {
                    about("mission-economic-team", m, "diplomatCount", m.diplomatCount()).report();
                }
                team.ifPresent(t -> {
                    for (EconomicSection s : p.economicTeamSections()) {
                        if (!t.sections().contains(s)) {
                            about("mission-economic-team-sections", m, "section", s).report();
                        }
                    }
                });
                if (m.diplomatCount() < threshold && m.economicOfficers().isEmpty()) {
                    about("mission-economic-officer", m, "diplomatCount", m.diplomatCount()).report();
                }
                for (EconomicOfficer o : m.economicOfficers()) {
                    Optional<LocalDate> trained = o.lastEconomicTrainingOn();
                    if (!happened(trained)) {
                        about("mission-economic-training", m, "officer", o.name(), "since", trainedSince)
                                .variant("never").report();
                    } else if (trained.get().isBefore(trainedSince)) {
                        about("mission-economic-training", m, "officer", o.name(), "since", trainedSince,
                                "trainedOn", trained.get()).variant("last").report();
                    }
                }
                if (m.website().map(w -> !w.unifiedContent()).orElse(true)) {
                    about("mission-website", m).variant(m.website().isEmpty() ? "none" : "content").report();
                }
            }
        }

        void coordination() {
            Set<CoordinationPartner> covered = EnumSet.noneOf(CoordinationPartner.class);
            for (CoordinationAgreement a : d.coordinationAgreements()) {
                if (!existsOn(a.signedOn())) {
                    continue; // signed after asOf: not signed yet
                }
                covered.add(a.partner());
                if (a.focalAgency().isEmpty()) {
                    about("coordination-agreement-focal-agency", a, "partner", a.partner()).variant("focal-agency")
                            .report();
                }
                if (a.responsibilities().isEmpty()) {
                    about("coordination-agreement-focal-agency", a, "partner", a.partner()).variant("responsibilities")
                            .report();
                }
            }
            for (CoordinationPartner partner : p.coordinationPartners()) {
                if (!covered.contains(partner)) {
                    with(findings.rule("coordination-agreement-coverage").aboutPartner(partner), "partner", partner)
                            .report();
                }
            }
        }

        void provinces() {
            Map<String, Province> provinces = provincesById;
            Set<String> submittedForPlanYear = new HashSet<>();
            for (AnnualPlan plan : d.annualPlans()) {
                if (!happened(plan.submittedOn())) {
                    continue;
                }
                if (plan.year() == d.planYear()) {
                    submittedForPlanYear.add(plan.provinceId());
                }
                LocalDate deadline = p.annualPlanDeadlineFor(plan.year());
                LocalDate submitted = plan.submittedOn().get();
                if (submitted.isAfter(deadline) && provinces.get(plan.provinceId()).existsOn(deadline)) {
                    about("annual-plan-late", plan, "year", plan.year(), "deadline", deadline, "submittedOn", submitted,
                            "daysLate", ChronoUnit.DAYS.between(deadline, submitted)).report();
                }
                for (PlanSection s : p.requiredPlanSections()) {
                    if (!plan.sections().contains(s)) {
                        about("annual-plan-content", plan, "section", s).report();
                    }
                }
                if (!plan.sections().contains(PlanSection.PEOPLE_TO_PEOPLE)) {
                    about("annual-plan-people-to-people", plan, "section", PlanSection.PEOPLE_TO_PEOPLE).report();
                }
                Province province = provinces.get(plan.provinceId());
                if (!province.borderCountries().isEmpty() && !plan.sections().contains(PlanSection.BORDER_AFFAIRS)) {
                    // The neighbours by name, in the order of their codes.
                    List<Country> neighbours = province.borderCountries().stream().sorted().map(Country::of).toList();
                    about("annual-plan-border-affairs", plan, "section", PlanSection.BORDER_AFFAIRS,
                            "borderCountries", neighbours).report();
                }
            }
            LocalDate planDeadline = p.annualPlanDeadlineFor(d.planYear());
            for (Province province : d.provinces()) {
                if (passed(planDeadline) && province.existsOn(planDeadline)
                        && !submittedForPlanYear.contains(province.id())) {
                    about("annual-plan-missing", province, "year", d.planYear(), "deadline", planDeadline).report();
                }
                if (!province.hasForeignAffairsDepartment() && !province.internationalGateways().isEmpty()
                        && province.existsOn(asOf)) {
                    about("province-foreign-affairs-department", province, "gateways", province.internationalGateways())
                            .report();
                }
            }
        }

        void delegations() {
            Set<String> missionCountries = d.missions().stream().map(Mission::hostCountry).collect(Collectors.toSet());
            // Planned delegation ids by province and plan year.
            Map<String, Set<String>> planned = new HashMap<>();
            for (AnnualPlan plan : d.annualPlans()) {
                planned.computeIfAbsent(plan.provinceId() + "|" + plan.year(), k -> new HashSet<>())
                        .addAll(plan.plannedDelegationIds());
            }
            // Trips as a leader per person (today's province, normalised name) and departure year.
            Map<PersonYear, List<Delegation>> trips = new HashMap<>();
            for (Delegation del : d.delegations()) {
                String id = del.id();
                boolean departed = happened(del.departedOn());
                if (departed) {
                    LocalDate departedOn = del.departedOn().get();
                    if (!planned.getOrDefault(del.provinceId() + "|" + departedOn.getYear(), Set.of()).contains(id)) {
                        about("delegation-planned", del, "year", departedOn.getYear()).report();
                    }
                    boolean central = del.leader().map(DelegationMember::centrallyManaged).orElse(false);
                    if (central && !onOrBefore(del.approvedOn(), departedOn)) {
                        about("delegation-central-approval", del, "leader", normalise(del.leaderName()),
                                "departedOn", departedOn).report();
                    }
                    if (missionCountries.contains(del.destinationCountry()) && !onOrBefore(del.missionInformedOn(), departedOn)) {
                        about("delegation-inform-mission", del, "destinationCountry", del.destinationCountry(),
                                "departedOn", departedOn).report();
                    }
                    Set<PersonYear> people = new HashSet<>();
                    String leader = normalise(del.leaderName());
                    del.members().stream().filter(m -> m.keyLeader() || m.centrallyManaged() || normalise(m.name()).equals(leader))
                            .forEach(m -> people.add(new PersonYear(today(del.provinceId()), normalise(m.name()),
                                    departedOn.getYear())));
                    for (PersonYear person : people) {
                        trips.computeIfAbsent(person, k -> new ArrayList<>()).add(del);
                    }
                }
                if (del.hostPartner().isEmpty()) {
                    about("delegation-proposal", del).variant("partner").report();
                }
                if (del.programmeItems() < p.minProgrammeItems()) {
                    about("delegation-proposal", del, "programmeItems", del.programmeItems())
                            .variant(del.programmeItems() == 0 ? "no-programme" : "programme").report();
                }
                if (happened(del.returnedOn())) {
                    LocalDate returned = del.returnedOn().get();
                    LocalDate due = returned.plusDays(p.delegationReportDays());
                    dueBy("delegation-result-report", "", del, del.reportSubmittedOn(), due,
                            "returnedOn", returned, "reportDue", due);
                }
                List<String> keyLeaders = del.members().stream().filter(DelegationMember::keyLeader)
                        .map(m -> normalise(m.name())).distinct().toList();
                if (keyLeaders.size() >= 2) {
                    about("delegation-key-leaders-together", del, "leaders", keyLeaders).report();
                }
            }
            trips.forEach((person, list) -> {
                if (list.size() > p.maxTripsPerLeaderPerYear()) {
                    List<Delegation> inOrder = list.stream().sorted(Comparator
                            .comparing((Delegation x) -> x.departedOn().get()).thenComparing(Delegation::id)).toList();
                    with(findings.rule("delegation-leader-trip-limit").aboutLeader(person.provinceId(), person.name()),
                            "year", person.year(), "trips", list.size(), "delegations", inOrder).report();
                }
            });
        }

        private boolean onOrBefore(Optional<LocalDate> event, LocalDate deadline) {
            return happened(event) && !event.get().isAfter(deadline);
        }

        void agreements() {
            int months = p.agreementDormancyMonths();
            for (Agreement a : d.agreements()) {
                if (!happened(Optional.of(a.signedOn()))) {
                    continue;
                }
                if (!onOrBefore(a.mofaOpinionOn(), a.signedOn())) {
                    about("agreement-prior-opinion", a, "signedOn", a.signedOn()).report();
                }
                LocalDate due = a.signedOn().plusDays(p.agreementReportDays());
                dueBy("agreement-post-signing-report", "", a, a.reportedOn(), due,
                        "signedOn", a.signedOn(), "reportDue", due);
                if (passed(a.signedOn().plusMonths(months))) {
                    LocalDate since = asOf.minusMonths(months);
                    boolean active = a.activities().stream()
                            .anyMatch(act -> !act.on().isAfter(asOf) && !act.on().isBefore(since));
                    if (!active) {
                        about("agreement-implementation", a, "signedOn", a.signedOn(), "since", since).report();
                    }
                }
            }
        }

        void cooperation() {
            Map<String, CooperationProgramme> programmes = new HashMap<>();
            for (CooperationProgramme cp : d.cooperationProgrammes()) {
                programmes.put(cp.id(), cp);
                if (cp.tasks().isEmpty()) {
                    about("cooperation-programme-structure", cp).variant("no-tasks").report();
                }
                for (CooperationTask t : cp.tasks()) {
                    if (t.dueOn().isEmpty()) {
                        about("cooperation-programme-structure", cp, "task", t.id()).variant("no-due-date")
                                .mention("taskName", Subjects.taskName(t)).report();
                    } else if (passed(t.dueOn().get()) && !happened(t.completedOn())) {
                        about("cooperation-task-overdue", cp, "task", t.id(), "description", t.description(),
                                "dueOn", t.dueOn().get()).mention("taskName", Subjects.taskName(t)).report();
                    }
                }
                if (cp.monitoringMechanism().isEmpty()) {
                    about("cooperation-programme-structure", cp).variant("no-monitoring").report();
                }
            }
            for (WorkingVisit v : d.workingVisits()) {
                if (!happened(Optional.of(v.visitedOn()))) {
                    continue;
                }
                LocalDate due = v.visitedOn().plusDays(p.visitFollowUpDays());
                dueBy("working-visit-follow-up", "conclusion-", v, v.conclusionIssuedOn(),
                        due, "visitedOn", v.visitedOn(), "dueOn", due);
                Optional<LocalDate> issued = v.cooperationProgrammeId().map(programmes::get)
                        .flatMap(CooperationProgramme::issuedOn);
                dueBy("working-visit-follow-up", "programme-", v, issued,
                        due, "visitedOn", v.visitedOn(), "dueOn", due);
            }
        }

        /** The province that took over this one, following successors; the province itself if it was not dissolved. */
        private String today(String provinceId) {
            Map<String, Province> byId = provincesById;
            String current = provinceId;
            for (int step = 0; step <= byId.size(); step++) {
                Province p = byId.get(current);
                if (p == null || p.successorId().isEmpty()) {
                    return current;
                }
                current = p.successorId().get();
            }
            return current;
        }

        void reports() {
            for (Report r : d.reports()) {
                Province author = r.authorType() == ReportAuthorType.PROVINCE ? provincesById.get(r.authorId()) : null;
                if (author != null && !author.existsOn(r.dueOn())) {
                    continue;
                }
                if (happened(r.submittedOn())) {
                    if (r.submittedOn().get().isAfter(r.dueOn())) {
                        about("report-late", r, "dueOn", r.dueOn(), "submittedOn", r.submittedOn().get(),
                                "daysLate", ChronoUnit.DAYS.between(r.dueOn(), r.submittedOn().get())).report();
                    }
                } else if (passed(r.dueOn())) {
                    about("report-missing", r, "dueOn", r.dueOn(),
                            "daysLate", ChronoUnit.DAYS.between(r.dueOn(), asOf)).report();
                }
            }
        }
    }

    /** A person, by province and normalised name, in one year of departure. */
    private record PersonYear(String provinceId, String name, int year) {
    }

    private static String normalise(String name) {
        return Text.personName(name);
    }
}

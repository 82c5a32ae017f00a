package org.ngoaivu.reference;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.ngoaivu.engine.Parameters;
import org.ngoaivu.engine.SubjectType;
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

/**
 * The 29 catalogue rules in plain Java, written from the catalogue, not from the DRL: a correctness
 * oracle for the Drools engine and its speed baseline. Test scope only; linear in the dossier's size.
 */
public final class ReferenceEvaluator {
    private final Parameters p;

    public ReferenceEvaluator(Parameters parameters) {
        this.p = parameters;
    }

    /** The findings for a dossier, sorted by {@link ReferenceFinding#ORDER}. */
    public List<ReferenceFinding> evaluate(Dossier dossier) {
        List<ReferenceFinding> findings = unsorted(dossier);
        findings.sort(ReferenceFinding.ORDER);
        return findings;
    }

    /** The findings for a dossier in the order they were found: what a streaming host is handed. */
    public List<ReferenceFinding> unsorted(Dossier dossier) {
        Run run = new Run(dossier);
        run.missions();
        run.coordination();
        run.provinces();
        run.delegations();
        run.agreements();
        run.cooperation();
        run.reports();
        return run.out;
    }

    /** One evaluation: the dossier, its date, and the findings so far. */
    private final class Run {
        private final Dossier d;
        private final LocalDate asOf;
        private final List<ReferenceFinding> out = new ArrayList<>();
        private final Map<String, Province> provincesById = new HashMap<>();

        Run(Dossier dossier) {
            this.d = dossier;
            this.asOf = dossier.asOf();
            dossier.provinces().forEach(p -> provincesById.put(p.id(), p));
        }

        private void add(String rule, SubjectType type, String id, Object... facts) {
            Map<String, String> recorded = new LinkedHashMap<>();
            for (int i = 0; i < facts.length; i += 2) {
                recorded.put((String) facts[i], text(facts[i + 1]));
            }
            out.add(new ReferenceFinding(rule, type, id, recorded));
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

        /** Reports an event due on {@code due} that is missing once the day has passed, or came late. */
        private void dueBy(String rule, SubjectType type, String id, Optional<LocalDate> event,
                           LocalDate due, Object... facts) {
            boolean late = happened(event) && event.get().isAfter(due);
            boolean missing = !happened(event) && passed(due);
            if (late || missing) {
                Object[] all = java.util.Arrays.copyOf(facts, facts.length + 2);
                all[facts.length] = "daysLate";
                all[facts.length + 1] = ChronoUnit.DAYS.between(due, late ? event.get() : asOf);
                add(rule, type, id, all);
            }
        }

        void missions() {
            int threshold = p.economicTeamThreshold();
            LocalDate trainedSince = asOf.minusYears(p.economicTrainingValidityYears());
            for (Mission m : d.missions()) {
                String id = m.id();
                if (m.headOfMission().map(h -> !h.directsEconomicWork()).orElse(true)) {
                    add("mission-head-directs-economic-work", SubjectType.MISSION, id);
                }
                // A team established after asOf does not exist yet.
                Optional<EconomicTeam> team = m.economicTeam().filter(t -> existsOn(t.establishedOn()));
                if (m.diplomatCount() >= threshold && team.isEmpty()) {
                    add("mission-economic-team", SubjectType.MISSION, id, "diplomatCount", m.diplomatCount());
                }
                team.ifPresent(t -> {
                    for (EconomicSection s : p.economicTeamSections()) {
                        if (!t.sections().contains(s)) {
                            add("mission-economic-team-sections", SubjectType.MISSION, id, "section", s);
                        }
                    }
                });
                if (m.diplomatCount() < threshold && m.economicOfficers().isEmpty()) {
                    add("mission-economic-officer", SubjectType.MISSION, id, "diplomatCount", m.diplomatCount());
                }
                for (EconomicOfficer o : m.economicOfficers()) {
                    Optional<LocalDate> trained = o.lastEconomicTrainingOn();
                    if (!happened(trained)) {
                        add("mission-economic-training", SubjectType.MISSION, id, "officer", o.name(), "since", trainedSince);
                    } else if (trained.get().isBefore(trainedSince)) {
                        add("mission-economic-training", SubjectType.MISSION, id, "officer", o.name(),
                                "trainedOn", trained.get(), "since", trainedSince);
                    }
                }
                if (m.website().map(w -> !w.unifiedContent()).orElse(true)) {
                    add("mission-website", SubjectType.MISSION, id);
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
                    add("coordination-agreement-focal-agency", SubjectType.COORDINATION_AGREEMENT, a.id(), "partner", a.partner());
                }
                if (a.responsibilities().isEmpty()) {
                    add("coordination-agreement-focal-agency", SubjectType.COORDINATION_AGREEMENT, a.id(), "partner", a.partner());
                }
            }
            for (CoordinationPartner partner : p.coordinationPartners()) {
                if (!covered.contains(partner)) {
                    add("coordination-agreement-coverage", SubjectType.PARTNER, partner.name(), "partner", partner);
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
                    add("annual-plan-late", SubjectType.ANNUAL_PLAN, plan.id(), "year", plan.year(), "deadline", deadline,
                            "submittedOn", submitted, "daysLate", ChronoUnit.DAYS.between(deadline, submitted));
                }
                for (PlanSection s : p.requiredPlanSections()) {
                    if (!plan.sections().contains(s)) {
                        add("annual-plan-content", SubjectType.ANNUAL_PLAN, plan.id(), "section", s);
                    }
                }
                if (!plan.sections().contains(PlanSection.PEOPLE_TO_PEOPLE)) {
                    add("annual-plan-people-to-people", SubjectType.ANNUAL_PLAN, plan.id(), "section", PlanSection.PEOPLE_TO_PEOPLE);
                }
                Province province = provinces.get(plan.provinceId());
                if (!province.borderCountries().isEmpty() && !plan.sections().contains(PlanSection.BORDER_AFFAIRS)) {
                    add("annual-plan-border-affairs", SubjectType.ANNUAL_PLAN, plan.id(), "section", PlanSection.BORDER_AFFAIRS,
                            "borderCountries", province.borderCountries());
                }
            }
            LocalDate planDeadline = p.annualPlanDeadlineFor(d.planYear());
            for (Province province : d.provinces()) {
                if (passed(planDeadline) && province.existsOn(planDeadline)
                        && !submittedForPlanYear.contains(province.id())) {
                    add("annual-plan-missing", SubjectType.PROVINCE, province.id(), "year", d.planYear(), "deadline", planDeadline);
                }
                if (!province.hasForeignAffairsDepartment() && !province.internationalGateways().isEmpty()
                        && province.existsOn(asOf)) {
                    add("province-foreign-affairs-department", SubjectType.PROVINCE, province.id(),
                            "gateways", province.internationalGateways());
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
            // Trips as a leader per person (province/normalised name) and departure year, in order of departure.
            Map<String, List<Delegation>> trips = new HashMap<>();
            for (Delegation del : d.delegations()) {
                String id = del.id();
                boolean departed = happened(del.departedOn());
                if (departed) {
                    LocalDate departedOn = del.departedOn().get();
                    if (!planned.getOrDefault(del.provinceId() + "|" + departedOn.getYear(), Set.of()).contains(id)) {
                        add("delegation-planned", SubjectType.DELEGATION, id, "year", departedOn.getYear());
                    }
                    boolean central = del.leader().map(DelegationMember::centrallyManaged).orElse(false);
                    if (central && !onOrBefore(del.approvedOn(), departedOn)) {
                        add("delegation-central-approval", SubjectType.DELEGATION, id, "leader", normalise(del.leaderName()),
                                "departedOn", departedOn);
                    }
                    if (missionCountries.contains(del.destinationCountry()) && !onOrBefore(del.missionInformedOn(), departedOn)) {
                        add("delegation-inform-mission", SubjectType.DELEGATION, id,
                                "destinationCountry", del.destinationCountry(), "departedOn", departedOn);
                    }
                    Set<String> people = new LinkedHashSet<>();
                    String leader = normalise(del.leaderName());
                    del.members().stream().filter(m -> m.keyLeader() || m.centrallyManaged() || normalise(m.name()).equals(leader))
                            .forEach(m -> people.add(today(del.provinceId()) + "/" + normalise(m.name())));
                    for (String person : people) {
                        trips.computeIfAbsent(person + "|" + departedOn.getYear(), k -> new ArrayList<>()).add(del);
                    }
                }
                if (del.hostPartner().isEmpty()) {
                    add("delegation-proposal", SubjectType.DELEGATION, id);
                }
                if (del.programmeItems() < p.minProgrammeItems()) {
                    add("delegation-proposal", SubjectType.DELEGATION, id, "programmeItems", del.programmeItems());
                }
                if (happened(del.returnedOn())) {
                    LocalDate returned = del.returnedOn().get();
                    LocalDate due = returned.plusDays(p.delegationReportDays());
                    dueBy("delegation-result-report", SubjectType.DELEGATION, id, del.reportSubmittedOn(), due,
                            "returnedOn", returned, "reportDue", due);
                }
                List<String> keyLeaders = del.members().stream().filter(DelegationMember::keyLeader)
                        .map(m -> normalise(m.name())).distinct().toList();
                if (keyLeaders.size() >= 2) {
                    add("delegation-key-leaders-together", SubjectType.DELEGATION, id, "leaders", keyLeaders);
                }
            }
            new TreeMap<>(trips).forEach((key, list) -> {
                if (list.size() > p.maxTripsPerLeaderPerYear()) {
                    String person = key.substring(0, key.lastIndexOf('|'));
                    int year = Integer.parseInt(key.substring(key.lastIndexOf('|') + 1));
                    List<String> ids = list.stream().sorted(java.util.Comparator
                            .comparing((Delegation x) -> x.departedOn().get()).thenComparing(Delegation::id))
                            .map(Delegation::id).toList();
                    add("delegation-leader-trip-limit", SubjectType.LEADER, person, "year", year, "trips", list.size(),
                            "delegations", ids);
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
                    add("agreement-prior-opinion", SubjectType.AGREEMENT, a.id(), "signedOn", a.signedOn());
                }
                LocalDate due = a.signedOn().plusDays(p.agreementReportDays());
                dueBy("agreement-post-signing-report", SubjectType.AGREEMENT, a.id(), a.reportedOn(), due,
                        "signedOn", a.signedOn(), "reportDue", due);
                if (passed(a.signedOn().plusMonths(months))) {
                    LocalDate since = asOf.minusMonths(months);
                    boolean active = a.activities().stream()
                            .anyMatch(act -> !act.on().isAfter(asOf) && !act.on().isBefore(since));
                    if (!active) {
                        add("agreement-implementation", SubjectType.AGREEMENT, a.id(), "signedOn", a.signedOn(), "since", since);
                    }
                }
            }
        }

        void cooperation() {
            Map<String, CooperationProgramme> programmes = new HashMap<>();
            for (CooperationProgramme cp : d.cooperationProgrammes()) {
                programmes.put(cp.id(), cp);
                if (cp.tasks().isEmpty()) {
                    add("cooperation-programme-structure", SubjectType.COOPERATION_PROGRAMME, cp.id());
                }
                for (CooperationTask t : cp.tasks()) {
                    if (t.dueOn().isEmpty()) {
                        add("cooperation-programme-structure", SubjectType.COOPERATION_PROGRAMME, cp.id(), "task", t.id());
                    } else if (passed(t.dueOn().get()) && !happened(t.completedOn())) {
                        add("cooperation-task-overdue", SubjectType.COOPERATION_PROGRAMME, cp.id(), "task", t.id(),
                                "description", t.description(), "dueOn", t.dueOn().get());
                    }
                }
                if (cp.monitoringMechanism().isEmpty()) {
                    add("cooperation-programme-structure", SubjectType.COOPERATION_PROGRAMME, cp.id());
                }
            }
            for (WorkingVisit v : d.workingVisits()) {
                if (!happened(Optional.of(v.visitedOn()))) {
                    continue;
                }
                LocalDate due = v.visitedOn().plusDays(p.visitFollowUpDays());
                dueBy("working-visit-follow-up", SubjectType.WORKING_VISIT, v.id(), v.conclusionIssuedOn(),
                        due, "visitedOn", v.visitedOn(), "dueOn", due);
                Optional<LocalDate> issued = v.cooperationProgrammeId().map(programmes::get)
                        .flatMap(CooperationProgramme::issuedOn);
                dueBy("working-visit-follow-up", SubjectType.WORKING_VISIT, v.id(), issued,
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
                        add("report-late", SubjectType.REPORT, r.id(), "dueOn", r.dueOn(), "submittedOn", r.submittedOn().get(),
                                "daysLate", ChronoUnit.DAYS.between(r.dueOn(), r.submittedOn().get()));
                    }
                } else if (passed(r.dueOn())) {
                    add("report-missing", SubjectType.REPORT, r.id(), "dueOn", r.dueOn(),
                            "daysLate", ChronoUnit.DAYS.between(r.dueOn(), asOf));
                }
            }
        }
    }

    private static String normalise(String name) {
        return Text.personName(name);
    }

    /** A fact as the report records it: enums by name, sets sorted, lists in order, joined by commas. */
    private static String text(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> items) {
            Collection<?> ordered = items instanceof Set<?> ? items.stream().map(i -> (Comparable) i).sorted().toList() : items;
            return ordered.stream().map(ReferenceEvaluator::text).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }
}

package org.ngoaivu.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.ngoaivu.model.Agreement;
import org.ngoaivu.model.AnnualPlan;
import org.ngoaivu.model.CooperationProgramme;
import org.ngoaivu.model.CooperationTask;
import org.ngoaivu.model.CoordinationAgreement;
import org.ngoaivu.model.Delegation;
import org.ngoaivu.model.DelegationMember;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.Mission;
import org.ngoaivu.model.Province;
import org.ngoaivu.model.Report;
import org.ngoaivu.model.ReportAuthorType;
import org.ngoaivu.model.Text;
import org.ngoaivu.model.WorkingVisit;
import org.ngoaivu.validation.wording.Wording;

/**
 * The checks every dossier passes before any rule runs, whether it was read from JSON or built in Java:
 * counts are not negative, dates lie in 0001–9999 and are in order, ids are unique within their collection,
 * references name ids that are in the dossier, and a delegation's leader is one of its members (names compared
 * trimmed and in Unicode NFC, {@link Text#personName}). Paths are JSON paths into the dossier document.
 *
 * <p>A plan's {@code plannedDelegationIds} are intentions and may name trips that never happened, so they
 * are not checked as references.
 */
public final class DossierValidator {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    private static final Wording.Phrase PROVINCE = Wording.phrase("entity.province");
    private static final Wording.Phrase MISSION = Wording.phrase("entity.mission");
    private static final Wording.Phrase COOPERATION_PROGRAMME = Wording.phrase("entity.cooperationProgramme");

    private DossierValidator() {
    }

    /**
     * Every problem of the given collections, in document order; empty when they form a valid dossier.
     *
     * @param schemaVersion the dossier format version
     * @param asOf          the evaluation date
     * @param planYear      the plan year
     * @param missions      the missions
     * @param provinces     the provinces
     * @param annualPlans   the annual plans
     * @param delegations   the delegations
     * @param agreements    the agreements
     * @param coordination  the coordination agreements
     * @param visits        the working visits
     * @param programmes    the cooperation programmes
     * @param reports       the reports
     * @return the problems, each with its path
     */
    public static List<Problem> problems(int schemaVersion, LocalDate asOf, int planYear, List<Mission> missions,
                                         List<Province> provinces, List<AnnualPlan> annualPlans,
                                         List<Delegation> delegations, List<Agreement> agreements,
                                         List<CoordinationAgreement> coordination, List<WorkingVisit> visits,
                                         List<CooperationProgramme> programmes, List<Report> reports) {
        List<Problem> out = new ArrayList<>();
        if (schemaVersion != Dossier.SCHEMA_VERSION) {
            out.add(Wording.problem("$.schemaVersion", "schemaVersion", schemaVersion, Dossier.SCHEMA_VERSION));
        }
        inRange(out, "$.asOf", Optional.of(asOf));
        if (planYear < 1 || planYear > 9999) {
            out.add(yearRange("$.planYear", "range.planYear", planYear));
        }
        out.addAll(problems(missions, provinces, annualPlans, delegations, agreements, coordination, visits,
                programmes, reports, DocumentLayout.COMPLETE));
        return List.copyOf(out);
    }

    /**
     * The problems of the collections of a document of which some elements may not have been read: paths are
     * mapped back to the document by {@code layout}, and references to elements that were not read are not
     * reported. The document's own fields ({@code asOf}, {@code planYear}, {@code schemaVersion}) are the
     * reader's to check.
     *
     * @param missions     the missions read
     * @param provinces    the provinces read
     * @param annualPlans  the annual plans read
     * @param delegations  the delegations read
     * @param agreements   the agreements read
     * @param coordination the coordination agreements read
     * @param visits       the working visits read
     * @param programmes   the cooperation programmes read
     * @param reports      the reports read
     * @param layout       where the elements read stand in the document
     * @return the problems, each with its path in the document
     */
    public static List<Problem> problems(List<Mission> missions, List<Province> provinces,
                                         List<AnnualPlan> annualPlans, List<Delegation> delegations,
                                         List<Agreement> agreements, List<CoordinationAgreement> coordination,
                                         List<WorkingVisit> visits, List<CooperationProgramme> programmes,
                                         List<Report> reports, DocumentLayout layout) {
        return new Checks(layout).run(missions, provinces, annualPlans, delegations, agreements, coordination,
                visits, programmes, reports);
    }

    /** One run of the checks, collecting problems with paths laid out as in the document. */
    private static final class Checks {
        private final DocumentLayout layout;
        private final List<Problem> out = new ArrayList<>();

        Checks(DocumentLayout layout) {
            this.layout = layout;
        }

        private String at(String collection, int index) {
            return "$." + collection + "[" + layout.position(collection, index) + "]";
        }

        List<Problem> run(List<Mission> missions, List<Province> provinces, List<AnnualPlan> annualPlans,
                          List<Delegation> delegations, List<Agreement> agreements,
                          List<CoordinationAgreement> coordination, List<WorkingVisit> visits,
                          List<CooperationProgramme> programmes, List<Report> reports) {
            Set<String> missionIds = uniqueIds("missions", missions, Mission::id);
            Set<String> provinceIds = uniqueIds("provinces", provinces, Province::id);
            uniqueIds("annualPlans", annualPlans, AnnualPlan::id);
            uniqueIds("delegations", delegations, Delegation::id);
            uniqueIds("agreements", agreements, Agreement::id);
            uniqueIds("coordinationAgreements", coordination, CoordinationAgreement::id);
            uniqueIds("workingVisits", visits, WorkingVisit::id);
            Set<String> programmeIds = uniqueIds("cooperationProgrammes", programmes, CooperationProgramme::id);
            uniqueIds("reports", reports, Report::id);

            for (int i = 0; i < missions.size(); i++) {
                Mission m = missions.get(i);
                String at = at("missions", i);
                country(at + ".hostCountry", m.hostCountry());
                notNegative(at + ".diplomatCount", m.diplomatCount());
                for (int j = 0; j < m.economicOfficers().size(); j++) {
                    inRange(out, at + ".economicOfficers[" + j + "].lastEconomicTrainingOn",
                            m.economicOfficers().get(j).lastEconomicTrainingOn());
                }
                m.economicTeam().ifPresent(t -> inRange(out, at + ".economicTeam.establishedOn", t.establishedOn()));
            }
            for (int i = 0; i < provinces.size(); i++) {
                province(at("provinces", i), provinces.get(i), provinceIds);
            }
            for (int i = 0; i < annualPlans.size(); i++) {
                AnnualPlan p = annualPlans.get(i);
                String at = at("annualPlans", i);
                reference(at + ".provinceId", p.provinceId(), provinceIds, PROVINCE);
                if (p.year() < 1 || p.year() > 9999) {
                    out.add(yearRange(at + ".year", "range.year", p.year()));
                }
                inRange(out, at + ".submittedOn", p.submittedOn());
            }
            for (int i = 0; i < delegations.size(); i++) {
                delegation(at("delegations", i), delegations.get(i), provinceIds);
            }
            for (int i = 0; i < agreements.size(); i++) {
                Agreement a = agreements.get(i);
                String at = at("agreements", i);
                reference(at + ".provinceId", a.provinceId(), provinceIds, PROVINCE);
                a.partnerCountry().ifPresent(c -> country(at + ".partnerCountry", c));
                inRange(out, at + ".signedOn", Optional.of(a.signedOn()));
                inRange(out, at + ".mofaOpinionOn", a.mofaOpinionOn());
                inRange(out, at + ".reportedOn", a.reportedOn());
                for (int j = 0; j < a.activities().size(); j++) {
                    inRange(out, at + ".activities[" + j + "].on", Optional.of(a.activities().get(j).on()));
                }
                notBefore(at + ".reportedOn", a.reportedOn(), "reported", a.signedOn(), "signed");
            }
            for (int i = 0; i < coordination.size(); i++) {
                inRange(out, at("coordinationAgreements", i) + ".signedOn", coordination.get(i).signedOn());
            }
            for (int i = 0; i < visits.size(); i++) {
                WorkingVisit v = visits.get(i);
                String at = at("workingVisits", i);
                reference(at + ".provinceId", v.provinceId(), provinceIds, PROVINCE);
                v.cooperationProgrammeId().ifPresent(id -> reference(at + ".cooperationProgrammeId", id, programmeIds,
                        COOPERATION_PROGRAMME));
                inRange(out, at + ".visitedOn", Optional.of(v.visitedOn()));
                inRange(out, at + ".conclusionIssuedOn", v.conclusionIssuedOn());
                notBefore(at + ".conclusionIssuedOn", v.conclusionIssuedOn(), "issued", v.visitedOn(), "visit");
            }
            for (int i = 0; i < programmes.size(); i++) {
                CooperationProgramme p = programmes.get(i);
                String at = at("cooperationProgrammes", i);
                reference(at + ".provinceId", p.provinceId(), provinceIds, PROVINCE);
                inRange(out, at + ".issuedOn", p.issuedOn());
                uniqueWithin(at + ".tasks", p.tasks(), CooperationTask::id);
                for (int j = 0; j < p.tasks().size(); j++) {
                    CooperationTask t = p.tasks().get(j);
                    inRange(out, at + ".tasks[" + j + "].dueOn", t.dueOn());
                    inRange(out, at + ".tasks[" + j + "].completedOn", t.completedOn());
                }
            }
            for (int i = 0; i < reports.size(); i++) {
                Report r = reports.get(i);
                String at = at("reports", i);
                boolean province = r.authorType() == ReportAuthorType.PROVINCE;
                reference(at + ".authorId", r.authorId(), province ? provinceIds : missionIds,
                        province ? PROVINCE : MISSION);
                inRange(out, at + ".dueOn", Optional.of(r.dueOn()));
                inRange(out, at + ".submittedOn", r.submittedOn());
            }
            return List.copyOf(out);
        }

        private void province(String at, Province p, Set<String> provinceIds) {
            int j = 0;
            for (String c : p.borderCountries()) {
                country(at + ".borderCountries[" + j++ + "]", c);
            }
            inRange(out, at + ".establishedOn", p.establishedOn());
            inRange(out, at + ".dissolvedOn", p.dissolvedOn());
            if (p.dissolvedOn().isPresent() && p.successorId().isEmpty()) {
                out.add(Wording.problem(at + ".successorId", "province.noSuccessor"));
            }
            if (p.successorId().isPresent() && p.dissolvedOn().isEmpty()) {
                out.add(Wording.problem(at + ".dissolvedOn", "province.successorWithoutDissolution"));
            }
            p.successorId().ifPresent(s -> {
                if (s.equals(p.id())) {
                    out.add(Wording.problem(at + ".successorId", "province.succeedsItself"));
                } else {
                    reference(at + ".successorId", s, provinceIds, PROVINCE);
                }
            });
            if (p.establishedOn().isPresent()) {
                notBefore(at + ".dissolvedOn", p.dissolvedOn(), "dissolution", p.establishedOn().get(),
                        "establishment");
            }
        }

        private void delegation(String at, Delegation d, Set<String> provinceIds) {
            reference(at + ".provinceId", d.provinceId(), provinceIds, PROVINCE);
            country(at + ".destinationCountry", d.destinationCountry());
            notNegative(at + ".programmeItems", d.programmeItems());
            if (d.members().isEmpty()) {
                out.add(Wording.problem(at + ".members", "delegation.noMembers"));
            }
            Set<String> names = new HashSet<>();
            for (int j = 0; j < d.members().size(); j++) {
                DelegationMember member = d.members().get(j);
                if (!names.add(member.name())) {
                    out.add(Wording.problem(at + ".members[" + j + "].name", "delegation.memberTwice", member.name()));
                }
            }
            if (!d.members().isEmpty() && d.leader().isEmpty()) {
                out.add(Wording.problem(at + ".leaderName", "delegation.leaderNotMember", d.leaderName()));
            }
            if (d.returnedOn().isPresent() && d.departedOn().isEmpty()) {
                out.add(Wording.problem(at + ".returnedOn", "delegation.returnWithoutDeparture"));
            }
            for (var date : List.of(Map.entry("approvedOn", d.approvedOn()), Map.entry("departedOn", d.departedOn()),
                    Map.entry("returnedOn", d.returnedOn()), Map.entry("missionInformedOn", d.missionInformedOn()),
                    Map.entry("reportSubmittedOn", d.reportSubmittedOn()))) {
                inRange(out, at + "." + date.getKey(), date.getValue());
            }
            if (d.departedOn().isPresent()) {
                notBefore(at + ".returnedOn", d.returnedOn(), "return", d.departedOn().get(), "departure");
            }
        }

        private <T> Set<String> uniqueIds(String collection, List<T> items, Function<T, String> id) {
            Map<String, Integer> firstAt = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String value = id.apply(items.get(i));
                Integer first = firstAt.putIfAbsent(value, i);
                if (first != null) {
                    out.add(Wording.problem(at(collection, i) + ".id", "id.duplicate", value, at(collection, first)));
                }
            }
            Set<String> ids = new HashSet<>(firstAt.keySet());
            ids.addAll(layout.unreadIds(collection));
            return ids;
        }

        /** Ids unique within a nested list, which is always read whole with its parent. */
        private <T> void uniqueWithin(String list, List<T> items, Function<T, String> id) {
            Map<String, Integer> firstAt = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                Integer first = firstAt.putIfAbsent(id.apply(items.get(i)), i);
                if (first != null) {
                    out.add(Wording.problem(list + "[" + i + "].id", "id.duplicate", id.apply(items.get(i)),
                            list + "[" + first + "]"));
                }
            }
        }

        private void reference(String path, String id, Set<String> known, Wording.Phrase what) {
            if (!known.contains(id)) {
                out.add(Wording.problem(path, "reference", what, id));
            }
        }

        private void notNegative(String path, int value) {
            if (value < 0) {
                out.add(Wording.problem(path, "negative", value));
            }
        }

        private void country(String path, String code) {
            if (!COUNTRY.matcher(code).matches()) {
                out.add(Wording.problem(path, "country", code));
            }
        }

        private void notBefore(String path, Optional<LocalDate> later, String laterEvent, LocalDate earlier,
                               String earlierEvent) {
            if (later.isPresent() && later.get().isBefore(earlier)) {
                out.add(Wording.problem(path, "date.order", Wording.phrase("event." + laterEvent), later.get(),
                        Wording.phrase("event." + earlierEvent), earlier));
            }
        }
    }

    private static Problem yearRange(String path, String what, int year) {
        return Wording.problem(path, "range", Wording.phrase(what), 1, 9999, year);
    }

    /** Dates outside 0001–9999 would make rules' date arithmetic fail, so they never reach a rule. */
    private static void inRange(List<Problem> out, String path, Optional<LocalDate> date) {
        if (date.isPresent() && (date.get().isBefore(FIRST_DAY) || date.get().isAfter(LAST_DAY))) {
            out.add(Wording.problem(path, "date.range", date.get()));
        }
    }
}

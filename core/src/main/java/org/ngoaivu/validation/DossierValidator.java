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
import org.ngoaivu.model.WorkingVisit;

/**
 * The checks every dossier passes before any rule runs, whether it was read from JSON or built in Java:
 * counts are not negative, dates are in order, ids are unique within their collection and references
 * name ids that are in the dossier. Paths are JSON paths into the dossier document.
 *
 * <p>A plan's {@code plannedDelegationIds} are intentions and may name trips that never happened, so they
 * are not checked as references.
 */
public final class DossierValidator {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private DossierValidator() {
    }

    /** Every problem of the given collections, in document order; empty when they form a valid dossier. */
    public static List<Problem> problems(int schemaVersion, List<Mission> missions, List<Province> provinces,
                                         List<AnnualPlan> annualPlans, List<Delegation> delegations,
                                         List<Agreement> agreements, List<CoordinationAgreement> coordination,
                                         List<WorkingVisit> visits, List<CooperationProgramme> programmes,
                                         List<Report> reports) {
        List<Problem> out = new ArrayList<>();
        if (schemaVersion != Dossier.SCHEMA_VERSION) {
            out.add(new Problem("$.schemaVersion", "The schema version is " + schemaVersion
                    + " but this library reads version " + Dossier.SCHEMA_VERSION + "."));
        }
        Set<String> missionIds = uniqueIds(out, "missions", missions, Mission::id);
        Set<String> provinceIds = uniqueIds(out, "provinces", provinces, Province::id);
        uniqueIds(out, "annualPlans", annualPlans, AnnualPlan::id);
        uniqueIds(out, "delegations", delegations, Delegation::id);
        uniqueIds(out, "agreements", agreements, Agreement::id);
        uniqueIds(out, "coordinationAgreements", coordination, CoordinationAgreement::id);
        uniqueIds(out, "workingVisits", visits, WorkingVisit::id);
        Set<String> programmeIds = uniqueIds(out, "cooperationProgrammes", programmes, CooperationProgramme::id);
        uniqueIds(out, "reports", reports, Report::id);

        for (int i = 0; i < missions.size(); i++) {
            Mission m = missions.get(i);
            String at = "$.missions[" + i + "]";
            country(out, at + ".hostCountry", m.hostCountry());
            notNegative(out, at + ".diplomatCount", m.diplomatCount());
        }
        for (int i = 0; i < provinces.size(); i++) {
            int j = 0;
            for (String c : provinces.get(i).borderCountries()) {
                country(out, "$.provinces[" + i + "].borderCountries[" + j++ + "]", c);
            }
        }
        for (int i = 0; i < annualPlans.size(); i++) {
            reference(out, "$.annualPlans[" + i + "].provinceId", annualPlans.get(i).provinceId(), provinceIds,
                    "province");
        }
        for (int i = 0; i < delegations.size(); i++) {
            delegation(out, "$.delegations[" + i + "]", delegations.get(i), provinceIds);
        }
        for (int i = 0; i < agreements.size(); i++) {
            Agreement a = agreements.get(i);
            String at = "$.agreements[" + i + "]";
            reference(out, at + ".provinceId", a.provinceId(), provinceIds, "province");
            a.partnerCountry().ifPresent(c -> country(out, at + ".partnerCountry", c));
            notBefore(out, at + ".reportedOn", a.reportedOn(), "reported", a.signedOn(), "signed");
        }
        for (int i = 0; i < visits.size(); i++) {
            WorkingVisit v = visits.get(i);
            String at = "$.workingVisits[" + i + "]";
            reference(out, at + ".provinceId", v.provinceId(), provinceIds, "province");
            v.cooperationProgrammeId().ifPresent(
                    id -> reference(out, at + ".cooperationProgrammeId", id, programmeIds, "cooperation programme"));
            notBefore(out, at + ".conclusionIssuedOn", v.conclusionIssuedOn(), "issued", v.visitedOn(), "visit");
        }
        for (int i = 0; i < programmes.size(); i++) {
            CooperationProgramme p = programmes.get(i);
            String at = "$.cooperationProgrammes[" + i + "]";
            reference(out, at + ".provinceId", p.provinceId(), provinceIds, "province");
            uniqueIds(out, "cooperationProgrammes[" + i + "].tasks", p.tasks(), CooperationTask::id);
        }
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            boolean province = r.authorType() == ReportAuthorType.PROVINCE;
            reference(out, "$.reports[" + i + "].authorId", r.authorId(), province ? provinceIds : missionIds,
                    province ? "province" : "mission");
        }
        return List.copyOf(out);
    }

    private static void delegation(List<Problem> out, String at, Delegation d, Set<String> provinceIds) {
        reference(out, at + ".provinceId", d.provinceId(), provinceIds, "province");
        country(out, at + ".destinationCountry", d.destinationCountry());
        notNegative(out, at + ".programmeItems", d.programmeItems());
        if (d.members().isEmpty()) {
            out.add(new Problem(at + ".members", "A delegation must list at least one member."));
        }
        Set<String> names = new HashSet<>();
        for (int j = 0; j < d.members().size(); j++) {
            DelegationMember member = d.members().get(j);
            if (!names.add(member.name())) {
                out.add(new Problem(at + ".members[" + j + "].name",
                        "The member \"" + member.name() + "\" is listed twice in this delegation."));
            }
        }
        if (!d.members().isEmpty() && d.leader().isEmpty()) {
            out.add(new Problem(at + ".leaderName",
                    "The leader \"" + d.leaderName() + "\" is not one of the delegation's members."));
        }
        if (d.returnedOn().isPresent() && d.departedOn().isEmpty()) {
            out.add(new Problem(at + ".returnedOn", "A return date is given but no departure date."));
        }
        notBefore(out, at + ".returnedOn", d.returnedOn(), "return", d.departedOn().orElse(null), "departure");
    }

    private static <T> Set<String> uniqueIds(List<Problem> out, String collection, List<T> items,
                                             Function<T, String> id) {
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            Integer first = firstAt.putIfAbsent(value, i);
            if (first != null) {
                out.add(new Problem("$." + collection + "[" + i + "].id", "The id \"" + value
                        + "\" is already used by $." + collection + "[" + first + "]; ids must be unique."));
            }
        }
        return firstAt.keySet();
    }

    private static void reference(List<Problem> out, String path, String id, Set<String> known, String what) {
        if (!known.contains(id)) {
            out.add(new Problem(path, "No " + what + " with id \"" + id + "\" is in the dossier."));
        }
    }

    private static void notNegative(List<Problem> out, String path, int value) {
        if (value < 0) {
            out.add(new Problem(path, "The count must not be negative, but it is " + value + "."));
        }
    }

    private static void country(List<Problem> out, String path, String code) {
        if (!COUNTRY.matcher(code).matches()) {
            out.add(new Problem(path, "\"" + code + "\" is not an ISO 3166 alpha-2 country code such as \"JP\"."));
        }
    }

    private static void notBefore(List<Problem> out, String path, Optional<LocalDate> later, String laterName,
                                  LocalDate earlier, String earlierName) {
        if (earlier != null && later.isPresent() && later.get().isBefore(earlier)) {
            out.add(new Problem(path, "The " + laterName + " date " + later.get() + " is before the " + earlierName
                    + " date " + earlier + "."));
        }
    }
}

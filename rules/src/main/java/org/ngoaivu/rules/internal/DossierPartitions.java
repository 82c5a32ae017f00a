package org.ngoaivu.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.model.Delegation;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.Mission;
import org.ngoaivu.model.MissionType;
import org.ngoaivu.model.Report;
import org.ngoaivu.model.ReportAuthorType;
import org.ngoaivu.rules.api.Provinces;

/**
 * Splits a large dossier into parts that the bundled rules can check one session at a time, so that a
 * session's working memory stays small however large the dossier. It relies on what the bundled rules
 * join: a province's rules look only at that province's plans, delegations, agreements, visits,
 * programmes and reports (and, for the trip limit, at those of the provinces merged into it: a province and its
 * predecessors go into the same part), and at which countries have a mission; a mission's rules look at the mission
 * alone, and the coordination rules at every coordination agreement. Host rule packs may join anything, so an engine
 * with host rules never partitions. {@code PartitionedEvaluationTest} checks that parts give the report of
 * one session.
 */
final class DossierPartitions {
    /** Rule subjects checked only in national parts; in province parts they would see stand-in missions. */
    private static final Set<SubjectType> NATIONAL = Set.of(SubjectType.MISSION, SubjectType.PARTNER,
            SubjectType.COORDINATION_AGREEMENT);

    /**
     * The facts of one session and which national rules may fire there.
     *
     * @param facts    what to insert besides the {@code Evaluation}
     * @param national the subjects of {@link #NATIONAL} rules that may fire here: all in the coordination part,
     *                 missions in the mission parts, none in province parts
     */
    record Part(List<Object> facts, Set<SubjectType> national) {
        boolean allows(RuleMeta rule) {
            return !NATIONAL.contains(rule.subjectType()) || national.contains(rule.subjectType());
        }
    }

    private DossierPartitions() {
    }

    static int factCount(Dossier d) {
        return d.missions().size() + d.provinces().size() + d.annualPlans().size() + d.delegations().size()
                + d.agreements().size() + d.coordinationAgreements().size() + d.workingVisits().size()
                + d.cooperationProgrammes().size() + d.reports().size();
    }

    /** One part holding everything: how a dossier is evaluated when it is small or the rules are the host's. */
    static List<Part> whole(Dossier d) {
        List<Object> all = new ArrayList<>(factCount(d));
        all.addAll(d.missions());
        all.addAll(d.provinces());
        all.addAll(d.annualPlans());
        all.addAll(d.delegations());
        all.addAll(d.agreements());
        all.addAll(d.coordinationAgreements());
        all.addAll(d.workingVisits());
        all.addAll(d.cooperationProgrammes());
        all.addAll(d.reports());
        return List.of(new Part(all, NATIONAL));
    }

    /**
     * The coordination part, parts of missions and their reports, then parts of whole provinces, each of about
     * {@code factsPerPart} facts. The coordination agreements stay together, as a partner is covered by any of
     * them; a mission's rules look at the mission alone.
     */
    static List<Part> split(Dossier d, int factsPerPart) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(new ArrayList<>(d.coordinationAgreements()), NATIONAL));
        List<Object> missions = new ArrayList<>(d.missions());
        // Keyed by the province of today: a dissolved province's facts go with its successor's.
        Map<String, String> today = Provinces.successorsToday(d.provinces());
        Map<String, List<Object>> byProvince = new HashMap<>();
        d.provinces().forEach(p -> byProvince.computeIfAbsent(today.get(p.id()), k -> new ArrayList<>()).add(p));
        addAll(byProvince, d.annualPlans(), p -> today.get(p.provinceId()));
        addAll(byProvince, d.delegations(), x -> today.get(x.provinceId()));
        addAll(byProvince, d.agreements(), a -> today.get(a.provinceId()));
        addAll(byProvince, d.workingVisits(), v -> today.get(v.provinceId()));
        addAll(byProvince, d.cooperationProgrammes(), c -> today.get(c.provinceId()));
        for (Report r : d.reports()) {
            if (r.authorType() == ReportAuthorType.PROVINCE) {
                byProvince.get(today.get(r.authorId())).add(r);
            } else {
                missions.add(r);
            }
        }
        // Stand-ins so that "a mission in the destination country" holds in province parts: only for the countries
        // the part's delegations go to, as every stand-in also passes through the mission rules' conditions.
        Map<String, Mission> standIns = new HashMap<>();
        d.missions().forEach(m -> standIns.computeIfAbsent(m.hostCountry(),
                c -> Mission.builder("~" + c, MissionType.EMBASSY, c, 0).build()));

        for (int from = 0; from < missions.size(); from += factsPerPart) {
            parts.add(new Part(missions.subList(from, Math.min(missions.size(), from + factsPerPart)),
                    Set.of(SubjectType.MISSION)));
        }
        List<Object> current = new ArrayList<>();
        Set<String> currentCountries = new LinkedHashSet<>();
        for (var province : d.provinces()) {
            List<Object> facts = byProvince.remove(province.id());
            if (facts == null) {
                continue;   // a dissolved province: its facts are in its successor's group
            }
            current.addAll(facts);
            for (Object fact : facts) {
                if (fact instanceof Delegation delegation && standIns.containsKey(delegation.destinationCountry())) {
                    currentCountries.add(delegation.destinationCountry());
                }
            }
            if (current.size() >= factsPerPart) {
                parts.add(part(current, currentCountries, standIns));
                current = new ArrayList<>();
                currentCountries = new LinkedHashSet<>();
            }
        }
        if (!current.isEmpty()) {
            parts.add(part(current, currentCountries, standIns));
        }
        return parts;
    }

    private static Part part(List<Object> facts, Set<String> countries, Map<String, Mission> standIns) {
        List<Object> all = new ArrayList<>(countries.size() + facts.size());
        countries.forEach(c -> all.add(standIns.get(c)));
        all.addAll(facts);
        return new Part(all, Set.of());
    }

    private static <T> void addAll(Map<String, List<Object>> byProvince, List<T> facts, Function<T, String> province) {
        facts.forEach(f -> byProvince.get(province.apply(f)).add(f));
    }
}

package org.ngoaivu.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.Progress;
import org.ngoaivu.engine.RuleDescriptor;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.Subject;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.engine.WaivedFinding;
import org.ngoaivu.engine.Waiver;
import org.ngoaivu.model.CoordinationAgreement;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.Mission;
import org.ngoaivu.model.Province;
import org.ngoaivu.model.Report;
import org.ngoaivu.model.ReportAuthorType;
import org.ngoaivu.rules.api.People;
import org.ngoaivu.rules.api.Provinces;

/**
 * What the dashboard shows, worked out from a report and its dossier: the national summary, a scorecard row
 * per province and per mission, and each one's findings. The result is the template's model: maps and lists of
 * plain values, so that the template engine reads it without reflection on this module's types.
 */
final class Dashboard {
    /** Whose a finding is: a province's, a mission's, or the Ministry's (partners, coordination, the rest). */
    private enum Kind { PROVINCE, MISSION, MOFA }

    /** The owner of findings: one province, one mission, or the Ministry. */
    private record Owner(Kind kind, String id) {
    }

    /** A subject of the dossier, by type and id. */
    private record SubjectKey(SubjectType type, String id) {
    }

    private static final Owner MOFA = new Owner(Kind.MOFA, "");
    /** The subject types whose rules make the columns of each scorecard. */
    private static final Set<SubjectType> PROVINCE_TYPES = Set.of(SubjectType.PROVINCE, SubjectType.ANNUAL_PLAN,
            SubjectType.DELEGATION, SubjectType.AGREEMENT, SubjectType.WORKING_VISIT,
            SubjectType.COOPERATION_PROGRAMME, SubjectType.LEADER, SubjectType.REPORT);
    private static final Set<SubjectType> MISSION_TYPES = Set.of(SubjectType.MISSION, SubjectType.REPORT);
    /** The summary chart's geometry, in SVG user units. */
    private static final int CHART_LABEL_WIDTH = 330;
    private static final int CHART_BAR_WIDTH = 480;
    private static final int CHART_ROW = 26;

    private final ComplianceReport report;
    private final Dossier dossier;
    private final ReportWords words;
    private final Map<String, String> areaOfRule;
    private final Map<String, String> quoteOfRule;
    private final Set<String> provinceIds;
    private final Set<String> missionIds;
    private final Map<SubjectKey, Owner> ownerOfSubject = new HashMap<>();
    private final Optional<Progress> progress;
    private final Set<Finding> fresh;

    private Dashboard(ComplianceReport report, Dossier dossier, ReportWords words, Optional<Progress> progress) {
        this.report = report;
        this.progress = progress;
        this.fresh = progress.map(p -> (Set<Finding>) new HashSet<>(p.newFindings())).orElse(Set.of());
        this.dossier = dossier;
        this.words = words;
        this.areaOfRule = report.rules().stream().collect(Collectors.toMap(RuleDescriptor::id, RuleDescriptor::area));
        this.quoteOfRule = report.rules().stream().collect(Collectors.toMap(RuleDescriptor::id, RuleDescriptor::quote));
        this.provinceIds = dossier.provinces().stream().map(Province::id).collect(Collectors.toSet());
        this.missionIds = dossier.missions().stream().map(Mission::id).collect(Collectors.toSet());
        dossier.provinces().forEach(p -> own(SubjectType.PROVINCE, p.id(), Kind.PROVINCE, p.id()));
        dossier.missions().forEach(m -> own(SubjectType.MISSION, m.id(), Kind.MISSION, m.id()));
        dossier.annualPlans().forEach(p -> own(SubjectType.ANNUAL_PLAN, p.id(), Kind.PROVINCE, p.provinceId()));
        dossier.delegations().forEach(d -> own(SubjectType.DELEGATION, d.id(), Kind.PROVINCE, d.provinceId()));
        dossier.agreements().forEach(a -> own(SubjectType.AGREEMENT, a.id(), Kind.PROVINCE, a.provinceId()));
        dossier.workingVisits().forEach(v -> own(SubjectType.WORKING_VISIT, v.id(), Kind.PROVINCE, v.provinceId()));
        dossier.cooperationProgrammes().forEach(c -> own(SubjectType.COOPERATION_PROGRAMME, c.id(), Kind.PROVINCE,
                c.provinceId()));
        for (Report r : dossier.reports()) {
            own(SubjectType.REPORT, r.id(), r.authorType() == ReportAuthorType.MISSION ? Kind.MISSION : Kind.PROVINCE,
                    r.authorId());
        }
    }

    private void own(SubjectType type, String id, Kind kind, String ownerId) {
        ownerOfSubject.put(new SubjectKey(type, id), new Owner(kind, ownerId));
    }

    /** The template model of a report on a dossier, in one language, compared with an earlier report if given. */
    static Map<String, Object> of(ComplianceReport report, Dossier dossier, ReportWords words,
                                  Optional<Progress> progress) {
        return new Dashboard(report, dossier, words, progress).model();
    }

    private Map<String, Object> model() {
        Map<Owner, List<Finding>> byOwner = report.findings().stream().collect(Collectors.groupingBy(this::ownerOf,
                LinkedHashMap::new, Collectors.toList()));
        Map<Owner, List<WaivedFinding>> waivedByOwner = report.waived().stream().collect(Collectors.groupingBy(
                w -> ownerOf(w.finding()), LinkedHashMap::new, Collectors.toList()));
        List<String> provinceAreas = areasOf(PROVINCE_TYPES);
        List<String> missionAreas = areasOf(MISSION_TYPES);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", words.languageTag());
        m.put("w", labels());
        m.put("asOf", words.date(report.asOf()));
        m.put("subtitle", capitalised(words.asOf(report.asOf(), report.planYear())));
        m.put("dossierSize", words.dossierSize(dossier.provinces().size(), dossier.missions().size()));
        m.put("rulesLine", words.rules(report.rulesEvaluated(), ""));
        m.put("rulePackVersion", report.rulePackVersion());
        m.put("totalFindings", report.findings().size());
        m.put("severities", severities(report.findings()));
        m.put("hasWaived", !report.waived().isEmpty());
        m.put("progress", progress.<Object>map(this::progressModel).orElse(false));
        m.put("waivedTotal", report.waived().size());
        List<Map<String, Object>> areas = areaSummary();
        m.put("areas", areas);
        m.put("chart", chart(areas));
        List<Map<String, Object>> provinces = new ArrayList<>();
        Map<String, Province> provinceById = dossier.provinces().stream().collect(Collectors.toMap(Province::id,
                p -> p));
        for (Province p : scorecardOrder(dossier.provinces())) {
            Owner owner = new Owner(Kind.PROVINCE, p.id());
            Map<String, Object> row = owner("p", p.id(), p.name(), byOwner.getOrDefault(owner, List.of()),
                    waivedByOwner.getOrDefault(owner, List.of()), provinceAreas);
            row.put("mergedNote", p.successorId().map(provinceById::get).map(s -> String.format(
                    words.word("mergedInto"), s.name().orElse(s.id()), words.date(p.dissolvedOn().orElseThrow())))
                    .orElse(""));
            provinces.add(row);
        }
        List<Map<String, Object>> missions = new ArrayList<>();
        for (Mission mission : dossier.missions()) {
            Owner owner = new Owner(Kind.MISSION, mission.id());
            missions.add(owner("m", mission.id(), mission.name(), byOwner.getOrDefault(owner, List.of()),
                    waivedByOwner.getOrDefault(owner, List.of()), missionAreas));
        }
        m.put("scorecards", List.of(
                scorecard("provinces", "provinceScorecard", "province", words.word("scorecardNote"), provinceAreas,
                        provinces),
                scorecard("missions", "missionScorecard", "mission", "", missionAreas, missions)));
        List<Map<String, Object>> groups = new ArrayList<>();
        List<Finding> ministry = byOwner.getOrDefault(MOFA, List.of());
        List<WaivedFinding> ministryWaived = waivedByOwner.getOrDefault(MOFA, List.of());
        if (!ministry.isEmpty() || !ministryWaived.isEmpty()) {
            Map<String, Object> mofa = new LinkedHashMap<>(findingsBlock(ministry, ministryWaived));
            mofa.put("anchor", "mofa");
            mofa.put("name", words.word("mofa"));
            group("mofa", words.word("mofaNote"), List.of(mofa)).ifPresent(groups::add);
        }
        group("provincesDetails", "", withFindings(provinces)).ifPresent(groups::add);
        group("missionsDetails", "", withFindings(missions)).ifPresent(groups::add);
        m.put("groups", groups);
        m.put("noFindings", report.findings().isEmpty() && report.waived().isEmpty());
        m.put("expiredWaivers", waiverRows(report.expiredWaivers()));
        m.put("unusedWaivers", waiverRows(report.unusedWaivers()));
        m.put("hasWaiverLists", !report.expiredWaivers().isEmpty() || !report.unusedWaivers().isEmpty());
        m.put("disabledRules", String.join(", ", report.disabledRules()));
        m.put("hasDisabledRules", !report.disabledRules().isEmpty());
        return m;
    }

    /** The comparison with the earlier report: its sentence, a change of rules, the counts and the resolved findings. */
    private Map<String, Object> progressModel(Progress p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", words.progress(p));
        m.put("rulePackNote", p.rulePackChanged() ? String.format(words.word("rulePackChanged"),
                p.baselineRulePackVersion()) : "");
        m.put("counts", List.of(
                Map.of("kind", "new", "label", words.word("new"), "count", p.newFindings().size()),
                Map.of("kind", "persisting", "label", words.word("persisting"), "count", p.persisting().size()),
                Map.of("kind", "resolved", "label", words.word("resolved"), "count", p.resolved().size())));
        m.put("hasResolved", !p.resolved().isEmpty());
        m.put("resolvedCount", p.resolved().size());
        m.put("resolvedBlock", Map.of("findings", p.resolved().stream().map(f -> marked(finding(f), "resolved"))
                .toList()));
        return m;
    }

    private Map<String, Object> marked(Map<String, Object> finding, String kind) {
        finding.put("marks", List.of(Map.of("kind", kind, "label", words.word(kind))));
        return finding;
    }

    /** A waiver's subject with the name of the province or mission it is, or belongs to, so that it reads by name. */
    private Subject named(Subject s) {
        Owner owner = s.type() == SubjectType.LEADER
                ? new Owner(Kind.PROVINCE, s.id().substring(0, Math.max(0, s.id().indexOf('/'))))
                : ownerOfSubject.get(new SubjectKey(s.type(), s.id()));
        Optional<String> name = owner == null ? Optional.empty() : switch (owner.kind()) {
            case PROVINCE -> dossier.provinces().stream().filter(p -> p.id().equals(owner.id())).findFirst()
                    .flatMap(Province::name);
            case MISSION -> dossier.missions().stream().filter(m -> m.id().equals(owner.id())).findFirst()
                    .flatMap(Mission::name);
            case MOFA -> Optional.empty();
        };
        return Subject.of(s.type(), s.id(), name);
    }

    /** Expired or unused waivers as table rows; an empty list is not shown. */
    private Map<String, Object> waiverRows(List<Waiver> waivers) {
        List<Map<String, Object>> rows = waivers.stream().map(w -> Map.<String, Object>of("ruleId", w.ruleId(),
                "subject", TextReport.heading(named(w.subject()), words), "reason", w.reason(), "approvedBy", w.approvedBy(),
                "approvedOn", words.date(w.approvedOn()), "expiresOn", w.expiresOn().map(words::date)
                        .orElse(words.word("waiverOpen")))).toList();
        return Map.of("rows", rows, "count", rows.size(), "shown", !rows.isEmpty());
    }

    /**
     * The provinces in the dossier's order, each dissolved one right under the province that finally took it over
     * (provinces over time), so that a reader of 2025 sees the 63 under the 34.
     */
    static List<Province> scorecardOrder(List<Province> provinces) {
        Map<String, String> today = Provinces.successorsToday(provinces);
        Map<String, List<Province>> merged = new HashMap<>();
        provinces.stream().filter(p -> p.successorId().isPresent())
                .forEach(p -> merged.computeIfAbsent(today.get(p.id()), k -> new ArrayList<>()).add(p));
        Set<Province> placed = new HashSet<>();
        List<Province> ordered = new ArrayList<>();
        for (Province p : provinces) {
            if (p.successorId().isEmpty()) {
                ordered.add(p);
                ordered.addAll(merged.getOrDefault(p.id(), List.of()));
            }
        }
        placed.addAll(ordered);
        // Provinces whose successors loop have no province of today; they keep their place at the end.
        provinces.stream().filter(p -> !placed.contains(p)).forEach(ordered::add);
        return ordered;
    }

    private static List<Map<String, Object>> withFindings(List<Map<String, Object>> owners) {
        return owners.stream().filter(o -> (boolean) o.get("hasFindings")).toList();
    }

    /** The owner of a finding's subject; a subject the dossier does not place is the Ministry's to see. */
    private Owner ownerOf(Finding f) {
        Subject s = f.subject();
        Owner owner = switch (s.type()) {
            case LEADER -> new Owner(Kind.PROVINCE, s.id().substring(0, Math.max(0, s.id().indexOf('/'))));
            case PARTNER, COORDINATION_AGREEMENT -> MOFA;
            default -> ownerOfSubject.getOrDefault(new SubjectKey(s.type(), s.id()), MOFA);
        };
        boolean known = switch (owner.kind()) {
            case PROVINCE -> provinceIds.contains(owner.id());
            case MISSION -> missionIds.contains(owner.id());
            case MOFA -> true;
        };
        return known ? owner : MOFA;
    }

    private String areaOf(Finding f) {
        return areaOfRule.getOrDefault(f.ruleId(), "other");
    }

    /** The areas whose rules judge subjects of these types, in the order of their keys. */
    private List<String> areasOf(Set<SubjectType> types) {
        return report.rules().stream().filter(r -> types.contains(r.subjectType())).map(RuleDescriptor::area)
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    /** A scorecard: a row per province or mission, a column per rule area, under the section's heading. */
    private Map<String, Object> scorecard(String section, String heading, String ownerHeading, String note,
                                          List<String> areas, List<Map<String, Object>> rows) {
        return Map.of("section", section, "id", ownerHeading + "-scorecard", "heading", words.word(heading),
                "ownerHeading", words.word(ownerHeading), "note", note,
                "columns", areas.stream().map(a -> Map.<String, Object>of("name", words.area(a))).toList(),
                "rows", rows);
    }

    /** A heading of the drill-down and the provinces, missions or Ministry under it, if any has findings. */
    private Optional<Map<String, Object>> group(String heading, String note, List<Map<String, Object>> owners) {
        return owners.isEmpty() ? Optional.empty() : Optional.of(Map.of("heading", words.word(heading), "note", note,
                "owners", owners));
    }

    private Map<String, String> labels() {
        Map<String, String> w = new HashMap<>();
        for (String key : List.of("title", "national", "area", "rulesInArea", "subjectsChecked", "subjectsFlagged",
                "findings", "total", "worst", "details", "rule", "source", "filter", "findingsPerArea",
                "disabledRules", "noFindingsAnywhere", "waived", "waivedFindings", "waivers", "expiredWaivers",
                "unusedWaivers", "reason", "approvedBy", "approvedOn", "expiresOn", "subject", "progress",
                "resolvedFindings")) {
            w.put(key, words.word(key));
        }
        return w;
    }

    private List<Map<String, Object>> severities(Collection<Finding> findings) {
        Map<Severity, Integer> counts = count(findings);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Severity s : Severity.values()) {
            Map<String, Object> item = severity(s);
            item.put("count", counts.getOrDefault(s, 0));
            list.add(item);
        }
        return list;
    }

    private Map<String, Object> severity(Severity s) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", words.severity(s));
        item.put("letter", words.severityLetter(s));
        item.put("cls", s.name().toLowerCase(Locale.ROOT));
        return item;
    }

    private static Map<Severity, Integer> count(Collection<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /** Per area: its rules, the subjects they checked, those with findings, and the findings by severity. */
    private List<Map<String, Object>> areaSummary() {
        Map<String, List<RuleDescriptor>> rulesByArea = report.rules().stream().collect(Collectors.groupingBy(
                RuleDescriptor::area, TreeMap::new, Collectors.toList()));
        Map<String, List<Finding>> findingsByArea = report.findings().stream().collect(Collectors.groupingBy(
                this::areaOf));
        Map<SubjectType, Integer> subjects = subjectsInDossier();
        List<Map<String, Object>> rows = new ArrayList<>();
        rulesByArea.forEach((area, rules) -> {
            List<Finding> findings = findingsByArea.getOrDefault(area, List.of());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", words.area(area));
            row.put("rules", rules.size());
            row.put("checked", rules.stream().map(RuleDescriptor::subjectType).distinct()
                    .mapToInt(t -> subjects.getOrDefault(t, 0)).sum());
            row.put("flagged", findings.stream().map(Finding::subject).distinct().count());
            row.put("findings", findings.size());
            row.put("severities", severities(findings));
            rows.add(row);
        });
        return rows;
    }

    /**
     * How many subjects of each type the dossier holds: what the rules of that type check. Leaders are the
     * people whose trips count; partners those with a coordination agreement or a finding.
     */
    private Map<SubjectType, Integer> subjectsInDossier() {
        Map<SubjectType, Integer> n = new EnumMap<>(SubjectType.class);
        n.put(SubjectType.MISSION, dossier.missions().size());
        n.put(SubjectType.PROVINCE, dossier.provinces().size());
        n.put(SubjectType.ANNUAL_PLAN, dossier.annualPlans().size());
        n.put(SubjectType.DELEGATION, dossier.delegations().size());
        n.put(SubjectType.AGREEMENT, dossier.agreements().size());
        n.put(SubjectType.COORDINATION_AGREEMENT, dossier.coordinationAgreements().size());
        n.put(SubjectType.WORKING_VISIT, dossier.workingVisits().size());
        n.put(SubjectType.COOPERATION_PROGRAMME, dossier.cooperationProgrammes().size());
        n.put(SubjectType.REPORT, dossier.reports().size());
        // Leaders are counted by today's province, as delegation-leader-trip-limit names them.
        n.put(SubjectType.LEADER, (int) People.tripsByYearToday(dossier.delegations(), dossier.provinces()).stream()
                .map(t -> People.key(t.provinceId(), t.name())).distinct().count());
        Set<String> partners = new HashSet<>();
        dossier.coordinationAgreements().stream().map(CoordinationAgreement::partner).forEach(p -> partners.add(p.name()));
        report.findings().stream().map(Finding::subject).filter(s -> s.type() == SubjectType.PARTNER)
                .forEach(s -> partners.add(s.id()));
        n.put(SubjectType.PARTNER, partners.size());
        return n;
    }

    /** A horizontal bar per area, its parts coloured by severity; the geometry is worked out here, not in markup. */
    private static Map<String, Object> chart(List<Map<String, Object>> areas) {
        int max = Math.max(1, areas.stream().mapToInt(a -> (int) a.get("findings")).max().orElse(1));
        List<Map<String, Object>> rows = new ArrayList<>();
        int y = 4;
        for (Map<String, Object> area : areas) {
            List<Map<String, Object>> bars = new ArrayList<>();
            int x = CHART_LABEL_WIDTH;
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> parts = (List<Map<String, Object>>) area.get("severities");
            for (Map<String, Object> part : parts) {
                int count = (int) part.get("count");
                if (count > 0) {
                    int width = Math.max(2, CHART_BAR_WIDTH * count / max);
                    bars.add(Map.of("x", x, "width", width, "cls", part.get("cls"), "title",
                            part.get("name") + ": " + count));
                    x += width;
                }
            }
            rows.add(Map.of("y", y, "textY", y + 15, "name", area.get("name"), "bars", bars, "total",
                    area.get("findings"), "totalX", x + 6));
            y += CHART_ROW;
        }
        return Map.of("height", y + 4, "width", CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 60, "rows", rows);
    }

    /** A province's or mission's scorecard row and its drill-down. */
    private Map<String, Object> owner(String prefix, String id, Optional<String> name, List<Finding> findings,
                                      List<WaivedFinding> waived, List<String> areas) {
        Map<String, List<Finding>> byArea = findings.stream().collect(Collectors.groupingBy(this::areaOf));
        Map<String, Object> row = new LinkedHashMap<>(findingsBlock(findings, waived));
        row.put("anchor", prefix + "-" + id.replaceAll("[^A-Za-z0-9_-]", "_"));
        row.put("id", id);
        row.put("name", name.orElse(id));
        List<Map<String, Object>> cells = new ArrayList<>();
        for (String area : areas) {
            cells.add(cell(byArea.getOrDefault(area, List.of())));
        }
        row.put("cells", cells);
        row.put("mergedNote", "");
        Map<String, Object> worst = cell(findings);
        findings.stream().map(Finding::severity).min(Comparator.naturalOrder())
                .ifPresent(s -> worst.put("text", words.severity(s)));
        row.put("worstCell", worst);
        return row;
    }

    /** A scorecard cell: the worst severity's letters and colour, and the count, sortable by both. */
    private Map<String, Object> cell(List<Finding> findings) {
        Map<String, Object> cell = new LinkedHashMap<>();
        Optional<Severity> worst = findings.stream().map(Finding::severity).min(Comparator.naturalOrder());
        cell.put("count", findings.size());
        if (worst.isEmpty()) {
            cell.put("cls", "ok");
            cell.put("text", "✓");
            cell.put("title", words.word("none"));
            cell.put("sort", 0);
        } else {
            Severity s = worst.get();
            cell.put("cls", s.name().toLowerCase(Locale.ROOT));
            cell.put("text", words.severityLetter(s) + " " + findings.size());
            cell.put("title", count(findings).entrySet().stream().map(e -> words.severity(e.getKey()) + ": "
                    + e.getValue()).collect(Collectors.joining(", ")));
            // Worse severities first, then more findings: violation = 3, warning = 2, advice = 1.
            cell.put("sort", (Severity.values().length - s.ordinal()) * 100_000 + findings.size());
        }
        return cell;
    }

    /**
     * The findings of one owner, as its drill-down lists them, with their totals by severity; the waived ones
     * apart, not counted in the totals.
     */
    private Map<String, Object> findingsBlock(List<Finding> findings, List<WaivedFinding> waived) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("total", findings.size());
        block.put("hasFindings", !findings.isEmpty() || !waived.isEmpty());
        block.put("severities", severities(findings).stream().filter(s -> (int) s.get("count") > 0).toList());
        block.put("findings", findings.stream().map(this::finding).toList());
        block.put("hasWaived", !waived.isEmpty());
        block.put("waivedCount", waived.size());
        block.put("waivedBlock", Map.of("findings", waived.stream().map(this::waived).toList()));
        return block;
    }

    /** A waived finding: the finding, marked as waived, with the waiver's terms. */
    private Map<String, Object> waived(WaivedFinding w) {
        Map<String, Object> item = marked(finding(w.finding()), "waived");
        item.put("waiver", words.waiver(w.waiver()));
        return item;
    }

    private Map<String, Object> finding(Finding f) {
        Map<String, Object> item = severity(f.severity());
        item.put("ruleId", f.ruleId());
        item.put("subject", TextReport.heading(f.subject(), words));
        item.put("message", f.message().in(words.locale()));
        item.put("source", f.source());
        item.put("quote", quoteOfRule.getOrDefault(f.ruleId(), ""));
        List<Map<String, Object>> facts = new ArrayList<>();
        f.facts().forEach((name, value) -> facts.add(Map.of("name", words.fact(name), "value", factText(value))));
        item.put("facts", facts);
        item.put("hasFacts", !facts.isEmpty());
        // Compared with an earlier report, each finding is marked new or persisting; a waived one is marked so.
        item.put("marks", progress.isEmpty() ? List.of() : List.of(Map.of("kind", fresh.contains(f) ? "new"
                : "persisting", "label", words.word(fresh.contains(f) ? "new" : "persisting"))));
        item.put("waiver", "");
        return item;
    }

    /** A fact as the reader's language writes it: dates as in the messages, lists joined by commas. */
    private String factText(Object value) {
        if (value instanceof LocalDate date) {
            return words.date(date);
        } else if (value instanceof List<?> items) {
            return items.stream().map(this::factText).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

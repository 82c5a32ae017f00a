package org.ngoaivu.engine;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of evaluating one dossier.
 *
 * @param asOf            the evaluation date
 * @param planYear        the plan year evaluated
 * @param rulePackVersion a content hash of the rules the dossier was evaluated with
 * @param rules           the rules that ran, sorted by id
 * @param findings        the findings, sorted by {@link Finding#ORDER}
 * @param disabledRules   ids of rules the host disabled, sorted, so that a skipped rule is visible
 */
public record ComplianceReport(
        LocalDate asOf,
        int planYear,
        String rulePackVersion,
        List<RuleDescriptor> rules,
        List<Finding> findings,
        List<String> disabledRules) {

    public ComplianceReport {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(rulePackVersion, "rulePackVersion");
        rules = rules.stream().sorted(Comparator.comparing(RuleDescriptor::id)).toList();
        findings = findings.stream().sorted(Finding.ORDER).toList();
        disabledRules = disabledRules.stream().sorted().toList();
    }

    /** How many rules ran. */
    public int rulesEvaluated() {
        return rules.size();
    }

    /** Counts per severity; every severity is present, with 0 where there is no finding. */
    public Map<Severity, Integer> summary() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    public boolean hasViolations() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.VIOLATION);
    }

    /** The findings of one rule. */
    public List<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The findings about one subject. */
    public List<Finding> findingsAbout(SubjectType type, String id) {
        return findings.stream().filter(f -> f.subject().type() == type && f.subject().id().equals(id)).toList();
    }

    /**
     * Which rules checked a subject of the dossier, which passed and which fired. Every rule checks every
     * subject of its {@link RuleDescriptor#subjectType() type}, so ask about subjects the dossier holds.
     */
    public Explanation explain(SubjectType type, String id) {
        List<Finding> about = findingsAbout(type, id);
        Set<String> firedIds = about.stream().map(Finding::ruleId).collect(Collectors.toSet());
        List<RuleDescriptor> checked = rules.stream().filter(r -> r.subjectType() == type).toList();
        return new Explanation(type, id, checked.stream().filter(r -> !firedIds.contains(r.id())).toList(),
                checked.stream().filter(r -> firedIds.contains(r.id())).toList(), about);
    }
}

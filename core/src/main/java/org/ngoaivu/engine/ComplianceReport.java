package org.ngoaivu.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of evaluating one dossier (báo cáo kết quả kiểm tra một hồ sơ): the rules that ran, their
 * findings, the rules the host disabled and, when the host gave waivers (miễn trừ), the findings they set apart
 * and the waivers that no longer hold or matched nothing.
 *
 * @param asOf            the evaluation date
 * @param planYear        the plan year evaluated
 * @param rulePackVersion a content hash of the rules the dossier was evaluated with
 * @param rules           the rules that ran, sorted by id
 * @param findings        the findings, sorted by {@link Finding#ORDER}
 * @param disabledRules   ids of rules the host disabled, sorted, so that a skipped rule is visible
 * @param waived          findings a waiver in force sets apart, sorted by {@link Finding#ORDER}; they do not count
 *                        in {@link #summary()} nor for {@link #hasViolations()}
 * @param expiredWaivers  waivers past their {@code expiresOn} on {@code asOf}: their findings count again
 * @param unusedWaivers   waivers in force that matched no finding
 */
public record ComplianceReport(
        LocalDate asOf,
        int planYear,
        String rulePackVersion,
        List<RuleDescriptor> rules,
        List<Finding> findings,
        List<String> disabledRules,
        List<WaivedFinding> waived,
        List<Waiver> expiredWaivers,
        List<Waiver> unusedWaivers) {

    /**
     * Sorts the rules, findings and disabled rules, so that equal evaluations give equal reports.
     *
     * @param asOf            the evaluation date
     * @param planYear        the plan year evaluated
     * @param rulePackVersion a content hash of the rules the dossier was evaluated with
     * @param rules           the rules that ran, sorted by id
     * @param findings        the findings, sorted by {@link Finding#ORDER}
     * @param disabledRules   ids of rules the host disabled, sorted, so that a skipped rule is visible
     * @param waived          findings a waiver in force sets apart
     * @param expiredWaivers  waivers past their {@code expiresOn} on {@code asOf}
     * @param unusedWaivers   waivers in force that matched no finding
     * @throws NullPointerException if an argument is null
     */
    public ComplianceReport {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(rulePackVersion, "rulePackVersion");
        rules = rules.stream().sorted(Comparator.comparing(RuleDescriptor::id)).toList();
        findings = findings.stream().sorted(Finding.ORDER).toList();
        disabledRules = disabledRules.stream().sorted().toList();
        waived = waived.stream().sorted(Comparator.comparing(WaivedFinding::finding, Finding.ORDER)).toList();
        expiredWaivers = List.copyOf(expiredWaivers);
        unusedWaivers = List.copyOf(unusedWaivers);
    }

    /**
     * A report without waivers.
     *
     * @param asOf            the evaluation date
     * @param planYear        the plan year evaluated
     * @param rulePackVersion a content hash of the rules the dossier was evaluated with
     * @param rules           the rules that ran
     * @param findings        the findings
     * @param disabledRules   ids of rules the host disabled
     * @throws NullPointerException if an argument is null
     */
    public ComplianceReport(LocalDate asOf, int planYear, String rulePackVersion, List<RuleDescriptor> rules,
                            List<Finding> findings, List<String> disabledRules) {
        this(asOf, planYear, rulePackVersion, rules, findings, disabledRules, List.of(), List.of(), List.of());
    }

    /**
     * This report with waivers applied: a finding that a waiver in force on {@code asOf} covers moves to
     * {@link #waived()}; a waiver past its {@code expiresOn} sets nothing apart and is listed in
     * {@link #expiredWaivers()}; a waiver in force that covers no finding is listed in {@link #unusedWaivers()}.
     *
     * @param waivers the host's waivers
     * @return the report with the waivers applied, added to those already applied
     * @throws NullPointerException if {@code waivers} is null
     */
    public ComplianceReport withWaivers(List<Waiver> waivers) {
        List<Waiver> inForce = waivers.stream().filter(w -> w.holdsOn(asOf)).toList();
        List<Finding> kept = new ArrayList<>();
        List<WaivedFinding> setApart = new ArrayList<>(waived);
        Set<Waiver> used = new HashSet<>();
        for (Finding f : findings) {
            inForce.stream().filter(w -> w.covers(f)).findFirst().ifPresentOrElse(w -> {
                setApart.add(new WaivedFinding(f, w));
                used.add(w);
            }, () -> kept.add(f));
        }
        List<Waiver> expired = new ArrayList<>(expiredWaivers);
        expired.addAll(waivers.stream().filter(w -> !w.holdsOn(asOf)).toList());
        List<Waiver> unused = new ArrayList<>(unusedWaivers);
        unused.addAll(inForce.stream().filter(w -> !used.contains(w)).toList());
        return new ComplianceReport(asOf, planYear, rulePackVersion, rules, kept, disabledRules, setApart, expired,
                unused);
    }

    /**
     * How many rules ran.
     *
     * @return the number of rules evaluated
     */
    public int rulesEvaluated() {
        return rules.size();
    }

    /**
     * How many findings there are of each severity: a map holding every severity, with 0 where there is no
     * finding, that prints as a sentence ({@code 3 findings: 2 violations, no warnings and 1 recommendation.}).
     *
     * @return the count of each severity
     */
    public SeverityCounts summary() {
        return SeverityCounts.of(findings);
    }

    /**
     * Whether any finding is a {@link Severity#VIOLATION}: an obligation is broken.
     *
     * @return true if at least one finding is a violation
     */
    public boolean hasViolations() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.VIOLATION);
    }

    /**
     * The findings of one rule.
     *
     * @param ruleId the rule's id, e.g. {@code annual-plan-late}
     * @return its findings, in report order; empty if it found nothing or did not run
     */
    public List<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /**
     * The findings about one subject.
     *
     * @param type the subject's type
     * @param id   the subject's id in the dossier
     * @return its findings, in report order; empty if there are none
     */
    public List<Finding> findingsAbout(SubjectType type, String id) {
        return findings.stream().filter(f -> f.subject().type() == type && f.subject().id().equals(id)).toList();
    }

    /**
     * Which rules checked a subject of the dossier, which passed and which fired. Every rule checks every
     * subject of its {@link RuleDescriptor#subjectType() type}, so ask about subjects the dossier holds.
     *
     * @param type the subject's type
     * @param id   the subject's id in the dossier
     * @return the rules that passed, those that fired and their findings
     */
    public Explanation explain(SubjectType type, String id) {
        List<Finding> about = findingsAbout(type, id);
        Set<String> firedIds = about.stream().map(Finding::ruleId).collect(Collectors.toSet());
        List<RuleDescriptor> checked = rules.stream().filter(r -> r.subjectType() == type).toList();
        return new Explanation(type, id, checked.stream().filter(r -> !firedIds.contains(r.id())).toList(),
                checked.stream().filter(r -> firedIds.contains(r.id())).toList(), about);
    }
}

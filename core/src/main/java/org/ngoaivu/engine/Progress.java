package org.ngoaivu.engine;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What changed since an earlier report on the same kind of dossier (kết quả khắc phục so với kỳ trước): each
 * finding of the current report is new or persisting, and the earlier findings that are gone are resolved. A
 * finding is the same when its rule id and its subject's type and id are; its wording and severity may change.
 * When the two reports were made with different rule packs, a change may come from the rules rather than from
 * the dossier: {@link #rulePackChanged()} says so. Computed from two reports alone, without running any rule.
 *
 * @param baselineAsOf            the evaluation date of the earlier report
 * @param baselineRulePackVersion the rule-pack version of the earlier report
 * @param rulePackVersion         the rule-pack version of the current report
 * @param newFindings             current findings the earlier report did not have, in report order
 * @param persisting              current findings the earlier report had too, in report order
 * @param resolved                earlier findings the current report no longer has, in report order
 */
public record Progress(LocalDate baselineAsOf, String baselineRulePackVersion, String rulePackVersion,
                       List<Finding> newFindings, List<Finding> persisting, List<Finding> resolved) {

    /** A finding's identity across reports: its rule and its subject. */
    private record Key(String ruleId, SubjectType type, String id) {
        static Key of(Finding f) {
            return new Key(f.ruleId(), f.subject().type(), f.subject().id());
        }
    }

    /**
     * Copies and sorts the lists.
     *
     * @param baselineAsOf            the evaluation date of the earlier report
     * @param baselineRulePackVersion the rule-pack version of the earlier report
     * @param rulePackVersion         the rule-pack version of the current report
     * @param newFindings             current findings the earlier report did not have
     * @param persisting              current findings the earlier report had too
     * @param resolved                earlier findings the current report no longer has
     * @throws NullPointerException if an argument is null
     */
    public Progress {
        Objects.requireNonNull(baselineAsOf, "baselineAsOf");
        Objects.requireNonNull(baselineRulePackVersion, "baselineRulePackVersion");
        Objects.requireNonNull(rulePackVersion, "rulePackVersion");
        newFindings = newFindings.stream().sorted(Finding.ORDER).toList();
        persisting = persisting.stream().sorted(Finding.ORDER).toList();
        resolved = resolved.stream().sorted(Finding.ORDER).toList();
    }

    /**
     * Compares a report with an earlier one. A finding a waiver sets apart in the current report is neither new
     * nor persisting, and is not resolved either: it is still there.
     *
     * @param baseline the earlier report, for example read with {@code ReportJson.read}
     * @param current  the report of today
     * @return the new, persisting and resolved findings
     * @throws NullPointerException if an argument is null
     */
    public static Progress between(ComplianceReport baseline, ComplianceReport current) {
        Set<Key> before = new HashSet<>();
        baseline.findings().forEach(f -> before.add(Key.of(f)));
        Set<Key> now = new HashSet<>();
        Stream.concat(current.findings().stream(), current.waived().stream().map(WaivedFinding::finding))
                .forEach(f -> now.add(Key.of(f)));
        return new Progress(baseline.asOf(), baseline.rulePackVersion(), current.rulePackVersion(),
                current.findings().stream().filter(f -> !before.contains(Key.of(f))).toList(),
                current.findings().stream().filter(f -> before.contains(Key.of(f))).toList(),
                baseline.findings().stream().filter(f -> !now.contains(Key.of(f))).toList());
    }

    /**
     * Whether the two reports were made with different rule packs, so that a change may come from the rules.
     *
     * @return true if the rule-pack versions differ
     */
    public boolean rulePackChanged() {
        return !baselineRulePackVersion.equals(rulePackVersion);
    }
}

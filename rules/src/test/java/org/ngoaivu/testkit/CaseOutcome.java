package org.ngoaivu.testkit;

import java.util.List;

import org.ngoaivu.engine.Finding;

/**
 * What one case gave: the expectations that failed, and the findings the report held.
 *
 * @param file       the case file
 * @param ruleCase   the case
 * @param missing    expected findings that did not appear
 * @param unexpected findings of the file's rule that no expectation names
 * @param forbidden  findings that appeared although the case says they must not
 * @param problems   why the case could not run (a bad dossier or parameters); the rest is empty then
 * @param findings   every finding of the report
 */
public record CaseOutcome(RuleCaseFile file, RuleCase ruleCase, List<ExpectedFinding> missing,
                          List<Finding> unexpected, List<Finding> forbidden, List<String> problems,
                          List<Finding> findings) {

    public CaseOutcome {
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
        forbidden = List.copyOf(forbidden);
        problems = List.copyOf(problems);
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return missing.isEmpty() && unexpected.isEmpty() && forbidden.isEmpty() && problems.isEmpty();
    }

    /** Expected versus actual, as a test failure shows it. */
    public String diff() {
        StringBuilder out = new StringBuilder(file.location() + ": case \"" + ruleCase.name() + "\"\n");
        problems.forEach(p -> out.append("  cannot run: ").append(p).append('\n'));
        missing.forEach(e -> out.append("  - expected but missing:     ").append(e).append('\n'));
        unexpected.forEach(f -> out.append("  + found but not expected:   ").append(ExpectedFinding.describe(f)).append('\n'));
        forbidden.forEach(f -> out.append("  ! found but must not be:    ").append(ExpectedFinding.describe(f)).append('\n'));
        if (problems.isEmpty()) {
            out.append("  actual findings of ").append(file.rule()).append(":\n");
            findings.stream().filter(f -> f.ruleId().equals(file.rule()))
                    .forEach(f -> out.append("      ").append(ExpectedFinding.describe(f)).append('\n'));
        }
        return out.toString();
    }
}

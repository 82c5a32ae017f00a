package org.ngoaivu.testkit;

import java.util.List;
import java.util.Objects;

import org.ngoaivu.engine.Finding;

/**
 * What one case gave: the expectations that failed, and the findings the report held.
 *
 * @param file                the case file
 * @param ruleCase            the case
 * @param missing             expected findings of which no finding of that rule about that subject appeared
 * @param firedWithOtherFacts expected findings whose rule did fire about that subject, but with other facts
 * @param unexpected          findings of the file's rule that no expectation names
 * @param forbidden           findings that appeared although the case says they must not
 * @param problems            why the case could not run (a bad dossier or parameters, a rule the engine does not
 *                            have); the rest is empty then
 * @param findings            every finding of the report
 */
public record CaseOutcome(RuleCaseFile file, RuleCase ruleCase, List<ExpectedFinding> missing,
                          List<OtherFacts> firedWithOtherFacts, List<Finding> unexpected, List<Finding> forbidden,
                          List<String> problems, List<Finding> findings) {

    /**
     * An expected finding whose rule fired about the expected subject, but recorded other fact values.
     *
     * @param expected the expectation
     * @param found    the findings of that rule about that subject
     */
    public record OtherFacts(ExpectedFinding expected, List<Finding> found) {
        /**
         * Checks that both parts are present.
         *
         * @param expected the expectation whose facts did not match
         * @param found    the findings of that rule about that subject, with the facts they did record
         */
        public OtherFacts {
            Objects.requireNonNull(expected, "expected");
            found = List.copyOf(found);
        }
    }

    /**
     * Checks that every part is present.
     *
     * @param file                the case file the case comes from
     * @param ruleCase            the case that ran
     * @param missing             expectations with no finding of that rule about that subject
     * @param firedWithOtherFacts expectations whose rule fired about that subject with other fact values
     * @param unexpected          findings of the file's rule that no expectation names
     * @param forbidden           findings that an {@code expectNot} entry forbids
     * @param problems            why the case could not run; empty when it ran
     * @param findings            every finding of the report
     */
    public CaseOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(ruleCase, "ruleCase");
        missing = List.copyOf(missing);
        firedWithOtherFacts = List.copyOf(firedWithOtherFacts);
        unexpected = List.copyOf(unexpected);
        forbidden = List.copyOf(forbidden);
        problems = List.copyOf(problems);
        findings = List.copyOf(findings);
    }

    /** A case that could not run. */
    static CaseOutcome cannotRun(RuleCaseFile file, RuleCase ruleCase, List<String> problems) {
        return new CaseOutcome(file, ruleCase, List.of(), List.of(), List.of(), List.of(), problems, List.of());
    }

    /**
     * Whether every expectation held.
     *
     * @return true when nothing is missing, different, unexpected or forbidden, and the case could run
     */
    public boolean passed() {
        return missing.isEmpty() && firedWithOtherFacts.isEmpty() && unexpected.isEmpty() && forbidden.isEmpty()
                && problems.isEmpty();
    }

    /**
     * Expected versus actual, as a test failure shows it.
     *
     * @return one line per failed expectation, then the findings of the file's rule
     */
    public String diff() {
        StringBuilder out = new StringBuilder(file.location() + ": case \"" + ruleCase.name() + "\"\n");
        problems.forEach(p -> out.append("  cannot run: ").append(p).append('\n'));
        missing.forEach(e -> out.append("  - expected but missing:     ").append(e).append('\n'));
        firedWithOtherFacts.forEach(o -> {
            out.append("  ~ fired with other facts:   ").append(o.expected()).append('\n');
            o.found().forEach(f -> out.append("                       found: ").append(ExpectedFinding.describe(f))
                    .append('\n'));
        });
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

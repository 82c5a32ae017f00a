package org.ngoaivu.engine;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ComplianceEngine#reload()} did. After a failed reload the engine goes on evaluating with the
 * rules it had; {@link #problems()} says why the new rules were refused.
 *
 * @param outcome         whether the rules changed
 * @param previousVersion the rule-pack version before the reload
 * @param currentVersion  the rule-pack version the engine evaluates with now
 * @param problems        every compile or metadata problem of a failed reload; empty otherwise
 */
public record ReloadResult(Outcome outcome, String previousVersion, String currentVersion, List<RuleProblem> problems) {

    /** How a reload ended. */
    public enum Outcome {
        /** New rules were built and are in use. */
        RELOADED,
        /** The rule files have not changed; nothing was swapped. */
        UNCHANGED,
        /** The new rules did not build; the previous rules stay in use. */
        FAILED
    }

    /**
     * Checks that a failed reload, and only a failed reload, has problems.
     *
     * @param outcome         how the reload ended
     * @param previousVersion the rule-pack version in use before the reload
     * @param currentVersion  the rule-pack version in use after it (the previous one when the reload failed)
     * @param problems        why the new rules were refused; non-empty exactly when {@code outcome} is
     *                        {@link Outcome#FAILED}
     */
    public ReloadResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(previousVersion, "previousVersion");
        Objects.requireNonNull(currentVersion, "currentVersion");
        problems = List.copyOf(problems);
        if ((outcome == Outcome.FAILED) == problems.isEmpty()) {
            throw new IllegalArgumentException("a failed reload, and only a failed reload, has problems");
        }
    }

    /**
     * Whether the engine now runs the rules in the files.
     *
     * @return true unless the reload failed
     */
    public boolean succeeded() {
        return outcome != Outcome.FAILED;
    }
}

package org.ngoaivu.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one evaluation may spend before the engine stops it with a {@link RuleFailureException} naming
 * the rule that was firing: a rule that keeps inserting facts, or keeps firing, must not run until the
 * heap is gone. Both limits hold for a whole evaluation, however many sessions a large dossier is split
 * into. The dossier's own facts never count: only facts that rules insert.
 *
 * @param time          the longest an evaluation may take; checked each time a rule fires or inserts a fact
 * @param insertedFacts the most facts rules may insert in one evaluation
 */
public record EvaluationBudget(Duration time, long insertedFacts) {

    /**
     * Two minutes and 100,000 inserted facts: far above any real evaluation (the bundled rules insert
     * none, and a dossier of a million facts evaluates in about three seconds), low enough that a rule in
     * a loop stops before a 1 GB heap is gone (with a million inserted facts, one did not).
     */
    public static final EvaluationBudget DEFAULT = new EvaluationBudget(Duration.ofMinutes(2), 100_000);

    /**
     * Checks that both limits are positive.
     *
     * @param time          the longest one evaluation may take; positive
     * @param insertedFacts the most facts rules may insert in one evaluation; at least 1
     * @throws IllegalArgumentException when a limit is zero or negative
     */
    public EvaluationBudget {
        Objects.requireNonNull(time, "time");
        if (time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("The evaluation time budget must be positive, not " + time + ".");
        }
        if (insertedFacts < 1) {
            throw new IllegalArgumentException("The inserted-facts budget must be at least 1, not " + insertedFacts + ".");
        }
    }
}

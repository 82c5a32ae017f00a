package org.ngoaivu.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link ComplianceEngine#evaluate(org.ngoaivu.model.Dossier, java.util.function.Consumer)} returns when
 * the findings went to a sink instead of into a report. It prints as a sentence, e.g.
 * {@code 29 rules evaluated; 3 findings: 2 violations, no warnings and 1 recommendation.}
 *
 * @param rulePackVersion a content hash of the rules the dossier was evaluated with
 * @param rulesEvaluated  how many rules ran
 * @param disabledRules   ids of rules the host disabled, sorted
 * @param counts          findings per severity; every severity is present (a {@link SeverityCounts})
 */
public record EvaluationSummary(String rulePackVersion, int rulesEvaluated, List<String> disabledRules,
                                Map<Severity, Integer> counts) {

    /**
     * Sorts the disabled rules and completes the counts with 0 for every severity not given.
     *
     * @param rulePackVersion a content hash of the rules the dossier was evaluated with
     * @param rulesEvaluated  how many rules ran
     * @param disabledRules   ids of rules the host disabled, sorted
     * @param counts          findings per severity; every severity is present (a {@link SeverityCounts})
     * @throws NullPointerException if {@code rulePackVersion} is null
     * @throws IllegalArgumentException if a count is negative
     */
    public EvaluationSummary {
        Objects.requireNonNull(rulePackVersion, "rulePackVersion");
        disabledRules = disabledRules.stream().sorted().toList();
        counts = SeverityCounts.of(counts);
    }

    /**
     * How many findings went to the sink.
     *
     * @return the sum of the counts
     */
    public int findings() {
        return SeverityCounts.of(counts).total();
    }

    /** {@return the summary as an English sentence} */
    @Override
    public String toString() {
        return rulesEvaluated + (rulesEvaluated == 1 ? " rule" : " rules") + " evaluated; " + counts;
    }
}

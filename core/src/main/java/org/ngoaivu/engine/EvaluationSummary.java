package org.ngoaivu.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link ComplianceEngine#evaluate(org.ngoaivu.model.Dossier, java.util.function.Consumer)} returns when
 * the findings went to a sink instead of into a report.
 *
 * @param rulePackVersion a content hash of the rules the dossier was evaluated with
 * @param rulesEvaluated  how many rules ran
 * @param disabledRules   ids of rules the host disabled, sorted
 * @param counts          findings per severity; every severity is present
 */
public record EvaluationSummary(String rulePackVersion, int rulesEvaluated, List<String> disabledRules,
                                Map<Severity, Integer> counts) {

    public EvaluationSummary {
        Objects.requireNonNull(rulePackVersion, "rulePackVersion");
        disabledRules = disabledRules.stream().sorted().toList();
        Map<Severity, Integer> all = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            all.put(s, counts.getOrDefault(s, 0));
        }
        counts = Collections.unmodifiableMap(all);
    }

    /** How many findings went to the sink. */
    public int findings() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}

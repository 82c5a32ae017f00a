package org.ngoaivu.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A host's per-rule policy: rules not to run and severities that replace the catalogue's. Disabled rules
 * are listed in every report, so a skipped rule is never silent. Read one from a file with
 * {@code org.ngoaivu.json.PolicyJson}.
 *
 * @param disabledRules     ids of rules not to run, sorted
 * @param severityOverrides severities by rule id, sorted by id
 */
public record Policy(Set<String> disabledRules, Map<String, Severity> severityOverrides) {
    private static final Policy NONE = new Policy(Set.of(), Map.of());

    /**
     * Sorts and copies the rule ids and the overrides.
     *
     * @param disabledRules     ids of rules not to run, sorted
     * @param severityOverrides severities by rule id, sorted by id
     * @throws NullPointerException if a rule id or a severity is null
     */
    public Policy {
        disabledRules = Collections.unmodifiableSet(new TreeSet<>(disabledRules));
        severityOverrides = Collections.unmodifiableMap(new TreeMap<>(severityOverrides));
        disabledRules.forEach(id -> Objects.requireNonNull(id, "rule id"));
        severityOverrides.values().forEach(s -> Objects.requireNonNull(s, "severity"));
    }

    /** {@return the policy that runs every rule with its own severity} */
    public static Policy none() {
        return NONE;
    }

    /**
     * This policy with another's entries added.
     *
     * @param other the policy to add; its severities win over this one's
     * @return the union of both policies
     */
    public Policy and(Policy other) {
        Set<String> disabled = new TreeSet<>(disabledRules);
        disabled.addAll(other.disabledRules);
        Map<String, Severity> severities = new LinkedHashMap<>(severityOverrides);
        severities.putAll(other.severityOverrides);
        return new Policy(disabled, severities);
    }
}

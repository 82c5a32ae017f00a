package org.ngoaivu.testkit;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which rules the cases saw firing (an {@code expect} entry held) and not firing (an {@code expectNot}
 * entry held). A rule seen only one way is not tested: it could fire always, or never.
 *
 * @param fired    ids of rules seen firing
 * @param notFired ids of rules seen not firing
 */
public record RuleCoverage(Set<String> fired, Set<String> notFired) {

    /**
     * Keeps both sets sorted and unmodifiable.
     *
     * @param fired    ids of the rules some case saw firing
     * @param notFired ids of the rules some case saw not firing
     */
    public RuleCoverage {
        fired = Collections.unmodifiableSet(new TreeSet<>(fired));
        notFired = Collections.unmodifiableSet(new TreeSet<>(notFired));
    }

    /**
     * For each rule not seen both ways, what is missing.
     *
     * @param ruleIds the rules that should be covered
     * @return what is missing by rule id; empty when every rule is covered
     */
    public Map<String, String> gaps(Collection<String> ruleIds) {
        Map<String, String> gaps = new TreeMap<>();
        for (String id : ruleIds) {
            boolean f = fired.contains(id);
            boolean n = notFired.contains(id);
            if (!f || !n) {
                gaps.put(id, !f && !n ? "never seen firing or not firing"
                        : !f ? "never seen firing" : "never seen not firing");
            }
        }
        return gaps;
    }

    /**
     * One line per rule: the summary a build prints.
     *
     * @param ruleIds the rules to list
     * @return the lines, sorted by rule id
     */
    public List<String> summary(Collection<String> ruleIds) {
        return new TreeSet<>(ruleIds).stream().map(id -> String.format("%-40s fires: %-3s does not fire: %s", id,
                fired.contains(id) ? "yes" : "NO", notFired.contains(id) ? "yes" : "NO")).toList();
    }
}

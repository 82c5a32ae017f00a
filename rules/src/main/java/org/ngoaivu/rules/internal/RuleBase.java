package org.ngoaivu.rules.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * A compiled rule base: the shared, thread-safe KieBase and what the engine knows of each rule.
 *
 * @param kieBase  the compiled rules
 * @param byRule   rule metadata by the KieBase's own rule objects (by identity: looked up for every match)
 * @param rules    rule metadata sorted by id
 * @param messages labels and value formatting
 * @param version  a content hash of every file the rules were built from
 * @param evaluationGlobal whether a package declares the {@code evaluation} global, which each session then sets
 */
record RuleBase(KieBase kieBase, Map<Rule, RuleMeta> byRule, List<RuleMeta> rules, Messages messages,
                String version, boolean evaluationGlobal) {
    /** The global through which rules read the evaluation date, plan year and parameters. */
    static final String EVALUATION_GLOBAL = "evaluation";


    RuleBase {
        byRule = Collections.unmodifiableMap(new IdentityHashMap<>(byRule));
    }

    RuleMeta meta(Rule rule) {
        RuleMeta meta = byRule.get(rule);
        if (meta == null) {
            throw new IllegalStateException("no metadata for rule " + rule.getName());
        }
        return meta;
    }
}

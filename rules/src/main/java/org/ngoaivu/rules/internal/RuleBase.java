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
 * @param kieBase          the compiled rules
 * @param byRule           rule metadata by the KieBase's own rule objects (by identity: looked up for every match)
 * @param rules            rule metadata sorted by id
 * @param messages         labels and value formatting
 * @param version          a content hash of every file the rules were built from
 * @param globals          which of the engine's globals the packages declare; each session sets only those
 * @param locator          finds the rule and {@code .drl} line a run-time failure came from
 */
record RuleBase(KieBase kieBase, Map<Rule, RuleMeta> byRule, List<RuleMeta> rules, Messages messages,
                String version, Globals globals, RuleLocator locator) {
    /** The global through which rules read the evaluation date, plan year and parameters. */
    static final String EVALUATION_GLOBAL = "evaluation";
    /** The global through which rules report findings. */
    static final String FINDINGS_GLOBAL = "findings";

    /**
     * The engine's globals that the packages declare: Drools refuses a global no package declares, so an
     * engine with no rules, or with rules that never name the evaluation, sets fewer.
     *
     * @param findings   whether {@code findings} is declared
     * @param evaluation whether {@code evaluation} is declared
     */
    record Globals(boolean findings, boolean evaluation) {
    }

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

package org.ngoaivu.rules.internal;

import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;

/**
 * A compiled rule base: the shared, thread-safe KieBase and what the engine knows of each rule.
 *
 * @param kieBase  the compiled rules
 * @param byRule   rule metadata by {@link #key(String, String) package and name}
 * @param rules    rule metadata sorted by id
 * @param messages labels and value formatting
 * @param version  a content hash of every file the rules were built from
 */
record RuleBase(KieBase kieBase, Map<String, RuleMeta> byRule, List<RuleMeta> rules, Messages messages,
                String version) {

    static String key(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }

    RuleMeta meta(org.kie.api.definition.rule.Rule rule) {
        RuleMeta meta = byRule.get(key(rule.getPackageName(), rule.getName()));
        if (meta == null) {
            throw new IllegalStateException("no metadata for rule " + rule.getName());
        }
        return meta;
    }
}

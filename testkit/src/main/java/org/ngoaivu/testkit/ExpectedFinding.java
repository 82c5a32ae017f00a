package org.ngoaivu.testkit;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.ngoaivu.engine.Finding;

/**
 * A finding a case expects (or forbids): the rule, the subject's id and, optionally, fact values the
 * finding must record. Facts not named are not compared.
 *
 * @param ruleId    the rule's id
 * @param subjectId the subject's id (for a leader, {@code <province id>/<name>})
 * @param facts     fact values the finding must have, as the report writes them; empty to compare none
 */
public record ExpectedFinding(String ruleId, String subjectId, Map<String, String> facts) {

    /**
     * Checks that every part is present; the facts are kept sorted by name.
     *
     * @param ruleId    the {@code @id} of the rule expected to fire (or not to)
     * @param subjectId the subject's id in the dossier ({@code <province id>/<name>} for a leader)
     * @param facts     fact values by name, as the report writes them; empty to compare none
     */
    public ExpectedFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(subjectId, "subjectId");
        facts = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(facts, "facts")));
    }

    /**
     * Whether a finding is this one: same rule, same subject, and every fact named here with this value.
     *
     * @param finding a finding of a report
     * @return whether it matches
     */
    public boolean matches(Finding finding) {
        return isAbout(finding)
                && facts.entrySet().stream().allMatch(e -> e.getValue().equals(finding.factTexts().get(e.getKey())));
    }

    /** Whether a finding is of this rule about this subject, whatever its facts. */
    boolean isAbout(Finding finding) {
        return finding.ruleId().equals(ruleId) && finding.subject().id().equals(subjectId);
    }

    /** {@code <rule> about <subject> {fact=value, …}}, as a diff shows it. */
    @Override
    public String toString() {
        return ruleId + " about " + subjectId + (facts.isEmpty() ? "" : " " + facts);
    }

    /** How a finding reads in a diff. */
    static String describe(Finding f) {
        return f.ruleId() + " about " + f.subject().id() + (f.facts().isEmpty() ? "" : " " + new TreeMap<>(f.factTexts()));
    }
}

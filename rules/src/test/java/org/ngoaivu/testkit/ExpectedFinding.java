package org.ngoaivu.testkit;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.ngoaivu.engine.Finding;

/**
 * A finding a case expects (or forbids): the rule, the subject's id and, optionally, fact values the
 * finding must record. Facts not named are not compared.
 *
 * @param ruleId    the rule's id
 * @param subjectId the subject's id (for a leader, {@code <province id>/<name>})
 * @param facts     fact values the finding must have, as the report writes them
 */
public record ExpectedFinding(String ruleId, String subjectId, Map<String, String> facts) {

    @JsonCreator
    public ExpectedFinding(@JsonProperty(value = "ruleId", required = true) String ruleId,
                           @JsonProperty(value = "subjectId", required = true) String subjectId,
                           @JsonProperty("facts") Map<String, String> facts) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        this.facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(facts));
    }

    public boolean matches(Finding finding) {
        return finding.ruleId().equals(ruleId) && finding.subject().id().equals(subjectId)
                && facts.entrySet().stream().allMatch(e -> e.getValue().equals(finding.factTexts().get(e.getKey())));
    }

    @Override
    public String toString() {
        return ruleId + " about " + subjectId + (facts.isEmpty() ? "" : " " + facts);
    }

    /** How a finding reads in a diff. */
    static String describe(Finding f) {
        return f.ruleId() + " about " + f.subject().id() + (f.facts().isEmpty() ? "" : " " + new TreeMap<>(f.factTexts()));
    }
}

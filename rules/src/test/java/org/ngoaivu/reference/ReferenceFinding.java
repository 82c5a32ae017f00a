package org.ngoaivu.reference;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.SubjectType;

/**
 * What the reference and the engine must agree on: rule, subject and the recorded facts.
 *
 * @param ruleId      the rule
 * @param subjectType the subject's type
 * @param subjectId   the subject's id
 * @param facts       the facts as the report writes them, sorted by name
 */
public record ReferenceFinding(String ruleId, SubjectType subjectType, String subjectId, Map<String, String> facts) {

    public static final Comparator<ReferenceFinding> ORDER = Comparator.comparing(ReferenceFinding::ruleId)
            .thenComparing(ReferenceFinding::subjectType).thenComparing(ReferenceFinding::subjectId)
            .thenComparing(f -> f.facts().toString());

    public ReferenceFinding {
        facts = java.util.Collections.unmodifiableMap(new TreeMap<>(facts));
    }

    public static ReferenceFinding of(Finding finding) {
        return new ReferenceFinding(finding.ruleId(), finding.subject().type(), finding.subject().id(), finding.factTexts());
    }

    @Override
    public String toString() {
        return ruleId + " " + subjectType + ":" + subjectId + " " + facts;
    }
}

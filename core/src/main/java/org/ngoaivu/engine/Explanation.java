package org.ngoaivu.engine;

import java.util.List;
import java.util.Objects;

/**
 * Which rules checked one subject and what they found: the rules that check subjects of its type
 * ({@link RuleDescriptor#subjectType()}), split into those that passed and those that fired.
 *
 * @param subjectType the subject's type
 * @param subjectId   the subject's id
 * @param passed      rules that checked the subject and found nothing, sorted by id
 * @param fired       rules that found something, sorted by id
 * @param findings    what they found, in report order; each names the fact values it relied on
 */
public record Explanation(SubjectType subjectType, String subjectId, List<RuleDescriptor> passed,
                          List<RuleDescriptor> fired, List<Finding> findings) {

    /**
     * Copies the lists, so that an explanation never changes.
     *
     * @param subjectType the subject's type
     * @param subjectId   the subject's id
     * @param passed      rules that checked the subject and found nothing, sorted by id
     * @param fired       rules that found something, sorted by id
     * @param findings    what they found, in report order; each names the fact values it relied on
     * @throws NullPointerException if {@code subjectType} or {@code subjectId} is null
     */
    public Explanation {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        passed = List.copyOf(passed);
        fired = List.copyOf(fired);
        findings = List.copyOf(findings);
    }

    /** {@return every rule that checked the subject, sorted by id} */
    public List<RuleDescriptor> checked() {
        return java.util.stream.Stream.concat(passed.stream(), fired.stream())
                .sorted(java.util.Comparator.comparing(RuleDescriptor::id)).toList();
    }
}

package org.ngoaivu.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * A rule failed at run time, or went over the evaluation's {@link EvaluationBudget}. The evaluation has no
 * report: a rule that cannot run must never look like a rule that passed. The message is one sentence that
 * names the rule, its {@code .drl} file and, where it can be told, the subject.
 */
public final class RuleFailureException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The {@code @id} of the rule that failed. */
    private final String ruleId;
    /** The rule's {@code .drl} file, with line and column where known. */
    private final String resource;
    private final transient Optional<Subject> subject;

    /**
     * A failure of one rule.
     *
     * @param ruleId   the rule's {@code @id}
     * @param resource the rule's {@code .drl} file, with line and column where known
     * @param subject  the subject the rule was looking at, where it can be told
     * @param reason   what went wrong, in plain words
     * @param cause    the exception the rule threw, or null when the engine stopped the rule itself
     */
    public RuleFailureException(String ruleId, String resource, Optional<Subject> subject, String reason,
                                Throwable cause) {
        super("Rule " + Objects.requireNonNull(ruleId, "ruleId") + " (" + Objects.requireNonNull(resource, "resource")
                + ") failed" + Objects.requireNonNull(subject, "subject").map(s -> " on " + s.type() + " " + s.id())
                .orElse("") + ": " + Objects.requireNonNull(reason, "reason"), cause);
        this.ruleId = ruleId;
        this.resource = resource;
        this.subject = subject;
    }

    /**
     * The rule that failed.
     *
     * @return the {@code @id} of the rule that failed
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Where the failing rule is written.
     *
     * @return the rule's {@code .drl} file, with line and column where they are known ({@code rules/a.drl:12:5})
     */
    public String resource() {
        return resource;
    }

    /**
     * What the rule was looking at when it failed.
     *
     * @return the subject (đối tượng) the rule was looking at, or empty when it cannot be told
     */
    public Optional<Subject> subject() {
        return subject;
    }
}

package org.ngoaivu.engine;

import java.util.Optional;

/**
 * A rule failed at run time. The evaluation has no report: a rule that cannot run must never look like
 * a rule that passed.
 */
public final class RuleFailureException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final transient Optional<Subject> subject;

    public RuleFailureException(String ruleId, Optional<Subject> subject, Throwable cause) {
        super("Rule " + ruleId + " failed" + subject.map(s -> " on " + s.type() + " " + s.id()).orElse("")
                + ": " + cause, cause);
        this.ruleId = ruleId;
        this.subject = subject;
    }

    public String ruleId() {
        return ruleId;
    }

    /** The subject the rule was looking at, where it can be told. */
    public Optional<Subject> subject() {
        return subject;
    }
}

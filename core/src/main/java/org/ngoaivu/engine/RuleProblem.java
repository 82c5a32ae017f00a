package org.ngoaivu.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * One error in a rule pack, located in the rule author's own file and said in plain words: no Drools,
 * MVEL or generated class names.
 *
 * @param resource the {@code .drl} file (path or classpath resource)
 * @param line     1-based line, or 0 when it cannot be told
 * @param column   1-based column, or 0 when it cannot be told
 * @param ruleId   the {@code @id} of the rule at fault, when the error lies inside a rule that has one
 * @param message  what is wrong
 */
public record RuleProblem(String resource, int line, int column, Optional<String> ruleId, String message) {

    /**
     * Checks that every part is present and that positions are not negative.
     *
     * @param resource the {@code .drl} file (path or classpath resource) the error is in
     * @param line     1-based line, or 0 when it cannot be told
     * @param column   1-based column, or 0 when it cannot be told
     * @param ruleId   the {@code @id} of the rule at fault, or empty when the error is not inside one rule
     * @param message  what is wrong, in plain words
     */
    public RuleProblem {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
    }

    /**
     * A problem of a whole file or line, not of one rule, with no column.
     *
     * @param resource the {@code .drl} file (path or classpath resource) the error is in
     * @param line     1-based line, or 0 when the whole file is at fault
     * @param message  what is wrong, in plain words
     */
    public RuleProblem(String resource, int line, String message) {
        this(resource, line, 0, Optional.empty(), message);
    }

    /** {@code file:line:column: rule id: message}, leaving out what is not known. */
    @Override
    public String toString() {
        return resource + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": "
                + ruleId.map(id -> id + ": ").orElse("") + message;
    }
}

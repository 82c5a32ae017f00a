package org.ngoaivu.engine;

import java.util.Objects;

/**
 * One error in a rule pack, located in the rule author's own file.
 *
 * @param resource the {@code .drl} file (path or classpath resource)
 * @param line     1-based line, or 0 when the compiler gives none
 * @param message  what is wrong
 */
public record RuleProblem(String resource, int line, String message) {
    public RuleProblem {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return resource + (line > 0 ? ":" + line : "") + ": " + message;
    }
}

package org.ngoaivu.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A dossier was rejected before any rule ran. {@link #problems()} lists every problem found, not just
 * the first.
 */
public final class InvalidDossierException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidDossierException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid dossier has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Throws when {@code problems} is not empty. */
    public static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidDossierException(problems);
        }
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        return "The dossier has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}

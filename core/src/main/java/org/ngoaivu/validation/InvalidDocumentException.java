package org.ngoaivu.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document (a dossier, a parameters file, a policy file) was rejected. {@link #problems()} lists every problem
 * found, not just the first, and the message shows them all.
 */
public class InvalidDocumentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * @param what     what the document is, as the message names it ("dossier", "policy file")
     * @param problems its problems, at least one
     */
    public InvalidDocumentException(String what, List<Problem> problems) {
        super(describe(what, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid " + what + " has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, each with its JSON path */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String what, List<Problem> problems) {
        return "The " + what + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}

package org.ngoaivu.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A rule pack could not be built: bad configuration. {@link #problems()} lists every error, with file and line. */
public final class RulePackException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /**
     * A rule pack that cannot be built.
     *
     * @param summary  one sentence: what could not be built
     * @param problems every problem found, in file order
     */
    public RulePackException(String summary, List<RuleProblem> problems) {
        super(summary + (problems.isEmpty() ? "" : ":\n" + problems.stream().map(p -> "  " + p)
                .collect(Collectors.joining("\n"))));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem, each with its file, line, column and rule where known.
     *
     * @return the problems
     */
    public List<RuleProblem> problems() {
        return problems;
    }
}

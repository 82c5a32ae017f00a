package org.ngoaivu.testkit;

import java.util.List;
import java.util.Objects;

/**
 * A case file: {@code <area>/<rule id>.json}, holding the cases of one rule.
 *
 * @param location    the file, relative to the cases folder
 * @param rule        the rule the cases are about
 * @param description what the rule checks, for readers of the file; empty when the file has none
 * @param cases       the cases, in file order
 */
public record RuleCaseFile(String location, String rule, String description, List<RuleCase> cases) {

    /**
     * Checks that every part is present and that the file has cases.
     *
     * @param location    the file's path relative to the cases folder, used to name it in messages
     * @param rule        the id of the rule the cases are about
     * @param description what the rule checks; empty when the file says nothing
     * @param cases       the cases in file order; at least one
     */
    public RuleCaseFile {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(description, "description");
        cases = List.copyOf(cases);
        if (cases.isEmpty()) {
            throw new IllegalArgumentException(location + " has no cases");
        }
    }
}

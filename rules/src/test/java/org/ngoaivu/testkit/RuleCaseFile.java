package org.ngoaivu.testkit;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A case file: {@code <area>/<rule id>.json}, holding the cases of one rule.
 *
 * @param location    the file, relative to the cases folder
 * @param rule        the rule the cases are about
 * @param description what the rule checks, for readers of the file
 * @param cases       the cases, in file order
 */
public record RuleCaseFile(String location, String rule, String description, List<RuleCase> cases) {

    public RuleCaseFile {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(rule, "rule");
        description = description == null ? "" : description;
        cases = List.copyOf(cases);
        if (cases.isEmpty()) {
            throw new IllegalArgumentException(location + " has no cases");
        }
    }

    /** The file as written, before its location is known. */
    record Content(String rule, String description, List<RuleCase> cases) {
        @JsonCreator
        Content(@JsonProperty(value = "rule", required = true) String rule,
                @JsonProperty("description") String description,
                @JsonProperty(value = "cases", required = true) List<RuleCase> cases) {
            this.rule = rule;
            this.description = description;
            this.cases = cases;
        }
    }
}

package org.ngoaivu.testkit;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One case of a case file: a dossier, optional parameter values, and the findings that must and must not
 * appear.
 *
 * @param name       what the case shows, e.g. {@code "7 diplomats and no team: fires"}
 * @param parameters a parameters document as {@code ParametersJson} reads it (dated values allowed); empty
 *                   object for the engine's values
 * @param dossier    the dossier, in the dossier format
 * @param expect     findings that must appear; findings of the file's rule that are not listed here are
 *                   unexpected
 * @param expectNot  findings that must not appear
 */
public record RuleCase(String name, JsonNode parameters, JsonNode dossier, List<ExpectedFinding> expect,
                       List<ExpectedFinding> expectNot) {

    @JsonCreator
    public RuleCase(@JsonProperty(value = "name", required = true) String name,
                    @JsonProperty("parameters") JsonNode parameters,
                    @JsonProperty(value = "dossier", required = true) JsonNode dossier,
                    @JsonProperty("expect") List<ExpectedFinding> expect,
                    @JsonProperty("expectNot") List<ExpectedFinding> expectNot) {
        this.name = Objects.requireNonNull(name, "name");
        this.parameters = parameters;
        this.dossier = Objects.requireNonNull(dossier, "dossier");
        this.expect = expect == null ? List.of() : List.copyOf(expect);
        this.expectNot = expectNot == null ? List.of() : List.copyOf(expectNot);
        if (this.expect.isEmpty() && this.expectNot.isEmpty()) {
            throw new IllegalArgumentException("case \"" + name + "\" expects nothing: list findings under"
                    + " \"expect\" or \"expectNot\"");
        }
    }

    /** Whether the case names parameter values of its own. */
    public boolean hasParameters() {
        return parameters != null && !parameters.isNull() && !parameters.isEmpty();
    }
}

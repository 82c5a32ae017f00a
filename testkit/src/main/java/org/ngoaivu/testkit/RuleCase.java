package org.ngoaivu.testkit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One case of a case file: a dossier, optional parameter values, and the findings that must and must not
 * appear.
 *
 * @param name       what the case shows, e.g. {@code "7 diplomats and no team: fires"}
 * @param parameters a parameters document as {@code ParametersJson} reads it (dated values allowed), as JSON
 *                   text; empty for the engine's values
 * @param dossier    the dossier, in the dossier format, as JSON text
 * @param expect     findings that must appear; findings of the file's rule that are not listed here are
 *                   unexpected
 * @param expectNot  findings that must not appear
 */
public record RuleCase(String name, Optional<String> parameters, String dossier, List<ExpectedFinding> expect,
                       List<ExpectedFinding> expectNot) {

    /**
     * Checks that every part is present and that the case expects something.
     *
     * @param name       what the case shows, as a test report names it
     * @param parameters a parameters document as JSON text, or empty to run with the engine's values
     * @param dossier    the dossier as JSON text in the dossier format
     * @param expect     findings that must appear
     * @param expectNot  findings that must not appear; {@code expect} and {@code expectNot} are not both empty
     */
    public RuleCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(dossier, "dossier");
        expect = List.copyOf(expect);
        expectNot = List.copyOf(expectNot);
        if (expect.isEmpty() && expectNot.isEmpty()) {
            throw new IllegalArgumentException("case \"" + name + "\" expects nothing: list findings under"
                    + " \"expect\" or \"expectNot\"");
        }
    }
}

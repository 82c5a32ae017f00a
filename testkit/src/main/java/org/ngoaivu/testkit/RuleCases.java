package org.ngoaivu.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.RuleDescriptor;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.json.DossierReadResult;
import org.ngoaivu.json.ParametersJson;
import org.ngoaivu.model.Dossier;

/**
 * Declarative rule tests: case files under a folder, each a dossier plus the findings that must and must
 * not appear, run as JUnit 5 dynamic tests.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> ruleCases() {
 *     return RuleCases.load(Path.of("src/test/resources/cases")).tests(engine);
 * }
 * }</pre>
 *
 * A case fails when an expected finding is missing or fired with other facts, when a finding of the file's
 * rule appears that no expectation names, when a forbidden finding appears, or when it names a rule the
 * engine does not have; the failure shows expected against actual. {@link #coverage} tells which rules the
 * cases saw both firing and not firing.
 */
public final class RuleCases {
    private final List<RuleCaseFile> files;

    private RuleCases(List<RuleCaseFile> files) {
        this.files = List.copyOf(files);
    }

    /**
     * Reads every {@code .json} file under {@code root}, in path order.
     *
     * @param root the cases folder
     * @return the case files
     * @throws IllegalArgumentException when a file is not a valid case file (the message names it)
     * @throws UncheckedIOException     when the folder cannot be read
     */
    public static RuleCases load(Path root) {
        List<RuleCaseFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                files.add(CaseFileReader.read(file, root.relativize(file).toString().replace('\\', '/')));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the case files under " + root + ": " + e.getMessage(), e);
        }
        return new RuleCases(files);
    }

    /**
     * The case files, in path order.
     *
     * @return the files read
     */
    public List<RuleCaseFile> files() {
        return files;
    }

    /**
     * One container per file, one test per case.
     *
     * @param engine the engine whose rules the cases test
     * @return the dynamic tests
     */
    public Stream<DynamicNode> tests(ComplianceEngine engine) {
        return files.stream().map(file -> DynamicContainer.dynamicContainer(file.location(),
                file.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    CaseOutcome outcome = run(engine, file, c);
                    if (!outcome.passed()) {
                        Assertions.fail(outcome.diff());
                    }
                }))));
    }

    /**
     * Runs every case.
     *
     * @param engine the engine whose rules the cases test
     * @return each case's outcome, in file order
     */
    public List<CaseOutcome> run(ComplianceEngine engine) {
        return files.stream().flatMap(f -> f.cases().stream().map(c -> run(engine, f, c))).toList();
    }

    /**
     * Which rules the cases saw firing and not firing; only expectations that held count, and a rule that
     * fired with other facts than expected did fire.
     *
     * @param engine the engine whose rules the cases test
     * @return the rules seen each way
     */
    public RuleCoverage coverage(ComplianceEngine engine) {
        Set<String> fired = new HashSet<>();
        Set<String> notFired = new HashSet<>();
        for (CaseOutcome outcome : run(engine)) {
            if (!outcome.problems().isEmpty()) {
                continue;
            }
            outcome.ruleCase().expect().stream().filter(e -> !outcome.missing().contains(e))
                    .forEach(e -> fired.add(e.ruleId()));
            outcome.ruleCase().expectNot().stream()
                    .filter(e -> outcome.forbidden().stream().noneMatch(e::matches))
                    .forEach(e -> notFired.add(e.ruleId()));
        }
        return new RuleCoverage(fired, notFired);
    }

    /**
     * Runs one case.
     *
     * @param engine the engine whose rules the case tests
     * @param file   the case's file
     * @param c      the case
     * @return what the case gave
     */
    public static CaseOutcome run(ComplianceEngine engine, RuleCaseFile file, RuleCase c) {
        List<String> problems = new ArrayList<>(unknownRules(engine, file, c));
        DossierReadResult read = DossierJson.read(c.dossier());
        read.problems().forEach(p -> problems.add("dossier " + p));
        ParametersJson.Result params = ParametersJson.read(c.parameters().orElse("{}"));
        params.problems().forEach(p -> problems.add("parameters " + p));
        if (!problems.isEmpty()) {
            return CaseOutcome.cannotRun(file, c, problems);
        }
        Dossier dossier = read.dossier().orElseThrow();
        ComplianceReport report = c.parameters().isPresent()
                ? engine.evaluate(dossier, params.schedule().orElseThrow().on(dossier.asOf()))
                : engine.evaluate(dossier);
        List<Finding> findings = report.findings();
        List<ExpectedFinding> missing = new ArrayList<>();
        List<CaseOutcome.OtherFacts> otherFacts = new ArrayList<>();
        for (ExpectedFinding e : c.expect()) {
            if (findings.stream().noneMatch(e::matches)) {
                List<Finding> sameSubject = findings.stream().filter(e::isAbout).toList();
                if (sameSubject.isEmpty()) {
                    missing.add(e);
                } else {
                    otherFacts.add(new CaseOutcome.OtherFacts(e, sameSubject));
                }
            }
        }
        List<Finding> unexpected = findings.stream().filter(f -> f.ruleId().equals(file.rule()))
                .filter(f -> c.expect().stream().noneMatch(e -> e.matches(f)))
                .filter(f -> otherFacts.stream().noneMatch(o -> o.found().contains(f))).toList();
        List<Finding> forbidden = findings.stream()
                .filter(f -> c.expectNot().stream().anyMatch(e -> e.matches(f))).toList();
        return new CaseOutcome(file, c, missing, otherFacts, unexpected, forbidden, List.of(), findings);
    }

    /** A case about a rule the engine does not have would pass its {@code expectNot} cases whatever happens. */
    private static List<String> unknownRules(ComplianceEngine engine, RuleCaseFile file, RuleCase c) {
        Set<String> known = new TreeSet<>();
        engine.rules().stream().map(RuleDescriptor::id).forEach(known::add);
        Set<String> named = new TreeSet<>();
        named.add(file.rule());
        Stream.concat(c.expect().stream(), c.expectNot().stream()).map(ExpectedFinding::ruleId).forEach(named::add);
        named.removeAll(known);
        return named.stream().map(id -> "the engine has no rule \"" + id + "\" (a typo, a rule not loaded, or one"
                + " disabled); its rules: " + String.join(", ", known)).toList();
    }
}

package org.ngoaivu.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Finding;
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
 * A case fails when an expected finding is missing, when a finding of the file's rule appears that no
 * expectation names, or when a forbidden finding appears; the failure shows expected against actual.
 * {@link #coverage} tells which rules the cases saw both firing and not firing.
 */
public final class RuleCases {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final List<RuleCaseFile> files;

    private RuleCases(List<RuleCaseFile> files) {
        this.files = List.copyOf(files);
    }

    /**
     * Reads every {@code .json} file under {@code root}, in path order.
     *
     * @throws IllegalArgumentException when a file is not a valid case file (the message names it)
     * @throws UncheckedIOException     when the folder cannot be read
     */
    public static RuleCases load(Path root) {
        List<RuleCaseFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String location = root.relativize(file).toString().replace('\\', '/');
                try {
                    RuleCaseFile.Content content = MAPPER.readValue(file.toFile(), RuleCaseFile.Content.class);
                    files.add(new RuleCaseFile(location, content.rule(), content.description(), content.cases()));
                } catch (JsonMappingException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(location + " is not a valid case file: "
                            + e.getMessage().lines().findFirst().orElse(""), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the case files under " + root + ": " + e.getMessage(), e);
        }
        return new RuleCases(files);
    }

    public List<RuleCaseFile> files() {
        return files;
    }

    /** One container per file, one test per case. */
    public Stream<DynamicNode> tests(ComplianceEngine engine) {
        return files.stream().map(file -> DynamicContainer.dynamicContainer(file.location(),
                file.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    CaseOutcome outcome = run(engine, file, c);
                    if (!outcome.passed()) {
                        Assertions.fail(outcome.diff());
                    }
                }))));
    }

    /** Runs every case. */
    public List<CaseOutcome> run(ComplianceEngine engine) {
        return files.stream().flatMap(f -> f.cases().stream().map(c -> run(engine, f, c))).toList();
    }

    /** Which rules the cases saw firing and not firing; only expectations that held count. */
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

    /** Runs one case. */
    public static CaseOutcome run(ComplianceEngine engine, RuleCaseFile file, RuleCase c) {
        DossierReadResult read = DossierJson.read(c.dossier().toString());
        List<String> problems = new ArrayList<>();
        read.problems().forEach(p -> problems.add("dossier " + p.path() + ": " + p.message()));
        ParametersJson.Result params = ParametersJson.read(c.hasParameters() ? c.parameters().toString() : "{}");
        params.problems().forEach(p -> problems.add("parameters " + p.path() + ": " + p.message()));
        if (!problems.isEmpty()) {
            return new CaseOutcome(file, c, List.of(), List.of(), List.of(), problems, List.of());
        }
        Dossier dossier = read.dossier().orElseThrow();
        ComplianceReport report = c.hasParameters()
                ? engine.evaluate(dossier, params.schedule().orElseThrow().on(dossier.asOf()))
                : engine.evaluate(dossier);
        List<Finding> findings = report.findings();
        List<ExpectedFinding> missing = c.expect().stream()
                .filter(e -> findings.stream().noneMatch(e::matches)).toList();
        List<Finding> unexpected = findings.stream().filter(f -> f.ruleId().equals(file.rule()))
                .filter(f -> c.expect().stream().noneMatch(e -> e.matches(f))).toList();
        List<Finding> forbidden = findings.stream()
                .filter(f -> c.expectNot().stream().anyMatch(e -> e.matches(f))).toList();
        return new CaseOutcome(file, c, missing, unexpected, forbidden, List.of(), findings);
    }
}

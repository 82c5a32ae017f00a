package org.ngoaivu.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Explanation;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.ReloadResult;
import org.ngoaivu.engine.RuleDescriptor;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.json.ParametersJson;
import org.ngoaivu.json.PolicyJson;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.testkit.RuleCases;
import org.ngoaivu.testkit.RuleCoverage;

/** The code of docs/rule-authoring.md: each tagged region is quoted there, and runs here. */
class RuleAuthoringGuideTest {
    private static final Path RULES = Path.of("src/test/resources/authoring/rules");
    private static final Path SAMPLE = Path.of("../examples/data/national-sample-2024.json");

    // tag::case-files[]
    @TestFactory
    Stream<DynamicNode> hostRuleCases() {
        ComplianceEngine engine = ComplianceEngine.builder()
                .addRules(Path.of("src/test/resources/authoring/rules"))
                .build();
        return RuleCases.load(Path.of("src/test/resources/authoring/cases")).tests(engine);
    }
    // end::case-files[]

    @Test
    void hostRuleIsCoveredFiringAndNotFiring() {
        // tag::coverage[]
        ComplianceEngine engine = ComplianceEngine.builder().withoutBundledRules()
                .addRules(Path.of("src/test/resources/authoring/rules")).build();
        RuleCoverage coverage = RuleCases.load(Path.of("src/test/resources/authoring/cases")).coverage(engine);
        List<String> ids = engine.rules().stream().map(RuleDescriptor::id).toList();
        assertThat(coverage.gaps(ids)).isEmpty();
        // end::coverage[]
    }

    @Test
    void hostAppLoadsItsRulesBesideTheBundledOnes() {
        // tag::load[]
        ComplianceEngine engine = ComplianceEngine.builder()
                .addRules(Path.of("src/test/resources/authoring/rules"))
                .build();
        Dossier dossier = DossierJson.read(Path.of("../examples/data/national-sample-2024.json")).orElseThrow();
        ComplianceReport report = engine.evaluate(dossier);
        List<Finding> digital = report.findingsOf("host-plan-digital-transformation");
        // end::load[]
        assertThat(engine.rules()).hasSize(30);
        assertThat(digital).isNotEmpty().allSatisfy(f -> assertThat(f.message().vi()).contains("chuyển đổi số"));
    }

    @Test
    void reloadPicksUpAnEditedRuleAndKeepsTheOldOneWhenTheEditIsBroken(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        copy(RULES, rules);
        Path drl = rules.resolve("plans/host-plan-digital-transformation.drl");
        // tag::reload[]
        ComplianceEngine engine = ComplianceEngine.builder().addRules(rules).build();
        // ... the rule author edits a .drl file under rules/ ...
        Files.writeString(drl, Files.readString(drl).replace("@severity(\"ADVICE\")", "@severity(\"WARNING\")"));
        ReloadResult result = engine.reload();
        if (!result.succeeded()) {
            result.problems().forEach(p -> System.err.println(p.resource() + ":" + p.line() + ": " + p.message()));
        }
        // end::reload[]
        assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.RELOADED);
        assertThat(engine.rules()).filteredOn(r -> r.id().equals("host-plan-digital-transformation"))
                .extracting(r -> r.severity().name()).containsExactly("WARNING");
        Files.writeString(drl, "rule \"broken\" when then");
        ReloadResult broken = engine.reload();
        assertThat(broken.succeeded()).isFalse();
        assertThat(broken.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.resource()).endsWith(".drl"));
        assertThat(engine.rulePackVersion()).isEqualTo(result.currentVersion());
    }

    @Test
    @SuppressWarnings("try") // the guide's snippet shows the engine living in a try block, unused inside it
    void watchingReloadsOnChange(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        copy(RULES, rules);
        java.util.concurrent.BlockingQueue<ReloadResult> seen = new java.util.concurrent.LinkedBlockingQueue<>();
        // tag::watch[]
        try (ComplianceEngine engine = ComplianceEngine.builder().addRules(rules)
                .reloadOnChange(result -> seen.add(result))
                .build()) {
            // evaluate as usual; edits under rules/ are picked up within a second
            // end::watch[]
            Path drl = rules.resolve("plans/host-plan-digital-transformation.drl");
            Files.writeString(drl, Files.readString(drl).replace("ADVICE", "WARNING"));
            ReloadResult result = seen.poll(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(result).isNotNull();
            assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.RELOADED);
        }
    }

    @Test
    void policyAndDatedParametersComeFromFiles() {
        // tag::files[]
        ComplianceEngine engine = ComplianceEngine.builder()
                .policy(PolicyJson.read(Path.of("src/test/resources/authoring/policy.json")).policy().orElseThrow())
                .parameters(ParametersJson.read(Path.of("src/test/resources/authoring/parameters.json"))
                        .schedule().orElseThrow())
                .build();
        // end::files[]
        Dossier dossier = DossierJson.read(SAMPLE).orElseThrow().withAsOf(LocalDate.of(2025, 3, 31));
        ComplianceReport report = engine.evaluate(dossier);
        assertThat(report.disabledRules()).containsExactly("mission-website");
        assertThat(report.findingsOf("mission-economic-team")).allSatisfy(f -> {
            assertThat(f.parameters()).containsEntry("economicTeamThreshold", 5);
            assertThat(f.parametersValidFrom()).containsEntry("economicTeamThreshold", LocalDate.of(2025, 1, 1));
        });
    }

    @Test
    void explanationNamesTheRulesThatCheckedASubject() {
        ComplianceReport report = ComplianceEngine.builder().build().evaluate(DossierJson.read(SAMPLE).orElseThrow());
        // tag::explain[]
        Explanation why = report.explain(SubjectType.MISSION, "EMB-JP");
        why.passed().forEach(rule -> System.out.println("passed  " + rule.id()));
        why.findings().forEach(f -> System.out.println("fired   " + f.ruleId() + " " + f.facts()));
        // end::explain[]
        assertThat(why.checked()).hasSize(6);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }
}

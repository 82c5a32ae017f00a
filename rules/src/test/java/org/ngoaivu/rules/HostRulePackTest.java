package org.ngoaivu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.RuleFailureException;
import org.ngoaivu.engine.RulePackException;
import org.ngoaivu.engine.RuleProblem;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.Mission;
import org.ngoaivu.model.MissionType;

class HostRulePackTest {
    private static final String HEADER = """
            package host.rules;
            import org.ngoaivu.model.Mission;
            global org.ngoaivu.rules.api.Findings findings;
            """;

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private static final Dossier ONE_MISSION = Dossier.builder(LocalDate.of(2024, 1, 1))
            .mission(Mission.builder("M", MissionType.EMBASSY, "JP", 30).build()).build();

    /** A host rule that reads only its fact: no {@code evaluation} global. */
    private static void writeLargeMissionRule(Path dir) throws IOException {
        write(dir, "big.drl", HEADER + """
                rule "Very large missions are flagged"
                    @id("host-large-mission") @severity("ADVICE") @subject("MISSION") @source("host policy")
                when
                    $m : Mission( diplomatCount > 20 )
                then
                    findings.about($m).with("count", $m.diplomatCount()).report();
                end
                """);
        write(dir, "messages_en.properties", "host-large-mission={subject} has {count} diplomats.\n");
        write(dir, "messages_vi.properties", "host-large-mission={subject} có {count} cán bộ ngoại giao.\n");
    }

    @Test
    void hostRuleRunsWithItsOwnMetadataAndMessages(@TempDir Path dir) throws IOException {
        writeLargeMissionRule(dir);
        ComplianceEngine engine = ComplianceEngine.builder().addRules(dir).disable("mission-website")
                .severity("mission-economic-team", Severity.WARNING).build();
        var report = engine.evaluate(ONE_MISSION);
        assertThat(report.findingsOf("host-large-mission")).singleElement()
                .satisfies(f -> assertThat(f.message().en()).isEqualTo("M has 30 diplomats."));
        assertThat(report.findingsOf("mission-website")).isEmpty();
        assertThat(report.disabledRules()).containsExactly("mission-website");
        assertThat(report.findingsOf("mission-economic-team")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(report.rulesEvaluated()).isEqualTo(29);
        assertThat(report.rulePackVersion()).isNotEqualTo(ComplianceEngine.builder().build().rulePackVersion());
    }

    @Test
    void hostRuleReadsTheEvaluationThroughTheGlobalAndAlsoFindsItAsAFact(@TempDir Path dir) throws IOException {
        write(dir, "dated.drl", HEADER + """
                import org.ngoaivu.rules.api.Evaluation;
                global org.ngoaivu.rules.api.Evaluation evaluation;
                rule "Missions are checked in the plan year"
                    @id("host-plan-year") @severity("ADVICE") @subject("MISSION") @source("host policy")
                when
                    $fact : Evaluation()
                    $m : Mission( evaluation.planYear() == 2024 )
                then
                    findings.about($m).with("year", evaluation.planYear()).with("same", $fact == evaluation).report();
                end
                """);
        write(dir, "messages_en.properties", "host-plan-year={subject}: {year}, {same}.\n");
        write(dir, "messages_vi.properties", "host-plan-year={subject}: {year}, {same}.\n");
        ComplianceEngine hostOnly = ComplianceEngine.builder().withoutBundledRules().addRules(dir).build();
        assertThat(hostOnly.evaluate(ONE_MISSION).findingsOf("host-plan-year")).singleElement()
                .satisfies(f -> assertThat(f.message().en()).isEqualTo("M: 2024, true."));
    }

    @Test
    void hostRulesThatNeverNameTheEvaluationGlobalRunWithoutIt(@TempDir Path dir) throws IOException {
        writeLargeMissionRule(dir);
        ComplianceEngine hostOnly = ComplianceEngine.builder().withoutBundledRules().addRules(dir).build();
        assertThat(hostOnly.evaluate(ONE_MISSION).findingsOf("host-large-mission")).hasSize(1);
    }

    @Test
    void evaluationGlobalOfAnotherTypeIsRejectedWhenTheRulesAreBuilt(@TempDir Path dir) throws IOException {
        write(dir, "wrong.drl", HEADER + """
                global java.lang.String evaluation;
                rule "Reads a string"
                    @id("host-string") @severity("ADVICE") @subject("MISSION") @source("host policy")
                when
                    $m : Mission( evaluation != null )
                then
                    findings.about($m).report();
                end
                """);
        write(dir, "messages_en.properties", "host-string={subject}\n");
        write(dir, "messages_vi.properties", "host-string={subject}\n");
        assertThatThrownBy(() -> ComplianceEngine.builder().withoutBundledRules().addRules(dir).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.message().contains("evaluation is declared as java.lang.String")));
    }

    @Test
    void everyCompileErrorIsListedWithFileAndLine(@TempDir Path dir) throws IOException {
        write(dir, "syntax.drl", HEADER + "rule \"broken\"\nwhen\n    Mission( \nthen\nend\n");
        write(dir, "unknown.drl", HEADER + "rule \"unknown type\"\n    @id(\"x\")\nwhen\n    NoSuchFact()\nthen\nend\n");
        assertThatThrownBy(() -> ComplianceEngine.builder().addRules(dir).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> {
                    assertThat(e.problems()).extracting(RuleProblem::resource)
                            .anyMatch(r -> r.endsWith("syntax.drl")).anyMatch(r -> r.endsWith("unknown.drl"));
                    assertThat(e.problems()).allMatch(p -> p.line() > 0);
                    assertThat(e.getMessage()).doesNotContain(".java (");
                });
    }

    @Test
    void missingMetadataAndDuplicateIdsAreRejected(@TempDir Path dir) throws IOException {
        write(dir, "meta.drl", HEADER + """
                rule "no metadata"
                when
                    Mission()
                then
                end
                rule "clashes with a bundled rule"
                    @id("mission-website") @severity("ADVICE") @subject("MISSION") @source("x")
                when
                    Mission()
                then
                end
                """);
        write(dir, "messages_en.properties", "mission-website=x\n");
        write(dir, "messages_vi.properties", "mission-website=x\n");
        assertThatThrownBy(() -> ComplianceEngine.builder().addRules(dir).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::message)
                        .anyMatch(m -> m.contains("has no @id, @severity, @subject, @source"))
                        .anyMatch(m -> m.contains("already used")));
    }

    @Test
    void ruleThatThrowsIsAnErrorNamingTheRuleAndSubjectNeverAPass(@TempDir Path dir) throws IOException {
        write(dir, "throws.drl", HEADER + """
                rule "Throws in its consequence"
                    @id("host-throws") @severity("ADVICE") @subject("MISSION") @source("test")
                when
                    $m : Mission()
                then
                    throw new IllegalStateException("boom");
                end
                """);
        write(dir, "messages_en.properties", "host-throws=x\n");
        write(dir, "messages_vi.properties", "host-throws=x\n");
        ComplianceEngine engine = ComplianceEngine.builder().addRules(dir).build();
        assertThatThrownBy(() -> engine.evaluate(ONE_MISSION))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("host-throws");
                    assertThat(e.subject()).hasValueSatisfying(s -> {
                        assertThat(s.type()).isEqualTo(SubjectType.MISSION);
                        assertThat(s.id()).isEqualTo("M");
                    });
                });
    }

    @Test
    void messageNamingAValueTheRuleDoesNotGiveIsAnErrorNamingRuleAndPlaceholder(@TempDir Path dir)
            throws IOException {
        write(dir, "big.drl", HEADER + """
                rule "Names a fact it does not give"
                    @id("host-missing-value") @severity("ADVICE") @subject("MISSION") @source("test")
                when
                    $m : Mission()
                then
                    findings.about($m).with("count", $m.diplomatCount()).report();
                end
                """);
        write(dir, "messages_en.properties", "host-missing-value={subject} has {count} diplomats in {city}.\n");
        write(dir, "messages_vi.properties", "host-missing-value={subject} có {count} cán bộ tại {city}.\n");
        ComplianceEngine engine = ComplianceEngine.builder().addRules(dir).build();
        assertThatThrownBy(() -> engine.evaluate(ONE_MISSION))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("host-missing-value");
                    assertThat(e.getCause()).hasMessageContaining("{city}");
                });
    }

    @Test
    void unknownRuleIdInPolicyIsAClearError() {
        assertThatThrownBy(() -> ComplianceEngine.builder().disable("no-such-rule").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-rule");
    }
}

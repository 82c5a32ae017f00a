package org.ngoaivu.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.EvaluationSummary;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.LocalizedText;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.engine.ReloadResult;
import org.ngoaivu.engine.RuleDescriptor;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.Subject;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.model.Dossier;

/** The kit on its own, with an engine that answers the same findings whatever the dossier. */
class RuleCasesTest {
    private static final String DOSSIER = "{ \"schemaVersion\": 1, \"asOf\": \"2024-03-31\" }";

    @TempDir
    Path dir;

    /** An engine with one rule, {@code plan-late}, that reports the given facts about plan P-1. */
    private static ComplianceEngine engineFinding(Map<String, Object> facts) {
        RuleDescriptor rule = new RuleDescriptor("plan-late", "Plans are on time", "plans", Severity.WARNING,
                SubjectType.ANNUAL_PLAN, "A2021", List.of(), "bundled");
        Finding finding = new Finding("plan-late", Severity.WARNING, Subject.of(SubjectType.ANNUAL_PLAN, "P-1"),
                new LocalizedText("vi", "en"), "A2021", Map.of(), facts, Map.of());
        return new ComplianceEngine() {
            @Override
            public ComplianceReport evaluate(Dossier dossier) {
                return new ComplianceReport(dossier.asOf(), dossier.planYear(), "v", rules(), List.of(finding), List.of());
            }

            @Override
            public ComplianceReport evaluate(Dossier dossier, Parameters parameters) {
                return evaluate(dossier);
            }

            @Override
            public EvaluationSummary evaluate(Dossier dossier, Consumer<Finding> sink) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ReloadResult reload() {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<RuleDescriptor> rules() {
                return List.of(rule);
            }

            @Override
            public String rulePackVersion() {
                return "v";
            }
        };
    }

    private RuleCases write(String rule, String cases) throws IOException {
        Files.createDirectories(dir.resolve("plans"));
        Files.writeString(dir.resolve("plans/" + rule + ".json"),
                "{ \"rule\": \"" + rule + "\", \"cases\": [" + cases + "] }");
        return RuleCases.load(dir);
    }

    @Test
    void aCaseNamingARuleTheEngineDoesNotHaveFails() throws IOException {
        RuleCases cases = write("plan-lat", """
                { "name": "typo", "dossier": %s, "expectNot": [ { "ruleId": "plan-lat", "subjectId": "P-9" } ] }
                """.formatted(DOSSIER));
        CaseOutcome outcome = cases.run(engineFinding(Map.of())).get(0);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.diff()).contains("cannot run: the engine has no rule \"plan-lat\"").contains("plan-late");
        assertThat(cases.coverage(engineFinding(Map.of())).notFired()).isEmpty();
    }

    @Test
    void aFindingWithOtherFactsIsReportedAsSuchAndCountsAsFiring() throws IOException {
        RuleCases cases = write("plan-late", """
                { "name": "late by 3 days", "dossier": %s,
                  "expect": [ { "ruleId": "plan-late", "subjectId": "P-1", "facts": { "daysLate": "3" } } ] }
                """.formatted(DOSSIER));
        ComplianceEngine engine = engineFinding(Map.of("daysLate", "4"));
        CaseOutcome outcome = cases.run(engine).get(0);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.missing()).isEmpty();
        assertThat(outcome.unexpected()).isEmpty();
        assertThat(outcome.diff())
                .contains("~ fired with other facts:   plan-late about P-1 {daysLate=3}")
                .contains("found: plan-late about P-1 {daysLate=4}")
                .doesNotContain("expected but missing").doesNotContain("found but not expected");
        assertThat(cases.coverage(engine).fired()).containsExactly("plan-late");
    }

    @Test
    void aMissingFindingAndAnUnexpectedOneAreShownAgainstEachOther() throws IOException {
        RuleCases cases = write("plan-late", """
                { "name": "about another plan", "dossier": %s,
                  "expect": [ { "ruleId": "plan-late", "subjectId": "P-2" } ] }
                """.formatted(DOSSIER));
        CaseOutcome outcome = cases.run(engineFinding(Map.of())).get(0);
        assertThat(outcome.diff()).contains("- expected but missing:     plan-late about P-2")
                .contains("+ found but not expected:   plan-late about P-1");
        assertThat(cases.coverage(engineFinding(Map.of())).gaps(List.of("plan-late")))
                .containsEntry("plan-late", "never seen firing or not firing");
    }

    @Test
    void casesRunAsOneDynamicTestEach() throws IOException {
        RuleCases cases = write("plan-late", """
                { "name": "fires", "dossier": %s, "expect": [ { "ruleId": "plan-late", "subjectId": "P-1" } ] },
                { "name": "not about P-2", "dossier": %s, "expect": [ { "ruleId": "plan-late", "subjectId": "P-1" } ],
                  "expectNot": [ { "ruleId": "plan-late", "subjectId": "P-2" } ] }
                """.formatted(DOSSIER, DOSSIER));
        List<DynamicNode> nodes = cases.tests(engineFinding(Map.of())).toList();
        assertThat(nodes).singleElement().isInstanceOfSatisfying(DynamicContainer.class, c -> {
            assertThat(c.getDisplayName()).isEqualTo("plans/plan-late.json");
            assertThat(c.getChildren().map(DynamicNode::getDisplayName)).containsExactly("fires", "not about P-2");
        });
        assertThat(cases.run(engineFinding(Map.of()))).allMatch(CaseOutcome::passed);
    }

    @Test
    void malformedCaseFilesAreRejectedNamingTheFileAndTheField() throws IOException {
        assertThatThrownBy(() -> write("plan-late", "{ \"name\": \"x\", \"dosier\": {} }"))
                .hasMessageContaining("plans/plan-late.json is not a valid case file")
                .hasMessageContaining("unknown field \"dosier\"");
        assertThatThrownBy(() -> write("plan-late", "{ \"name\": \"x\", \"dossier\": " + DOSSIER + " }"))
                .hasMessageContaining("expects nothing");
        assertThatThrownBy(() -> write("plan-late", "{ \"name\": \"x\", \"expect\": [] }"))
                .hasMessageContaining("case \"x\" lacks \"dossier\"");
    }

    @Test
    void theApiNamesNoJacksonType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : List.of(RuleCases.class, RuleCaseFile.class, RuleCase.class, ExpectedFinding.class,
                CaseOutcome.class, CaseOutcome.OtherFacts.class, RuleCoverage.class)) {
            Stream.concat(Stream.of(type.getMethods()), Stream.of(type.getConstructors()))
                    .filter(m -> Modifier.isPublic(m.getModifiers()))
                    .forEach(m -> signature(m).stream().map(Type::getTypeName)
                            .filter(t -> t.contains("com.fasterxml")).forEach(t -> leaks.add(m + ": " + t)));
            Stream.of(type.getAnnotations()).map(a -> a.annotationType().getName())
                    .filter(n -> n.startsWith("com.fasterxml")).forEach(leaks::add);
        }
        assertThat(leaks).isEmpty();
        assertThat(Optional.of(RuleCase.class.getRecordComponents()[1].getGenericType().getTypeName()))
                .contains("java.util.Optional<java.lang.String>");
    }

    private static List<Type> signature(Executable e) {
        List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
        if (e instanceof Method m) {
            types.add(m.getGenericReturnType());
        }
        return types;
    }
}

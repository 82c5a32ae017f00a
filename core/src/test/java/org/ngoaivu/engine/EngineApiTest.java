package org.ngoaivu.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ngoaivu.json.ReportJson;

class EngineApiTest {
    @Test
    void builderSaysClearlyWhenNoEngineIsOnTheClasspath() {
        ClassLoader empty = new URLClassLoader(new URL[0], null);
        assertThatThrownBy(() -> ComplianceEngine.builder().classLoader(empty).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("org.ngoaivu:ngoaivu-rules");
    }

    @Test
    void parametersHaveTheCatalogueDefaultsAndRejectBadValues() {
        assertThat(Parameters.defaults().economicTeamThreshold()).isEqualTo(7);
        assertThat(Parameters.defaults().annualPlanDeadlineFor(2024)).isEqualTo(LocalDate.of(2023, 11, 15));
        assertThat(Parameters.defaults().with(Parameter.DELEGATION_REPORT_DAYS, 10).delegationReportDays()).isEqualTo(10);
        assertThatThrownBy(() -> Parameters.defaults().with(Parameter.DELEGATION_REPORT_DAYS, -1))
                .hasMessageContaining("at least 0");
        assertThat(Parameter.BUNDLED).hasSize(12).allMatch(p -> !p.rationale().isBlank());
    }

    @Test
    void parametersWithoutAVerifiedSourceAreLabelledAsAssumptions() {
        assertThat(Parameter.BUNDLED).filteredOn(p -> p.rationale().startsWith("Assumption:"))
                .containsExactlyInAnyOrder(Parameter.ANNUAL_PLAN_DEADLINE, Parameter.DELEGATION_REPORT_DAYS);
    }

    private static Finding finding(Severity s, String rule, String id) {
        return new Finding(rule, s, Subject.of(SubjectType.MISSION, id, Optional.of("Đại sứ quán")),
                new LocalizedText("vi " + id, "en " + id), "source", Map.of("economicTeamThreshold", 7),
                Map.of("diplomatCount", 8), Map.of());
    }

    private static RuleDescriptor rule(String id, SubjectType type) {
        return new RuleDescriptor(id, "Rule " + id, "mission", Severity.WARNING, type, "source", List.of(), "bundled");
    }

    @Test
    void reportSortsFindingsCountsEverySeverityAndWritesTheContract() {
        ComplianceReport report = new ComplianceReport(LocalDate.of(2024, 3, 31), 2024, "sha256:x",
                List.of(rule("a", SubjectType.MISSION), rule("b", SubjectType.MISSION), rule("z", SubjectType.MISSION)),
                List.of(finding(Severity.ADVICE, "b", "2"), finding(Severity.VIOLATION, "z", "1"),
                        finding(Severity.VIOLATION, "a", "9")), List.of());
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("a", "z", "b");
        assertThat(report.summary()).containsExactly(Map.entry(Severity.VIOLATION, 2), Map.entry(Severity.WARNING, 0),
                Map.entry(Severity.ADVICE, 1));
        String json = ReportJson.write(report);
        assertThat(json).startsWith("{\n  \"formatVersion\" : 1,\n  \"asOf\" : \"2024-03-31\",\n  \"planYear\" : 2024,")
                .contains("\"summary\" : {\n    \"VIOLATION\" : 2,\n    \"WARNING\" : 0,\n    \"ADVICE\" : 1\n  }")
                .contains("\"subject\" : {\n        \"type\" : \"MISSION\",\n        \"id\" : \"9\",\n        \"name\" : \"Đại sứ quán\"")
                .contains("\"parameters\" : {\n        \"economicTeamThreshold\" : 7");
        assertThat(ReportJson.write(report)).isEqualTo(json);
    }

    @Test
    void reportWritesFactsWithTheirJsonTypes() {
        Finding typed = new Finding("a", Severity.WARNING, Subject.of(SubjectType.MISSION, "1"),
                new LocalizedText("vi", "en"), "source", Map.of(), new java.util.LinkedHashMap<>(Map.of("daysLate", 4,
                "dueOn", LocalDate.of(2024, 3, 16), "informed", false, "sections", List.of("LABOUR", "INVESTMENT"))),
                Map.of());
        ComplianceReport report = new ComplianceReport(LocalDate.of(2024, 3, 31), 2024, "sha256:x",
                List.of(rule("a", SubjectType.MISSION)), List.of(typed), List.of());
        String json = ReportJson.write(report);
        assertThat(json).contains("\"daysLate\" : 4").contains("\"dueOn\" : \"2024-03-16\"")
                .contains("\"informed\" : false").containsPattern("\"sections\" : \\[\\s*\"LABOUR\",\\s*\"INVESTMENT\"\\s*]");
        assertThat(typed.facts().get("daysLate")).as("whole numbers are widened to Long").isEqualTo(4L);
        assertThat(typed.factTexts()).containsEntry("dueOn", "2024-03-16").containsEntry("sections", "LABOUR,INVESTMENT");
    }

    @Test
    void aFindingRefusesAFactWithoutAJsonType() {
        assertThatThrownBy(() -> new Finding("a", Severity.WARNING, Subject.of(SubjectType.MISSION, "1"),
                new LocalizedText("vi", "en"), "source", Map.of(), Map.of("when", java.time.LocalTime.NOON), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fact when");
    }

    @Test
    void findingsSortBySeverityRuleSubjectIdSubjectTypeThenEnglishAndVietnameseMessage() {
        List<Finding> ordered = List.of(
                sortable(Severity.VIOLATION, "b", SubjectType.MISSION, "1", "z", "z"),
                sortable(Severity.WARNING, "a", SubjectType.MISSION, "1", "a", "a"),
                sortable(Severity.WARNING, "b", SubjectType.MISSION, "1", "a", "a"),
                sortable(Severity.WARNING, "b", SubjectType.PROVINCE, "1", "a", "a"),
                sortable(Severity.WARNING, "b", SubjectType.MISSION, "2", "a", "a"),
                sortable(Severity.WARNING, "b", SubjectType.PROVINCE, "2", "a", "b"),
                sortable(Severity.WARNING, "b", SubjectType.PROVINCE, "2", "b", "a"));
        List<Finding> shuffled = new java.util.ArrayList<>(ordered);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        shuffled.sort(Finding.ORDER);
        assertThat(shuffled).containsExactlyElementsOf(ordered);
    }

    private static Finding sortable(Severity s, String rule, SubjectType type, String id, String en, String vi) {
        return new Finding(rule, s, Subject.of(type, id), new LocalizedText(vi, en), "source", Map.of(), Map.of(),
                Map.of());
    }

    @Test
    void explanationSplitsTheRulesOfTheSubjectsTypeIntoPassedAndFired() {
        ComplianceReport report = new ComplianceReport(LocalDate.of(2024, 3, 31), 2024, "sha256:x",
                List.of(rule("a", SubjectType.MISSION), rule("b", SubjectType.MISSION), rule("p", SubjectType.PROVINCE)),
                List.of(finding(Severity.VIOLATION, "a", "EMB-1"), finding(Severity.VIOLATION, "a", "EMB-2")), List.of());
        Explanation one = report.explain(SubjectType.MISSION, "EMB-1");
        assertThat(one.fired()).extracting(RuleDescriptor::id).containsExactly("a");
        assertThat(one.passed()).extracting(RuleDescriptor::id).containsExactly("b");
        assertThat(one.checked()).extracting(RuleDescriptor::id).containsExactly("a", "b");
        assertThat(one.findings()).singleElement().extracting(f -> f.facts().get("diplomatCount")).isEqualTo(8L);
        assertThat(report.explain(SubjectType.PROVINCE, "HN").passed()).extracting(RuleDescriptor::id)
                .containsExactly("p");
    }

    @Test
    void aDatedValueHoldsFromItsFirstDayToTheDayBeforeTheNextOrItsLastDay() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        ParameterSchedule schedule = ParameterSchedule.builder()
                .undated(Parameters.defaults().with(Parameter.DELEGATION_REPORT_DAYS, 20))
                .value(Parameter.ECONOMIC_TEAM_THRESHOLD, from, 5)
                .value(Parameter.ECONOMIC_TEAM_THRESHOLD, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 4)
                .build();
        assertThat(schedule.on(from.minusDays(1)).economicTeamThreshold()).isEqualTo(7);
        assertThat(schedule.on(from.minusDays(1)).validFrom(Parameter.ECONOMIC_TEAM_THRESHOLD)).isEmpty();
        assertThat(schedule.on(from).economicTeamThreshold()).isEqualTo(5);
        assertThat(schedule.on(from).validFrom(Parameter.ECONOMIC_TEAM_THRESHOLD)).contains(from);
        assertThat(schedule.on(LocalDate.of(2025, 12, 31)).economicTeamThreshold()).isEqualTo(5);
        assertThat(schedule.on(LocalDate.of(2026, 6, 30)).economicTeamThreshold()).isEqualTo(4);
        assertThat(schedule.on(LocalDate.of(2026, 7, 1)).economicTeamThreshold())
                .as("after its validUntil no dated value holds: the undated one applies").isEqualTo(7);
        assertThat(schedule.on(from).delegationReportDays()).isEqualTo(20);
    }

    @Test
    void overlappingDatedValuesAreRejected() {
        ParameterSchedule.Builder builder = ParameterSchedule.builder()
                .value(Parameter.ECONOMIC_TEAM_THRESHOLD, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 5);
        assertThatThrownBy(() -> builder.value(Parameter.ECONOMIC_TEAM_THRESHOLD, LocalDate.of(2025, 12, 31), 6))
                .hasMessageContaining("overlaps the one from 2025-01-01");
        assertThatThrownBy(() -> builder.value(Parameter.ECONOMIC_TEAM_THRESHOLD, LocalDate.of(2025, 1, 1), 6))
                .hasMessageContaining("overlaps");
        assertThatThrownBy(() -> builder.value(Parameter.ECONOMIC_TEAM_THRESHOLD, LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 1, 1), 6)).hasMessageContaining("ends (validUntil 2026-01-01) before it starts");
        builder.value(Parameter.ECONOMIC_TEAM_THRESHOLD, LocalDate.of(2026, 1, 1), 6);
    }

    @Test
    void policiesCombineAndTheLaterSeverityWins() {
        Policy policy = new Policy(Set.of("b", "a"), Map.of("x", Severity.ADVICE))
                .and(new Policy(Set.of("c"), Map.of("x", Severity.VIOLATION)));
        assertThat(policy.disabledRules()).containsExactly("a", "b", "c");
        assertThat(policy.severityOverrides()).containsExactly(Map.entry("x", Severity.VIOLATION));
    }
}

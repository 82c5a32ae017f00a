package org.ngoaivu.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private static Finding finding(Severity s, String rule, String id) {
        return new Finding(rule, s, Subject.of(SubjectType.MISSION, id, Optional.of("Đại sứ quán")),
                new LocalizedText("vi " + id, "en " + id), "source", Map.of("economicTeamThreshold", 7),
                Map.of("diplomatCount", "8"));
    }

    @Test
    void reportSortsFindingsCountsEverySeverityAndWritesTheContract() {
        ComplianceReport report = new ComplianceReport(LocalDate.of(2024, 3, 31), 2024, "sha256:x", 29,
                List.of(finding(Severity.ADVICE, "b", "2"), finding(Severity.VIOLATION, "z", "1"),
                        finding(Severity.VIOLATION, "a", "9")), List.of());
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("a", "z", "b");
        assertThat(report.summary()).containsExactly(Map.entry(Severity.VIOLATION, 2), Map.entry(Severity.WARNING, 0),
                Map.entry(Severity.ADVICE, 1));
        String json = ReportJson.write(report);
        assertThat(json).startsWith("{\n  \"asOf\" : \"2024-03-31\",\n  \"planYear\" : 2024,")
                .contains("\"summary\" : {\n    \"VIOLATION\" : 2,\n    \"WARNING\" : 0,\n    \"ADVICE\" : 1\n  }")
                .contains("\"subject\" : {\n        \"type\" : \"MISSION\",\n        \"id\" : \"9\",\n        \"name\" : \"Đại sứ quán\"")
                .contains("\"parameters\" : {\n        \"economicTeamThreshold\" : 7");
        assertThat(ReportJson.write(report)).isEqualTo(json);
    }
}

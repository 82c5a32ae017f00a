package org.ngoaivu.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.Parameter;
import org.ngoaivu.engine.ParameterSchedule;
import org.ngoaivu.engine.Policy;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.validation.Problem;

/** Parameters and policy files: what they mean, and every problem listed with its path. */
class ConfigurationFilesTest {

    @Test
    void parametersFileMixesUndatedAndDatedValues() {
        ParametersJson.Result result = ParametersJson.read("""
                { "economicTeamThreshold": 6,
                  "requiredPlanSections": ["ECONOMIC_DIPLOMACY"],
                  "delegationReportDays": [
                    { "validFrom": "2014-07-21", "value": 15 },
                    { "validFrom": "2025-01-01", "validUntil": "2025-12-31", "value": 10 } ] }""");
        assertThat(result.problems()).isEmpty();
        ParameterSchedule schedule = result.schedule().orElseThrow();
        assertThat(schedule.on(LocalDate.of(2024, 6, 1)).economicTeamThreshold()).isEqualTo(6);
        assertThat(schedule.on(LocalDate.of(2024, 6, 1)).requiredPlanSections()).hasSize(1);
        assertThat(schedule.on(LocalDate.of(2024, 6, 1)).delegationReportDays()).isEqualTo(15);
        assertThat(schedule.on(LocalDate.of(2025, 3, 1)).delegationReportDays()).isEqualTo(10);
        assertThat(schedule.on(LocalDate.of(2025, 3, 1)).validFrom(Parameter.DELEGATION_REPORT_DAYS))
                .contains(LocalDate.of(2025, 1, 1));
        assertThat(schedule.on(LocalDate.of(2026, 3, 1)).delegationReportDays())
                .as("after the last period ends the catalogue's default applies").isEqualTo(15);
    }

    @Test
    void badParametersFileListsEveryProblemWithItsPath() {
        ParametersJson.Result result = ParametersJson.read("""
                { "economicTeamTreshold": 6,
                  "minProgrammeItems": "two",
                  "delegationReportDays": [
                    { "validFrom": "2024-01-01", "value": 15 },
                    { "validFrom": "2024-01-01", "value": 10 },
                    { "validFrom": "2024-13-01", "value": 10 },
                    { "value": 10, "note": "x" } ] }""");
        assertThat(result.schedule()).isEmpty();
        assertThat(result.problems()).extracting(Problem::path).containsExactly(
                "$.delegationReportDays[1]", "$.delegationReportDays[2].validFrom",
                "$.delegationReportDays[3].note", "$.delegationReportDays[3].validFrom",
                "$.economicTeamTreshold", "$.minProgrammeItems");
        assertThat(result.problems().get(0).en()).contains("overlaps the one from 2024-01-01");
    }

    @Test
    void policyFileDisablesRulesAndOverridesSeverities() {
        PolicyJson.Result result = PolicyJson.read("""
                { "disable": ["mission-website"], "severity": { "report-late": "VIOLATION" } }""");
        assertThat(result.policy()).contains(new Policy(java.util.Set.of("mission-website"),
                java.util.Map.of("report-late", Severity.VIOLATION)));
    }

    @Test
    void badPolicyFileListsEveryProblemWithItsPath() {
        PolicyJson.Result result = PolicyJson.read("""
                { "disabled": ["x"], "disable": [1], "severity": { "report-late": "FATAL" } }""");
        assertThat(result.policy()).isEmpty();
        assertThat(result.problems()).extracting(Problem::path)
                .containsExactly("$.disable[0]", "$.disabled", "$.severity.report-late");
        assertThat(result.problems().get(1).en()).contains("Did you mean \"disable\"?");
    }
}

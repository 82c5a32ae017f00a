package org.ngoaivu.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Explanation;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.Parameter;
import org.ngoaivu.engine.ParameterSchedule;
import org.ngoaivu.engine.ReloadResult;
import org.ngoaivu.engine.RuleDescriptor;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.json.PolicyJson;
import org.ngoaivu.json.ReportJson;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.Mission;
import org.ngoaivu.model.MissionType;

/** Reload, policy files, dated parameters and explanations, as a rule author uses them. */
class AuthorsKitTest {
    private static final Dossier MISSIONS = missions(LocalDate.of(2025, 3, 31));

    private static Dossier missions(LocalDate asOf) {
        return Dossier.builder(asOf).mission(Mission.builder("SIX", MissionType.EMBASSY, "JP", 6).build())
                .mission(Mission.builder("THIRTY", MissionType.EMBASSY, "KR", 30).build()).build();
    }

    static void writeRule(Path dir, int moreThan) throws IOException {
        Files.writeString(dir.resolve("large.drl"), """
                package host.rules;
                import org.ngoaivu.model.Mission;
                global org.ngoaivu.rules.api.Findings findings;
                rule "Large missions are flagged"
                    @id("host-large-mission") @severity("ADVICE") @subject("MISSION") @source("host policy")
                when
                    $m : Mission( diplomatCount > %d )
                then
                    findings.about($m).report();
                end
                """.formatted(moreThan));
        Files.writeString(dir.resolve("messages_en.properties"), "host-large-mission={subject} is large.\n");
        Files.writeString(dir.resolve("messages_vi.properties"), "host-large-mission={subject} là cơ quan lớn.\n");
    }

    @Test
    void reloadSwapsInChangedRulesAndKeepsTheOldOnesWhenTheNewDoNotBuild(@TempDir Path dir) throws IOException {
        writeRule(dir, 20);
        ComplianceEngine engine = ComplianceEngine.builder().withoutBundledRules().addRules(dir).build();
        String first = engine.rulePackVersion();
        assertThat(engine.evaluate(MISSIONS).findingsOf("host-large-mission")).hasSize(1);
        assertThat(engine.reload().outcome()).isEqualTo(ReloadResult.Outcome.UNCHANGED);

        writeRule(dir, 5);
        ReloadResult reloaded = engine.reload();
        assertThat(reloaded.outcome()).isEqualTo(ReloadResult.Outcome.RELOADED);
        assertThat(reloaded.previousVersion()).isEqualTo(first);
        ComplianceReport after = engine.evaluate(MISSIONS);
        assertThat(after.findingsOf("host-large-mission")).hasSize(2);
        assertThat(after.rulePackVersion()).isEqualTo(reloaded.currentVersion()).isNotEqualTo(first);

        Files.writeString(dir.resolve("large.drl"), "package host.rules;\nrule \"broken\"\nwhen\n    Mission( \nthen\nend\n");
        ReloadResult failed = engine.reload();
        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.problems()).allSatisfy(p -> assertThat(p.resource()).endsWith("large.drl"));
        assertThat(engine.rulePackVersion()).isEqualTo(reloaded.currentVersion());
        assertThat(engine.evaluate(MISSIONS).findingsOf("host-large-mission")).as("the old rules still serve").hasSize(2);
    }

    @Test
    void watchedDirectoryReloadsWhenAFileChanges(@TempDir Path dir) throws Exception {
        writeRule(dir, 20);
        BlockingQueue<ReloadResult> results = new LinkedBlockingQueue<>();
        try (ComplianceEngine engine = ComplianceEngine.builder().withoutBundledRules().addRules(dir)
                .reloadOnChange(results::add).build()) {
            writeRule(dir, 5);
            ReloadResult result = results.poll(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
            assertThat(result).as("a reload within 30 s of the change").isNotNull();
            assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.RELOADED);
            assertThat(engine.evaluate(MISSIONS).findingsOf("host-large-mission")).hasSize(2);
        }
    }

    @Test
    void policyFileDisablesAndOverridesAndTheReportShowsIt() {
        var policy = PolicyJson.read("""
                { "disable": ["mission-website"], "severity": { "mission-economic-team": "ADVICE" } }""");
        ComplianceEngine engine = ComplianceEngine.builder().policy(policy.policy().orElseThrow()).build();
        ComplianceReport report = engine.evaluate(MISSIONS);
        assertThat(report.findingsOf("mission-website")).isEmpty();
        assertThat(report.disabledRules()).containsExactly("mission-website");
        assertThat(report.findingsOf("mission-economic-team")).extracting(Finding::severity).containsOnly(Severity.ADVICE);
        assertThat(ReportJson.write(report)).contains("\"disabledRules\" : [\n    \"mission-website\"\n  ]");
    }

    @Test
    void datedParameterInForceOnAsOfIsUsedAndRecordedWithItsDate() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        ComplianceEngine engine = ComplianceEngine.builder().parameters(ParameterSchedule.builder()
                .value(Parameter.ECONOMIC_TEAM_THRESHOLD, from, 5).build()).build();
        Finding six = engine.evaluate(MISSIONS).findingsAbout(SubjectType.MISSION, "SIX").stream()
                .filter(f -> f.ruleId().equals("mission-economic-team")).findFirst().orElseThrow();
        assertThat(six.parameters()).containsEntry("economicTeamThreshold", 5);
        assertThat(six.parametersValidFrom()).containsEntry("economicTeamThreshold", from);
        assertThat(ReportJson.write(engine.evaluate(MISSIONS))).contains("\"parametersValidFrom\" : {\n        \"economicTeamThreshold\" : \"2025-01-01\"");

        assertThat(engine.evaluate(missions(from.minusDays(1))).findingsAbout(SubjectType.MISSION, "SIX"))
                .extracting(Finding::ruleId).doesNotContain("mission-economic-team");
    }

    @Test
    void explanationListsTheRulesThatCheckedASubjectAndWhatTheyFound() {
        ComplianceReport report = ComplianceEngine.builder().build().evaluate(MISSIONS);
        Explanation six = report.explain(SubjectType.MISSION, "SIX");
        assertThat(six.checked()).extracting(RuleDescriptor::id).containsExactly("mission-economic-officer",
                "mission-economic-team", "mission-economic-team-sections", "mission-economic-training",
                "mission-head-directs-economic-work", "mission-website");
        assertThat(six.fired()).extracting(RuleDescriptor::id).containsExactly("mission-economic-officer",
                "mission-head-directs-economic-work", "mission-website");
        assertThat(six.passed()).extracting(RuleDescriptor::id).contains("mission-economic-team");
        assertThat(six.findings()).filteredOn(f -> f.ruleId().equals("mission-economic-officer")).singleElement()
                .satisfies(f -> assertThat(f.facts()).containsEntry("diplomatCount", 6L));
    }
}

package org.ngoaivu.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ngoaivu.json.ReportJson;
import org.ngoaivu.validation.Problem;

class ProgressTest {
    private static Finding finding(String rule, String id, String wording) {
        return new Finding(rule, Severity.WARNING, Subject.of(SubjectType.PROVINCE, id, Optional.of("Tỉnh " + id)),
                new LocalizedText("vi " + wording, "en " + wording), "source", Map.of("days", 15),
                Map.of("dueOn", LocalDate.of(2026, 3, 1), "trips", 3L, "late", true), Map.of());
    }

    private static ComplianceReport report(LocalDate asOf, String version, Finding... findings) {
        return new ComplianceReport(asOf, 2026, version, List.of(), List.of(findings), List.of());
    }

    private static final ComplianceReport JUNE = report(LocalDate.of(2026, 6, 30), "sha256:a",
            finding("annual-plan-missing", "P01", "x"), finding("report-late", "P02", "y"));

    @Test
    void eachFindingIsNewOrPersistingAndTheGoneOnesAreResolved() {
        ComplianceReport november = report(LocalDate.of(2026, 11, 30), "sha256:a",
                finding("report-late", "P02", "reworded"), finding("report-late", "P03", "z"));
        Progress progress = Progress.between(JUNE, november);
        assertThat(progress.persisting()).extracting(f -> f.subject().id()).containsExactly("P02");
        assertThat(progress.newFindings()).extracting(f -> f.subject().id()).containsExactly("P03");
        assertThat(progress.resolved()).extracting(Finding::ruleId).containsExactly("annual-plan-missing");
        assertThat(progress.baselineAsOf()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(progress.rulePackChanged()).isFalse();
    }

    @Test
    void aDifferentRulePackIsSaid() {
        assertThat(Progress.between(JUNE, report(LocalDate.of(2026, 11, 30), "sha256:b")).rulePackChanged()).isTrue();
    }

    @Test
    void aFindingWaivedSinceIsNotResolved() {
        ComplianceReport november = report(LocalDate.of(2026, 11, 30), "sha256:a",
                finding("annual-plan-missing", "P01", "x")).withWaivers(List.of(new Waiver("annual-plan-missing",
                Subject.of(SubjectType.PROVINCE, "P01"), "r", "a", LocalDate.of(2026, 7, 1), Optional.empty())));
        Progress progress = Progress.between(JUNE, november);
        assertThat(progress.resolved()).extracting(Finding::ruleId).containsExactly("report-late");
        assertThat(progress.newFindings()).isEmpty();
    }

    @Test
    void aWrittenReportReadsBackWithItsFindingsAndWaivers() {
        ComplianceReport waived = JUNE.withWaivers(List.of(new Waiver("report-late", Subject.of(SubjectType.PROVINCE,
                "P02"), "r", "a", LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2026, 12, 31))),
                new Waiver("x", Subject.of(SubjectType.MISSION, "M1"), "r", "a", LocalDate.of(2026, 1, 1),
                        Optional.empty())));
        ComplianceReport back = ReportJson.read(ReportJson.write(waived)).orElseThrow();
        assertThat(back.asOf()).isEqualTo(waived.asOf());
        assertThat(back.rulePackVersion()).isEqualTo("sha256:a");
        assertThat(back.findings()).extracting(Finding::ruleId, f -> f.subject().name(), Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("annual-plan-missing", Optional.of("Tỉnh P01"),
                        new LocalizedText("vi x", "en x")));
        assertThat(back.findings().get(0).facts()).containsEntry("trips", 3L).containsEntry("late", true)
                .containsEntry("dueOn", "2026-03-01");
        assertThat(back.waived()).hasSize(1);
        assertThat(back.unusedWaivers()).isEqualTo(waived.unusedWaivers());
        assertThat(ReportJson.write(back)).isEqualTo(ReportJson.write(waived));
    }

    @Test
    void theJsonReportMarksEachFindingAndListsTheResolved() {
        ComplianceReport november = report(LocalDate.of(2026, 11, 30), "sha256:b", finding("report-late", "P02", "y"),
                finding("report-late", "P03", "z"));
        String json = ReportJson.write(november, Progress.between(JUNE, november));
        assertThat(json).contains("\"progress\" : \"PERSISTING\"", "\"progress\" : \"NEW\"",
                "\"baselineAsOf\" : \"2026-06-30\"", "\"rulePackChanged\" : true",
                "\"resolved\" : [\n      {\n        \"ruleId\" : \"annual-plan-missing\"");
        assertThat(ReportJson.read(json).isValid()).as("the schema admits it").isTrue();
    }

    @Test
    void aFileThatIsNotAReportListsItsProblems() {
        assertThat(ReportJson.read("{ \"formatVersion\": 1, \"asOf\": \"2026-06-30\" }").problems())
                .extracting(Problem::path).contains("$.findings", "$.planYear", "$.rulePackVersion");
        assertThat(ReportJson.read("""
                { "formatVersion": 1, "asOf": "2026-02-30", "planYear": 2026, "rulePackVersion": "v",
                  "rulesEvaluated": 0, "summary": { "VIOLATION": 0, "WARNING": 0, "ADVICE": 0 },
                  "findings": [], "disabledRules": [] }""").problems()).singleElement().extracting(Problem::en)
                .asString().contains("2026-02-30");
    }
}

package org.ngoaivu.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ngoaivu.json.ReportJson;

class WaiverTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private static Finding violation(String rule, String id) {
        return new Finding(rule, Severity.VIOLATION, Subject.of(SubjectType.PROVINCE, id), new LocalizedText("vi " + id,
                "en " + id), "source", Map.of(), Map.of(), Map.of());
    }

    private static Waiver waiver(String rule, String id, Optional<LocalDate> expiresOn) {
        return new Waiver(rule, Subject.of(SubjectType.PROVINCE, id), "Do công việc thật cần thiết",
                "Thủ tướng Chính phủ", LocalDate.of(2026, 1, 5), expiresOn);
    }

    private static ComplianceReport report(Finding... findings) {
        return new ComplianceReport(AS_OF, 2026, "sha256:x", List.of(), List.of(findings), List.of());
    }

    @Test
    void aWaiverInForceSetsItsFindingApartAndTheReportHasNoViolationLeft() {
        Waiver w = waiver("annual-plan-missing", "P01", Optional.of(AS_OF));
        ComplianceReport waived = report(violation("annual-plan-missing", "P01")).withWaivers(List.of(w));
        assertThat(waived.findings()).isEmpty();
        assertThat(waived.waived()).extracting(WaivedFinding::waiver).containsExactly(w);
        assertThat(waived.hasViolations()).isFalse();
        assertThat(waived.summary().total()).isZero();
        assertThat(waived.expiredWaivers()).isEmpty();
        assertThat(waived.unusedWaivers()).isEmpty();
    }

    @Test
    void aWaiverPastItsExpiryIsListedAsExpiredAndItsFindingCountsAgain() {
        Waiver w = waiver("annual-plan-missing", "P01", Optional.of(AS_OF.minusDays(1)));
        ComplianceReport report = report(violation("annual-plan-missing", "P01")).withWaivers(List.of(w));
        assertThat(report.findings()).hasSize(1);
        assertThat(report.hasViolations()).isTrue();
        assertThat(report.expiredWaivers()).containsExactly(w);
        assertThat(report.unusedWaivers()).isEmpty();
    }

    @Test
    void aWaiverThatMatchesNoFindingIsListedAsUnused() {
        Waiver otherRule = waiver("report-late", "P01", Optional.empty());
        Waiver otherSubject = waiver("annual-plan-missing", "P02", Optional.empty());
        ComplianceReport report = report(violation("annual-plan-missing", "P01"))
                .withWaivers(List.of(otherRule, otherSubject));
        assertThat(report.findings()).hasSize(1);
        assertThat(report.unusedWaivers()).containsExactly(otherRule, otherSubject);
    }

    @Test
    void aWaiverMatchesTheSubjectsTypeAsWellAsItsId() {
        Waiver w = new Waiver("annual-plan-missing", Subject.of(SubjectType.MISSION, "P01"), "r", "a",
                LocalDate.of(2026, 1, 5), Optional.empty());
        assertThat(w.covers(violation("annual-plan-missing", "P01"))).isFalse();
    }

    @Test
    void aWaiverCannotExpireBeforeItWasApprovedNorHaveABlankReason() {
        assertThatThrownBy(() -> waiver("r", "P01", Optional.of(LocalDate.of(2026, 1, 4))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it was approved");
        assertThatThrownBy(() -> new Waiver("r", Subject.of(SubjectType.PROVINCE, "P01"), "\u3000", "a",
                LocalDate.of(2026, 1, 5), Optional.empty())).hasMessageContaining("reason");
    }

    @Test
    void theJsonReportWritesWaivedExpiredAndUnusedApart() {
        ComplianceReport report = report(violation("annual-plan-missing", "P01"), violation("report-late", "P02"))
                .withWaivers(List.of(waiver("annual-plan-missing", "P01", Optional.empty()),
                        waiver("report-late", "P02", Optional.of(LocalDate.of(2026, 2, 1))),
                        waiver("report-late", "P09", Optional.empty())));
        String json = ReportJson.write(report);
        assertThat(json).contains("\"waived\" : [", "\"expiredWaivers\" : [", "\"unusedWaivers\" : [",
                "\"VIOLATION\" : 1");
        assertThat(ReportJson.write(report(violation("a", "P01")))).doesNotContain("waived", "Waivers");
    }
}

package org.ngoaivu.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.LocalizedText;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.Subject;
import org.ngoaivu.engine.SubjectType;

/** The benchmark's hash tells findings apart by any field, and not by the order they come in. */
class WholeFindingsTest {
    private static final Finding LATE = finding("Báo cáo nộp chậm 3 ngày.", "The report came 3 days late.",
            Map.of("daysLate", 3L));
    private static final Finding MISSING = finding("Báo cáo chưa được gửi.", "The report was not submitted.",
            Map.of("dueOn", LocalDate.of(2024, 3, 1)));

    private static Finding finding(String vi, String en, Map<String, Object> facts) {
        return new Finding("report-late", Severity.VIOLATION, Subject.of(SubjectType.REPORT, "R1"),
                new LocalizedText(vi, en), "A2023", Map.of(), facts, Map.of());
    }

    @Test
    void theSameFindingsInAnotherOrderHashAlike() {
        assertThat(WholeFindings.digest(List.of(LATE, MISSING))).isEqualTo(WholeFindings.digest(List.of(MISSING, LATE)));
    }

    @Test
    void findingsThatDifferOnlyInTheEnglishMessageHashApart() {
        Finding otherEnglish = finding(LATE.message().vi(), "The report was 3 days late.", LATE.facts());
        assertThat(WholeFindings.digest(List.of(otherEnglish))).isNotEqualTo(WholeFindings.digest(List.of(LATE)));
    }

    @Test
    void aFactWrittenAsTextHashesApartFromTheSameNumber() {
        Finding asText = finding(LATE.message().vi(), LATE.message().en(), Map.of("daysLate", "3"));
        assertThat(WholeFindings.digest(List.of(asText))).isNotEqualTo(WholeFindings.digest(List.of(LATE)));
    }

    @Test
    void aSubjectNameHashesApartFromNone() {
        Finding named = new Finding(LATE.ruleId(), LATE.severity(), new Subject(SubjectType.REPORT, "R1",
                java.util.Optional.of("Báo cáo quý I")), LATE.message(), LATE.source(), LATE.parameters(), LATE.facts(),
                LATE.parametersValidFrom());
        assertThat(WholeFindings.digest(List.of(named))).isNotEqualTo(WholeFindings.digest(List.of(LATE)));
    }
}

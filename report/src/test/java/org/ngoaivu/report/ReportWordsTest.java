package org.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.SubjectType;

class ReportWordsTest {

    @Test
    void everySeverityAndSubjectTypeHasItsWordInBothLanguages() {
        for (ReportWords words : ReportWords.values()) {
            for (Severity s : Severity.values()) {
                assertThat(words.severity(s)).as(words + " " + s).isNotBlank();
            }
            for (SubjectType t : SubjectType.values()) {
                assertThat(words.subjectType(t)).as(words + " " + t).isNotBlank();
            }
            assertThat(words.area("agreement")).isNotEqualTo("agreement");
        }
        assertThat(ReportWords.VI.severity(Severity.ADVICE)).isEqualTo("KHUYẾN NGHỊ");
        assertThat(ReportWords.of(Locale.forLanguageTag("en")).subjectType(SubjectType.DELEGATION)).isEqualTo("Delegation");
        assertThat(ReportWords.VI.area("host-area")).as("a host pack's area keeps its name").isEqualTo("host-area");
    }
}

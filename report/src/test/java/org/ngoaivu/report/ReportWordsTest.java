package org.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

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

    @Test
    void bothLanguagesHaveTheSameWords() throws IOException {
        assertThat(keys("report_en.properties")).isEqualTo(keys("report_vi.properties"));
    }

    @Test
    void factsAndSeverityLettersHaveTheirWords() {
        assertThat(ReportWords.VI.fact("returnedOn")).isEqualTo("Ngày về nước");
        assertThat(ReportWords.EN.fact("returnedOn")).isEqualTo("Returned on");
        assertThat(ReportWords.EN.fact("hostFact")).as("a host rule's fact keeps its name").isEqualTo("hostFact");
        assertThat(ReportWords.VI.severityLetter(Severity.VIOLATION)).isEqualTo("VP");
        assertThat(ReportWords.EN.severityLetter(Severity.WARNING)).isEqualTo("W");
    }

    private static Set<Object> keys(String resource) throws IOException {
        Properties words = new Properties();
        try (Reader in = new InputStreamReader(ReportWords.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            words.load(in);
        }
        return new TreeSet<>(words.keySet());
    }
}

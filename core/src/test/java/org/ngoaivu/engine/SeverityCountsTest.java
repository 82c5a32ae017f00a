package org.ngoaivu.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SeverityCountsTest {
    @Test
    void summaryReadsAsASentenceInBothLanguages() {
        SeverityCounts counts = SeverityCounts.of(Map.of(Severity.VIOLATION, 2, Severity.ADVICE, 1));
        assertThat(counts).hasToString("3 findings: 2 violations, no warnings and 1 recommendation.");
        assertThat(counts.sentence().vi())
                .isEqualTo("3 phát hiện: 2 vi phạm, 0 cảnh báo và 1 khuyến nghị.");
        assertThat(SeverityCounts.of(Map.of(Severity.WARNING, 1)))
                .hasToString("1 finding: no violations, 1 warning and no recommendations.");
        assertThat(SeverityCounts.of(List.of())).hasToString("No findings.");
        assertThat(SeverityCounts.of(List.of()).sentence().vi()).isEqualTo("Không có phát hiện nào.");
    }

    @Test
    void summaryIsAMapHoldingEverySeverityInOrder() {
        SeverityCounts counts = SeverityCounts.of(Map.of(Severity.ADVICE, 4));
        assertThat(counts).containsExactly(Map.entry(Severity.VIOLATION, 0), Map.entry(Severity.WARNING, 0),
                Map.entry(Severity.ADVICE, 4));
        assertThat(counts.get(Severity.ADVICE)).isEqualTo(4);
        assertThat(counts.total()).isEqualTo(4);
        Map<Severity, Integer> plain = new EnumMap<>(Map.of(Severity.VIOLATION, 0, Severity.WARNING, 0,
                Severity.ADVICE, 4));
        assertThat(counts).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThatThrownBy(() -> counts.put(Severity.WARNING, 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void negativeCountIsRefused() {
        assertThatThrownBy(() -> SeverityCounts.of(Map.of(Severity.WARNING, -1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WARNING is -1");
    }

    @Test
    void evaluationSummaryReadsAsASentence() {
        EvaluationSummary summary = new EvaluationSummary("sha256:x", 29, List.of(), Map.of(Severity.VIOLATION, 1));
        assertThat(summary)
                .hasToString("29 rules evaluated; 1 finding: 1 violation, no warnings and no recommendations.");
        assertThat(summary.findings()).isEqualTo(1);
        assertThat(summary.counts()).containsEntry(Severity.ADVICE, 0);
    }
}

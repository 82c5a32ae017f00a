package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ngoaivu.examples.Quickstart;

class QuickstartTest {
    @Test
    void quickstartPrintsFindingsAndSummary() throws Exception {
        String out = StandardOutput.of(() -> Quickstart.main(new String[] {"data/national-sample-2024.json"}));
        assertThat(out).contains("VIOLATION annual-plan-late")
                .containsPattern("\\d+ findings: \\d+ violations, \\d+ warnings and \\d+ recommendations\\.");
    }
}

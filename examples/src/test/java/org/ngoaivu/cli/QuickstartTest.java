package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.ngoaivu.examples.Quickstart;

class QuickstartTest {
    @Test
    void quickstartPrintsFindingsAndSummary() throws Exception {
        String out = StandardOutput.of(() -> Quickstart.main(new String[] {"data/national-sample-2024.json"}));
        assertThat(out).contains("VIOLATION annual-plan-late").containsPattern("\\d+ findings: \\d+ violations, \\d+ warnings and \\d+ recommendations\\.");
    }

    @Test
    void readmeShowsTheQuickstartCode() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String source = Files.readString(Path.of("src/main/java/org/ngoaivu/examples/Quickstart.java"));
        for (String line : source.lines().filter(l -> l.startsWith("        ") && !l.isBlank()).toList()) {
            assertThat(readme).as("README contains: " + line.strip()).contains(line.strip());
        }
    }
}

package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.ngoaivu.examples.Quickstart;

class QuickstartTest {
    @Test
    void quickstartPrintsFindingsAndSummary() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            Quickstart.main(new String[] {"data/national-sample-2024.json"});
        } finally {
            System.setOut(original);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("VIOLATION annual-plan-late").contains("{VIOLATION=");
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

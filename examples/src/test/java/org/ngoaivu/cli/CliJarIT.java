package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Runs the shaded jar itself, as a user would: Drools must find its services inside it. */
class CliJarIT {
    private static String runJar() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", "target/ngoaivu-cli.jar", "check",
                "data/national-sample-2024.json", "--format", "json").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isEqualTo(1);
        return out;
    }

    @Test
    void shadedJarChecksTheNationalSample() throws Exception {
        assertThat(runJar()).contains("\"rulesEvaluated\" : 29").contains("\"ruleId\" : \"annual-plan-late\"");
    }

    @Test
    void reportIsByteIdenticalAcrossJvmRuns() throws Exception {
        assertThat(runJar()).isEqualTo(runJar());
    }
}

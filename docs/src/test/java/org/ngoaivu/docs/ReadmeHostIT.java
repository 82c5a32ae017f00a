package org.ngoaivu.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** What the README's host printed when maven-invoker-plugin built and ran it (its build.log). */
class ReadmeHostIT {
    @Test
    void readmeHostChecksTheNationalSampleAndPrintsTheSummarySentence() throws IOException {
        Path log = Path.of("target/it/readme-host/build.log");
        assertThat(log).as("maven-invoker-plugin ran the README host").exists();
        assertThat(Files.readString(log)).contains("VIOLATION annual-plan-late")
                .containsPattern("\\d+ findings: \\d+ violations, \\d+ warnings and \\d+ recommendations\\.")
                .contains("BUILD SUCCESS");
    }
}

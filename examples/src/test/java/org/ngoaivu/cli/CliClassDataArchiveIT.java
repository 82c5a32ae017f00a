package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The class-data archive the build records for the CLI maps, and the CLI started with it reports the same. */
class CliClassDataArchiveIT {
    private static String run(String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", "target/ngoaivu-cli.jar", "check", "data/national-sample-2024.json",
                "--format", "json"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isEqualTo(1);
        return out;
    }

    @Test
    void theReadmeCommandUsesTheArchiveAndReportsAsWithout() throws Exception {
        // -Xshare:on makes the JVM refuse to start when the archive cannot be used.
        String withArchive = run("-XX:SharedArchiveFile=target/ngoaivu-cli.jsa", "-Xshare:on",
                "-XX:TieredStopAtLevel=1");
        assertThat(withArchive).isEqualTo(run());
    }
}

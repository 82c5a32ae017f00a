package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar itself, as a user would: Drools must find its services inside it, and the class-data
 * archive the build records beside it must be usable.
 */
class CliJarIT {
    private static String runJar(String... jvmOptions) throws Exception {
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
    void shadedJarChecksTheNationalSample() throws Exception {
        assertThat(runJar()).contains("\"rulesEvaluated\" : 29").contains("\"ruleId\" : \"annual-plan-late\"");
    }

    @Test
    void reportIsByteIdenticalAcrossJvmRuns() throws Exception {
        assertThat(runJar()).isEqualTo(runJar());
    }

    @Test
    void theLauncherOpensAVietnameseFileNameUnderTheCLocale(@TempDir Path dir) throws Exception {
        // The shell writes the name's UTF-8 bytes (hồ-sơ.json), so that nothing here depends on this JVM's locale.
        String script = "f=\"$1/$(printf 'h\\341\\273\\223-s\\306\\241.json')\"; cp data/areas/mission.json \"$f\";"
                + " LC_ALL=C LANG=C ./ngoaivu check \"$f\" --format json";
        Process process = new ProcessBuilder("sh", "-c", script, "sh", dir.toString()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isEqualTo(1);
        assertThat(out).contains("\"rulesEvaluated\" : 29");
    }

    @Test
    void theReadmeCommandUsesTheBuildsClassDataArchiveAndReportsTheSame() throws Exception {
        // -Xshare:on makes the JVM refuse to start when the archive cannot be used.
        assertThat(runJar("-XX:SharedArchiveFile=target/ngoaivu-cli.jsa", "-Xshare:on", "-XX:TieredStopAtLevel=1"))
                .isEqualTo(runJar());
    }
}

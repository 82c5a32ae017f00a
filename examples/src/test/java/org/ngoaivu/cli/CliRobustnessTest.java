package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.ngoaivu.cli.NgoaivuCliTest.Run;
import org.junit.jupiter.api.io.TempDir;

/** The CLI never ends with a stack trace: internal errors exit 3, I/O errors are said in words. */
class CliRobustnessTest {
    private static final Path SAMPLE = Path.of("data/national-sample-2024.json");

    private static Run run(String... args) {
        return NgoaivuCliTest.run(args);
    }

    /** Runs the CLI in a JVM of its own, with the given heap and environment. */
    private static Run java(String heap, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), Ngoaivu.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void outOfMemoryExitsThreeWithOneSentenceAndDebugAddsTheTrace() throws Exception {
        Run run = java("-Xmx8m", Map.of(), "check", SAMPLE.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err().strip()).startsWith("Lỗi: ngoaivu đã dùng hết bộ nhớ").contains("-Xmx")
                .doesNotContain("\tat ").doesNotContain("Exception").hasLineCount(1);
        Run english = java("-Xmx8m", Map.of(), "check", SAMPLE.toString(), "--lang", "en");
        assertThat(english.err().strip()).startsWith("error: ngoaivu ran out of memory").hasLineCount(1);
        Run debug = java("-Xmx8m", Map.of(), "check", SAMPLE.toString(), "--debug");
        assertThat(debug.code()).isEqualTo(3);
        assertThat(debug.err()).contains("java.lang.OutOfMemoryError");
    }

    @Test
    void unreadableFilesAreSaidInWords(@TempDir Path dir) {
        Run missing = run("check", dir.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("$: Không tìm thấy hồ sơ " + dir.resolve("nope.json") + ".")
                .doesNotContain("NoSuchFile").doesNotContain("\tat ");
        Run folder = run("check", dir.toString(), "--lang", "en");
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).contains("is a folder, not a file").doesNotContain("IOException");
        Run output = run("check", SAMPLE.toString(), "--output", dir.resolve("no/such/folder/r.txt").toString());
        assertThat(output.code()).isEqualTo(2);
        assertThat(output.err()).contains("Lỗi: không ghi được báo cáo vào").contains("thư mục chứa tệp không tồn tại")
                .doesNotContain("Exception");
        Run english = run("check", SAMPLE.toString(), "--lang", "en", "--output",
                dir.resolve("no/such/folder/r.txt").toString());
        assertThat(english.err()).contains("cannot be written").contains("its folder does not exist");
    }

    @Test
    void outputEqualToAnInputIsRefusedAndTheInputIsKept(@TempDir Path dir) throws Exception {
        Path dossier = Files.copy(SAMPLE, dir.resolve("d.json"));
        byte[] before = Files.readAllBytes(dossier);
        Run run = run("check", dossier.toString(), "--output", dir.resolve(".").resolve("d.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("cũng là một tệp đầu vào; báo cáo sẽ ghi đè lên tệp đó");
        assertThat(run("check", dossier.toString(), "--lang", "en", "--output", dossier.toString()).err())
                .contains("is an input file");
        assertThat(Files.readAllBytes(dossier)).isEqualTo(before);
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{}");
        assertThat(run("check", dossier.toString(), "--policy", policy.toString(), "--output", policy.toString())
                .code()).isEqualTo(2);
        assertThat(Files.readString(policy)).isEqualTo("{}");
    }

    @Test
    void asOfMovesThePlanYearOfADossierThatGivesNone(@TempDir Path dir) throws Exception {
        Path dossier = dir.resolve("d.json");
        Files.writeString(dossier, """
                { "asOf": "2024-03-31", "provinces": [ { "id": "LCI", "name": "Lào Cai" } ] }""");
        assertThat(run("check", dossier.toString(), "--as-of", "2025-12-31", "--format", "json").out())
                .contains("\"planYear\" : 2025").contains("\"asOf\" : \"2025-12-31\"");
        Files.writeString(dossier, """
                { "asOf": "2024-03-31", "planYear": 2024, "provinces": [ { "id": "LCI" } ] }""");
        assertThat(run("check", dossier.toString(), "--as-of", "2025-12-31", "--format", "json").out())
                .as("a plan year the dossier gives is kept").contains("\"planYear\" : 2024");
    }

    @Test
    void fileNameThisLocaleCannotSpellIsAPlainSentence(@TempDir Path dir) throws Exception {
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "the test JVM must spell the name");
        Path dossier = Files.copy(SAMPLE, dir.resolve("hồ-sơ.json"));
        Run run = java("-Xmx256m", Map.of("LC_ALL", "C", "LANG", "C"), "check", dossier.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("UTF-8 locale").doesNotContain("InvalidPathException").doesNotContain("\tat ");
        Run utf8 = java("-Xmx256m", Map.of("LC_ALL", "C.UTF-8", "LANG", "C.UTF-8"), "check", dossier.toString());
        assertThat(utf8.code()).as(utf8.err()).isEqualTo(1);
    }
}

package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.json.DossierJson;

class SpreadsheetCliTest {
    private static final Path SAMPLE = Path.of("data/national-sample-2024.json");
    private static final Path SAMPLE_WORKBOOK = Path.of("data/national-sample-2024.xlsx");

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void templateWritesAWorkbookThatCheckReadsAsMissingItsDate() {
        Path template = dir.resolve("mau.xlsx");
        assertThat(run("template", "--lang", "vi", "--output", template.toString()).code()).isZero();
        CliRun check = run("check", template.toString(), "--lang", "vi");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).startsWith("Sổ làm việc " + template + " không hợp lệ (1 lỗi):").contains("asOf");
    }

    @Test
    void templateRefusesAnOutputThatIsNotXlsx() {
        CliRun run = run("template", "--output", dir.resolve("mau.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("must end in .xlsx");
    }

    @Test
    void convertTurnsJsonIntoAWorkbookAndBackIntoTheSameDossier() {
        Path workbook = dir.resolve("sample.xlsx");
        Path json = dir.resolve("sample.json");
        assertThat(run("convert", SAMPLE.toString(), "--output", workbook.toString()).code()).isZero();
        assertThat(run("convert", workbook.toString(), "--output", json.toString()).code()).isZero();
        assertThat(DossierJson.read(json).orElseThrow()).isEqualTo(DossierJson.read(SAMPLE).orElseThrow());
    }

    /** Each sample shipped as a workbook, beside its JSON. */
    static java.util.stream.Stream<String> shippedWorkbooks() {
        return java.util.stream.Stream.of("national-sample-2024", "national-sample-2026-11-30");
    }

    @ParameterizedTest
    @MethodSource("shippedWorkbooks")
    void checkOfTheShippedWorkbookReportsWhatTheJsonReports(String sample) {
        CliRun fromJson = run("check", "data/" + sample + ".json", "--format", "json");
        CliRun fromWorkbook = run("check", "data/" + sample + ".xlsx", "--format", "json");
        assertThat(fromWorkbook.code()).isEqualTo(fromJson.code()).isEqualTo(1);
        assertThat(fromWorkbook.out()).isEqualTo(fromJson.out());
    }

    @ParameterizedTest
    @MethodSource("shippedWorkbooks")
    void theShippedWorkbookIsTheConverterOutputOfTheShippedJson(String sample) {
        Path json = dir.resolve("back.json");
        assertThat(run("convert", "data/" + sample + ".xlsx", "--output", json.toString()).code()).isZero();
        assertThat(DossierJson.read(json).orElseThrow())
                .isEqualTo(DossierJson.read(Path.of("data/" + sample + ".json")).orElseThrow());
    }

    @Test
    void aWorkbookWithABadCellExitsTwoNamingSheetRowAndColumn() throws Exception {
        Path csv = Files.writeString(dir.resolve("plan.xlsx"), "id,name\nLCI,Lào Cai\n");
        CliRun run = run("check", csv.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("The workbook " + csv + " is not valid (1 problem):")
                .contains("not an Excel workbook").doesNotContain("Exception");
    }

    @Test
    void aMissingWorkbookIsOneSentenceAndExitTwo() {
        CliRun run = run("check", dir.resolve("none.xlsx").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("cannot be read: it does not exist.").doesNotContain("Exception");
    }

    @Test
    void convertRefusesJsonToJson() {
        CliRun run = run("convert", SAMPLE.toString(), "--output", dir.resolve("x.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("are both JSON");
    }

    @Test
    void aWorkbookJudgedOnAnotherDayReportsWhatItsJsonReports() {
        String[] options = {"--format", "json", "--as-of", "2025-06-30"};
        CliRun fromJson = run(concat("check", SAMPLE.toString(), options));
        CliRun fromWorkbook = run(concat("check", SAMPLE_WORKBOOK.toString(), options));
        assertThat(fromWorkbook.out()).contains("\"asOf\" : \"2025-06-30\"").isEqualTo(fromJson.out());
    }

    private static String[] concat(String command, String file, String... options) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(command, file),
                java.util.Arrays.stream(options)).toArray(String[]::new);
    }
}

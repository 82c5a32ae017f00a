package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

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
        assertThat(check.err()).startsWith("Sổ làm việc " + template + " không hợp lệ (1 lỗi):")
                .contains("  Thiếu trường bắt buộc \"asOf\".");
    }

    @Test
    void aProblemOfTheDossierInACellIsSaidInTheChosenLanguage() throws Exception {
        Path json = Files.writeString(dir.resolve("ho-so.json"), "{\"asOf\": \"2025-12-31\", \"provinces\": [{\"id\":"
                + " \"LCI\", \"name\": \"Lào Cai\"}], \"delegations\": [{\"id\": \"D1\", \"provinceId\": \"LCI\","
                + " \"destinationCountry\": \"JP\", \"leaderName\": \"Lê Văn C\", \"members\": [{\"name\":"
                + " \"Lê Văn C\"}]}]}");
        Path workbook = dir.resolve("ho-so.xlsx");
        assertThat(run("convert", json.toString(), "--output", workbook.toString()).code()).isZero();
        // As an officer would type it: the country's name in letters where its two-letter code belongs.
        Path typed = retyped(workbook, ">JP<", ">JPN<", dir.resolve("go-sai.xlsx"));
        CliRun vi = run("check", typed.toString());
        assertThat(vi.code()).isEqualTo(2);
        assertThat(vi.err().lines()).containsExactly("Sổ làm việc " + typed + " không hợp lệ (1 lỗi):",
                "  Trang tính Đoàn ra, dòng 3, cột Nước đến (C): \"JPN\" không phải là mã quốc gia gồm hai chữ cái"
                        + " theo ISO 3166 (ví dụ \"JP\").");
        assertThat(run("check", typed.toString(), "--lang", "en").err().lines()).containsExactly("The workbook "
                + typed + " is not valid (1 problem):", "  Sheet Đoàn ra, row 3, column Nước đến (C): \"JPN\" is not"
                + " an ISO 3166 alpha-2 country code such as \"JP\".");
    }

    /** A copy of a workbook with one text of its shared strings typed anew, as a person editing it would. */
    private static Path retyped(Path workbook, String text, String typed, Path copy) throws IOException {
        try (ZipFile in = new ZipFile(workbook.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    assertThat(xml).contains(text);
                    bytes = xml.replace(text, typed).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return copy;
    }

    @Test
    void templateRefusesAnOutputThatIsNotXlsx() {
        CliRun run = run("template", "--output", dir.resolve("mau.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("phải có đuôi .xlsx");
        assertThat(run("template", "--lang", "en", "--output", dir.resolve("mau.json").toString()).err())
                .contains("must end in .xlsx");
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
        assertThat(run.err().lines()).containsExactly("Lỗi: không đọc được sổ làm việc " + dir.resolve("none.xlsx")
                + ": tệp không tồn tại.");
        assertThat(run("check", dir.resolve("none.xlsx").toString(), "--lang", "en").err())
                .contains("cannot be read: it does not exist.").doesNotContain("Exception");
    }

    @Test
    void convertRefusesJsonToJson() {
        CliRun run = run("convert", SAMPLE.toString(), "--output", dir.resolve("x.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("đều là tệp JSON. Hãy đặt tên tệp --output có đuôi .xlsx.");
        assertThat(run("convert", SAMPLE.toString(), "--lang", "en", "--output", dir.resolve("x.json").toString())
                .err()).contains("are both JSON");
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

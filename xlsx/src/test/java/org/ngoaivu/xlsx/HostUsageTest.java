package org.ngoaivu.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.model.Dossier;

/** The snippet of docs/spreadsheets.md, run: a host reads a workbook and prints its problems in Vietnamese. */
class HostUsageTest {
    @TempDir
    Path dir;

    @Test
    void aHostReadsAWorkbookAndPrintsEachProblemInVietnamese() {
        Path file = Workbooks.sheets(dir.resolve("ho-so.xlsx"), java.util.Map.of("Hồ sơ", java.util.List.of(
                java.util.List.of("Ngày đánh giá"), java.util.List.of("asOf"), java.util.List.of("31/02/2025"))));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            host(file);
        } finally {
            System.setOut(stdout);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("Trang tính Hồ sơ, dòng 3, cột Ngày đánh giá"
                + " (A): “31/02/2025” không phải là một ngày (ngày/tháng/năm, ví dụ 31/12/2025).\n");
    }

    private static void host(Path file) {
        // tag::read[]
        WorkbookReadResult read = DossierWorkbook.read(file);
        if (read.isValid()) {
            Dossier dossier = read.dossier().orElseThrow();
            System.out.println(dossier.delegations().size() + " delegations");
        } else {
            read.problems().forEach(p -> System.out.println(p.describe(Locale.forLanguageTag("vi"))));
        }
        // end::read[]
    }
}

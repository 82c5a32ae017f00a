package org.ngoaivu.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each hostile or foreign file gives one clear problem, never an exception; the fixtures are built here. */
class HostileWorkbookTest {
    @TempDir
    Path dir;

    private Path template() throws IOException {
        Path file = dir.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            DossierWorkbook.writeTemplate(Workbooks.VI, out);
        }
        return file;
    }

    private static String english(WorkbookReadResult read) {
        assertThat(read.problems()).hasSize(1);
        return read.problems().get(0).describe(Locale.ENGLISH);
    }

    /** A workbook with the dossier sheet and one province row whose id cell is given by {@code id}. */
    private Path province(Path file, java.util.function.Consumer<Worksheet> provinceSheet) {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Hồ sơ", List.of(List.of("Ngày đánh giá"), List.of("asOf"), List.of("31/12/2025")));
        sheets.put("Tỉnh, thành phố", List.of(List.of("Mã", "Tên"), List.of("id", "name")));
        return Workbooks.sheets(file, sheets, ws -> {
            if (ws.getName().equals("Tỉnh, thành phố")) {
                provinceSheet.accept(ws);
            }
        });
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= Guard.MAX_UNPACKED_BYTES; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(2L * 1024 * 1024);
        assertThat(english(DossierWorkbook.read(file))).startsWith("The file unpacks to more than 256 MiB")
                .contains("zip bomb");
    }

    @Test
    void aWorkbookOfTooManyPartsIsRefused() throws IOException {
        Path file = dir.resolve("parts.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i <= Guard.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("x/" + i));
                zip.closeEntry();
            }
        }
        assertThat(english(DossierWorkbook.read(file))).contains("parts (it may be a zip bomb)");
    }

    @Test
    void aMacroEnabledWorkbookIsRefusedByItsNameAndByItsContent() throws IOException {
        Path xlsm = Files.copy(template(), dir.resolve("plan.xlsm"));
        assertThat(english(DossierWorkbook.read(xlsm))).contains("macros (VBA, .xlsm)");
        Path hidden = Workbooks.rewrite(template(), dir.resolve("hidden.xlsx"), UnaryOperator.identity(),
                Map.of("xl/vbaProject.bin", new byte[] {1, 2, 3}));
        assertThat(english(DossierWorkbook.read(hidden))).contains("macros (VBA, .xlsm)");
    }

    @Test
    void aWorkbookWithExternalLinksIsRefused() throws IOException {
        Path file = Workbooks.rewrite(template(), dir.resolve("links.xlsx"), UnaryOperator.identity(),
                Map.of("xl/externalLinks/externalLink1.xml", Workbooks.bytes("<externalLink/>")));
        assertThat(english(DossierWorkbook.read(file))).startsWith("The workbook links to other workbooks");
    }

    @Test
    void aFormulaWithoutAComputedValueIsAProblemOfItsCell() {
        Path file = province(dir.resolve("formula.xlsx"), ws -> ws.formula(2, 0, "CONCATENATE(\"LC\",\"I\")"));
        assertThat(english(DossierWorkbook.read(file))).isEqualTo("Sheet Tỉnh, thành phố, row 3, column Mã (A): The"
                + " cell holds the formula =CONCATENATE(\"LC\",\"I\") without a computed value; open and save the workbook in"
                + " Excel or LibreOffice, or type the value.");
    }

    @Test
    void aFormulaIsReadAsTheValueItLastComputed() {
        Path written = province(dir.resolve("formula.xlsx"), ws -> ws.formula(2, 0, "CONCATENATE(\"LC\",\"I\")"));
        Path cached = Workbooks.rewrite(written, dir.resolve("cached.xlsx"), text -> text.replaceAll(
                "<c r=\"A3\"([^>]*)><f>([^<]*)</f></c>", "<c r=\"A3\" t=\"str\"><f>$2</f><v>LCI</v></c>"), Map.of());
        WorkbookReadResult read = DossierWorkbook.read(cached);
        assertThat(read.problems()).isEmpty();
        assertThat(read.dossier().orElseThrow().provinces().get(0).id()).isEqualTo("LCI");
    }

    @Test
    void mergedCellsAreAProblemOfTheirSheetAndRow() {
        Path file = province(dir.resolve("merged.xlsx"), ws -> {
            ws.value(2, 0, "LCI");
            ws.range(2, 0, 2, 1).merge();
        });
        assertThat(english(DossierWorkbook.read(file))).isEqualTo("Sheet Tỉnh, thành phố, row 3: Cells A3:B3 are"
                + " merged; unmerge them: each value belongs in a cell of its own.");
    }

    @Test
    void aSheetOfAMillionRowsIsCutWithOneProblem() {
        Path file = province(dir.resolve("million.xlsx"), ws -> {
            for (int r = 2; r < 1_000_002; r++) {
                ws.value(r, 0, r);
            }
        });
        assertThat(english(DossierWorkbook.read(file))).isEqualTo("Sheet Tỉnh, thành phố, row 200003: The sheet has"
                + " more than 200,000 data rows, the most ngoaivu reads; split the dossier into several files.");
    }

    /** The start of an OLE2 compound file, with the names of its streams as UTF-16 directory entries. */
    private Path ole2(String name, String... streams) throws IOException {
        List<Byte> bytes = new ArrayList<>();
        for (int b : new int[] {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) {
            bytes.add((byte) b);
        }
        for (int i = 0; i < 504; i++) {
            bytes.add((byte) 0);
        }
        for (String s : streams) {
            for (byte b : s.getBytes(StandardCharsets.UTF_16LE)) {
                bytes.add(b);
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return Files.write(dir.resolve(name), out);
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws IOException {
        Path file = ole2("secret.xlsx", "EncryptionInfo", "EncryptedPackage");
        assertThat(english(DossierWorkbook.read(file))).startsWith("The workbook is password-protected");
    }

    @Test
    void anExcel97WorkbookIsRefused() throws IOException {
        Path file = ole2("old.xls", "Workbook", "SummaryInformation");
        assertThat(english(DossierWorkbook.read(file))).startsWith("The file is in the Excel 97–2003 format (.xls)");
    }

    @Test
    void aCsvRenamedXlsxIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.xlsx"), "id,name\nLCI,Lào Cai\n");
        assertThat(english(DossierWorkbook.read(file))).isEqualTo("The file is not an Excel workbook (.xlsx); it may"
                + " be text or a CSV renamed. Open it in Excel or LibreOffice and save it as an Excel Workbook"
                + " (.xlsx).");
    }

    @Test
    void aDamagedZipIsRefused() throws IOException {
        Path file = Files.write(dir.resolve("torn.xlsx"), new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9, 9});
        assertThat(english(DossierWorkbook.read(file))).startsWith("The .xlsx file is damaged");
    }

    @Test
    void aSheetThatIsNotWellFormedXmlIsRefusedAsDamaged() {
        Path written = province(dir.resolve("p.xlsx"), ws -> ws.value(2, 0, "LCI"));
        Path broken = Workbooks.rewrite(written, dir.resolve("broken.xlsx"), text -> text.startsWith(
                "xl/worksheets/sheet2.xml") ? text.replace("<sheetData>", "<sheetData>&\"") : text, Map.of());
        assertThat(english(DossierWorkbook.read(broken))).startsWith("The .xlsx file is damaged");
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws IOException {
        Path file = dir.resolve("other.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write(Workbooks.bytes("hello"));
            zip.closeEntry();
        }
        assertThat(english(DossierWorkbook.read(file))).startsWith("The .xlsx file is damaged");
    }

    @Test
    void anUnknownSheetIsAProblemNotSilence() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Hồ sơ", List.of(List.of("Ngày đánh giá"), List.of("asOf"), List.of("31/12/2025")));
        sheets.put("Ghi chú", List.of(List.of("x")));
        assertThat(english(DossierWorkbook.read(Workbooks.sheets(dir.resolve("n.xlsx"), sheets))))
                .startsWith("Sheet Ghi chú: This sheet is not part of the dossier template");
    }

    @Test
    void aCollectionInBothLanguagesIsAProblemNotADroppedSheet() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Hồ sơ", List.of(List.of("Ngày đánh giá"), List.of("asOf"), List.of("31/12/2025")));
        sheets.put("Tỉnh, thành phố", List.of(List.of("Mã"), List.of("id"), List.of("LCI")));
        sheets.put("Provinces", List.of(List.of("Id"), List.of("id"), List.of("HNI")));
        assertThat(english(DossierWorkbook.read(Workbooks.sheets(dir.resolve("twice.xlsx"), sheets))))
                .isEqualTo("Sheet Provinces: This sheet holds the same records as sheet Tỉnh, thành phố; keep"
                        + " one of them.");
    }
}

package org.ngoaivu.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateTest {
    @TempDir
    Path dir;

    private Path template(Locale locale) throws IOException {
        Path file = dir.resolve("template-" + locale.getLanguage() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            DossierWorkbook.writeTemplate(locale, out);
        }
        return file;
    }

    private static String part(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theVietnameseTemplateOpensOnItsInstructionsThenOneSheetPerCollectionWithHeadersAndFieldNames()
            throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(template(Workbooks.VI).toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Hướng dẫn", "Hồ sơ", "Cơ quan đại diện",
                    "CQĐD – Cán bộ kinh tế", "Tỉnh, thành phố", "Kế hoạch", "Đoàn ra", "Đoàn ra – Thành viên",
                    "Thỏa thuận quốc tế", "Thỏa thuận – Hoạt động", "Thỏa thuận hợp tác", "Chuyến làm việc",
                    "Chương trình hợp tác", "Chương trình – Nhiệm vụ", "Báo cáo", "Danh mục");
            assertThat(sheets.get(sheets.size() - 1).getVisibility()).isEqualTo(SheetVisibility.HIDDEN);
            List<Row> delegations = sheets.get(6).read();
            assertThat(delegations.get(0).getCellText(0)).isEqualTo("Mã");
            assertThat(delegations.get(1).getCellText(0)).isEqualTo("id");
            int departed = delegations.get(1).stream().filter(c -> c != null && c.getText().equals("departedOn"))
                    .findFirst().orElseThrow().getColumnIndex();
            assertThat(delegations.get(0).getCellText(departed)).isEqualTo("Ngày xuất cảnh");
        }
    }

    @Test
    void everyEnumAndYesNoColumnHasADropDownOfItsVietnameseLabels() throws IOException {
        Path file = template(Workbooks.VI);
        String missions = part(file, "xl/worksheets/sheet3.xml");
        assertThat(missions.contains("type=\"list\"")).as("a list validation on the missions sheet").isTrue();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<Row> lists = wb.findSheet("Danh mục").orElseThrow().read();
            assertThat(lists.subList(0, 3)).extracting(r -> r.getCellText(0))
                    .containsExactly("Đại sứ quán", "Tổng lãnh sự quán", "Phái đoàn thường trực");
            assertThat(lists.subList(0, 2)).extracting(r -> r.getCellText(1)).containsExactly("Có", "Không");
        }
        long dropDowns = Layout.DOSSIER.sheets().stream().flatMap(s -> s.columns().stream())
                .filter(c -> c.kind() == Layout.Kind.ENUM || c.kind() == Layout.Kind.BOOLEAN).count();
        long written = 0;
        for (int i = 2; i <= Layout.DOSSIER.sheets().size() + 1; i++) {
            written += part(file, "xl/worksheets/sheet" + i + ".xml").split("<dataValidation ", -1).length - 1;
        }
        assertThat(written).isEqualTo(dropDowns);
    }

    @Test
    void dateColumnsAreFormattedDayMonthYear() throws IOException {
        assertThat(part(template(Workbooks.VI), "xl/styles.xml").contains("formatCode=\"dd/mm/yyyy\"")).isTrue();
    }

    @Test
    void theEnglishTemplateHasEnglishSheetsAndHeaders() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(template(Locale.ENGLISH).toFile())) {
            assertThat(wb.getSheets().map(Sheet::getName)).contains("Instructions", "Delegations",
                    "Delegations – members", "Lists");
            Row header = wb.findSheet("Delegations").orElseThrow().read().get(0);
            assertThat(header.getCellText(0)).isEqualTo("Id");
        }
    }

    @Test
    void anEmptyTemplateReadsAsADossierWithoutItsEvaluationDate() throws IOException {
        WorkbookReadResult read = DossierWorkbook.read(template(Workbooks.VI));
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.at()).isEmpty();
            assertThat(p.english()).contains("asOf");
        });
    }
}

package org.ngoaivu.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.model.Delegation;
import org.ngoaivu.model.Dossier;

class CellProblemsTest {
    @TempDir
    Path dir;

    /** A small Vietnamese workbook: the dossier sheet, one province, and delegations at the rows given. */
    private Path workbook(List<List<Object>> delegationRows, List<List<Object>> memberRows) {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Hồ sơ", List.of(List.of("Ngày đánh giá", "Năm kế hoạch"), List.of("asOf", "planYear"),
                List.of("31/12/2025", 2025)));
        sheets.put("Tỉnh, thành phố", List.of(List.of("Mã", "Tên"), List.of("id", "name"),
                List.of(" LCI\u00A0", "Lào Cai ")));
        List<List<Object>> delegations = new ArrayList<>();
        delegations.add(List.of("Mã", "Mã tỉnh, thành phố", "Nước đến", "Trưởng đoàn", "Ngày xuất cảnh"));
        delegations.add(List.of("id", "provinceId", "destinationCountry", "leaderName", "departedOn"));
        delegations.addAll(delegationRows);
        sheets.put("Đoàn ra", delegations);
        List<List<Object>> members = new ArrayList<>();
        members.add(List.of("Mã đoàn ra", "Họ tên"));
        members.add(List.of("delegationId", "name"));
        members.addAll(memberRows);
        sheets.put("Đoàn ra – Thành viên", members);
        return Workbooks.sheets(dir.resolve("small.xlsx"), sheets);
    }

    /** The workbook has one problem, said so in Vietnamese and so in English. */
    private static void assertSaidOnce(WorkbookReadResult read, String vietnamese, String english) {
        assertThat(Workbooks.describe(read, Workbooks.VI)).containsExactly(vietnamese);
        assertThat(Workbooks.describe(read, Locale.ENGLISH)).containsExactly(english);
    }

    private static List<Object> delegation(String id, String province, Object departed) {
        return List.of(id, province, "JP", "Lê Văn C", departed);
    }

    @Test
    void aTextThatIsNotADateIsReportedBySheetRowAndColumnInVietnamese() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(delegation("D1", "LCI", "01/03/2025"));
        for (int r = 4; r < 12; r++) {
            rows.add(List.of()); // empty rows end nothing
        }
        rows.add(delegation("D2", "LCI", "31/02/2025"));
        WorkbookReadResult read = DossierWorkbook.read(workbook(rows, List.of(List.of("D1", "Lê Văn C"),
                List.of("D2", "Lê Văn C"))));
        assertSaidOnce(read, "Trang tính Đoàn ra, dòng 12, cột Ngày xuất cảnh (E): “31/02/2025” không phải là một"
                + " ngày (ngày/tháng/năm, ví dụ 31/12/2025).", "Sheet Đoàn ra, row 12, column Ngày xuất cảnh (E):"
                + " “31/02/2025” is not a date (dd/MM/yyyy, for example 31/12/2025).");
    }

    @Test
    void datesTypedAsTextOrStoredAsDatesAreAcceptedAndSpacesTrimmed() {
        WorkbookReadResult read = DossierWorkbook.read(workbook(List.of(delegation("D1", "LCI", "1/3/2025"),
                delegation("D2", "LCI\u00A0", LocalDate.of(2025, 4, 2))), List.of(List.of("D1", "Lê Văn C "),
                List.of("D2", "Lê Văn C"))));
        assertThat(read.problems()).isEmpty();
        Dossier d = read.dossier().orElseThrow();
        assertThat(d.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(d.provinces().get(0).id()).isEqualTo("LCI");
        assertThat(d.delegations()).extracting(Delegation::departedOn)
                .containsExactly(java.util.Optional.of(LocalDate.of(2025, 3, 1)),
                        java.util.Optional.of(LocalDate.of(2025, 4, 2)));
    }

    @Test
    void aProblemOfTheDossierContractIsPlacedInTheCellItIsAbout() {
        WorkbookReadResult read = DossierWorkbook.read(workbook(List.of(delegation("D1", "HNI", "01/03/2025")),
                List.of(List.of("D1", "Lê Văn C"))));
        assertSaidOnce(read, "Trang tính Đoàn ra, dòng 3, cột Mã tỉnh, thành phố (B): Hồ sơ không có tỉnh, thành phố"
                + " nào mang mã \"HNI\".", "Sheet Đoàn ra, row 3, column Mã tỉnh, thành phố (B): No province with id"
                + " \"HNI\" is in the dossier.");
    }

    @Test
    void aMissingFieldIsNamedByItsColumnsVietnameseHeader() {
        WorkbookReadResult read = DossierWorkbook.read(workbook(List.of(List.of("D1", "LCI", " ", "Lê Văn C",
                "01/03/2025")), List.of(List.of("D1", "Lê Văn C"))));
        assertSaidOnce(read, "Trang tính Đoàn ra, dòng 3, cột Nước đến (C): Thiếu trường bắt buộc “Nước đến”.",
                "Sheet Đoàn ra, row 3, column Nước đến (C): The required field \"destinationCountry\" is missing.");
    }

    @Test
    void aMemberOfADelegationThatDoesNotExistIsReportedInItsParentIdCell() {
        WorkbookReadResult read = DossierWorkbook.read(workbook(List.of(delegation("D1", "LCI", "01/03/2025")),
                List.of(List.of("D1", "Lê Văn C"), List.of("D9", "Trần Văn B"))));
        assertThat(Workbooks.describe(read, Workbooks.VI)).containsExactly("Trang tính Đoàn ra – Thành viên, dòng 4,"
                + " cột Mã đoàn ra (A): Không có bản ghi nào mang mã “D9” trong trang tính Đoàn ra.");
    }

    @Test
    void aDelegationWithoutMembersIsReportedOnItsRow() {
        WorkbookReadResult read = DossierWorkbook.read(workbook(List.of(delegation("D1", "LCI", "01/03/2025")),
                List.of()));
        assertSaidOnce(read, "Trang tính Đoàn ra, dòng 3: Thiếu trường bắt buộc \"members\".",
                "Sheet Đoàn ra, row 3: The required field \"members\" is missing.");
    }

    @Test
    void aValueOutsideAnEnumListsTheLabelsItMayTake() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Hồ sơ", List.of(List.of("Ngày đánh giá"), List.of("asOf"), List.of("31/12/2025")));
        sheets.put("Cơ quan đại diện", List.of(List.of("Mã", "Loại", "Nước sở tại", "Số cán bộ"),
                List.of("id", "type", "hostCountry", "diplomatCount"), List.of("EMB-JP", "Đại sứ quán", "JP", 12),
                List.of("CG-OS", "Lãnh sự quán", "JP", "ba")));
        WorkbookReadResult read = DossierWorkbook.read(Workbooks.sheets(dir.resolve("m.xlsx"), sheets));
        assertThat(Workbooks.describe(read, Workbooks.VI)).containsExactly(
                "Trang tính Cơ quan đại diện, dòng 4, cột Loại (B): “Lãnh sự quán” không có trong danh sách: Đại sứ"
                        + " quán; Tổng lãnh sự quán; Phái đoàn thường trực.",
                "Trang tính Cơ quan đại diện, dòng 4, cột Số cán bộ (D): “ba” không phải là một số nguyên.");
    }

    @Test
    void anUnknownFieldInRowTwoIsAProblemOfItsColumn() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Dossier", List.of(List.of("As of", "Mood"), List.of("asOf", "mood"), List.of("31/12/2025", "ok")));
        WorkbookReadResult read = DossierWorkbook.read(Workbooks.sheets(dir.resolve("u.xlsx"), sheets));
        assertThat(Workbooks.describe(read, Locale.ENGLISH)).containsExactly("Sheet Dossier, row 2, column B: The"
                + " field “mood” is not part of the dossier template; delete the column or name it as the template"
                + " does.");
    }
}

package org.ngoaivu.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.ngoaivu.xlsx.Layout.Column;
import org.ngoaivu.xlsx.Layout.Kind;
import org.ngoaivu.xlsx.Layout.Sheet;

/** Writes the template, or a dossier's JSON tree, as a workbook laid out by {@link Layout}. */
final class WorkbookWriter {
    /** Rows below the headers that carry the drop-downs and date format in an empty template. */
    static final int TEMPLATE_ROWS = 1000;
    static final String DATE_FORMAT = "dd/mm/yyyy";
    private static final int FIRST_DATA_ROW = 2;

    private final Layout layout;
    private final Locale locale;
    private final boolean vi;

    WorkbookWriter(Layout layout, Locale locale) {
        this.layout = layout;
        this.locale = locale;
        this.vi = Layout.vietnamese(locale);
    }

    /** Writes the workbook; {@code dossier} empty gives the template. */
    void write(Optional<JsonNode> dossier, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "ngoaivu", "1.0");
        instructions(wb.newWorksheet(vi ? "Hướng dẫn" : "Instructions"));
        Map<String, Worksheet> sheets = new HashMap<>();
        for (Sheet s : layout.sheets()) {
            sheets.put(s.key(), wb.newWorksheet(s.name(locale)));
        }
        Worksheet lists = wb.newWorksheet(vi ? "Danh mục" : "Lists");
        lists.setVisibilityState(VisibilityState.HIDDEN);
        int listColumn = 0;
        for (Sheet s : layout.sheets()) {
            Worksheet ws = sheets.get(s.key());
            int rows = dossier.map(d -> fill(s, d, ws)).orElse(0);
            int last = FIRST_DATA_ROW + Math.max(rows, s.isRoot() ? 1 : TEMPLATE_ROWS) - 1;
            for (int c = 0; c < s.columns().size(); c++) {
                Column col = s.columns().get(c);
                header(ws, c, col);
                List<String> choices = choices(col);
                if (!choices.isEmpty()) {
                    for (int i = 0; i < choices.size(); i++) {
                        lists.value(i, listColumn, choices.get(i));
                    }
                    Range source = lists.range(0, listColumn, choices.size() - 1, listColumn);
                    ws.range(FIRST_DATA_ROW, c, last, c).validateWithList(source).allowBlank(true)
                            .errorStyle(DataValidationErrorStyle.STOP).showErrorMessage(true)
                            .errorTitle(vi ? "Giá trị không có trong danh sách" : "Not in the list")
                            .error(vi ? "Hãy chọn một giá trị trong danh sách." : "Choose a value from the list.");
                    listColumn++;
                }
                if (col.isDate()) {
                    ws.range(FIRST_DATA_ROW, c, last, c).style().format(DATE_FORMAT).set();
                }
            }
            ws.freezePane(s.isRoot() ? 0 : 1, FIRST_DATA_ROW);
        }
        wb.finish();
    }

    /** The values of a drop-down: the enum's labels, or yes and no; nothing for a list in one cell. */
    List<String> choices(Column col) {
        if (col.kind() == Kind.ENUM) {
            return vi ? col.valuesVi() : col.values();
        }
        return col.kind() == Kind.BOOLEAN ? List.of(Cells.yes(locale), Cells.no(locale)) : List.of();
    }

    private void header(Worksheet ws, int c, Column col) {
        ws.value(0, c, vi ? col.vi() : col.en());
        ws.style(0, c).bold().wrapText(true).fillColor("DDEBF7").verticalAlignment("top").set();
        ws.value(1, c, col.key());
        ws.style(1, c).italic().fontColor("808080").fontSize(8).set();
        ws.width(c, Math.min(45, Math.max(14, (vi ? col.vi() : col.en()).length() * 0.9 + 2)));
    }

    /** Writes a sheet's rows from the dossier; returns how many. */
    private int fill(Sheet s, JsonNode dossier, Worksheet ws) {
        List<Row> rows = rows(s, dossier);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            for (int c = 0; c < s.columns().size(); c++) {
                Column col = s.columns().get(c);
                JsonNode value = col.kind() == Kind.PARENT ? row.parentId : at(row.element, col.path());
                cell(ws, FIRST_DATA_ROW + r, c, col, value);
            }
        }
        return rows.size();
    }

    private record Row(JsonNode element, JsonNode parentId) {
    }

    /** The elements a sheet shows, each with its parent's id for a child sheet. */
    private static List<Row> rows(Sheet s, JsonNode dossier) {
        List<Row> out = new ArrayList<>();
        if (s.isRoot()) {
            out.add(new Row(dossier, null));
        } else if (s.parent().isEmpty()) {
            dossier.path(s.field()).forEach(e -> out.add(new Row(e, null)));
        } else {
            for (Row parent : rows(s.parent().get(), dossier)) {
                at(parent.element, List.of(s.field().split("\\."))).forEach(e -> out.add(new Row(e,
                        parent.element.path("id"))));
            }
        }
        return out;
    }

    private static JsonNode at(JsonNode node, List<String> path) {
        JsonNode n = node;
        for (String p : path) {
            n = n.path(p);
        }
        return n;
    }

    private void cell(Worksheet ws, int r, int c, Column col, JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return;
        }
        switch (col.kind()) {
            case DATE -> {
                ws.value(r, c, LocalDate.parse(value.asText()));
                ws.style(r, c).format(DATE_FORMAT).set();
            }
            case INTEGER -> ws.value(r, c, value.asLong());
            case BOOLEAN -> ws.value(r, c, value.asBoolean() ? Cells.yes(locale) : Cells.no(locale));
            case ENUM -> ws.value(r, c, Cells.label(col, value.asText(), locale));
            case ENUM_LIST, CODE_LIST, TEXT_LIST -> {
                List<String> items = new ArrayList<>();
                value.forEach(i -> items.add(col.kind() == Kind.ENUM_LIST ? Cells.label(col, i.asText(), locale)
                        : i.asText()));
                ws.value(r, c, String.join(col.kind() == Kind.TEXT_LIST ? "\n" : "; ", items));
                if (col.kind() == Kind.TEXT_LIST) {
                    ws.style(r, c).wrapText(true).set();
                }
            }
            default -> ws.value(r, c, value.asText());
        }
    }

    /** The first sheet: what the workbook is and how to fill it in. */
    private void instructions(Worksheet ws) {
        List<String> lines = vi ? List.of(
                "Mẫu hồ sơ đối ngoại — ngoaivu",
                "",
                "Mỗi trang tính là một danh mục; mỗi dòng là một bản ghi. Dòng 1 là tên cột, dòng 2 là tên trường"
                        + " (không sửa dòng 2).",
                "Ngày ghi theo dạng ngày/tháng/năm, ví dụ 31/12/2025; ô ngày đã được định dạng sẵn.",
                "Các cột có danh sách chọn: chọn một giá trị trong danh sách. Cột Có/Không: chọn Có hoặc Không.",
                "Nhiều giá trị trong một ô (nước, cửa khẩu, nội dung kế hoạch): ngăn cách bằng dấu chấm phẩy (;).",
                "Danh sách trong một bản ghi (thành viên đoàn, nhiệm vụ, hoạt động, cán bộ kinh tế) nằm ở trang tính"
                        + " riêng, cột đầu là mã của bản ghi cha.",
                "Dòng trống được bỏ qua. Không gộp ô, không dùng macro, không liên kết tới tệp khác.",
                "Kiểm tra: ngoaivu check TỆP.xlsx — mọi lỗi được báo theo trang tính, dòng và cột.",
                "",
                "Trang tính:")
                : List.of(
                "Foreign-affairs dossier template — ngoaivu",
                "",
                "Each sheet is a collection; each row one record. Row 1 holds the headers, row 2 the field names"
                        + " (do not edit row 2).",
                "Dates as dd/mm/yyyy, for example 31/12/2025; date cells are formatted already.",
                "Columns with a drop-down take one of its values. Yes/No columns take Yes or No.",
                "Several values in one cell (countries, gateways, plan contents): separate them with a semicolon (;).",
                "Lists inside a record (members, tasks, activities, economic officers) have sheets of their own whose"
                        + " first column is the parent's id.",
                "Empty rows are skipped. No merged cells, no macros, no links to other files.",
                "Check it: ngoaivu check FILE.xlsx — every problem is reported by sheet, row and column.",
                "",
                "Sheets:");
        int r = 0;
        for (String line : lines) {
            ws.value(r, 0, line);
            ws.style(r, 0).wrapText(true).verticalAlignment("top").set();
            // Spreadsheets do not grow a row for wrapped text written this way: about 100 characters a line.
            ws.rowHeight(r++, 15.0 * Math.max(1, (line.length() + 99) / 100));
        }
        ws.style(0, 0).bold().fontSize(14).set();
        ws.rowHeight(0, 24);
        for (Sheet s : layout.sheets()) {
            ws.value(r++, 0, "• " + s.name(locale) + " (" + s.columns().size() + (vi ? " cột)" : " columns)"));
        }
        ws.width(0, 80);
    }
}

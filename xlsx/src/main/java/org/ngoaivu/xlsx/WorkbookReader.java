package org.ngoaivu.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.json.DossierReadResult;
import org.ngoaivu.model.Text;
import org.ngoaivu.validation.Problem;
import org.ngoaivu.xlsx.Layout.Column;
import org.ngoaivu.xlsx.Layout.Kind;
import org.ngoaivu.xlsx.Layout.Sheet;

/**
 * Reads a workbook into the dossier's JSON tree, remembering for each JSON path the sheet, row and column it came
 * from; hands the tree to {@link DossierJson} and puts each of its problems back in the cell it is about. Cells that
 * are not what their column needs (a text that is not a date) are problems of their own, and the contract's
 * problem about the same cell is then left out.
 */
final class WorkbookReader {
    /** Data rows read per sheet; more is a problem, so that a sheet of a million rows is bounded. */
    static final int MAX_ROWS = 200_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> OWN_SHEETS = Set.of("Hướng dẫn", "Instructions", "Danh mục", "Lists");

    private final Layout layout;
    private final List<WorkbookProblem> problems = new ArrayList<>();
    /** The row each element's JSON path came from; a cell's place follows from its field's column. */
    private final Map<String, Line> places = new HashMap<>();
    /** Paths of cells that already have a problem of their own. */
    private final Set<String> failed = new HashSet<>();
    private final Map<String, Integer> sheetOrder = new HashMap<>();
    private boolean date1904;
    /** Sheets cut at {@link #MAX_ROWS}. */
    private final List<WorkbookProblem> tooLong = new ArrayList<>();

    WorkbookReader(Layout layout) {
        this.layout = layout;
    }

    /** One data row: the cells read, by column. */
    private record Line(int row, Map<Column, JsonNode> values, Columns sheet) {
        CellLocation at() {
            return sheet.at(row, Optional.empty());
        }

        CellLocation at(Column column) {
            return sheet.at(row, Optional.of(column));
        }
    }

    /** A sheet's name and the header and letter of each of its columns, as the workbook has them. */
    private record Columns(String name, Map<Column, String> labels) {
        CellLocation at(int row, Optional<Column> column) {
            return new CellLocation(name, OptionalInt.of(row), column.map(labels::get));
        }

        /** The column of a field path inside an element ({@code headOfMission.name}, {@code borderCountries[1]}). */
        Optional<Column> column(String field) {
            String key = field.replaceAll("\\[\\d+]", "");
            return labels.keySet().stream().filter(c -> key.equals(c.key()) || key.startsWith(c.key() + "."))
                    .findFirst();
        }
    }

    WorkbookReadResult read(Path file, Optional<LocalDate> judgedOn) throws IOException {
        List<WorkbookProblem> refused = Guard.check(file);
        if (!refused.isEmpty()) {
            return new WorkbookReadResult(Optional.empty(), refused);
        }
        Map<Sheet, List<Line>> sheets = new LinkedHashMap<>();
        Map<Sheet, String> names = new HashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            date1904 = wb.isDate1904();
            for (org.dhatim.fastexcel.reader.Sheet sheet : wb.getSheets().toList()) {
                sheetOrder.put(sheet.getName(), sheetOrder.size());
                if (sheet.getVisibility() != SheetVisibility.VISIBLE || OWN_SHEETS.contains(sheet.getName())) {
                    continue;
                }
                Optional<Sheet> spec = layout.sheetNamed(sheet.getName());
                if (spec.isPresent() && names.containsKey(spec.get())) {
                    // The same collection in both languages: one of them would be dropped unseen.
                    String first = names.get(spec.get());
                    problems.add(WorkbookProblem.of(new CellLocation(sheet.getName(), OptionalInt.empty(),
                            Optional.empty()), "trang tính này chứa cùng loại bản ghi với trang tính " + first
                            + "; hãy giữ một trong hai.", "this sheet holds the same records as sheet " + first
                            + "; keep one of them."));
                    continue;
                }
                if (spec.isEmpty()) {
                    problems.add(WorkbookProblem.of(new CellLocation(sheet.getName(), OptionalInt.empty(),
                            Optional.empty()), "trang tính này không thuộc mẫu hồ sơ; hãy xóa hoặc đổi tên theo mẫu.",
                            "this sheet is not part of the dossier template; delete it or name it as the template"
                                    + " does."));
                    continue;
                }
                names.put(spec.get(), sheet.getName());
                try (Stream<Row> rows = sheet.openStream()) {
                    sheets.put(spec.get(), lines(spec.get(), sheet.getName(), rows.iterator()));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
            // The file passed the guard as a zip, yet its parts are not a workbook.
            return new WorkbookReadResult(Optional.empty(), List.of(Guard.damaged()));
        } catch (RuntimeException e) {
            if (e.getCause() instanceof javax.xml.stream.XMLStreamException) {
                // A part that is not well-formed XML, which the XML parser reports unchecked.
                return new WorkbookReadResult(Optional.empty(), List.of(Guard.damaged()));
            }
            throw e;
        }
        if (!tooLong.isEmpty()) {
            // What a cut sheet would say about its missing rows is beside the point.
            return new WorkbookReadResult(Optional.empty(), tooLong);
        }
        ObjectNode dossier = assemble(sheets);
        // As DossierJson.read(file, asOf): without a planYear, the dossier owes the plans of the day's year.
        judgedOn.filter(day -> !dossier.has("planYear")).ifPresent(day -> dossier.put("planYear", day.getYear()));
        DossierReadResult read = DossierJson.read(dossier.toString());
        for (Problem p : read.problems()) {
            if (failed.stream().noneMatch(f -> p.path().equals(f) || p.path().startsWith(f + ".")
                    || p.path().startsWith(f + "["))) {
                problems.add(placed(p));
            }
        }
        if (problems.isEmpty()) {
            return new WorkbookReadResult(read.dossier().map(d -> judgedOn.map(d::withAsOf).orElse(d)), List.of());
        }
        problems.sort(Comparator.comparing((WorkbookProblem w) -> w.at().isPresent())
                .thenComparing(w -> w.at().map(a -> sheetOrder.getOrDefault(a.sheet(), -1)).orElse(-1))
                .thenComparing(w -> w.at().map(a -> a.row().orElse(0)).orElse(0)));
        return new WorkbookReadResult(Optional.empty(), problems);
    }

    /**
     * A problem of the dossier at its place: that of its path, or of the nearest enclosing path that has one. A
     * Vietnamese sentence that quotes the field of its cell names the column's Vietnamese header instead.
     */
    private WorkbookProblem placed(Problem problem) {
        String path = problem.path();
        for (String p = path; ; p = parent(p)) {
            Line line = places.get(p);
            if (line != null) {
                String field = path.substring(p.length()).replaceFirst("^\\.", "");
                Optional<Column> column = line.sheet().column(field);
                String vi = column.filter(c -> c.key().equals(field)).map(c -> problem.vi().replace(
                        "\"" + c.path().get(c.path().size() - 1) + "\"", "“" + c.vi() + "”")).orElse(problem.vi());
                return new WorkbookProblem(Optional.of(line.sheet().at(line.row(), column)), vi, problem.en());
            }
            if (p.equals("$")) {
                return new WorkbookProblem(Optional.empty(), problem.vi(), problem.en());
            }
        }
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "$" : path.substring(0, cut);
    }

    /** Reads the header rows and the data rows of one sheet. */
    private List<Line> lines(Sheet spec, String name, Iterator<Row> rows) {
        Map<Integer, Column> columns = new HashMap<>();
        Map<Integer, String> headers = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        boolean keysSeen = false;
        Columns sheet = null;
        while (rows.hasNext()) {
            Row row = rows.next();
            if (row.getRowNum() == 1) {
                cells(row).forEach(c -> text(c).ifPresent(t -> headers.put(c.getColumnIndex(), t)));
                continue;
            }
            if (row.getRowNum() == 2) {
                keysSeen = true;
                keys(spec, name, row, columns);
                continue;
            }
            if (!keysSeen) {
                // No row of field names: the headers of either language name the columns.
                keysSeen = true;
                headers.forEach((i, h) -> spec.columns().stream().filter(c -> c.vi().equals(h) || c.en().equals(h))
                        .findFirst().ifPresent(c -> columns.put(i, c)));
            }
            if (lines.size() == MAX_ROWS) {
                tooLong.add(WorkbookProblem.of(new CellLocation(name, OptionalInt.of(row.getRowNum()),
                                Optional.empty()),
                        "trang tính có hơn " + String.format(Locale.ROOT, "%,d", MAX_ROWS).replace(',', '.')
                                + " dòng dữ liệu; ngoaivu đọc tối đa chừng ấy dòng. Hãy chia hồ sơ thành nhiều tệp.",
                        "the sheet has more than " + String.format(Locale.ROOT, "%,d", MAX_ROWS) + " data rows, the"
                                + " most ngoaivu reads; split the dossier into several files."));
                break;
            }
            if (sheet == null) {
                Map<Column, String> labels = new HashMap<>();
                columns.forEach((i, col) -> labels.put(col, headers.getOrDefault(i, col.key()) + " (" + letter(i)
                        + ")"));
                sheet = new Columns(name, labels);
            }
            line(row, sheet, columns).ifPresent(lines::add);
        }
        return lines;
    }

    /** Row 2: the field name of each column; an unknown one is a problem. */
    private void keys(Sheet spec, String name, Row row, Map<Integer, Column> columns) {
        for (Cell c : cells(row)) {
            Optional<String> key = text(c);
            if (key.isEmpty()) {
                continue;
            }
            Optional<Column> column = spec.columns().stream().filter(col -> col.key().equals(key.get())).findFirst();
            if (column.isPresent()) {
                columns.put(c.getColumnIndex(), column.get());
            } else {
                problems.add(WorkbookProblem.of(new CellLocation(name, OptionalInt.of(2),
                        Optional.of(letter(c.getColumnIndex()))), "trường “" + key.get() + "” không có trong mẫu"
                        + " hồ sơ; hãy xóa cột này hoặc sửa tên trường theo mẫu.", "the field “" + key.get()
                        + "” is not part of the dossier template; delete the column or name it as the template"
                        + " does."));
            }
        }
        for (Column col : spec.columns()) {
            if (col.required() && !columns.containsValue(col)) {
                problems.add(WorkbookProblem.of(new CellLocation(name, OptionalInt.empty(), Optional.empty()),
                        "thiếu cột bắt buộc “" + col.vi() + "” (" + col.key() + ").", "the required column “"
                                + col.en() + "” (" + col.key() + ") is missing."));
            }
        }
    }

    /** A data row, or empty for a row whose cells are all blank. */
    private Optional<Line> line(Row row, Columns sheet, Map<Integer, Column> columns) {
        Map<Column, JsonNode> values = new LinkedHashMap<>();
        Line line = new Line(row.getRowNum(), values, sheet);
        for (Cell c : cells(row)) {
            Column col = columns.get(c.getColumnIndex());
            if (col != null) {
                value(c, col, line).ifPresent(v -> values.put(col, v));
            }
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(line);
    }

    /** A cell whose value is not what the column needs, kept as text beside a problem. */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String text;
        final String vi;
        final String en;

        Unreadable(String text, String vi, String en) {
            super(en, null, false, false);
            this.text = text;
            this.vi = vi;
            this.en = en;
        }
    }

    /** The cell's value for its column's JSON field; empty for a blank cell. */
    private Optional<JsonNode> value(Cell c, Column col, Line line) {
        try {
            return raw(c).flatMap(v -> convert(v, col));
        } catch (Unreadable u) {
            problems.add(WorkbookProblem.of(line.at(col), u.vi, u.en));
            return Optional.of(NODES.objectNode().put("$unreadable", u.text));
        }
    }

    /** The cell's value as the spreadsheet shows it: a string, a number or a flag; a formula gives its result. */
    private static Optional<Object> raw(Cell c) {
        CellType type = c.getType();
        if (type == CellType.FORMULA) {
            String cached = c.getRawValue();
            if (cached == null || cached.isEmpty()) {
                throw new Unreadable("=" + c.getFormula(), "ô có công thức =" + c.getFormula() + " nhưng chưa có giá"
                        + " trị đã tính; hãy mở và lưu lại tệp bằng Excel hoặc LibreOffice, hoặc nhập giá trị.",
                        "the cell holds the formula =" + c.getFormula() + " without a computed value; open and save"
                                + " the workbook in Excel or LibreOffice, or type the value.");
            }
            Object value = c.getValue();
            return Optional.of(value != null ? value : cached);
        }
        if (type == CellType.ERROR) {
            String shown = String.valueOf(c.getRawValue());
            throw new Unreadable(shown, "ô hiển thị lỗi " + shown + "; hãy sửa công thức hoặc nhập giá trị.",
                    "the cell shows the error " + shown + "; correct the formula or type the value.");
        }
        if (type == CellType.EMPTY || c.getValue() == null) {
            return Optional.empty();
        }
        Object value = c.getValue();
        if (value instanceof String s) {
            String stripped = Text.strip(s);
            return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
        }
        return Optional.of(value);
    }

    private Optional<JsonNode> convert(Object v, Column col) {
        String text = v instanceof BigDecimal n ? plain(n) : v instanceof Boolean b ? (b ? "TRUE" : "FALSE")
                : Text.strip(String.valueOf(v));
        return Optional.of(switch (col.kind()) {
            case DATE -> NODES.textNode((v instanceof BigDecimal n ? serial(n) : date(text)).toString());
            case INTEGER -> NODES.numberNode(integer(v, text));
            case BOOLEAN -> NODES.booleanNode(v instanceof Boolean b ? b : Cells.flag(text).orElseThrow(() ->
                    new Unreadable(text, "“" + text + "” không phải là Có hoặc Không.", "“" + text
                            + "” is not Yes or No.")));
            case ENUM -> NODES.textNode(code(col, text));
            case ENUM_LIST, CODE_LIST, TEXT_LIST -> list(col, text);
            default -> NODES.textNode(text);
        });
    }

    private static ArrayNode list(Column col, String text) {
        ArrayNode items = NODES.arrayNode();
        // Codes may be split by commas too; labels hold commas (“Chương trình, nhiệm vụ ...”), texts anything.
        String separators = switch (col.kind()) {
            case CODE_LIST -> "[;,\\n\\r]";
            case ENUM_LIST -> "[;\\n\\r]";
            default -> "\\R";
        };
        for (String item : text.split(separators)) {
            String t = Text.strip(item);
            if (!t.isEmpty()) {
                items.add(col.kind() == Kind.ENUM_LIST ? code(col, t) : t);
            }
        }
        return items;
    }

    private static String code(Column col, String text) {
        return Cells.code(col, text).orElseThrow(() -> new Unreadable(text, "“" + text
                + "” không có trong danh sách: " + String.join("; ", col.valuesVi()) + ".", "“" + text
                + "” is not one of: " + String.join(", ", col.values()) + "."));
    }

    private static long integer(Object v, String text) {
        try {
            BigDecimal n = v instanceof BigDecimal d ? d : new BigDecimal(text);
            return n.longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new Unreadable(text, "“" + text + "” không phải là một số nguyên.", "“" + text
                    + "” is not a whole number.");
        }
    }

    /** A date typed as text: dd/MM/yyyy as people write it, or yyyy-MM-dd as the JSON does. */
    private static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw notADate(text);
        }
    }

    private static Unreadable notADate(String text) {
        return new Unreadable(text, "“" + text + "” không phải là một ngày (ngày/tháng/năm, ví dụ 31/12/2025).",
                "“" + text + "” is not a date (dd/MM/yyyy, for example 31/12/2025).");
    }

    /** A date as the spreadsheet stores it: days since its epoch; a time of day is dropped. */
    private LocalDate serial(BigDecimal days) {
        long whole = days.longValue();
        if (whole < 1 || whole > 2_958_465) {
            throw notADate(plain(days));
        }
        // 1899-12-30 rather than 12-31: Excel counts 29/02/1900, a day that never was.
        return date1904 ? LocalDate.of(1904, 1, 1).plusDays(whole) : LocalDate.of(1899, 12, 30).plusDays(whole);
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    static String letter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    /** The cells a row has; the reader leaves gaps between them as nulls. */
    private static List<Cell> cells(Row row) {
        return row.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static Optional<String> text(Cell c) {
        return c.getType() == CellType.STRING ? Optional.of(Text.strip(c.asString())).filter(t -> !t.isEmpty())
                : Optional.empty();
    }

    /** Builds the dossier's tree from the sheets, parents before children, and records each path's place. */
    private ObjectNode assemble(Map<Sheet, List<Line>> sheets) {
        ObjectNode dossier = NODES.objectNode();
        Map<Sheet, Map<String, String>> pathsById = new HashMap<>();
        Map<String, ObjectNode> elements = new HashMap<>();
        for (Sheet spec : layout.sheets()) {
            List<Line> lines = sheets.get(spec);
            if (lines == null) {
                continue;
            }
            Map<String, String> byId = new HashMap<>();
            pathsById.put(spec, byId);
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                String path;
                ObjectNode element;
                if (spec.isRoot()) {
                    if (i > 0) {
                        problems.add(WorkbookProblem.of(line.at(), "trang tính này chỉ có một dòng dữ liệu (dòng 3).",
                                "this sheet holds one data row only (row 3)."));
                        continue;
                    }
                    path = "$";
                    element = dossier;
                } else if (spec.parent().isEmpty()) {
                    ArrayNode array = dossier.withArrayProperty(spec.field());
                    path = "$." + spec.field() + "[" + array.size() + "]";
                    element = array.addObject();
                } else {
                    Optional<String> parentPath = parent(spec, line, pathsById.get(spec.parent().get()));
                    if (parentPath.isEmpty()) {
                        continue;
                    }
                    ArrayNode array = elements.get(parentPath.get()).withArrayProperty(spec.field());
                    path = parentPath.get() + "." + spec.field() + "[" + array.size() + "]";
                    element = array.addObject();
                }
                elements.put(path, element);
                places.putIfAbsent(path, line);
                fill(element, path, line);
                JsonNode id = element.path("id");
                if (id.isTextual()) {
                    byId.putIfAbsent(id.asText(), path);
                }
            }
        }
        return dossier;
    }

    /** The path of a child row's parent, or empty with a problem when no parent has that id. */
    private Optional<String> parent(Sheet spec, Line line, Map<String, String> parents) {
        Column key = spec.columns().get(0);
        JsonNode id = line.values().get(key);
        Sheet parent = spec.parent().orElseThrow();
        CellLocation at = line.at(key);
        if (id == null || !id.isTextual()) {
            if (id != null) {
                return Optional.empty(); // the cell has its problem already
            }
            problems.add(WorkbookProblem.of(at, "thiếu mã của bản ghi thuộc trang tính " + parent.vi() + ".",
                    "the id of the record in sheet " + parent.en() + " is missing."));
            return Optional.empty();
        }
        String path = parents == null ? null : parents.get(id.asText());
        if (path == null) {
            problems.add(WorkbookProblem.of(at, "không có bản ghi nào mang mã “" + id.asText() + "” trong trang tính "
                    + parent.vi() + ".", "no record of sheet " + parent.en() + " has the id “" + id.asText() + "”."));
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /** Puts a row's values in its element, nested objects created on the way; notes the unreadable cells. */
    private void fill(ObjectNode element, String path, Line line) {
        line.values().forEach((col, value) -> {
            if (col.kind() == Kind.PARENT) {
                return;
            }
            List<String> keys = col.path();
            ObjectNode target = element;
            for (String k : keys.subList(0, keys.size() - 1)) {
                target = target.withObjectProperty(k);
            }
            String cellPath = path.equals("$") ? "$." + col.key() : path + "." + col.key();
            JsonNode unreadable = value.path("$unreadable");
            if (unreadable.isTextual()) {
                failed.add(cellPath);
                target.put(keys.get(keys.size() - 1), unreadable.asText());
            } else {
                target.set(keys.get(keys.size() - 1), value);
            }
        });
    }
}

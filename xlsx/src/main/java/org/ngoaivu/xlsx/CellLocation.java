package org.ngoaivu.xlsx;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where in a workbook a problem is, as a person sees it (trang tính, dòng, cột).
 *
 * @param sheet  the sheet's name as the workbook spells it
 * @param row    the row number as the spreadsheet shows it (1 is the header row), absent for the whole sheet
 * @param column the column's header and letter, for example {@code Ngày xuất cảnh (K)}, absent for a whole row
 */
public record CellLocation(String sheet, OptionalInt row, Optional<String> column) {
    /**
     * Checks that the sheet is named and the row, if any, is at least 1.
     *
     * @param sheet  the sheet's name (tên trang tính)
     * @param row    the 1-based row as the spreadsheet shows it, or empty for the whole sheet
     * @param column the column's header and letter, or empty for a whole row
     */
    public CellLocation {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        if (row.isPresent() && row.getAsInt() < 1) {
            throw new IllegalArgumentException("rows are numbered from 1: " + row);
        }
    }

    /**
     * The location in words: “Trang tính Đoàn ra, dòng 12, cột Ngày xuất cảnh (K)” or “Sheet Delegations, row 12,
     * column Departed on (K)”.
     *
     * @param vietnamese whether to say it in Vietnamese
     * @return the words
     */
    public String describe(boolean vietnamese) {
        StringBuilder s = new StringBuilder(vietnamese ? "Trang tính " : "Sheet ").append(sheet);
        row.ifPresent(r -> s.append(vietnamese ? ", dòng " : ", row ").append(r));
        column.ifPresent(c -> s.append(vietnamese ? ", cột " : ", column ").append(c));
        return s.toString();
    }
}

package org.ngoaivu.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.model.Dossier;

/**
 * Dossiers as Excel workbooks (sổ làm việc .xlsx): the empty template that provinces and missions fill in, a
 * dossier exported to a workbook, and a workbook read back into a dossier with every problem placed by sheet, row
 * and column. The sheets and columns follow {@code dossier.schema.json}: one sheet per collection (Cơ quan đại diện,
 * Tỉnh, thành phố, Kế hoạch, Đoàn ra, ...), one per list inside a record (thành viên đoàn, nhiệm vụ, ...) keyed by
 * the parent's id, Vietnamese or English headers in row 1 and the JSON field names in row 2.
 *
 * <p>Reading never throws for bad input: a file that is not a plain .xlsx workbook (a .xls, a CSV renamed, a
 * password-protected or macro-enabled file, links to other workbooks, merged cells, a zip bomb, a sheet of more
 * than 200,000 rows) gives one problem saying so.
 */
public final class DossierWorkbook {
    private DossierWorkbook() {
    }

    /**
     * Writes the empty template: an instructions sheet, the headers, a drop-down list on every enum and yes/no
     * column (Vietnamese labels in a Vietnamese workbook), date-formatted date columns.
     *
     * @param locale the language of headers, sheet names and labels: Vietnamese for {@code vi}, else English
     * @param out    where to write; left open
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public static void writeTemplate(Locale locale, OutputStream out) {
        write(Optional.empty(), locale, out);
    }

    /**
     * Writes a dossier as a workbook laid out as the template; reading it back gives the same dossier.
     *
     * @param dossier the dossier
     * @param locale  the language of headers, sheet names and labels: Vietnamese for {@code vi}, else English
     * @param out     where to write; left open
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public static void write(Dossier dossier, Locale locale, OutputStream out) {
        Objects.requireNonNull(dossier, "dossier");
        try {
            JsonNode tree = new ObjectMapper().readTree(DossierJson.write(dossier));
            write(Optional.of(tree), locale, out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the dossier's own JSON does not parse", e);
        }
    }

    private static void write(Optional<JsonNode> dossier, Locale locale, OutputStream out) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(out, "out");
        try {
            new WorkbookWriter(Layout.DOSSIER, locale).write(dossier, new NonClosing(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a workbook: the dossier, or every problem found, each with its sheet, row and column.
     *
     * @param file the .xlsx file
     * @return the dossier, or the problems
     * @throws UncheckedIOException when the file cannot be read at all (missing, not permitted)
     */
    public static WorkbookReadResult read(Path file) {
        return read(file, Optional.empty());
    }

    /**
     * Reads a workbook to be judged on another day than its own evaluation date, as
     * {@link DossierJson#read(Path, LocalDate)} does for JSON: without a plan year, the dossier owes the plans of
     * that day's year; the workbook's own date must still be valid.
     *
     * @param file the .xlsx file
     * @param asOf the evaluation date to use instead of the workbook's
     * @return the dossier judged on {@code asOf}, or the problems
     * @throws UncheckedIOException when the file cannot be read at all (missing, not permitted)
     */
    public static WorkbookReadResult read(Path file, LocalDate asOf) {
        return read(file, Optional.of(Objects.requireNonNull(asOf, "asOf")));
    }

    private static WorkbookReadResult read(Path file, Optional<LocalDate> asOf) {
        Objects.requireNonNull(file, "file");
        try {
            return new WorkbookReader(Layout.DOSSIER).read(file, asOf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The writer closes its stream when it finishes; the caller's stream stays the caller's to close. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

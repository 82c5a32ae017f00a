package org.ngoaivu.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.model.Dossier;

/** Workbooks made by the tests: the sample, hand-filled sheets, and hostile files built from them. */
final class Workbooks {
    static final Path SAMPLE_JSON = Path.of("../examples/data/national-sample-2024.json");
    static final Locale VI = Locale.forLanguageTag("vi");

    private Workbooks() {
    }

    static Dossier sample() {
        return DossierJson.read(SAMPLE_JSON).orElseThrow();
    }

    static Path export(Dossier dossier, Locale locale, Path dir) {
        Path file = dir.resolve("dossier-" + locale.getLanguage() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            DossierWorkbook.write(dossier, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * A workbook written cell by cell: each sheet a name and its rows, row 1 the headers as given (the field names
     * then sit in row 2 as the template has them).
     */
    static Path sheets(Path file, Map<String, List<List<Object>>> sheets) {
        return sheets(file, sheets, ws -> { });
    }

    static Path sheets(Path file, Map<String, List<List<Object>>> sheets, Consumer<Worksheet> each) {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            sheets.forEach((name, rows) -> {
                Worksheet ws = wb.newWorksheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object v = rows.get(r).get(c);
                        if (v instanceof String s) {
                            ws.value(r, c, s);
                        } else if (v instanceof Number n) {
                            ws.value(r, c, n);
                        } else if (v instanceof Boolean b) {
                            ws.value(r, c, b);
                        } else if (v instanceof java.time.LocalDate d) {
                            ws.value(r, c, d);
                        }
                    }
                }
                each.accept(ws);
            });
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * A copy of a zip with {@code extra} entries added and each entry passed through {@code edit} as its name, a line
     * break and its text (so that an edit can pick its entry); every entry is text in the workbooks built here.
     */
    static Path rewrite(Path from, Path to, UnaryOperator<String> edit, Map<String, byte[]> extra) {
        try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                out.write(edit.apply(e.getName() + "\n" + text).substring(e.getName().length() + 1)
                        .getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    static List<String> describe(WorkbookReadResult result, Locale locale) {
        List<String> out = new ArrayList<>();
        result.problems().forEach(p -> out.add(p.describe(locale)));
        return out;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

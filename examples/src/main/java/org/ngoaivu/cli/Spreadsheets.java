package org.ngoaivu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.ngoaivu.engine.LocalizedText;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.json.DossierReadResult;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.xlsx.DossierWorkbook;
import org.ngoaivu.xlsx.WorkbookReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Dossiers as workbooks on the command line: {@code template}, {@code convert} and reading for {@code check}. */
final class Spreadsheets {
    private Spreadsheets() {
    }

    /** Whether the file is meant as a workbook: by its name, or by the first bytes of a zip or an OLE2 file. */
    static boolean isWorkbook(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls") || name.endsWith(".xltx")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            boolean zip = head.length == 2 && head[0] == 'P' && head[1] == 'K';
            return zip || head.length == 2 && head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF;
        } catch (IOException e) {
            return false; // the JSON reader says why the file cannot be read
        }
    }

    /** Reads a workbook, or prints every problem, by sheet, row and column, in {@code locale}'s language. */
    static Optional<Dossier> read(Path file, Optional<LocalDate> asOf, Locale locale, PrintWriter err) {
        WorkbookReadResult read;
        try {
            read = asOf.map(day -> DossierWorkbook.read(file, day)).orElseGet(() -> DossierWorkbook.read(file));
        } catch (UncheckedIOException e) {
            boolean missing = e.getCause() instanceof NoSuchFileException;
            LocalizedText why = missing ? new LocalizedText("tệp không tồn tại", "it does not exist")
                    : Ngoaivu.reason(e.getCause());
            err.println(Ngoaivu.error(locale, "không đọc được sổ làm việc " + file + ": " + why.vi() + ".",
                    "the workbook " + file + " cannot be read: " + why.en() + "."));
            return Optional.empty();
        }
        if (!read.isValid()) {
            Ngoaivu.Input.WORKBOOK.invalid(err, locale, file, read.problems().stream().map(p -> p.describe(locale))
                    .toList());
        }
        return read.dossier();
    }

    private static boolean write(Path output, Locale locale, PrintWriter err, WriteTo body) {
        try (OutputStream out = Files.newOutputStream(output)) {
            body.write(out);
            return true;
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            LocalizedText why = Ngoaivu.reason(cause);
            err.println(Ngoaivu.error(locale, "không ghi được " + output + ": " + why.vi() + ".",
                    output + " cannot be written: " + why.en() + "."));
            return false;
        }
    }

    private interface WriteTo {
        void write(OutputStream out) throws IOException;
    }

    private static boolean isXlsx(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    @Command(name = "template", mixinStandardHelpOptions = true,
            description = "Writes the empty dossier workbook that provinces and missions fill in: an instructions"
                    + " sheet, one sheet per collection, drop-down lists and date columns.")
    static final class Template implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--lang", defaultValue = "vi", description = "Sheet names, headers and labels: vi or en"
                + " (default: ${DEFAULT-VALUE}).")
        Ngoaivu.Lang lang;

        @Option(names = "--output", required = true, paramLabel = "FILE.xlsx", description = "The workbook to write.")
        Path output;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Locale locale = Locale.forLanguageTag(lang.name());
            if (!isXlsx(output)) {
                err.println(Ngoaivu.error(locale, "tên tệp --output " + output + " phải có đuôi .xlsx.",
                        "--output " + output + " must end in .xlsx."));
                return Ngoaivu.BAD_INPUT;
            }
            return write(output, locale, err, out -> DossierWorkbook.writeTemplate(locale, out)) ? Ngoaivu.OK
                    : Ngoaivu.BAD_INPUT;
        }
    }

    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = "Converts a dossier between JSON and a workbook (.xlsx), either way; the round trip gives"
                    + " the same dossier. Exit code 0: converted; 2: the input is not a valid dossier, or bad options.")
    static final class Convert implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(index = "0", paramLabel = "IN", description = "A dossier JSON file or workbook.")
        Path input;

        @Option(names = "--output", required = true, paramLabel = "OUT", description = "A workbook (.xlsx) for a JSON"
                + " input, a JSON file for a workbook input.")
        Path output;

        @Option(names = "--lang", defaultValue = "vi", description = "The workbook's language, and that of the"
                + " problems: vi or en (default: ${DEFAULT-VALUE}).")
        Ngoaivu.Lang lang;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Locale locale = Locale.forLanguageTag(lang.name());
            boolean fromWorkbook = isWorkbook(input);
            if (fromWorkbook == isXlsx(output)) {
                String extension = fromWorkbook ? ".json" : ".xlsx";
                err.println(Ngoaivu.error(locale, "convert chuyển JSON thành .xlsx hoặc .xlsx thành JSON; " + input
                        + " và " + output + " đều là " + (fromWorkbook ? "sổ làm việc." : "tệp JSON.")
                        + " Hãy đặt tên tệp --output có đuôi " + extension + ".", "convert turns JSON into .xlsx or"
                        + " .xlsx into JSON; " + input + " and " + output + " are " + (fromWorkbook ? "both workbooks."
                        : "both JSON.") + " Name --output with " + extension + "."));
                return Ngoaivu.BAD_INPUT;
            }
            if (fromWorkbook) {
                Optional<Dossier> dossier = read(input, Optional.empty(), locale, err);
                return dossier.isPresent() && write(output, locale, err, out -> out.write(DossierJson.write(dossier.get())
                        .getBytes(StandardCharsets.UTF_8))) ? Ngoaivu.OK : Ngoaivu.BAD_INPUT;
            }
            DossierReadResult read = DossierJson.read(input);
            if (!read.isValid()) {
                Ngoaivu.Input.DOSSIER.invalidJson(err, locale, input, read.problems());
                return Ngoaivu.BAD_INPUT;
            }
            return write(output, locale, err, out -> DossierWorkbook.write(read.orElseThrow(), locale, out)) ? Ngoaivu.OK
                    : Ngoaivu.BAD_INPUT;
        }
    }
}

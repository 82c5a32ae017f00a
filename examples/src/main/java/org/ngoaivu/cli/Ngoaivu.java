package org.ngoaivu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicReference;

import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.LocalizedText;
import org.ngoaivu.engine.ParameterSchedule;
import org.ngoaivu.engine.Policy;
import org.ngoaivu.engine.RuleDescriptor;
import org.ngoaivu.engine.RuleFailureException;
import org.ngoaivu.engine.RulePackException;
import org.ngoaivu.engine.Waiver;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.json.DossierReadResult;
import org.ngoaivu.json.ParametersJson;
import org.ngoaivu.json.PolicyJson;
import org.ngoaivu.json.ReportJson;
import org.ngoaivu.json.WaiversJson;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.report.ReportRenderer;
import org.ngoaivu.report.ReportWords;
import org.ngoaivu.validation.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


/** The {@code ngoaivu} command: checks a dossier against the rule base and prints the compliance report. */
@Command(name = "ngoaivu", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Checks Viet Nam foreign-affairs dossiers against the coordination rules.",
        subcommands = {Ngoaivu.Check.class, Ngoaivu.Rules.class, Spreadsheets.Template.class,
                Spreadsheets.Convert.class})
public final class Ngoaivu {
    /** Exit codes of {@code check}. */
    static final int OK = 0;
    static final int VIOLATIONS = 1;
    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 3;

    /** Declared for picocli and --help; read from the arguments, since an error may come before they are parsed. */
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On an internal error, print the stack trace as well.")
    boolean debug;

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // An error in a worker thread (Drools evaluates on its own threads) is reported once, as one sentence.
        AtomicReference<Throwable> lost = new AtomicReference<>();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> lost.compareAndSet(null, e));
        int code = run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), err);
        System.exit(lost.get() == null || code == INTERNAL_ERROR ? code : internal(err, args, lost.get()));
    }

    /** Runs the command with the given streams and returns the exit code; never ends with a stack trace. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return execute(args, out, err);
        } catch (RuntimeException | Error e) {
            return internal(err, args, e);
        }
    }

    /** Exit 3 with one sentence: out of memory, or a bug; {@code --debug} adds the stack trace. */
    private static int internal(PrintWriter err, String[] args, Throwable e) {
        String command = "java -Xmx4g -jar ngoaivu-cli.jar " + String.join(" ", args);
        err.println(e instanceof OutOfMemoryError
                ? error(localeOf(args), "ngoaivu đã dùng hết bộ nhớ; hãy cấp thêm bộ nhớ cho Java, ví dụ " + command + ".",
                        "ngoaivu ran out of memory; give Java more, for example " + command + ".")
                : error(localeOf(args), "ngoaivu dừng lại do một lỗi nội bộ; hãy chạy lại đúng lệnh này với --debug để xem"
                        + " chi tiết và gửi cho người phát triển.", "ngoaivu stopped on an internal error; run the same"
                        + " command with --debug to see the details and report them."));
        if (List.of(args).contains("--debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Ngoaivu());
        cli.registerConverter(Path.class, Ngoaivu::path);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            err.println("Run 'ngoaivu " + (e.getCommandLine().getCommandName().equals("ngoaivu") ? ""
                    : e.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            if (!(e instanceof IllegalArgumentException)) {
                return internal(err, args, e);
            }
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** A file name as a path, or a sentence saying why this Java cannot spell it (a locale that is not UTF-8). */
    private static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("the file name " + name + " cannot be used: Java runs"
                    + " with the character set " + System.getProperty("sun.jnu.encoding") + ", which cannot spell"
                    + " it; start Java with a UTF-8 locale, for example LC_ALL=C.UTF-8, as the launcher examples/ngoaivu does");
        }
    }

    /**
     * A sentence of the CLI's own after "Lỗi:" or "error:", in the reader's language: Vietnamese unless
     * {@code locale} is another.
     */
    static String error(Locale locale, String vi, String en) {
        return new LocalizedText("Lỗi: " + vi, "error: " + en).in(locale);
    }

    /** The language a command line asks for with {@code --lang}, before picocli has read it: Vietnamese by default. */
    private static Locale localeOf(String[] args) {
        List<String> list = List.of(args);
        int at = list.indexOf("--lang");
        boolean english = list.contains("--lang=en") || at >= 0 && at + 1 < args.length && args[at + 1].equals("en");
        return english ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    /**
     * Why a file cannot be written or read, in words rather than an exception's name; the system's own reason,
     * which is English, is quoted in the Vietnamese.
     */
    static LocalizedText reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new LocalizedText("thư mục chứa tệp không tồn tại", "its folder does not exist");
        } else if (e instanceof AccessDeniedException) {
            return new LocalizedText("không có quyền truy cập", "permission denied");
        }
        String system = e instanceof FileSystemException f && f.getReason() != null
                ? f.getReason().toLowerCase(Locale.ROOT) : String.valueOf(e.getMessage());
        return new LocalizedText("hệ thống báo “" + system + "”", system);
    }

    enum Format { text, json, html }

    enum Lang { vi, en }

    /** The files the commands read, as their problems' heading names them. */
    enum Input {
        DOSSIER("Hồ sơ", "dossier"),
        WORKBOOK("Sổ làm việc", "workbook"),
        PARAMETERS("Tệp tham số", "parameters file"),
        POLICY("Tệp cấu hình quy tắc", "policy file"),
        WAIVERS("Tệp miễn trừ", "waivers file"),
        BASELINE("Báo cáo kỳ trước", "baseline report");

        private final String vi;
        private final String en;

        Input(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }

        /** Prints that the file is not valid, and each of its problems on a line, in the language of {@code locale}. */
        void invalid(PrintWriter err, Locale locale, Path file, List<String> problems) {
            int n = problems.size();
            err.println(new LocalizedText(vi + " " + file + " không hợp lệ (" + n + " lỗi):",
                    "The " + en + " " + file + " is not valid (" + n + (n == 1 ? " problem):" : " problems):")).in(locale));
            problems.forEach(p -> err.println("  " + p));
        }

        /** The same for problems with JSON paths. */
        void invalidJson(PrintWriter err, Locale locale, Path file, List<Problem> problems) {
            invalid(err, locale, file, problems.stream().map(p -> p.path() + ": " + p.message(locale)).toList());
        }
    }

    static ComplianceEngine engine(List<Path> ruleDirs, List<String> disabled, ParameterSchedule parameters,
                                   Policy policy, List<Waiver> waivers) {
        ComplianceEngine.Builder builder = ComplianceEngine.builder().parameters(parameters).policy(policy)
                .waivers(waivers);
        for (Path dir : ruleDirs) {
            if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
                throw new IllegalArgumentException("--rules " + dir + " is not a readable directory.");
            }
            builder.addRules(dir);
        }
        disabled.forEach(builder::disable);
        return builder.build();
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Evaluates a dossier. Exit code 0: no violation; 1: at least one violation;"
                    + " 2: bad input, bad options or rules that do not compile; 3: an internal error.")
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(index = "0", paramLabel = "DOSSIER", description = "The dossier: a JSON file or an .xlsx workbook.")
        Path dossier;

        @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = "--as-of", description = "Evaluate as of this date instead of the dossier's asOf.")
        LocalDate asOf;

        @Option(names = "--plan-year", description = "The plan year instead of the dossier's planYear.")
        Integer planYear;

        @Option(names = "--lang", defaultValue = "vi", description = "Message language for text and html: vi or en"
                + " (default: ${DEFAULT-VALUE}).")
        Lang lang;

        @Option(names = "--params", paramLabel = "FILE", description = "JSON object of parameter values, each"
                + " a value or a list of {validFrom, validUntil, value} (see docs/rule-authoring.md).")
        Path params;

        @Option(names = "--policy", paramLabel = "FILE", description = "JSON policy: {\"disable\": [rule ids],"
                + " \"severity\": {rule id: severity}}.")
        Path policy;

        @Option(names = "--rules", paramLabel = "DIR", description = "A directory of extra .drl rules (repeatable).")
        List<Path> rules = new ArrayList<>();

        @Option(names = "--disable", paramLabel = "RULE_ID", description = "Do not run this rule (repeatable).")
        List<String> disable = new ArrayList<>();

        @Option(names = "--output", paramLabel = "FILE", description = "Write the report here instead of standard output.")
        Path output;

        @Option(names = "--waivers", paramLabel = "FILE", description = "JSON waivers (miễn trừ): findings they cover"
                + " are reported apart and do not count for the exit code; expired and unused waivers are listed.")
        Path waivers;

        @Option(names = "--baseline", paramLabel = "PREVIOUS_REPORT", description = "An earlier JSON report"
                + " (--format json): each finding is marked new or persisting and the resolved ones are listed.")
        Path baseline;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            for (Path input : java.util.stream.Stream.of(dossier, params, policy, waivers, baseline)
                    .filter(java.util.Objects::nonNull).toList()) {
                if (output != null && sameFile(output, input)) {
                    err.println(error(locale(), "tệp --output " + output + " cũng là một tệp đầu vào; báo cáo sẽ"
                            + " ghi đè lên tệp đó. Hãy chọn tệp khác.", "--output " + output + " is an input file;"
                            + " the report would overwrite it. Choose another file."));
                    return BAD_INPUT;
                }
            }
            Optional<Dossier> read = readDossier(err);
            if (read.isEmpty()) {
                return BAD_INPUT;
            }
            // Each optional input file: its value, the default when the option is absent, or its problems and exit 2.
            Optional<ParameterSchedule> parameters = readOption(params, ParameterSchedule.defaults(), Input.PARAMETERS,
                    ParametersJson::read, ParametersJson.Result::schedule, ParametersJson.Result::problems, err);
            Optional<Policy> rulePolicy = readOption(policy, Policy.none(), Input.POLICY,
                    PolicyJson::read, PolicyJson.Result::policy, PolicyJson.Result::problems, err);
            Optional<List<Waiver>> approved = readOption(waivers, List.of(), Input.WAIVERS,
                    WaiversJson::read, WaiversJson.Result::waivers, WaiversJson.Result::problems, err);
            Optional<Optional<ComplianceReport>> earlier = readOption(baseline, Optional.empty(), Input.BASELINE,
                    ReportJson::read, r -> r.report().map(Optional::of), ReportJson.Result::problems, err);
            if (parameters.isEmpty() || rulePolicy.isEmpty() || approved.isEmpty() || earlier.isEmpty()) {
                return BAD_INPUT;
            }
            Dossier d = read.get();
            if (planYear != null) {
                d = d.withPlanYear(planYear);
            }
            ComplianceReport report;
            try (ComplianceEngine engine = engine(rules, disable, parameters.get(), rulePolicy.get(), approved.get())) {
                report = engine.evaluate(d);
            } catch (RulePackException e) {
                err.println(e.getMessage());
                return BAD_INPUT;
            } catch (RuleFailureException e) {
                err.println(e.getMessage());
                return BAD_INPUT;
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            try {
                write(report, d, earlier.get());
            } catch (IOException e) {
                LocalizedText why = reason(e);
                err.println(error(locale(), "không ghi được báo cáo vào " + output + ": " + why.vi() + ".",
                        "the report cannot be written to " + output + ": " + why.en() + "."));
                return BAD_INPUT;
            }
            // Waived findings are not in report.findings(): they never make the exit code 1.
            return report.hasViolations() ? VIOLATIONS : OK;
        }

        /** The dossier from JSON or from a workbook, or empty once every problem is printed. */
        private Optional<Dossier> readDossier(PrintWriter err) {
            if (Spreadsheets.isWorkbook(dossier)) {
                return Spreadsheets.read(dossier, Optional.ofNullable(asOf), locale(), err);
            }
            // A dossier without planYear owes the plans of the year it is judged in (dossier-format contract).
            DossierReadResult read = asOf == null ? DossierJson.read(dossier) : DossierJson.read(dossier, asOf);
            if (!read.isValid()) {
                Input.DOSSIER.invalidJson(err, locale(), dossier, read.problems());
            }
            return read.dossier();
        }

        private static boolean sameFile(Path a, Path b) {
            try {
                return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                        : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
            } catch (IOException e) {
                return false;
            }
        }

        /** Writes the report in the chosen format and language to the output file, or to standard output. */
        private void write(ComplianceReport report, Dossier dossier, Optional<ComplianceReport> earlier)
                throws IOException {
            ReportRenderer inLanguage = ReportRenderer.in(locale());
            ReportRenderer renderer = earlier.map(inLanguage::comparedWith).orElse(inLanguage);
            Writer out = output == null ? spec.commandLine().getOut()
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
            try {
                switch (format) {
                    case json -> renderer.json(report, out);
                    case text -> renderer.text(report, out);
                    case html -> renderer.html(report, dossier, out);
                }
            } finally {
                // Standard output stays open for the caller; a file is closed.
                if (output == null) {
                    out.flush();
                } else {
                    out.close();
                }
            }
        }

        /**
         * An optional input file's value: {@code absent} when the option was not given, the file's value when it is
         * valid, or empty once every problem of the file is printed.
         */
        private <R, T> Optional<T> readOption(Path file, T absent, Input what, Function<Path, R> read,
                Function<R, Optional<T>> value, Function<R, List<Problem>> problems, PrintWriter err) {
            if (file == null) {
                return Optional.of(absent);
            }
            R result = read.apply(file);
            Optional<T> valid = value.apply(result);
            if (valid.isEmpty()) {
                what.invalidJson(err, locale(), file, problems.apply(result));
            }
            return valid;
        }

        private Locale locale() {
            return Locale.forLanguageTag(lang.name());
        }
    }

    @Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the rule catalogue.")
    static final class Rules implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--rules", paramLabel = "DIR", description = "A directory of extra .drl rules (repeatable).")
        List<Path> rules = new ArrayList<>();

        @Option(names = "--lang", defaultValue = "vi", description = "Language of the list: vi (severities, areas"
                + " and sources in Vietnamese) or en (titles in English) (default: ${DEFAULT-VALUE}).")
        Lang lang;

        @Override
        public Integer call() {
            try (ComplianceEngine engine = engine(rules, List.of(), ParameterSchedule.defaults(), Policy.none(),
                    List.of())) {
                PrintWriter out = spec.commandLine().getOut();
                ReportWords words = ReportWords.of(Locale.forLanguageTag(lang.name()));
                for (RuleDescriptor r : engine.rules()) {
                    // The rules' titles are English; a Vietnamese reader gets the source the rule rests on.
                    out.printf("%-38s %-11s %-36s %s%n", r.id(), words.severity(r.severity()), words.area(r.area()),
                            lang == Lang.vi ? r.source() : r.title());
                }
                out.println(words.rules(engine.rules().size(), engine.rulePackVersion()));
                return OK;
            } catch (RulePackException | IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return BAD_INPUT;
            }
        }
    }
}

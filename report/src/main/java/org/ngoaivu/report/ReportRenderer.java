package org.ngoaivu.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Progress;
import org.ngoaivu.json.ReportJson;
import org.ngoaivu.model.Dossier;

/**
 * Writes a compliance report for people and programs in one language: plain text, JSON, or the ministry's
 * dashboard as one self-contained HTML page. The CLI writes its reports with it; a host writes the same ones.
 * Vietnamese by default, as the officials who read the reports read it. Immutable and safe to share.
 *
 * <pre>{@code
 * ReportRenderer renderer = ReportRenderer.in(Locale.forLanguageTag("vi"));
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"))) {
 *     renderer.html(report, dossier, out);
 * }
 * }</pre>
 */
public final class ReportRenderer {
    private final ReportWords words;
    private final Optional<ComplianceReport> baseline;

    private ReportRenderer(ReportWords words, Optional<ComplianceReport> baseline) {
        this.words = words;
        this.baseline = baseline;
    }

    /**
     * A renderer in the reader's language.
     *
     * @param locale the reader's locale: Vietnamese for {@code vi}, otherwise English
     * @return the renderer
     * @throws NullPointerException if {@code locale} is null
     */
    public static ReportRenderer in(Locale locale) {
        return new ReportRenderer(ReportWords.of(locale), Optional.empty());
    }

    /** {@return a renderer in Vietnamese, the officials' language} */
    public static ReportRenderer vietnamese() {
        return new ReportRenderer(ReportWords.VI, Optional.empty());
    }

    /**
     * A renderer in the same language that compares each report with an earlier one ({@link Progress}): every
     * finding is marked new or persisting, the resolved ones are listed, and a change of rule pack is said.
     *
     * @param earlier the earlier report, for example read with {@link ReportJson#read(java.nio.file.Path)}
     * @return the renderer
     * @throws NullPointerException if {@code earlier} is null
     */
    public ReportRenderer comparedWith(ComplianceReport earlier) {
        return new ReportRenderer(words, Optional.of(Objects.requireNonNull(earlier, "earlier")));
    }

    private Optional<Progress> progress(ComplianceReport report) {
        return baseline.map(earlier -> Progress.between(earlier, report));
    }

    /** {@return the words this renderer writes its headings, labels and severities with} */
    public ReportWords words() {
        return words;
    }

    /**
     * Writes the report as plain text: the totals, then the findings grouped by severity and subject.
     *
     * @param report the report
     * @param out    where to write; not closed
     * @throws IOException          if writing fails
     * @throws NullPointerException if an argument is null
     */
    public void text(ComplianceReport report, Writer out) throws IOException {
        Objects.requireNonNull(out, "out").write(TextReport.render(Objects.requireNonNull(report, "report"), words,
                progress(report)));
    }

    /**
     * Writes the report as JSON, as {@link ReportJson#write(ComplianceReport)} does (with the progress since the
     * earlier report when there is one): the same in every language,
     * for programs (its schema is {@link ReportJson#SCHEMA_RESOURCE}).
     *
     * @param report the report
     * @param out    where to write; not closed
     * @throws IOException          if writing fails
     * @throws NullPointerException if an argument is null
     */
    public void json(ComplianceReport report, Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out").write(progress(report).map(p -> ReportJson.write(report, p))
                .orElseGet(() -> ReportJson.write(report)));
    }

    /**
     * Writes the ministry's dashboard: one self-contained HTML page (inline CSS and SVG, nothing from the
     * network) with the national summary, the province and mission scorecards and each province's and mission's
     * findings. The dossier is the one the report was evaluated on: it names the provinces and missions and
     * tells whose plan, delegation or agreement each finding is about.
     *
     * @param report  the report
     * @param dossier the dossier it was evaluated on
     * @param out     where to write; not closed
     * @throws IOException          if writing fails
     * @throws NullPointerException if an argument is null
     */
    public void html(ComplianceReport report, Dossier dossier, Writer out) throws IOException {
        HtmlReport.write(Dashboard.of(Objects.requireNonNull(report, "report"),
                Objects.requireNonNull(dossier, "dossier"), words, progress(report)), Objects.requireNonNull(out, "out"));
    }
}

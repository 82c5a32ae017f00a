package org.ngoaivu.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import org.ngoaivu.engine.Progress;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.engine.Waiver;
import org.ngoaivu.rules.api.Dates;

/**
 * The words around the findings (headings, labels, severity names, subject types, rule areas) in the language
 * the reader chose, from {@code report_vi.properties} and {@code report_en.properties}: the officials who read
 * the report read Vietnamese, so {@code vi} is the default and {@code en} its translation.
 */
public enum ReportWords {
    /** Vietnamese (tiếng Việt), the officials' language and the default. */
    VI,
    /** English. */
    EN;

    private final Properties words = load("report_" + languageTag() + ".properties");

    /**
     * The words for a language.
     *
     * @param locale the reader's locale; only its language counts
     * @return Vietnamese for {@code vi}, otherwise English
     */
    public static ReportWords of(Locale locale) {
        return "vi".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? VI : EN;
    }

    private static Properties load(String resource) {
        Properties words = new Properties();
        try (InputStream in = ReportWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the report's resource " + resource + " is missing");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report's resource " + resource, e);
        }
        return words;
    }

    /** {@return the language tag of these words, for an HTML {@code lang} attribute: {@code vi} or {@code en}} */
    public String languageTag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return the locale of these words, for {@link org.ngoaivu.engine.LocalizedText#in(Locale)}} */
    public Locale locale() {
        return Locale.forLanguageTag(languageTag());
    }

    /**
     * The word or phrase under a key of the report bundle.
     *
     * @param key the key, e.g. {@code title}
     * @return its text in this language
     * @throws IllegalStateException if the bundle has no such key: a packaging mistake
     */
    public String word(String key) {
        String word = words.getProperty(key);
        if (word == null) {
            throw new IllegalStateException("report_" + languageTag() + ".properties has no " + key);
        }
        return word;
    }

    /** {@return the report's title} */
    public String title() {
        return word("title");
    }

    /** {@return the label of the totals line} */
    public String totals() {
        return word("totals");
    }

    /** {@return the heading of the findings per rule area} */
    public String findingsPerArea() {
        return word("findingsPerArea");
    }

    /** {@return the label of the list of disabled rules} */
    public String disabledRules() {
        return word("disabledRules");
    }

    /**
     * A severity's name, as the seeds write it: VI PHẠM, CẢNH BÁO, KHUYẾN NGHỊ.
     *
     * @param severity the severity
     * @return its name in this language
     */
    public String severity(Severity severity) {
        return word("severity." + severity.name());
    }

    /**
     * A severity's short mark for the scorecards' cells, so that they read in black and white.
     *
     * @param severity the severity
     * @return its letters in this language, e.g. {@code VP} for VI PHẠM
     */
    public String severityLetter(Severity severity) {
        return word("letter." + severity.name());
    }

    /**
     * A subject type's name.
     *
     * @param type the subject type
     * @return its name in this language, e.g. "Đoàn ra" for a delegation
     */
    public String subjectType(SubjectType type) {
        return word("subject." + type.name());
    }

    /**
     * A rule area by its name in this language.
     *
     * @param area the area (the folder of the rules), e.g. {@code mission}
     * @return its name; a host pack's own area keeps its folder name
     */
    public String area(String area) {
        return words.getProperty("area." + area, area);
    }

    /**
     * A fact's name, as a finding's facts are listed.
     *
     * @param name the fact's name in the rules, e.g. {@code returnedOn}
     * @return its label in this language; a host rule's own fact keeps its name
     */
    public String fact(String name) {
        return words.getProperty("fact." + name, name);
    }

    /**
     * A date as this language writes it.
     *
     * @param date the date
     * @return {@code dd/MM/yyyy} in Vietnamese, "12 May 2024" in English
     */
    public String date(LocalDate date) {
        return this == VI ? Dates.vietnamese(date) : Dates.english(date);
    }

    /**
     * The evaluation date and plan year.
     *
     * @param date     the evaluation date
     * @param planYear the plan year
     * @return e.g. "tính đến ngày 30/11/2024, kế hoạch năm 2024"
     */
    public String asOf(LocalDate date, int planYear) {
        return String.format(word("asOf"), date(date), planYear);
    }

    /**
     * How many rules ran, and the rule pack's version.
     *
     * @param count           the number of rules
     * @param rulePackVersion the rule pack's version, or an empty string to leave it out
     * @return e.g. "29 quy tắc, bộ quy tắc 1a2b"
     */
    public String rules(int count, String rulePackVersion) {
        return String.format(word("rules"), count, rulePackVersion);
    }

    /**
     * The size of the dossier.
     *
     * @param provinces its provinces
     * @param missions  its missions
     * @return e.g. "63 địa phương, 96 cơ quan đại diện"
     */
    public String dossierSize(int provinces, int missions) {
        return String.format(word("dossierSize"), provinces, missions);
    }

    /**
     * The heading of the subjects with findings.
     *
     * @param count how many subjects have findings
     * @return e.g. "Đối tượng có phát hiện (410)"
     */
    public String subjectsWithFindings(int count) {
        return String.format(word("subjectsWithFindings"), count);
    }

    /**
     * A waiver in one line: its reason, who approved it and when, and until when it holds.
     *
     * @param waiver the waiver
     * @return the line in this language, dates as in the messages
     */
    public String waiver(Waiver waiver) {
        return String.format(word("waiverLine"), waiver.reason(), waiver.approvedBy(), date(waiver.approvedOn()),
                waiver.expiresOn().map(end -> String.format(word("waiverUntil"), date(end))).orElse(word("waiverOpen")));
    }

    /**
     * What changed since the earlier report, as one sentence.
     *
     * @param progress the comparison with the earlier report
     * @return the sentence in this language, with the earlier report's date and the counts
     */
    public String progress(Progress progress) {
        return String.format(word("progressLine"), date(progress.baselineAsOf()), progress.newFindings().size(),
                progress.persisting().size(), progress.resolved().size());
    }
}

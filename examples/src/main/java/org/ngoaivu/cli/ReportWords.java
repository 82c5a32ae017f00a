package org.ngoaivu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.rules.api.Dates;

/**
 * The words around the findings (headings, labels, severity names, subject types, rule areas) in the language
 * the reader chose, from {@code report_vi.properties} and {@code report_en.properties}: the officials who read
 * the report read Vietnamese, so {@code vi} is the default and {@code en} its translation.
 */
enum ReportWords {
    VI,
    EN;

    private final Properties words = load("report_" + languageTag() + ".properties");

    /** The words for a language: Vietnamese for {@code vi}, otherwise English. */
    static ReportWords of(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? VI : EN;
    }

    private static Properties load(String resource) {
        Properties words = new Properties();
        try (InputStream in = ReportWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the CLI's resource " + resource + " is missing");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CLI's resource " + resource, e);
        }
        return words;
    }

    /** The language tag of these words, for an HTML {@code lang} attribute. */
    String languageTag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The word or phrase under {@code key}; a missing key is a packaging mistake. */
    private String word(String key) {
        String word = words.getProperty(key);
        if (word == null) {
            throw new IllegalStateException("report_" + languageTag() + ".properties has no " + key);
        }
        return word;
    }

    String title() {
        return word("title");
    }

    String totals() {
        return word("totals");
    }

    String findingsPerArea() {
        return word("findingsPerArea");
    }

    String disabledRules() {
        return word("disabledRules");
    }

    String severity(Severity severity) {
        return word("severity." + severity.name());
    }

    String subjectType(SubjectType type) {
        return word("subject." + type.name());
    }

    /** A rule area by its name in this language; a host pack's own area keeps its folder name. */
    String area(String area) {
        return words.getProperty("area." + area, area);
    }

    String date(LocalDate date) {
        return this == VI ? Dates.vietnamese(date) : Dates.english(date);
    }

    String asOf(LocalDate date, int planYear) {
        return String.format(word("asOf"), date(date), planYear);
    }

    String rules(int count, String rulePackVersion) {
        return String.format(word("rules"), count, rulePackVersion);
    }

    String dossierSize(int provinces, int missions) {
        return String.format(word("dossierSize"), provinces, missions);
    }

    String subjectsWithFindings(int count) {
        return String.format(word("subjectsWithFindings"), count);
    }
}

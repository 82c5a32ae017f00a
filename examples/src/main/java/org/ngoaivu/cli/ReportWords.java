package org.ngoaivu.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.rules.api.Dates;

/**
 * The words around the findings (headings, labels, severity names) in the language the reader chose: the
 * officials who read the report read Vietnamese, so {@code vi} is the default and {@code en} its translation.
 */
enum ReportWords {
    VI(Map.of(Severity.VIOLATION, "VI PHẠM", Severity.WARNING, "CẢNH BÁO", Severity.ADVICE, "KHUYẾN NGHỊ"),
            Map.ofEntries(Map.entry(SubjectType.MISSION, "Cơ quan đại diện"),
                    Map.entry(SubjectType.PROVINCE, "Địa phương"),
                    Map.entry(SubjectType.ANNUAL_PLAN, "Kế hoạch hoạt động đối ngoại"),
                    Map.entry(SubjectType.DELEGATION, "Đoàn ra"),
                    Map.entry(SubjectType.AGREEMENT, "Thỏa thuận quốc tế"),
                    Map.entry(SubjectType.COORDINATION_AGREEMENT, "Thỏa thuận hợp tác"),
                    Map.entry(SubjectType.PARTNER, "Bộ, ngành đối tác"),
                    Map.entry(SubjectType.WORKING_VISIT, "Buổi làm việc"),
                    Map.entry(SubjectType.COOPERATION_PROGRAMME, "Chương trình hợp tác"),
                    Map.entry(SubjectType.REPORT, "Báo cáo"),
                    Map.entry(SubjectType.LEADER, "Cán bộ lãnh đạo")),
            Map.of("agreement", "Thỏa thuận quốc tế", "cooperation", "Làm việc và hợp tác với Bộ Ngoại giao",
                    "coordination", "Thỏa thuận hợp tác của Bộ Ngoại giao", "delegation", "Đoàn ra",
                    "mission", "Cơ quan đại diện", "province", "Địa phương và kế hoạch đối ngoại", "report", "Báo cáo"),
            "Báo cáo kiểm tra việc tuân thủ", "tính đến ngày %s, kế hoạch năm %d", "%d quy tắc, bộ quy tắc %s",
            "Tổng số", "%d địa phương, %d cơ quan đại diện", "Số phát hiện theo lĩnh vực",
            "Đối tượng có phát hiện (%d)", "Quy tắc không áp dụng"),
    EN(Map.of(Severity.VIOLATION, "VIOLATION", Severity.WARNING, "WARNING", Severity.ADVICE, "ADVICE"),
            Map.ofEntries(Map.entry(SubjectType.MISSION, "Mission"),
                    Map.entry(SubjectType.PROVINCE, "Province"),
                    Map.entry(SubjectType.ANNUAL_PLAN, "Annual plan"),
                    Map.entry(SubjectType.DELEGATION, "Delegation"),
                    Map.entry(SubjectType.AGREEMENT, "International agreement"),
                    Map.entry(SubjectType.COORDINATION_AGREEMENT, "Coordination agreement"),
                    Map.entry(SubjectType.PARTNER, "Partner ministry or agency"),
                    Map.entry(SubjectType.WORKING_VISIT, "Working visit"),
                    Map.entry(SubjectType.COOPERATION_PROGRAMME, "Cooperation programme"),
                    Map.entry(SubjectType.REPORT, "Report"),
                    Map.entry(SubjectType.LEADER, "Leader")),
            Map.of("agreement", "International agreements", "cooperation", "Working visits and cooperation with MOFA",
                    "coordination", "MOFA's coordination agreements", "delegation", "Delegations",
                    "mission", "Missions", "province", "Provinces and their plans", "report", "Reports"),
            "Compliance report", "as of %s, plan year %d", "%d rules, rule pack %s",
            "Totals", "%d provinces, %d missions", "Findings per rule area",
            "Subjects with findings (%d)", "Disabled rules");

    private final Map<Severity, String> severities;
    private final Map<SubjectType, String> subjectTypes;
    private final Map<String, String> areas;
    final String title;
    private final String asOf;
    private final String rules;
    final String totals;
    private final String dossierSize;
    final String findingsPerArea;
    private final String subjectsWithFindings;
    final String disabledRules;

    ReportWords(Map<Severity, String> severities, Map<SubjectType, String> subjectTypes, Map<String, String> areas,
                String title, String asOf, String rules, String totals, String dossierSize, String findingsPerArea,
                String subjectsWithFindings, String disabledRules) {
        this.severities = severities;
        this.subjectTypes = subjectTypes;
        this.areas = areas;
        this.title = title;
        this.asOf = asOf;
        this.rules = rules;
        this.totals = totals;
        this.dossierSize = dossierSize;
        this.findingsPerArea = findingsPerArea;
        this.subjectsWithFindings = subjectsWithFindings;
        this.disabledRules = disabledRules;
    }

    /** The words for a language: Vietnamese for {@code vi}, otherwise English. */
    static ReportWords of(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? VI : EN;
    }

    /** The language tag of these words, for an HTML {@code lang} attribute. */
    String languageTag() {
        return name().toLowerCase(Locale.ROOT);
    }

    String severity(Severity severity) {
        return severities.get(severity);
    }

    String subjectType(SubjectType type) {
        return subjectTypes.get(type);
    }

    /** A rule area by its name in this language; a host pack's own area keeps its folder name. */
    String area(String area) {
        return areas.getOrDefault(area, area);
    }

    String date(LocalDate date) {
        return this == VI ? Dates.vietnamese(date) : Dates.english(date);
    }

    String asOf(LocalDate date, int planYear) {
        return String.format(asOf, date(date), planYear);
    }

    String rules(int count, String rulePackVersion) {
        return String.format(rules, count, rulePackVersion);
    }

    String dossierSize(int provinces, int missions) {
        return String.format(dossierSize, provinces, missions);
    }

    String subjectsWithFindings(int count) {
        return String.format(subjectsWithFindings, count);
    }
}

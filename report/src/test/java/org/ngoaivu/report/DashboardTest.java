package org.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.Subject;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.engine.Waiver;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.json.ReportJson;
import org.ngoaivu.model.Delegation;
import org.ngoaivu.model.DelegationMember;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.Mission;
import org.ngoaivu.model.Province;

/** The dashboard page as a browser parses it, rendered from the national sample of 2024 (63 provinces). */
class DashboardTest {
    private static final Path SAMPLE = Path.of("../examples/data/national-sample-2024.json");
    private static final String HOSTILE = "<script>alert('x')</script>";

    private static Dossier dossier;
    private static ComplianceReport report;
    private static Document vi;
    private static Document en;

    @BeforeAll
    static void renderTheSample() throws IOException {
        dossier = DossierJson.read(SAMPLE).orElseThrow();
        try (ComplianceEngine engine = ComplianceEngine.builder().build()) {
            report = engine.evaluate(dossier);
        }
        vi = page(ReportRenderer.vietnamese(), report, dossier);
        en = page(ReportRenderer.in(Locale.ENGLISH), report, dossier);
    }

    private static Document page(ReportRenderer renderer, ComplianceReport report, Dossier dossier) throws IOException {
        StringWriter out = new StringWriter();
        renderer.html(report, dossier, out);
        return Jsoup.parse(out.toString());
    }

    private static int number(Element element) {
        return Integer.parseInt(element.text().strip());
    }

    @Test
    void scorecardHasOneRowPerProvinceAndMissionOfTheDossierInItsOrder() {
        assertThat(dossier.provinces()).hasSize(63);
        assertThat(vi.select("#province-scorecard tbody tr").eachAttr("data-name"))
                .containsExactlyElementsOf(dossier.provinces().stream().map(p -> p.name().orElse(p.id())).toList());
        assertThat(vi.select("#mission-scorecard tbody tr").eachAttr("data-name"))
                .containsExactlyElementsOf(dossier.missions().stream().map(m -> m.name().orElse(m.id())).toList());
    }

    @Test
    void scorecardCellsCarryTheWorstSeverityOfTheProvincesFindingsInWordsLettersAndColour() {
        Province first = dossier.provinces().get(0);
        Severity expected = Severity.values()[vi.getElementById("p-" + first.id()).select(".finding > div > .sev")
                .stream().mapToInt(sev -> Severity.valueOf(sev.className().substring(4).toUpperCase(Locale.ROOT))
                        .ordinal()).min().orElseThrow()];
        Element row = vi.selectFirst("#province-scorecard tbody tr");
        Element worst = row.child(row.childrenSize() - 1);
        assertThat(worst.text()).isEqualTo(ReportWords.VI.severity(expected));
        assertThat(worst.hasClass(expected.name().toLowerCase(Locale.ROOT))).isTrue();
        assertThat(row.select("td.c").eachText().subList(0, row.select("td.c").size() - 1))
                .allSatisfy(text -> assertThat(text).matches("✓|(VP|CB|KN) \\d+"))
                .anySatisfy(text -> assertThat(text).startsWith(ReportWords.VI.severityLetter(expected) + " "));
        assertThat(vi.select("#province-scorecard td.c.violation").eachText())
                .allSatisfy(text -> assertThat(text).matches("VP \\d+|VI PHẠM"));
    }

    @Test
    void countsEqualTheReports() {
        Map<Severity, Integer> summary = report.summary();
        List<Element> totals = vi.select("#national .total b");
        assertThat(number(totals.get(0))).isEqualTo(report.findings().size());
        for (Severity s : Severity.values()) {
            assertThat(number(totals.get(1 + s.ordinal()))).as(s.name()).isEqualTo(summary.get(s));
        }
        int byArea = vi.select("table.areas tbody tr").stream().mapToInt(tr -> number(tr.child(4))).sum();
        assertThat(byArea).isEqualTo(report.findings().size());
        int inDetails = vi.select("#details .finding").size();
        assertThat(inDetails).as("every finding once in the drill-down").isEqualTo(report.findings().size());
        int provinceTotals = vi.select("#province-scorecard tbody tr").stream()
                .mapToInt(tr -> number(tr.child(tr.childrenSize() - 2))).sum();
        int missionTotals = vi.select("#mission-scorecard tbody tr").stream()
                .mapToInt(tr -> number(tr.child(tr.childrenSize() - 2))).sum();
        assertThat(provinceTotals + missionTotals + vi.select("#mofa .finding").size())
                .isEqualTo(report.findings().size());
    }

    @Test
    void areaSummaryCountsTheSubjectsCheckedAndThoseWithFindings() {
        Element missions = vi.select("table.areas tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals(ReportWords.VI.area("mission"))).findFirst().orElseThrow();
        long flagged = report.findings().stream().filter(f -> f.subject().type() == SubjectType.MISSION)
                .map(Finding::subject).distinct().count();
        assertThat(number(missions.child(2))).isEqualTo(dossier.missions().size());
        assertThat(number(missions.child(3))).isEqualTo(flagged);
    }

    @Test
    void aLeaderWhoTravelledForAMergedProvinceAndItsSuccessorIsCheckedOnce() throws IOException {
        LocalDate merged = LocalDate.of(2025, 7, 1);
        DelegationMember leader = new DelegationMember("Nguyễn Văn A", true, false);
        Dossier provincesOverTime = Dossier.builder(LocalDate.of(2025, 12, 31))
                .province(new Province("OLD", Optional.of("Tỉnh cũ"), true, null, null, null, Optional.of(merged),
                        Optional.of("NEW")))
                .province(new Province("NEW", Optional.of("Tỉnh mới"), true, null, null, Optional.of(merged), null,
                        null))
                .delegation(Delegation.builder("D1", "OLD", "JP").leader(leader)
                        .departedOn(LocalDate.of(2025, 3, 1)).returnedOn(LocalDate.of(2025, 3, 5)).build())
                .delegation(Delegation.builder("D2", "NEW", "KR").leader(leader)
                        .departedOn(LocalDate.of(2025, 9, 1)).returnedOn(LocalDate.of(2025, 9, 5)).build())
                .build();
        ComplianceReport merges;
        try (ComplianceEngine engine = ComplianceEngine.builder().build()) {
            merges = engine.evaluate(provincesOverTime);
        }
        Element delegations = page(ReportRenderer.vietnamese(), merges, provincesOverTime)
                .select("table.areas tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals(ReportWords.VI.area("delegation"))).findFirst().orElseThrow();
        // Two delegations and one leader: her trips count for the province of today, as the trip limit counts them.
        assertThat(number(delegations.child(2))).isEqualTo(3);
    }

    @Test
    void findingsAboutPlansDelegationsAndLeadersAreUnderTheirProvince() {
        for (Finding f : report.findings()) {
            String province = switch (f.subject().type()) {
                case ANNUAL_PLAN -> dossier.annualPlans().stream().filter(p -> p.id().equals(f.subject().id()))
                        .findFirst().orElseThrow().provinceId();
                case DELEGATION -> dossier.delegations().stream().filter(d -> d.id().equals(f.subject().id()))
                        .findFirst().orElseThrow().provinceId();
                case LEADER -> f.subject().id().substring(0, f.subject().id().indexOf('/'));
                default -> null;
            };
            if (province != null) {
                Element details = vi.getElementById("p-" + province);
                assertThat(details).as(province).isNotNull();
                assertThat(details.text()).contains(f.message().vi());
            }
        }
    }

    @Test
    void partnerAndCoordinationFindingsAreTheMinistrys() {
        List<Finding> ministry = report.findings().stream().filter(f -> f.subject().type() == SubjectType.PARTNER
                || f.subject().type() == SubjectType.COORDINATION_AGREEMENT).toList();
        assertThat(ministry).isNotEmpty();
        Element mofa = vi.getElementById("mofa");
        assertThat(mofa.select("summary").text()).startsWith("Bộ Ngoại giao");
        ministry.forEach(f -> assertThat(mofa.text()).contains(f.message().vi()));
    }

    @Test
    void drillDownShowsMessageSourceQuoteAndFactsWithoutScript() {
        Element first = vi.selectFirst("#details details .finding");
        assertThat(first.select("p.source").text()).startsWith("Căn cứ: ");
        assertThat(vi.select("#details blockquote")).as("the rules' quotes").isNotEmpty();
        String quote = report.rules().stream().filter(r -> !r.quote().isEmpty()).findFirst().orElseThrow().quote();
        assertThat(report.rules()).allSatisfy(r -> assertThat(r.quote()).as(r.id()).isNotBlank());
        assertThat(vi.select("#details blockquote").eachText()).contains(quote);
        assertThat(vi.select("#details dl dt").eachText()).contains("Ngày về nước").doesNotContain("returnedOn");
        // Without script: every drill-down is a <details> in the page, and the filter box stays hidden.
        long owners = vi.select("#province-scorecard a[href], #mission-scorecard a[href]").size();
        assertThat(vi.select("#details details.owner").size()).isEqualTo(owners + 1);
        assertThat(vi.selectFirst("p.filter").hasAttr("hidden")).isTrue();
    }

    @Test
    void pageIsTaggedHeadedAndDatedInTheChosenLanguage() {
        assertThat(vi.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(vi.selectFirst("h1").text()).isEqualTo("Báo cáo kiểm tra việc tuân thủ");
        assertThat(en.selectFirst("h1").text()).isEqualTo("Compliance report");
        assertThat(vi.select("h2").eachText()).contains("Tổng hợp toàn quốc", "Bảng theo dõi các địa phương",
                "Bảng theo dõi các cơ quan đại diện");
        assertThat(en.select("h2").eachText()).contains("National summary", "Province scorecard", "Mission scorecard");
        assertThat(vi.select(".meta").text()).contains("31/12/2024");
        assertThat(en.select(".meta").text()).contains("31 December 2024");
        assertThat(vi.select(".total .sev").eachText()).containsExactly("VI PHẠM", "CẢNH BÁO", "KHUYẾN NGHỊ");
        assertThat(en.select(".total .sev").eachText()).containsExactly("VIOLATION", "WARNING", "ADVICE");
    }

    @Test
    void pageLoadsNothingFromOutside() {
        for (Document page : List.of(vi, en)) {
            assertThat(page.select("[src]")).isEmpty();
            assertThat(page.select("link, iframe, object, embed, img")).isEmpty();
            assertThat(page.select("[href]").eachAttr("href")).allSatisfy(href -> assertThat(href).startsWith("#"));
            assertThat(page.select("style").html()).doesNotContain("@import").doesNotContain("url(");
            assertThat(page.select("script").html()).doesNotContain("http").doesNotContain("fetch(");
        }
    }

    @Test
    void markupInANameOrAMessageAppearsAsText() throws IOException {
        Province first = dossier.provinces().get(0);
        String name = first.name().orElseThrow();
        Dossier hostile = DossierJson.read(Files.readString(SAMPLE).replace("\"" + name + "\"",
                "\"" + HOSTILE + name + "\"")).orElseThrow();
        ComplianceReport hostileReport;
        try (ComplianceEngine engine = ComplianceEngine.builder().build()) {
            hostileReport = engine.evaluate(hostile);
        }
        assertThat(hostileReport.findings()).anySatisfy(f -> assertThat(f.message().vi()).contains(HOSTILE));
        Document page = page(ReportRenderer.vietnamese(), hostileReport, hostile);
        assertThat(page.select("script")).as("only the page's own script").hasSize(1);
        assertThat(page.selectFirst("#province-scorecard tbody tr td").text()).isEqualTo(HOSTILE + name);
        assertThat(page.getElementById("p-" + first.id()).text()).contains(HOSTILE);
    }

    @Test
    void textAndJsonAreTheReportsOwn() throws IOException {
        StringWriter json = new StringWriter();
        ReportRenderer.in(Locale.ENGLISH).json(report, json);
        assertThat(json.toString()).isEqualTo(ReportJson.write(report));
        StringWriter text = new StringWriter();
        ReportRenderer.vietnamese().text(report, text);
        assertThat(text.toString()).startsWith("Báo cáo kiểm tra việc tuân thủ tính đến ngày 31/12/2024")
                .contains("VI PHẠM");
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        ReportRenderer renderer = ReportRenderer.vietnamese();
        assertThatThrownBy(() -> renderer.html(report, null, new StringWriter())).hasMessage("dossier");
        assertThatThrownBy(() -> renderer.text(null, new StringWriter())).hasMessage("report");
        assertThatThrownBy(() -> renderer.json(report, null)).hasMessage("out");
        assertThatThrownBy(() -> ReportRenderer.in(null)).hasMessage("locale");
    }

    @Test
    void missionsAreNamedInTheirScorecard() {
        Mission mission = dossier.missions().get(0);
        assertThat(vi.selectFirst("#mission-scorecard tbody tr td").text()).isEqualTo(mission.name().orElse(mission.id()));
    }

    @Test
    void scorecardRowsComeFromTheDossierNotAFixedList() throws IOException {
        Dossier small = DossierJson.read(Path.of("../examples/data/areas/province.json")).orElseThrow();
        ComplianceReport smallReport;
        try (ComplianceEngine engine = ComplianceEngine.builder().build()) {
            smallReport = engine.evaluate(small);
        }
        Document page = page(ReportRenderer.vietnamese(), smallReport, small);
        assertThat(small.provinces().size()).isNotEqualTo(dossier.provinces().size());
        assertThat(page.select("#province-scorecard tbody tr")).hasSize(small.provinces().size());
        assertThat(page.select("#mission-scorecard tbody tr")).hasSize(small.missions().size());
    }

    @Test
    void reportWithoutFindingsSaysSoAndMarksEveryProvinceClear() throws IOException {
        ComplianceReport clean = new ComplianceReport(report.asOf(), report.planYear(), report.rulePackVersion(),
                report.rules(), List.of(), List.of());
        Document page = page(ReportRenderer.vietnamese(), clean, dossier);
        assertThat(page.select("#details").text()).contains("Không có phát hiện nào.");
        assertThat(page.select("#details details")).isEmpty();
        assertThat(page.select("#province-scorecard td.c").eachText()).containsOnly("✓");
        assertThat(page.select("#national .total b").eachText()).containsOnly("0");
    }

    /** The sample's report with a waiver on its first province finding, one expired and one that matches nothing. */
    private static ComplianceReport waivedReport() {
        Finding first = report.findings().stream().filter(f -> f.subject().type() == SubjectType.PROVINCE)
                .findFirst().orElseThrow();
        return report.withWaivers(List.of(
                new Waiver(first.ruleId(), first.subject(), "Tỉnh mới hợp nhất " + HOSTILE, "Bộ trưởng Bộ Ngoại giao",
                        LocalDate.of(2024, 1, 10), Optional.empty()),
                new Waiver("report-late", Subject.of(SubjectType.PROVINCE, "HGG"), "Đã quá hạn", "Cục trưởng",
                        LocalDate.of(2023, 1, 10), Optional.of(LocalDate.of(2023, 12, 31))),
                new Waiver("annual-plan-missing", Subject.of(SubjectType.PROVINCE, "NO-SUCH"), "Không khớp",
                        "Cục trưởng", LocalDate.of(2024, 1, 10), Optional.empty())));
    }

    @Test
    void waivedFindingsAreShownApartInTheDrillDownAndCountedInTheSummary() throws IOException {
        ComplianceReport waived = waivedReport();
        Finding first = waived.waived().get(0).finding();
        Document page = page(ReportRenderer.vietnamese(), waived, dossier);
        assertThat(page.select("#national .total.waived b").text()).isEqualTo("1");
        assertThat(number(page.selectFirst("#national .total b"))).isEqualTo(report.findings().size() - 1);
        Element owner = page.getElementById("p-" + first.subject().id());
        Element apart = owner.selectFirst(".waived-findings");
        assertThat(apart.select(".finding")).hasSize(1);
        assertThat(apart.select(".mark.waived").text()).isEqualTo("Được miễn trừ");
        assertThat(apart.select(".waiver").text()).contains("Tỉnh mới hợp nhất " + HOSTILE, "Bộ trưởng Bộ Ngoại giao",
                "10/01/2024", "không có thời hạn");
        assertThat(page.select("script")).hasSize(1);
        assertThat(owner.select("> .finding")).as("the other findings stay where they were")
                .hasSize(vi.getElementById("p-" + first.subject().id()).select("> .finding").size() - 1);
    }

    @Test
    void expiredAndUnusedWaiversAreListedInBothLanguages() throws IOException {
        ComplianceReport waived = waivedReport();
        Document viPage = page(ReportRenderer.vietnamese(), waived, dossier);
        Document enPage = page(ReportRenderer.in(Locale.ENGLISH), waived, dossier);
        assertThat(viPage.select("#waivers h3").eachText()).containsExactly(
                "Miễn trừ đã hết hiệu lực (các phát hiện liên quan được tính lại): 1",
                "Miễn trừ không khớp với phát hiện nào: 1");
        assertThat(viPage.select("#waivers table").get(0).select("tbody td").eachText())
                .contains("report-late", "Đã quá hạn", "31/12/2023", "Địa phương HGG — Hà Giang");
        assertThat(enPage.select("#waivers h3").eachText()).containsExactly(
                "Expired waivers (their findings count again): 1", "Waivers that matched no finding: 1");
        assertThat(enPage.select("#waivers table").get(1).select("tbody td").eachText())
                .contains("annual-plan-missing", "10 January 2024", "no expiry");
        assertThat(vi.getElementById("waivers")).as("no waivers, no list").isNull();
    }

    @Test
    void textReportListsWaivedExpiredAndUnusedWaivers() throws IOException {
        StringWriter out = new StringWriter();
        ReportRenderer.in(Locale.ENGLISH).text(waivedReport(), out);
        assertThat(out.toString()).contains("; waived: 1\n", "== Waived findings (not counted as violations) (1) ==",
                "== Expired waivers (their findings count again) (1) ==", "== Waivers that matched no finding (1) ==",
                "holds until 31 December 2023");
    }

    /**
     * An earlier report of the sample: without the first finding of today (so it is new), with one finding that is
     * gone today (so it is resolved), made with other rules.
     */
    private static ComplianceReport earlierReport() {
        Finding gone = new Finding("annual-plan-missing", Severity.VIOLATION, Subject.of(SubjectType.PROVINCE,
                dossier.provinces().get(1).id(), dossier.provinces().get(1).name()),
                new org.ngoaivu.engine.LocalizedText("Chưa có kế hoạch " + HOSTILE, "No plan " + HOSTILE), "source",
                Map.of(), Map.of(), Map.of());
        List<Finding> before = new java.util.ArrayList<>(report.findings().subList(1, report.findings().size()));
        before.add(gone);
        return new ComplianceReport(report.asOf().minusMonths(5), report.planYear(), "sha256:earlier", List.of(),
                before, List.of());
    }

    @Test
    void comparedWithAnEarlierReportEachFindingIsMarkedNewOrPersistingAndTheResolvedAreListed() throws IOException {
        Document page = page(ReportRenderer.vietnamese().comparedWith(earlierReport()), report, dossier);
        assertThat(page.select("#progress .total.new b").text()).isEqualTo("1");
        assertThat(number(page.selectFirst("#progress .total.persisting b"))).isEqualTo(report.findings().size() - 1);
        assertThat(page.select("#progress .total.resolved b").text()).isEqualTo("1");
        assertThat(page.select("#details .mark.new")).hasSize(1);
        assertThat(page.select("#details .mark.persisting")).hasSize(report.findings().size() - 1);
        Element resolved = page.selectFirst("#progress details.resolved");
        assertThat(resolved.select(".finding p").first().text()).isEqualTo("Chưa có kế hoạch " + HOSTILE);
        assertThat(resolved.select(".mark.resolved").text()).isEqualTo("Đã khắc phục");
        assertThat(page.select("#progress .rules-changed").text()).contains("bộ quy tắc khác (sha256:earlier)");
        assertThat(page.select("#progress p").first().text()).startsWith("So với báo cáo tính đến ngày 31/07/2024:");
        assertThat(vi.getElementById("progress")).as("no earlier report, no comparison").isNull();
    }

    @Test
    void comparedWithTheSameRulesNothingIsSaidAboutRules() throws IOException {
        ComplianceReport sameRules = new ComplianceReport(report.asOf(), report.planYear(), report.rulePackVersion(),
                List.of(), report.findings(), List.of());
        Document page = page(ReportRenderer.in(Locale.ENGLISH).comparedWith(sameRules), report, dossier);
        assertThat(page.select("#progress .rules-changed")).isEmpty();
        assertThat(page.select("#details .mark.new")).isEmpty();
        assertThat(page.select("#progress p").first().text()).isEqualTo("Since the report as of 31 December 2024: 0 new"
                + " findings, " + report.findings().size() + " persisting, 0 resolved.");
    }

    @Test
    void textAndJsonShowTheProgress() throws IOException {
        ReportRenderer renderer = ReportRenderer.in(Locale.ENGLISH).comparedWith(earlierReport());
        StringWriter text = new StringWriter();
        renderer.text(report, text);
        assertThat(text.toString()).contains("Since the report as of 31 July 2024: 1 new findings,",
                "The earlier report was made with other rules (sha256:earlier)", "] (new) ", "] (persisting) ",
                "== Findings resolved since the earlier report (1) ==", "No plan " + HOSTILE);
        StringWriter json = new StringWriter();
        renderer.json(report, json);
        assertThat(ReportJson.read(json.toString()).isValid()).isTrue();
        assertThat(json.toString()).contains("\"progress\" : \"NEW\"", "\"rulePackChanged\" : true");
    }

    @Test
    void aDissolvedProvinceIsShownUnderItsSuccessorInTheScorecard() throws IOException {
        Province merged = new Province("HGI", Optional.of("Hà Giang"), true, java.util.Set.of(), java.util.Set.of(),
                Optional.empty(), Optional.of(LocalDate.of(2025, 7, 1)), Optional.of("TQU"));
        Dossier mergers = Dossier.builder(LocalDate.of(2025, 12, 31)).planYear(2025)
                .province(merged)
                .province(Province.of("HNI", "Hà Nội", true, java.util.Set.of(), java.util.Set.of()))
                .province(Province.of("TQU", "Tuyên Quang", true, java.util.Set.of(), java.util.Set.of()))
                .build();
        ComplianceReport none = new ComplianceReport(mergers.asOf(), 2025, "v", report.rules(), List.of(), List.of());
        Document page = page(ReportRenderer.vietnamese(), none, mergers);
        assertThat(page.select("#province-scorecard tbody tr").eachAttr("data-name"))
                .containsExactly("Hà Nội", "Tuyên Quang", "Hà Giang");
        Element row = page.selectFirst("#province-scorecard tr.merged");
        assertThat(row.attr("data-name")).isEqualTo("Hà Giang");
        assertThat(row.child(0).text()).isEqualTo("Hà Giang (đã sáp nhập vào Tuyên Quang từ ngày 01/07/2025)");
        assertThat(page(ReportRenderer.in(Locale.ENGLISH), none, mergers).selectFirst("tr.merged td").text())
                .isEqualTo("Hà Giang (merged into Tuyên Quang on 1 July 2025)");
    }
}

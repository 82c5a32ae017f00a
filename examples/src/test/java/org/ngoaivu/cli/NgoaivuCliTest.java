package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NgoaivuCliTest {
    private static final Path SAMPLE = Path.of("data/national-sample-2024.json");

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Ngoaivu.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void nationalSampleHasViolationsSoTheExitCodeIsOne() {
        Run run = run("check", SAMPLE.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("Totals:").contains("== VIOLATION").contains("[annual-plan-late]");
    }

    @Test
    void jsonFormatIsTheReportContract() {
        Run run = run("check", SAMPLE.toString(), "--format", "json");
        assertThat(run.out()).startsWith("{\n  \"formatVersion\" : 1,\n  \"asOf\" : \"2024-12-31\"").contains("\"rulesEvaluated\" : 29")
                .contains("\"summary\"").contains("\"findings\"");
    }

    @Test
    void htmlIsOneSelfContainedEscapedPage(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("r.html");
        assertThat(run("check", SAMPLE.toString(), "--format", "html", "--output", page.toString()).code()).isEqualTo(1);
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("src=").doesNotContain("@import");
    }

    @Test
    void badDossierListsEveryProblemAndExitsTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"asOf\": \"2024-13-01\", \"missions\": [{\"id\": \"X\"}], \"extra\": 1}");
        Run run = run("check", bad.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("$.asOf").contains("$.missions[0].type").contains("$.extra")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMisspeltFieldIsSaidInVietnameseByDefaultAndInEnglishOnRequest(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("ho-so.json"), "{\"asOf\": \"2024-12-31\", \"provinces\": [{\"id\":"
                + " \"P\"}], \"delegations\": [{\"id\": \"D\", \"provinceId\": \"P\", \"destinationCountry\": \"JP\","
                + " \"leaderName\": \"A\", \"members\": [{\"name\": \"A\"}], \"retrunedOn\": \"2024-03-06\"}]}");
        Run vi = run("check", bad.toString());
        assertThat(vi.code()).isEqualTo(2);
        assertThat(vi.err().lines()).containsExactly("Hồ sơ " + bad + " không hợp lệ (1 lỗi):",
                "  $.delegations[0].retrunedOn: Trường \"retrunedOn\" không có trong định dạng hồ sơ. Có phải là"
                        + " \"returnedOn\"?");
        assertThat(run("check", bad.toString(), "--lang", "en").err().lines()).containsExactly("The dossier " + bad
                + " is not valid (1 problem):", "  $.delegations[0].retrunedOn: Unknown field \"retrunedOn\". Did you"
                + " mean \"returnedOn\"?");
    }

    @Test
    void disabledRuleIsListedAndAsOfOverrideApplies() {
        Run run = run("check", SAMPLE.toString(), "--disable", "report-late", "--as-of", "2024-12-31");
        assertThat(run.out()).contains("Quy tắc không áp dụng: report-late").doesNotContain("[report-late]");
    }

    @Test
    void policyFileAndDatedParametersApply(@TempDir Path dir) throws Exception {
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{ \"disable\": [\"report-late\"], \"severity\": { \"mission-website\": \"WARNING\" } }");
        Path params = dir.resolve("params.json");
        Files.writeString(params, "{ \"delegationReportDays\": [ { \"validFrom\": \"2024-01-01\", \"value\": 60 } ] }");
        Run run = run("check", SAMPLE.toString(), "--format", "json", "--policy", policy.toString(),
                "--params", params.toString());
        assertThat(run.out()).contains("\"disabledRules\" : [\n    \"report-late\"")
                .contains("\"delegationReportDays\" : 60").contains("\"delegationReportDays\" : \"2024-01-01\"")
                .doesNotContain("\"ruleId\" : \"report-late\"");
        assertThat(run.out()).containsPattern("\"ruleId\" : \"mission-website\",\\s*\"severity\" : \"WARNING\"");
    }

    @Test
    void badPolicyAndParametersFilesExitTwoListingEveryProblem(@TempDir Path dir) throws Exception {
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{ \"disable\": [\"no-such-rule\"] }");
        Run unknownRule = run("check", SAMPLE.toString(), "--policy", policy.toString());
        assertThat(unknownRule.code()).isEqualTo(2);
        assertThat(unknownRule.err()).contains("No rule has the id no-such-rule");
        Path params = dir.resolve("params.json");
        Files.writeString(params, "{ \"delegationReportDays\": [ { \"validFrom\": \"2024-01-01\", \"value\": 1 },"
                + " { \"validFrom\": \"2024-01-01\", \"value\": 2 } ], \"nope\": 1 }");
        Run overlapping = run("check", SAMPLE.toString(), "--params", params.toString(), "--lang", "en");
        assertThat(overlapping.code()).isEqualTo(2);
        assertThat(overlapping.err()).contains("(2 problems)").contains("$.delegationReportDays[1]").contains("$.nope");
        Run inVietnamese = run("check", SAMPLE.toString(), "--params", params.toString());
        assertThat(inVietnamese.err()).startsWith("Tệp tham số " + params + " không hợp lệ (2 lỗi):").contains(
                "  $.delegationReportDays[1]: Giá trị của tham số \"delegationReportDays\" áp dụng từ ngày 01/01/2024"
                        + " trùng thời gian với một giá trị khác của tham số này.",
                "  $.nope: Trường \"nope\" không có trong định dạng tệp tham số.");
    }

    @Test
    void rulesThatDoNotCompileExitTwoWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), "package host;\nrule \"x\"\nwhen\n  Nothing(\nthen\nend\n");
        Run run = run("check", SAMPLE.toString(), "--rules", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("broken.drl:");
    }

    @Test
    void aRunawayHostRuleStopsAtTheBudgetAndExitsTwoWithOneSentenceNamingIt(@TempDir Path dir) throws Exception {
        String meta = " @severity(\"ADVICE\") @subject(\"MISSION\") @source(\"host policy\")\n";
        Files.writeString(dir.resolve("runaway.drl"), "package host;\nimport org.ngoaivu.model.Mission;\n"
                + "rule \"seed\" @id(\"host-seed\")" + meta + "when\n  $m : Mission()\nthen\n  insert(Integer.valueOf(0));\nend\n"
                + "rule \"breeds\" @id(\"host-breeds\")" + meta + "when\n  $i : Integer()\nthen\n"
                + "  insert(Integer.valueOf($i + 1));\nend\n");
        Files.writeString(dir.resolve("messages_en.properties"), "host-seed={subject}\nhost-breeds={subject}\n");
        Files.writeString(dir.resolve("messages_vi.properties"), "host-seed={subject}\nhost-breeds={subject}\n");
        Run run = run("check", SAMPLE.toString(), "--rules", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("host-breeds").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void rulesPathThatIsNotADirectoryIsRejected() {
        Run run = run("check", SAMPLE.toString(), "--rules", "no/such/dir");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("is not a readable directory");
    }

    @Test
    void unknownOptionExitsTwo() {
        assertThat(run("check", SAMPLE.toString(), "--colour").code()).isEqualTo(2);
    }

    @Test
    void rulesCommandListsTheCatalogueInTheChosenLanguage() {
        Run en = run("rules", "--lang", "en");
        assertThat(en.code()).isZero();
        assertThat(en.out()).contains("mission-economic-team").contains("VIOLATION").contains("29 rules");
        Run vi = run("rules");
        assertThat(vi.code()).isZero();
        assertThat(vi.out()).contains("mission-economic-team").contains("VI PHẠM").contains("Cơ quan đại diện")
                .contains("29 quy tắc").doesNotContain("VIOLATION").doesNotContain(" rules");
    }

    @Test
    void textReportSpeaksTheChosenLanguage() {
        Run vi = run("check", SAMPLE.toString());
        assertThat(vi.out()).startsWith("Báo cáo kiểm tra việc tuân thủ tính đến ngày 31/12/2024, kế hoạch năm 2024")
                .contains("Tổng số: ").contains("== VI PHẠM (").contains("== CẢNH BÁO (").contains("== KHUYẾN NGHỊ (")
                .contains("\nĐoàn ra ").doesNotContain("VIOLATION").doesNotContain("DELEGATION ");
        Run en = run("check", SAMPLE.toString(), "--lang", "en");
        assertThat(en.out()).startsWith("Compliance report as of 31 December 2024, plan year 2024")
                .contains("\nDelegation ").doesNotContain("VI PHẠM");
    }

    @Test
    void htmlPageIsTaggedAndHeadedInTheChosenLanguage(@TempDir Path dir) throws Exception {
        Path vi = dir.resolve("vi.html");
        Path en = dir.resolve("en.html");
        run("check", SAMPLE.toString(), "--format", "html", "--output", vi.toString());
        run("check", SAMPLE.toString(), "--format", "html", "--lang", "en", "--output", en.toString());
        assertThat(Files.readString(vi)).contains("<html lang=\"vi\">").contains("<h1>Báo cáo kiểm tra việc tuân thủ</h1>")
                .contains(">VI PHẠM</span>").contains("Số phát hiện theo lĩnh vực").doesNotContain("Compliance report");
        assertThat(Files.readString(en)).contains("<html lang=\"en\">").contains("<h1>Compliance report</h1>")
                .contains(">VIOLATION</span>").doesNotContain("<html lang=\"vi\"").doesNotContain("VI PHẠM");
    }

    /** A waivers file with one waiver, not expiring, for each of these rule and subject pairs. */
    private static Path waivers(Path dir, java.util.List<com.fasterxml.jackson.databind.JsonNode> findings)
            throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = mapper.createObjectNode();
        com.fasterxml.jackson.databind.node.ArrayNode list = root.putArray("waivers");
        for (com.fasterxml.jackson.databind.JsonNode f : findings) {
            com.fasterxml.jackson.databind.node.ObjectNode w = list.addObject();
            w.put("ruleId", f.get("ruleId").asText());
            w.putObject("subject").put("type", f.at("/subject/type").asText()).put("id", f.at("/subject/id").asText());
            w.put("reason", "Do công việc thật cần thiết").put("approvedBy", "Thủ tướng Chính phủ")
                    .put("approvedOn", "2024-01-15");
        }
        Path file = dir.resolve("waivers.json");
        Files.writeString(file, mapper.writeValueAsString(root));
        return file;
    }

    @Test
    void exitCodeIgnoresWaivedViolations(@TempDir Path dir) throws Exception {
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run("check", SAMPLE.toString(), "--format", "json").out());
        java.util.List<com.fasterxml.jackson.databind.JsonNode> violations = new java.util.ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("severity").asText().equals("VIOLATION")) {
                violations.add(f);
            }
        });
        Run waived = run("check", SAMPLE.toString(), "--format", "json", "--waivers",
                waivers(dir, violations).toString());
        assertThat(waived.code()).as(waived.err()).isZero();
        assertThat(waived.out()).contains("\"VIOLATION\" : 0").contains("\"waived\" : [")
                .doesNotContain("unusedWaivers");
    }

    @Test
    void waiversOptionListsUnusedWaiversAndRejectsABadFile(@TempDir Path dir) throws Exception {
        Path file = waivers(dir, java.util.List.of(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"ruleId\": \"annual-plan-missing\", \"subject\": {\"type\": \"PROVINCE\", \"id\": \"NOPE\"}}")));
        Run run = run("check", SAMPLE.toString(), "--lang", "en", "--waivers", file.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("== Waivers that matched no finding (1) ==").contains("[annual-plan-missing]");
        Files.writeString(file, "{ \"waivers\": [ { \"ruleId\": \"x\" } ] }");
        Run bad = run("check", SAMPLE.toString(), "--waivers", file.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("Tệp miễn trừ " + file + " không hợp lệ")
                .contains("$.waivers[0].subject: Thiếu trường bắt buộc \"subject\".");
        assertThat(run("check", SAMPLE.toString(), "--waivers", file.toString(), "--output", file.toString()).code())
                .isEqualTo(2);
    }

    @Test
    void baselineMarksFindingsAndListsTheResolved(@TempDir Path dir) throws Exception {
        Path earlier = dir.resolve("earlier.json");
        assertThat(run("check", SAMPLE.toString(), "--format", "json", "--output", earlier.toString(), "--disable",
                "report-late").code()).isEqualTo(1);
        Run run = run("check", SAMPLE.toString(), "--lang", "en", "--baseline", earlier.toString(), "--disable",
                "mission-website");
        assertThat(run.out()).contains("Since the report as of 31 December 2024: ").contains("] (new) ")
                .contains("] (persisting) ").contains("== Findings resolved since the earlier report (")
                .contains("[mission-website]").doesNotContain("other rules");
        Run json = run("check", SAMPLE.toString(), "--format", "json", "--baseline", earlier.toString());
        assertThat(json.out()).contains("\"progress\" : \"NEW\"").contains("\"rulePackChanged\" : false");
    }

    @Test
    void aBaselineThatIsNotAReportExitsTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"formatVersion\": 2 }");
        Run run = run("check", SAMPLE.toString(), "--baseline", bad.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("The baseline report " + bad + " is not valid").contains("$.findings");
        assertThat(run("check", SAMPLE.toString(), "--baseline", bad.toString()).err())
                .startsWith("Báo cáo kỳ trước " + bad + " không hợp lệ (").contains("$.findings: Thiếu trường bắt buộc");
    }
}

package org.ngoaivu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.validation.InvalidDossierException;
import org.ngoaivu.validation.Problem;
import org.ngoaivu.validation.wording.Vietnamese;

/**
 * Every kind of problem the dossier contract and the other input files give is said in Vietnamese as well as in
 * English: the hostile and faulty documents of the contract's tests, the validator's own checks, each kind of
 * syntax error, files that cannot be read, and bad parameters, policies, waivers and reports.
 */
class ProblemLanguagesTest {
    private static final String MISSION = "{\"id\": \"M1\", \"type\": \"EMBASSY\", \"hostCountry\": \"JP\","
            + " \"diplomatCount\": 3";
    private static final String PROVINCE_P = "\"provinces\": [{\"id\": \"P\"}]";

    /** Faulty dossiers, each giving problems of other kinds. */
    private static final List<String> DOSSIERS = List.of(
            // unknown fields with and without a suggestion, keys that are not identifiers, a long key
            "{\"asOf\": \"2024-01-01\", \"missions\": [" + MISSION + ", \"website\": {\"unifiedcontent\": true},"
                    + " \"headOfMission\": {\"nam\": \"A\"}}], \"a.b\": 1, \"" + "x".repeat(900) + "\": 1}",
            // syntax: something after the root value, a second document
            "{\"asOf\": \"2024-01-01\"} ]]] {\"oops\":",
            "{\"asOf\": \"2024-01-01\"}\n{\"asOf\": \"2024-01-02\"}",
            // lone surrogates in a value and in a key
            "{\"asOf\": \"2024-01-01\", \"provinces\": [{\"id\": \"P\", \"name\": \"x\\ud800\"}]}",
            "{\"asOf\": \"2024-01-01\", \"x\\udc00\": 1}",
            // years and dates out of range, a date that is not one, a number too large to show whole
            "{\"asOf\": \"2024-01-01\", \"planYear\": 2000000000}",
            "{\"asOf\": \"0000-12-31\"}",
            "{\"asOf\": \"2024-02-30\"}",
            "{\"asOf\": \"2024-01-01\", \"planYear\": 1e400}",
            // an unreadable element beside semantic problems: enum, negative count, dangling reference, duplicate id
            "{\"asOf\": \"2024-01-01\", \"missions\": [" + MISSION.replace("EMBASSY", "EMBASSYX") + "}, "
                    + MISSION.replace("M1", "M2").replace("3", "-3") + "}],"
                    + " \"provinces\": [{\"id\": \"P\", \"internationalGateways\": [\"AIRFIELD\"]}],"
                    + " \"annualPlans\": [{\"id\": \"A\", \"provinceId\": \"P\", \"year\": 2024},"
                    + " {\"id\": \"B\", \"provinceId\": \"Q\", \"year\": 2024},"
                    + " {\"id\": \"A\", \"provinceId\": \"P\", \"year\": 2025}]}",
            // required fields, a conclusion issued before the visit, people without names
            "{\"asOf\": \"2024-01-01\", " + PROVINCE_P + ", \"workingVisits\": [{\"id\": \"W1\"}, {\"id\": \"W2\","
                    + " \"provinceId\": \"P\", \"visitedOn\": \"2024-01-10\", \"conclusionIssuedOn\": \"2024-01-01\","
                    + " \"cooperationProgrammeId\": \"CP9\"}], \"delegations\": [{\"id\": \"D\", \"provinceId\": \"P\","
                    + " \"destinationCountry\": \"JP\", \"leaderName\": \"A\", \"members\": [{\"keyLeader\": true}]}]}",
            // provinces: no successor, a dangling one, a successor without dissolution, dates in reverse, itself
            "{\"asOf\": \"2025-08-01\", \"provinces\": [{\"id\": \"A\", \"dissolvedOn\": \"2025-07-01\"},"
                    + " {\"id\": \"B\", \"dissolvedOn\": \"2025-07-01\", \"successorId\": \"Z\"},"
                    + " {\"id\": \"C\", \"successorId\": \"B\"}, {\"id\": \"D\", \"establishedOn\": \"2025-01-01\","
                    + " \"dissolvedOn\": \"2024-07-01\", \"successorId\": \"D\"}]}",
            // delegations: no members, a member twice, a leader who is not a member, a return without departure,
            // a return before departure, a country that is not a code, blank names, wrong types
            "{\"asOf\": \"2024-01-01\", " + PROVINCE_P + ", \"delegations\": ["
                    + "{\"id\": \"D1\", \"provinceId\": \"P\", \"destinationCountry\": \"JP\", \"leaderName\": \"A\","
                    + " \"members\": []},"
                    + "{\"id\": \"D2\", \"provinceId\": \"P\", \"destinationCountry\": \"JPN\", \"leaderName\": \"B\","
                    + " \"members\": [{\"name\": \"A\"}, {\"name\": \"A\"}], \"returnedOn\": \"2024-03-01\"},"
                    + "{\"id\": \"D3\", \"provinceId\": \"P\", \"destinationCountry\": \"JP\", \"leaderName\": \"A\","
                    + " \"members\": [{\"name\": \"A\"}], \"departedOn\": \"2024-03-05\", \"returnedOn\": \"2024-03-01\"},"
                    + "{\"id\": \"D4\", \"provinceId\": \"P\", \"destinationCountry\": \"JP\", \"leaderName\": \" \","
                    + " \"members\": {}, \"programmeItems\": \"3\"}]}",
            // agreements reported before signing, reports by a mission not in the dossier, tasks with one id twice
            "{\"asOf\": \"2024-01-01\", " + PROVINCE_P + ", \"agreements\": [{\"id\": \"A\", \"provinceId\": \"P\","
                    + " \"signedOn\": \"2024-02-01\", \"reportedOn\": \"2024-01-01\"}], \"reports\": [{\"id\": \"R\","
                    + " \"authorType\": \"MISSION\", \"authorId\": \"M9\", \"kind\": \"PERIODIC\", \"dueOn\": \"2024-01-01\"}],"
                    + " \"cooperationProgrammes\": [{\"id\": \"C\", \"provinceId\": \"P\", \"tasks\": [{\"id\": \"T\"},"
                    + " {\"id\": \"T\"}]}]}",
            // the format's version, wrong types at the root
            "{\"schemaVersion\": 2, \"asOf\": true, \"planYear\": \"2024\", \"missions\": {}}",
            "[]",
            // each kind of syntax error
            "{\"asOf\": \"2024-01-01\"",
            "{\"asOf\": \"2024-01-01\", \"asOf\": \"2024-01-02\"}",
            "{\"asOf\" \"2024-01-01\"}",
            "{asOf: \"2024-01-01\"}",
            "{\"asOf\": abc}",
            "{\"missions\": [1}",
            "{\"asOf\": \"2024\n01-01\"}",
            "{\"asOf\": \"\\q\"}",
            "{\"planYear\": 01}",
            "{\"missions\": [1,]}",
            "{\"asOf\": \"2024-01-01",
            "}",
            "{\"a\":" + "[".repeat(100),
            "{\"planYear\": " + "9".repeat(200) + "}",
            "{\"" + "k".repeat(2000) + "\": 1}",
            "{\"asOf\": \"" + "x".repeat(1_000_001) + "\"}",
            "",
            "   ");

    private static List<Problem> dossierProblems() {
        List<Problem> all = new ArrayList<>();
        DOSSIERS.forEach(json -> all.addAll(DossierJson.read(json).problems()));
        StringBuilder many = new StringBuilder("{\"asOf\": \"2024-01-01\", \"missions\": [");
        for (int i = 0; i < 1500; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\": \"M").append(i).append("\", \"type\": \"X\","
                    + " \"hostCountry\": \"JP\", \"diplomatCount\": 1}");
        }
        all.addAll(DossierJson.read(many.append("]}").toString()).problems());
        all.addAll(catchThrowableOfType(InvalidDossierException.class,
                () -> Dossier.builder(LocalDate.of(-5, 1, 1)).build()).problems());
        return all;
    }

    private static List<Problem> fileProblems(Path dir) throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(Json.MAX_DOCUMENT_BYTES + 1);
        }
        Path latin1 = Files.write(dir.resolve("latin1.json"), "{\"asOf\": \"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1));
        List<Problem> all = new ArrayList<>();
        for (Path file : List.of(huge, latin1, dir.resolve("nope.json"), dir)) {
            all.addAll(DossierJson.read(file).problems());
        }
        all.addAll(ParametersJson.read(dir.resolve("nope.json")).problems());
        all.addAll(PolicyJson.read(dir).problems());
        all.addAll(WaiversJson.read(dir.resolve("nope.json")).problems());
        all.addAll(ReportJson.read(dir.resolve("nope.json")).problems());
        return all;
    }

    private static List<Problem> otherDocumentProblems() {
        List<Problem> all = new ArrayList<>();
        all.addAll(ParametersJson.read("""
                { "economicTeamTreshold": 6, "minProgrammeItems": "two", "economicTrainingValidityYears": 2147483647,
                  "annualPlanDeadline": "--02-30", "requiredPlanSections": ["NONE"],
                  "delegationReportDays": [
                    { "validFrom": "2024-01-01", "value": 15 },
                    { "validFrom": "2024-01-01", "value": 10 },
                    { "validFrom": "2024-06-01", "validUntil": "2024-05-01", "value": 10 },
                    { "validFrom": "2024-13-01", "value": 10 },
                    { "value": 10, "note": "x" } ] }""").problems());
        all.addAll(ParametersJson.read("{\"annualPlanDeadline\": \"11-15-x\"}").problems());
        all.addAll(PolicyJson.read("{\"disable\": [1, \" \"], \"severity\": {\" \": \"LOUD\"}, \"x\": 2}").problems());
        all.addAll(WaiversJson.read("""
                { "waivers": [ { "ruleId": "a", "subject": { "type": "PROVINCE", "id": "P01" }, "reason": "r",
                    "approvedBy": "x", "approvedOn": "2026-03-01", "expiresOn": "2026-02-01" },
                  { "ruleId": "b" } ] }""").problems());
        all.addAll(ReportJson.read("{ \"formatVersion\": 2, \"asOf\": \"2026-06-30\" }").problems());
        all.addAll(ReportJson.read("""
                { "formatVersion": 1, "asOf": "2026-02-30", "planYear": 2026, "rulePackVersion": "v",
                  "rulesEvaluated": 0, "summary": { "VIOLATION": 0, "WARNING": 0, "ADVICE": 0 },
                  "findings": [], "disabledRules": [] }""").problems());
        return all;
    }

    @Test
    void everyProblemOfEveryInputIsSaidInVietnameseWithoutEnglishWords(@TempDir Path dir) throws Exception {
        List<Problem> problems = new ArrayList<>(dossierProblems());
        problems.addAll(fileProblems(dir));
        problems.addAll(otherDocumentProblems());
        assertThat(problems).hasSizeGreaterThan(100).allSatisfy(p -> {
            assertThat(p.vi()).as(p.en()).isNotEqualTo(p.en()).matches(Vietnamese::hasVietnameseLetters);
            assertThat(Vietnamese.englishWords(p.vi())).as(p.vi()).isEmpty();
        });
        assertThat(problems.stream().map(Problem::vi).distinct()).as("the inputs give many kinds of problem")
                .hasSizeGreaterThan(80);
    }

    @Test
    void theSentencesReadAsAnOfficialWritesThem() {
        assertThat(DossierJson.read("{\"asOf\": \"2024-01-01\", " + PROVINCE_P + ", \"delegations\": [{\"id\": \"D\","
                + " \"provinceId\": \"P\", \"leaderName\": \"A\", \"members\": [], \"retrunedOn\": \"2024-01-01\","
                + " \"departedOn\": \"31/02/2025\"}]}").problems()).extracting(p -> p.message(Locale.forLanguageTag("vi")))
                .containsExactly(
                        "\"31/02/2025\" không phải là ngày hợp lệ theo dạng YYYY-MM-DD (từ 0001-01-01 đến 9999-12-31).",
                        "Thiếu trường bắt buộc \"destinationCountry\".",
                        "Đoàn ra phải có ít nhất một thành viên.",
                        "Trường \"retrunedOn\" không có trong định dạng hồ sơ. Có phải là \"returnedOn\"?");
    }

    @Test
    void syntaxErrorsSayWhereAndWhyInVietnamese() {
        assertThat(DossierJson.read("{\"asOf\": \"2024-01-01\"").problems()).singleElement().satisfies(p -> {
            assertThat(p.vi()).isEqualTo("Nội dung hồ sơ không phải là JSON hợp lệ tại dòng 1, cột 22: tài liệu kết"
                    + " thúc khi còn dấu ngoặc chưa đóng (mở tại dòng 1, cột 1).");
            assertThat(p.en()).isEqualTo("The dossier is not valid JSON at line 1, column 22: Unexpected end-of-input:"
                    + " expected close marker for Object (opened at line 1, column 1).");
        });
        assertThat(DossierJson.read("{\"asOf\": \"2024-01-01\", \"asOf\": \"2024-01-02\"}").problems())
                .singleElement().extracting(Problem::vi).asString().endsWith(": trường \"asOf\" xuất hiện hai lần.");
        assertThat(DossierJson.read("{\"missions\": [1}").problems()).singleElement().satisfies(p -> {
            assertThat(p.vi()).endsWith("cột 16: dấu đóng '}' không khớp với dấu mở tương ứng (mở tại dòng 1, cột 14).");
            assertThat(p.en()).endsWith("column 16: Unexpected close marker '}': expected ']' (opened at line 1,"
                    + " column 14).");
        });
    }
}

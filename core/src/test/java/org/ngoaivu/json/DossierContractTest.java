package org.ngoaivu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.EconomicOfficer;
import org.ngoaivu.model.Province;
import org.ngoaivu.validation.InvalidDocumentException;
import org.ngoaivu.validation.InvalidDossierException;
import org.ngoaivu.validation.Problem;

/** Each defect the dossier contract forbids, pinned: strict, bounded reading with every problem at once. */
class DossierContractTest {
    private static final String MISSION = "{\"id\": \"M1\", \"type\": \"EMBASSY\", \"hostCountry\": \"JP\", \"diplomatCount\": 3";

    private static List<String> problems(String json) {
        DossierReadResult result = DossierJson.read(json);
        assertThat(result.isValid()).isFalse();
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void unknownFieldsInsideNestedObjectsAreReportedWithASuggestion() {
        assertThat(problems("{\"asOf\": \"2024-01-01\", \"missions\": [" + MISSION
                + ", \"website\": {\"unifiedcontent\": true}, \"headOfMission\": {\"nam\": \"A\"},"
                + " \"economicTeam\": {\"section\": []}}]}")).containsExactly(
                "$.missions[0].economicTeam.section: Unknown field \"section\". Did you mean \"sections\"?",
                "$.missions[0].headOfMission.nam: Unknown field \"nam\". Did you mean \"name\"?",
                "$.missions[0].website.unifiedcontent: Unknown field \"unifiedcontent\". Did you mean \"unifiedContent\"?");
    }

    @Test
    void anythingAfterTheRootValueIsASyntaxProblem() {
        assertThat(problems("{\"asOf\": \"2024-01-01\"} ]]] {\"oops\":")).singleElement().asString()
                .startsWith("$: The dossier is not valid JSON at line 1");
        assertThat(problems("{\"asOf\": \"2024-01-01\"}\n{\"asOf\": \"2024-01-02\"}")).singleElement().asString()
                .contains("line 2").contains("something follows the end of the document");
    }

    @Test
    void byteOrderMarkIsSkipped(@TempDir Path dir) throws Exception {
        assertThat(DossierJson.read("\uFEFF{\"asOf\": \"2024-01-01\"}").isValid()).isTrue();
        Path file = dir.resolve("notepad.json");
        Files.write(file, ("\uFEFF{\"asOf\": \"2024-01-01\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(DossierJson.read(file).isValid()).isTrue();
    }

    @Test
    void loneSurrogateIsAProblemAtItsPath() {
        assertThat(problems("{\"asOf\": \"2024-01-01\", \"provinces\": [{\"id\": \"P\", \"name\": \"x\\ud800\"}]}"))
                .singleElement().asString().startsWith("$.provinces[0].name: The text contains an invalid Unicode");
        assertThat(problems("{\"asOf\": \"2024-01-01\", \"x\\udc00\": 1}")).singleElement().asString()
                .startsWith("$: A field name contains an invalid Unicode");
    }

    @Test
    void datesAndYearsOutsideOneToNineThousandNineHundredNinetyNineAreProblemsAtTheirPath() {
        assertThat(problems("{\"asOf\": \"2024-01-01\", \"planYear\": 2000000000}")).containsExactly(
                "$.planYear: The year must lie between 1 and 9999, but it is 2000000000.");
        assertThat(problems("{\"asOf\": \"-999999999-01-01\"}")).singleElement().asString().startsWith("$.asOf: ");
        assertThat(problems("{\"asOf\": \"0000-12-31\"}")).singleElement().asString().startsWith("$.asOf: ");
        assertThat(problems("{\"asOf\": \"2024-01-01\", \"provinces\": [{\"id\": \"P\"}], \"agreements\": [{\"id\":"
                + " \"A\", \"provinceId\": \"P\", \"signedOn\": \"+999999999-12-31\"}]}")).singleElement().asString()
                .startsWith("$.agreements[0].signedOn: \"+999999999-12-31\" is not a valid date");
    }

    @Test
    void anUnreadableElementHidesNoSemanticProblemElsewhere() {
        assertThat(problems("{\"asOf\": \"2024-01-01\", \"missions\": [" + MISSION.replace("EMBASSY", "EMBASSYX")
                + "}, " + MISSION.replace("M1", "M2").replace("3", "-3") + "}],"
                + " \"provinces\": [{\"id\": \"P\", \"internationalGateways\": [\"AIRFIELD\"]}],"
                + " \"annualPlans\": [{\"id\": \"A\", \"provinceId\": \"P\", \"year\": 2024},"
                + " {\"id\": \"B\", \"provinceId\": \"Q\", \"year\": 2024}, {\"id\": \"A\", \"provinceId\": \"P\", \"year\": 2025}]}"))
                .as("the plan naming the unreadable province P is not called dangling").containsExactly(
                        "$.annualPlans[1].provinceId: No province with id \"Q\" is in the dossier.",
                        "$.annualPlans[2].id: The id \"A\" is already used by $.annualPlans[0]; ids must be unique.",
                        "$.missions[0].type: \"EMBASSYX\" is not one of [EMBASSY, CONSULATE_GENERAL, PERMANENT_MISSION].",
                        "$.missions[1].diplomatCount: The count must not be negative, but it is -3.",
                        "$.provinces[0].internationalGateways[0]: \"AIRFIELD\" is not one of [BORDER_GATE, AIRPORT, SEAPORT].");
    }

    @Test
    void semanticPathsPointIntoTheDocumentWhenEarlierElementsCannotBeRead() {
        assertThat(problems("{\"asOf\": \"2024-01-01\", \"provinces\": [{\"id\": \"P\"}], \"workingVisits\": ["
                + "{\"id\": \"W1\"}, {\"id\": \"W2\", \"provinceId\": \"P\", \"visitedOn\": \"2024-01-10\","
                + " \"conclusionIssuedOn\": \"2024-01-01\"}]}")).containsExactly(
                "$.workingVisits[0].provinceId: The required field \"provinceId\" is missing.",
                "$.workingVisits[0].visitedOn: The required field \"visitedOn\" is missing.",
                "$.workingVisits[1].conclusionIssuedOn: The issued date 2024-01-01 is before the visit date 2024-01-10.");
    }

    @Test
    void aPersonWithoutANameIsOneProblemNotAFalseUnknownField() {
        assertThat(problems("{\"asOf\": \"2024-01-01\", \"missions\": [" + MISSION
                + ", \"economicOfficers\": [{\"lastEconomicTrainingOn\": \"2020-01-01\"}]}], \"provinces\": [{\"id\": \"P\"}],"
                + " \"delegations\": [{\"id\": \"D\", \"provinceId\": \"P\", \"destinationCountry\": \"JP\","
                + " \"leaderName\": \"A\", \"members\": [{\"keyLeader\": true}]}]}")).containsExactly(
                "$.delegations[0].members[0].name: The required field \"name\" is missing.",
                "$.missions[0].economicOfficers[0].name: The required field \"name\" is missing.");
    }

    @Test
    void aBlankPersonNameIsRefusedAlsoFromJava() {
        assertThatThrownBy(() -> EconomicOfficer.of("\u00a0 ", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }

    @Test
    void theLeaderIsFoundAmongTheMembersByTrimmedNfcName() {
        assertThat(DossierJson.read("{\"asOf\": \"2024-01-01\", \"provinces\": [{\"id\": \"P\"}], \"delegations\": [{\"id\":"
                + " \"D\", \"provinceId\": \"P\", \"destinationCountry\": \"JP\", \"leaderName\": \" Lê Văn C\u00a0\","
                + " \"members\": [{\"name\": \"Le\u0302 Va\u0306n C\"}]}]}").problems()).isEmpty();
    }

    @Test
    void keysThatAreNotIdentifiersAreBracketed() {
        assertThat(problems("{\"asOf\": \"2024-01-01\", \"a.b\": 1, \"it's\": 2}")).containsExactly(
                "$['a.b']: Unknown field \"a.b\".", "$['it\\'s']: Unknown field \"it's\".");
    }

    @Test
    void theProblemListStopsAtOneThousandWithACountOfTheRest() {
        StringBuilder json = new StringBuilder("{\"asOf\": \"2024-01-01\", \"missions\": [");
        for (int i = 0; i < 1500; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"M").append(i).append("\", \"type\": \"X\","
                    + " \"hostCountry\": \"JP\", \"diplomatCount\": 1}");
        }
        List<Problem> problems = DossierJson.read(json.append("]}").toString()).problems();
        assertThat(problems).hasSize(1001);
        assertThat(problems.get(1000).en()).isEqualTo("500 more problems are not listed; fix those above and"
                + " read the document again.");
    }

    @Test
    void didYouMeanIsNotComputedForLongKeys() {
        String key = "x".repeat(900);
        assertThat(problems("{\"asOf\": \"2024-01-01\", \"" + key + "\": 1}")).singleElement().asString()
                .endsWith("Unknown field \"" + "x".repeat(40) + "…\".");
    }

    @Test
    void theSizeLimitCountsBytesAndIsCheckedBeforeTheFileIsRead(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(Json.MAX_DOCUMENT_BYTES + 1);   // sparse: no disk, and never read
        }
        assertThat(DossierJson.read(huge).problems()).singleElement().asString().contains("larger than the limit of 256 MiB");
        assertThat(Documents.utf8Length("hồ sơ")).isEqualTo(8);
    }

    @Test
    void anEndlessStreamIsRefusedAtTheLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        assertThat(DossierJson.read(zero).problems()).singleElement().asString().contains("larger than the limit");
    }

    @Test
    void unreadableFilesAreSaidInWords(@TempDir Path dir) {
        assertThat(DossierJson.read(dir.resolve("nope.json")).problems()).singleElement().asString()
                .isEqualTo("$: The dossier " + dir.resolve("nope.json") + " does not exist.");
        assertThat(DossierJson.read(dir).problems()).singleElement().asString().endsWith("is a folder, not a file.");
        assertThat(DossierJson.read(dir.resolve("bad.json")).problems()).extracting(Problem::en)
                .noneMatch(m -> m.contains("Exception"));
    }

    @Test
    void messagesLeakNoLibraryInternals() {
        assertThat(problems("{\"asOf\": \"2024-01-01\"")).singleElement().asString()
                .doesNotContain("REDACTED").doesNotContain("StreamReadFeature").contains("opened at line 1, column 1");
        assertThat(problems("{\"asOf\": \"2024-02-30\"}")).singleElement().asString()
                .doesNotContain("DateTimeParseException").contains("\"2024-02-30\" is not a valid date");
        assertThat(problems("{\"asOf\": \"2024-01-01\", \"planYear\": 1e400}")).singleElement().asString()
                .contains("1E+400").doesNotContain("Infinity");
    }

    @Test
    void everyDossierWrittenReadsBackEqual() {
        Dossier dossier = DossierJson.read("{\"asOf\": \"2025-08-01\", \"provinces\": [{\"id\": \"HGI\", \"name\": \"Hà Giang\","
                + " \"dissolvedOn\": \"2025-07-01\", \"successorId\": \"TQU\"}, {\"id\": \"TQU\", \"establishedOn\":"
                + " \"1831-01-01\", \"borderCountries\": [\"CN\", \"AF\"]}]}").orElseThrow();
        assertThat(DossierJson.read(DossierJson.write(dossier)).orElseThrow()).isEqualTo(dossier);
        assertThat(DossierJson.write(dossier)).contains("\"successorId\" : \"TQU\"")
                .as("sets are written sorted").containsSubsequence("\"AF\"", "\"CN\"");
    }

    @Test
    void aDissolvedProvinceNamesASuccessorThatIsInTheDossier() {
        assertThat(problems("{\"asOf\": \"2025-08-01\", \"provinces\": [{\"id\": \"A\", \"dissolvedOn\": \"2025-07-01\"},"
                + " {\"id\": \"B\", \"dissolvedOn\": \"2025-07-01\", \"successorId\": \"Z\"},"
                + " {\"id\": \"C\", \"successorId\": \"B\"}, {\"id\": \"D\", \"establishedOn\": \"2025-01-01\","
                + " \"dissolvedOn\": \"2024-07-01\", \"successorId\": \"D\"}]}")).containsExactly(
                "$.provinces[0].successorId: A dissolved province must name its successor in \"successorId\".",
                "$.provinces[1].successorId: No province with id \"Z\" is in the dossier.",
                "$.provinces[2].dissolvedOn: A successor is given but no dissolution date.",
                "$.provinces[3].dissolvedOn: The dissolution date 2024-07-01 is before the establishment date 2025-01-01.",
                "$.provinces[3].successorId: A province cannot succeed itself.");
    }

    @Test
    void aProvinceExistsFromItsEstablishmentUntilTheDayBeforeItsDissolution() {
        Province p = new Province("HGI", Optional.empty(), false, Set.of(), Set.of(),
                Optional.of(LocalDate.of(1991, 8, 12)), Optional.of(LocalDate.of(2025, 7, 1)), Optional.of("TQU"));
        assertThat(p.existsOn(LocalDate.of(1991, 8, 11))).isFalse();
        assertThat(p.existsOn(LocalDate.of(1991, 8, 12))).isTrue();
        assertThat(p.existsOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(p.existsOn(LocalDate.of(2025, 7, 1))).isFalse();
    }

    @Test
    void aDossierBuiltInJavaWithADateOutOfRangeIsRejected() {
        assertThatThrownBy(() -> Dossier.builder(LocalDate.of(-5, 1, 1)).build())
                .isInstanceOfSatisfying(InvalidDossierException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("$.asOf", "$.planYear"));
    }

    @Test
    void policyAndParametersResultsThrowWithEveryProblem() {
        assertThatThrownBy(() -> PolicyJson.read("{\"disable\": [1], \"x\": 2}").orElseThrow())
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems()).hasSize(2))
                .hasMessageStartingWith("The policy file has 2 problems:").hasMessageContaining("$.x");
        assertThatThrownBy(() -> ParametersJson.read("{\"economicTrainingValidityYears\": 2147483647}").orElseThrow())
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().isEqualTo("$.economicTrainingValidityYears: The value must lie between 0 and 100,"
                                + " but it is 2147483647."));
        assertThat(PolicyJson.read("{}").orElseThrow().disabledRules()).isEmpty();
        assertThat(ParametersJson.read("{}").orElseThrow()).isNotNull();
    }
}

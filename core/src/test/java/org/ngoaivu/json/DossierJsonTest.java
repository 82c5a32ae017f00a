package org.ngoaivu.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.validation.Problem;

class DossierJsonTest {
    private static final String FULL = """
            {
              "schemaVersion": 1, "asOf": "2024-03-31", "planYear": 2024,
              "missions": [ { "id": "EMB-JP", "name": "Đại sứ quán Việt Nam tại Nhật Bản", "type": "EMBASSY",
                "hostCountry": "JP", "diplomatCount": 12,
                "headOfMission": { "name": "Nguyễn Văn A", "directsEconomicWork": true },
                "economicOfficers": [ { "name": "Trần Thị B", "lastEconomicTrainingOn": "2023-05-10" } ],
                "economicTeam": { "establishedOn": "2009-01-10", "sections": ["COMMERCE", "LABOUR", "INVESTMENT"] },
                "website": { "url": "https://vnembassy-jp.org", "unifiedContent": true } } ],
              "provinces": [ { "id": "LCI", "name": "Lào Cai", "hasForeignAffairsDepartment": true,
                "borderCountries": ["CN"], "internationalGateways": ["BORDER_GATE"] } ],
              "annualPlans": [ { "id": "LCI-2024", "provinceId": "LCI", "year": 2024, "submittedOn": "2023-11-10",
                "sections": ["ECONOMIC_DIPLOMACY", "BORDER_AFFAIRS"], "plannedDelegationIds": ["LCI-D1"] } ],
              "delegations": [ { "id": "LCI-D1", "provinceId": "LCI", "destinationCountry": "JP",
                "members": [ { "name": "Lê Văn C", "keyLeader": true, "centrallyManaged": false } ],
                "leaderName": "Lê Văn C", "hostPartner": "Tỉnh Kanagawa", "programmeItems": 4,
                "approvedOn": "2024-02-01", "departedOn": "2024-03-01", "returnedOn": "2024-03-06",
                "missionInformedOn": "2024-02-20", "reportSubmittedOn": "2024-03-15" } ],
              "agreements": [ { "id": "LCI-A1", "provinceId": "LCI", "partner": "Yunnan Province", "partnerCountry": "CN",
                "signedOn": "2022-06-01", "mofaOpinionOn": "2022-05-20", "reportedOn": "2022-06-10",
                "activities": [ { "on": "2023-04-02", "description": "Joint trade fair" } ] } ],
              "coordinationAgreements": [ { "id": "CA-MPI", "partner": "PLANNING_INVESTMENT", "signedOn": "2008-05-01",
                "focalAgency": "Vụ Tổng hợp kinh tế", "responsibilities": ["Share FDI pipeline quarterly"] } ],
              "workingVisits": [ { "id": "WV-1", "provinceId": "LCI", "visitedOn": "2023-09-12",
                "conclusionIssuedOn": "2023-09-30", "cooperationProgrammeId": "CP-1" } ],
              "cooperationProgrammes": [ { "id": "CP-1", "provinceId": "LCI", "issuedOn": "2023-10-05",
                "monitoringMechanism": "Quarterly review", "tasks": [ { "id": "CP-1-T1",
                "description": "Trade promotion in Japan", "dueOn": "2024-06-30", "completedOn": null } ] } ],
              "reports": [ { "id": "R-1", "authorType": "PROVINCE", "authorId": "LCI", "kind": "PERIODIC",
                "title": "6-month external-affairs report", "dueOn": "2024-06-30", "submittedOn": "2024-07-05" } ]
            }
            """;

    private static List<Problem> problems(String json) {
        DossierReadResult result = DossierJson.read(json);
        assertThat(result.isValid()).isFalse();
        return result.problems();
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        Dossier dossier = DossierJson.read(FULL).orElseThrow();
        String written = DossierJson.write(dossier);
        assertThat(DossierJson.read(written).orElseThrow()).isEqualTo(dossier);
        assertThat(DossierJson.write(DossierJson.read(written).orElseThrow())).isEqualTo(written);
        assertThat(dossier.delegations().get(0).members().get(0).keyLeader()).isTrue();
    }

    @Test
    void writingMatchesTheGoldenFile() throws Exception {
        java.nio.file.Path golden = java.nio.file.Path.of("src/test/resources/golden/full-dossier.json");
        Dossier dossier = DossierJson.read(golden).orElseThrow();
        assertThat(DossierJson.write(dossier)).isEqualTo(java.nio.file.Files.readString(golden));
        assertThat(dossier).isEqualTo(DossierJson.read(FULL).orElseThrow());
    }

    @Test
    void missingPlanYearDefaultsToTheYearOfAsOf() {
        assertThat(DossierJson.read("{\"asOf\": \"2025-01-02\"}").orElseThrow().planYear()).isEqualTo(2025);
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        assertThat(problems("{\n  \"asOf\": \"2024-01-01\",\n  ]")).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("$: ").contains("line 3"));
    }

    @Test
    void unknownFieldIsReportedWithASuggestion() {
        String json = FULL.replace("\"submittedOn\": \"2023-11-10\"", "\"submitedOn\": \"2023-11-10\"");
        assertThat(problems(json)).extracting(Problem::toString)
                .containsExactly("$.annualPlans[0].submitedOn: Unknown field \"submitedOn\". Did you mean \"submittedOn\"?");
    }

    @Test
    void wrongTypesMissingFieldsAndUnknownValuesAreAllListedAtOnce() {
        String json = FULL.replace("\"diplomatCount\": 12", "\"diplomatCount\": \"twelve\"")
                .replace("\"type\": \"EMBASSY\"", "\"type\": \"CONSULATE\"")
                .replace("\"visitedOn\": \"2023-09-12\"", "\"visitedOn\": \"2023-02-30\"")
                .replace("\"asOf\": \"2024-03-31\", ", "");
        assertThat(problems(json)).extracting(Problem::path).containsExactly(
                "$.asOf", "$.missions[0].diplomatCount", "$.missions[0].type", "$.workingVisits[0].visitedOn");
        assertThat(problems(json)).extracting(Problem::en).anySatisfy(m -> assertThat(m).contains("CONSULATE")
                .contains("EMBASSY, CONSULATE_GENERAL, PERMANENT_MISSION"));
    }

    @Test
    void semanticProblemsHaveTheirPaths() {
        String json = FULL.replace("\"diplomatCount\": 12", "\"diplomatCount\": -1")
                .replace("\"returnedOn\": \"2024-03-06\"", "\"returnedOn\": \"2024-02-06\"")
                .replace("\"id\": \"WV-1\", \"provinceId\": \"LCI\"", "\"id\": \"WV-1\", \"provinceId\": \"XXX\"");
        assertThat(problems(json)).extracting(Problem::path).containsExactly(
                "$.delegations[0].returnedOn", "$.missions[0].diplomatCount", "$.workingVisits[0].provinceId");
    }

    @Test
    void duplicateIdsAndDuplicateKeysAreRejected() {
        String twice = FULL.replace("\"reports\": [ {", "\"reports\": [ { \"id\": \"R-0\", \"authorType\": \"PROVINCE\","
                + " \"authorId\": \"LCI\", \"kind\": \"AD_HOC\", \"dueOn\": \"2024-01-01\" }, {")
                .replace("\"id\": \"R-0\"", "\"id\": \"R-1\"");
        assertThat(problems(twice)).extracting(Problem::path).containsExactly("$.reports[1].id");
        assertThat(problems("{\"asOf\": \"2024-01-01\", \"asOf\": \"2024-01-02\"}")).singleElement()
                .satisfies(p -> assertThat(p.en()).contains("Duplicate field 'asOf'"));
    }

    @Test
    void deepNestingIsRefusedWithAClearMessage() {
        String deep = "{\"asOf\":\"2024-01-01\",\"missions\":" + "[".repeat(200) + "]".repeat(200) + "}";
        assertThat(problems(deep)).singleElement().satisfies(p -> assertThat(p.en())
                .contains("nested deeper than 64 levels").doesNotContain("StreamReadConstraints"));
    }
}

package org.ngoaivu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.testkit.CaseOutcome;
import org.ngoaivu.testkit.RuleCases;

/** The test kit with the Drools engine: wrong expectations fail with a diff, and coverage sees only what held. */
class RuleCasesSelfTest {
    private static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();
    private static final String SEVEN_DIPLOMATS = """
            { "schemaVersion": 1, "asOf": "2024-03-31", "missions": [
              { "id": "EMB-7", "type": "EMBASSY", "hostCountry": "JP", "diplomatCount": 7,
                "headOfMission": { "name": "A", "directsEconomicWork": true },
                "economicOfficers": [ { "name": "B", "lastEconomicTrainingOn": "2023-05-10" } ],
                "website": { "url": "https://x.example", "unifiedContent": true } } ] }""";

    @TempDir
    Path dir;

    private RuleCases write(String cases) throws IOException {
        Files.createDirectories(dir.resolve("mission"));
        Files.writeString(dir.resolve("mission/mission-economic-team.json"),
                "{ \"rule\": \"mission-economic-team\", \"cases\": [" + cases + "] }");
        return RuleCases.load(dir);
    }

    @Test
    void wrongExpectationsFailWithExpectedAgainstActual() throws IOException {
        RuleCases cases = write("""
                { "name": "wrong facts", "dossier": %s,
                  "expect": [ { "ruleId": "mission-economic-team", "subjectId": "EMB-7",
                                "facts": { "diplomatCount": "8" } } ] },
                { "name": "says it does not fire", "dossier": %s,
                  "expectNot": [ { "ruleId": "mission-economic-team", "subjectId": "EMB-7" } ] }
                """.formatted(SEVEN_DIPLOMATS, SEVEN_DIPLOMATS));
        List<CaseOutcome> outcomes = cases.run(ENGINE);
        assertThat(outcomes).noneMatch(CaseOutcome::passed);
        assertThat(outcomes.get(0).diff())
                .contains("fired with other facts:   mission-economic-team about EMB-7 {diplomatCount=8}")
                .contains("found: mission-economic-team about EMB-7 {diplomatCount=7}");
        assertThat(outcomes.get(1).diff()).contains("found but must not be:    mission-economic-team about EMB-7");
        assertThat(cases.coverage(ENGINE).gaps(List.of("mission-economic-team")))
                .containsEntry("mission-economic-team", "never seen not firing");
    }

    @Test
    void aCaseWithABadDossierOrParametersCannotPass() throws IOException {
        RuleCases cases = write("""
                { "name": "bad", "parameters": { "economicTeamThreshold": -1 },
                  "dossier": { "asOf": "2024-02-30" },
                  "expectNot": [ { "ruleId": "mission-economic-team", "subjectId": "EMB-7" } ] }""");
        CaseOutcome outcome = cases.run(ENGINE).get(0);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.diff()).contains("cannot run: dossier $.asOf").contains("cannot run: parameters $.economicTeamThreshold");
        assertThat(cases.coverage(ENGINE).notFired()).isEmpty();
    }

    @Test
    void malformedCaseFilesAreRejectedNamingTheFile() throws IOException {
        assertThatThrownBy(() -> write("{ \"name\": \"no expectations\", \"dossier\": " + SEVEN_DIPLOMATS + " }"))
                .hasMessageContaining("mission/mission-economic-team.json is not a valid case file")
                .hasMessageContaining("expects nothing");
        assertThatThrownBy(() -> write("{ \"name\": \"x\", \"dosier\": {} }"))
                .hasMessageContaining("is not a valid case file");
    }
}

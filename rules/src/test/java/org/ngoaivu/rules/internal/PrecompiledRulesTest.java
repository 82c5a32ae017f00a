package org.ngoaivu.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.engine.RuleSource;
import org.ngoaivu.json.ReportJson;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.reference.RandomDossiers;
import org.ngoaivu.spi.EngineConfiguration;

/** The bundled rules ship precompiled, and rules taken from there behave as rules compiled from the .drl files. */
class PrecompiledRulesTest {

    @Test
    void theBuildShipsTheBundledRulesPrecompiledForTheseFiles() {
        for (boolean besideCompiledRules : new boolean[] {false, true}) {
            assertThat(PrecompiledRules.load(RuleBaseCompiler.bundled().hash(), besideCompiledRules))
                    .as("%s, written by the build's precompile-bundled-rules step", PrecompiledRules.RESOURCE)
                    .hasValueSatisfying(packages -> assertThat(packages).isNotEmpty());
        }
    }

    @Test
    void rulesPrecompiledFromOtherFilesAreNotUsed() {
        assertThat(PrecompiledRules.load("sha256:" + "0".repeat(64), false)).isEmpty();
    }

    @Test
    void precompiledRulesGiveTheReportsOfRulesCompiledFromDrl() {
        assertSameReports(RuleBaseCompiler.read(true, List.of()));
    }

    @Test
    void precompiledRulesBesideAHostPackGiveTheReportsOfRulesCompiledFromDrl(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("host.drl"), """
                package host.rules;
                import org.ngoaivu.model.Mission;
                global org.ngoaivu.rules.api.Findings findings;
                global org.ngoaivu.rules.api.Evaluation evaluation;
                rule "A mission has an economic officer"
                    @id("host-mission-economic-officer") @severity("ADVICE") @subject("MISSION") @source("A2008")
                when
                    $mission : Mission( economicOfficers.isEmpty() )
                then
                    findings.about($mission).report();
                end
                """);
        Files.writeString(dir.resolve("messages_vi.properties"),
                "host-mission-economic-officer={subject} chưa có cán bộ kinh tế.\n");
        Files.writeString(dir.resolve("messages_en.properties"),
                "host-mission-economic-officer={subject} has no economic officer.\n");
        assertSameReports(RuleBaseCompiler.read(true, List.of(RuleSource.directory(dir))));
    }

    /** Rules taken precompiled and rules compiled from their files give the same reports. */
    private static void assertSameReports(RuleBaseCompiler.Sources sources) {
        EngineConfiguration defaults = EngineConfiguration.defaults();
        DroolsComplianceEngine precompiled = DroolsComplianceEngine.create(defaults,
                RuleBaseCompiler.compile(sources, true), Integer.MAX_VALUE);
        DroolsComplianceEngine fromDrl = DroolsComplianceEngine.create(defaults,
                RuleBaseCompiler.compile(sources, false), Integer.MAX_VALUE);

        assertThat(precompiled.rules()).isEqualTo(fromDrl.rules());
        assertThat(precompiled.rulePackVersion()).isEqualTo(fromDrl.rulePackVersion());
        for (long seed = 1; seed <= 60; seed++) {
            Dossier dossier = RandomDossiers.generate(seed);
            assertThat(ReportJson.write(precompiled.evaluate(dossier))).as("seed %d", seed)
                    .isEqualTo(ReportJson.write(fromDrl.evaluate(dossier)));
        }
    }
}

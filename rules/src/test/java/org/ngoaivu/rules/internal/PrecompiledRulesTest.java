package org.ngoaivu.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ngoaivu.json.ReportJson;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.reference.RandomDossiers;
import org.ngoaivu.spi.EngineConfiguration;

/** The bundled rules ship precompiled, and rules taken from there behave as rules compiled from the .drl files. */
class PrecompiledRulesTest {

    @Test
    void theBuildShipsTheBundledRulesPrecompiledForTheseFiles() {
        assertThat(PrecompiledRules.load(RuleBaseCompiler.bundled().hash()))
                .as("%s, written by the build's precompile-bundled-rules step", PrecompiledRules.RESOURCE)
                .hasValueSatisfying(packages -> assertThat(packages).isNotEmpty());
    }

    @Test
    void rulesPrecompiledFromOtherFilesAreNotUsed() {
        assertThat(PrecompiledRules.load("sha256:" + "0".repeat(64))).isEmpty();
    }

    @Test
    void precompiledRulesGiveTheReportsOfRulesCompiledFromDrl() {
        EngineConfiguration defaults = EngineConfiguration.defaults();
        RuleBaseCompiler.Sources sources = RuleBaseCompiler.read(true, List.of());
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

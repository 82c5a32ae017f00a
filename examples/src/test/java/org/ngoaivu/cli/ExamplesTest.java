package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.ngoaivu.examples.CustomRulesHost;

class ExamplesTest {
    @Test
    void customRulesHostRunsItsOwnRuleAndItsOwnThreshold() throws Exception {
        String out = StandardOutput.of(() -> CustomRulesHost.main(new String[] {"data/areas/mission.json"}));
        assertThat(out).contains("host-large-embassy-economic-officers")
                .contains("has 14 diplomats but only 1 dedicated economic officer.")
                .contains("{economicTeamThreshold=5}").contains("30 rules");
    }

    static Stream<Path> areaDossiers() throws Exception {
        return Files.list(Path.of("data/areas")).sorted();
    }

    @ParameterizedTest
    @MethodSource("areaDossiers")
    void everyAreaDossierIsValidAndChecks(Path dossier) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Ngoaivu.run(new String[] {"check", dossier.toString(), "--lang", "en"}, new PrintWriter(out),
                new PrintWriter(err));
        assertThat(code).as(err.toString()).isIn(0, 1);
        assertThat(out.toString()).contains("Totals:");
    }
}

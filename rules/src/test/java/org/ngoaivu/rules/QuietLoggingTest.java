package org.ngoaivu.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.reference.RandomDossiers;
import org.slf4j.LoggerFactory;

/**
 * With a logging provider present (slf4j-simple, which writes INFO and above to the standard error), a
 * normal build and evaluation log nothing: neither the bundled rules nor the guide's example rule, on the national
 * samples of 2024 and 2026 and on generated dossiers that hold every case.
 */
class QuietLoggingTest {
    private static final Path GUIDE_RULES = Path.of("../docs/src/test/resources/authoring/rules");

    @Test
    void buildingAndEvaluatingLogNoWarningAndNoInfo() throws Exception {
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).contains("Simple");
        Dossier sample = DossierJson.read(Path.of("../examples/data/national-sample-2024.json")).orElseThrow();
        Dossier today = DossierJson.read(Path.of("../examples/data/national-sample-2026-11-30.json")).orElseThrow();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ComplianceEngine bundled = ComplianceEngine.builder().build();
            ComplianceEngine withGuideRule = ComplianceEngine.builder().addRules(GUIDE_RULES).build();
            for (int i = 0; i < 20; i++) {
                bundled.evaluate(sample);
                bundled.evaluate(today);
                withGuideRule.evaluate(sample);
            }
            for (long seed = 0; seed < 60; seed++) {
                bundled.evaluate(RandomDossiers.generate(seed));
            }
            LoggerFactory.getLogger(QuietLoggingTest.class).info("the capture works");
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8).lines()).singleElement()
                .satisfies(line -> assertThat(line).endsWith("INFO " + QuietLoggingTest.class.getName()
                        + " - the capture works"));
    }
}

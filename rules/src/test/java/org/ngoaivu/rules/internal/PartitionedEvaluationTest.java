package org.ngoaivu.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.EvaluationSummary;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.json.ReportJson;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.Mission;
import org.ngoaivu.reference.RandomDossiers;
import org.ngoaivu.spi.EngineConfiguration;

/** Evaluating part by part gives exactly the report of one session; streaming gives the same findings. */
class PartitionedEvaluationTest {
    private static final DroolsComplianceEngine WHOLE = DroolsComplianceEngine.create(EngineConfiguration.defaults(),
            Integer.MAX_VALUE);
    // Parts of about 40 facts: a 200-fact dossier is split into several province parts.
    private static final DroolsComplianceEngine PARTS = DroolsComplianceEngine.create(EngineConfiguration.defaults(), 40);

    @Test
    void partsGiveTheReportOfOneSession() {
        for (long seed = 1; seed <= 120; seed++) {
            Dossier dossier = RandomDossiers.generate(seed, 400);
            assertThat(DossierPartitions.split(dossier, 40)).hasSizeGreaterThan(3);
            assertThat(ReportJson.write(PARTS.evaluate(dossier))).as("seed %d", seed)
                    .isEqualTo(ReportJson.write(WHOLE.evaluate(dossier)));
        }
    }

    @Test
    void streamingHandsOverTheReportsFindings() {
        Dossier dossier = RandomDossiers.generate(3, 2000);
        // Missions are checked in parts of their own, apart from the coordination agreements.
        assertThat(DossierPartitions.split(dossier, 40).stream()
                .filter(p -> p.national().equals(Set.of(SubjectType.MISSION)))
                .filter(p -> p.facts().stream().anyMatch(Mission.class::isInstance))).hasSizeGreaterThan(1);
        ComplianceReport report = PARTS.evaluate(dossier);
        List<Finding> streamed = new ArrayList<>();
        EvaluationSummary summary = PARTS.evaluate(dossier, streamed::add);
        streamed.sort(Finding.ORDER);
        assertThat(streamed).isEqualTo(report.findings());
        assertThat(summary.counts()).isEqualTo(report.summary());
        assertThat(summary.findings()).isEqualTo(report.findings().size());
        assertThat(summary.rulePackVersion()).isEqualTo(report.rulePackVersion());
    }
}

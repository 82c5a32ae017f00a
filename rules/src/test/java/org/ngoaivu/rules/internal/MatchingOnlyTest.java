package org.ngoaivu.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.reference.RandomDossiers;

/** Matching alone fires the rules an evaluation fires, part by part as it does, and builds no finding. */
class MatchingOnlyTest {
    /** Large enough to be evaluated in parts. */
    private static final Dossier DOSSIER = RandomDossiers.generate(5, 3_000);

    @Test
    void countsAsManyFindingsAsTheEvaluationBuilds() {
        ComplianceEngine engine = ComplianceEngine.builder().build();
        assertThat(MatchingOnly.count(engine, DOSSIER)).isEqualTo(engine.evaluate(DOSSIER).findings().size())
                .isPositive();
    }

    @Test
    void skipsTheRulesTheHostDisabled() {
        ComplianceEngine all = ComplianceEngine.builder().build();
        ComplianceEngine fewer = ComplianceEngine.builder().disable("mission-website").build();
        long websites = all.evaluate(DOSSIER).findings().stream().filter(f -> f.ruleId().equals("mission-website"))
                .count();
        assertThat(websites).isPositive();
        assertThat(MatchingOnly.count(fewer, DOSSIER)).isEqualTo(MatchingOnly.count(all, DOSSIER) - websites);
    }
}

package org.ngoaivu.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.Parameter;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.model.Dossier;

/** The Drools engine and the plain-Java reference agree on every finding of 250 random dossiers. */
class ReferenceOracleTest {
    private static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();

    private static void agree(long seed, Parameters parameters, Dossier dossier) {
        List<ReferenceFinding> drools = new ArrayList<>(ENGINE.evaluate(dossier, parameters).findings().stream()
                .map(ReferenceFinding::of).toList());
        drools.sort(ReferenceFinding.ORDER);
        List<ReferenceFinding> reference = new ReferenceEvaluator(parameters).evaluate(dossier);
        if (!drools.equals(reference)) {
            List<ReferenceFinding> missing = new ArrayList<>(reference);
            drools.forEach(missing::remove);
            List<ReferenceFinding> extra = new ArrayList<>(drools);
            reference.forEach(extra::remove);
            throw new AssertionError("seed " + seed + ": the engine and the reference differ\n  only in the reference: "
                    + missing + "\n  only in the engine:    " + extra);
        }
    }

    @Test
    void engineAndReferenceAgreeOn250RandomDossiers() {
        TreeSet<String> rulesSeen = new TreeSet<>();
        for (long seed = 1; seed <= 250; seed++) {
            Dossier dossier = RandomDossiers.generate(seed);
            agree(seed, Parameters.defaults(), dossier);
            new ReferenceEvaluator(Parameters.defaults()).evaluate(dossier).forEach(f -> rulesSeen.add(f.ruleId()));
        }
        assertThat(rulesSeen).as("the random dossiers make every rule fire").hasSize(29);
    }

    @Test
    void engineAndReferenceAgreeWithOverriddenParameters() {
        List<Parameters> variants = List.of(
                Parameters.defaults().with(Parameter.ECONOMIC_TEAM_THRESHOLD, 5)
                        .with(Parameter.DELEGATION_REPORT_DAYS, 10).with(Parameter.MAX_TRIPS_PER_LEADER_PER_YEAR, 1),
                Parameters.defaults().with(Parameter.AGREEMENT_DORMANCY_MONTHS, 6)
                        .with(Parameter.ANNUAL_PLAN_DEADLINE, java.time.MonthDay.of(12, 1))
                        .with(Parameter.VISIT_FOLLOW_UP_DAYS, 45).with(Parameter.MIN_PROGRAMME_ITEMS, 3));
        for (long seed = 1000; seed < 1040; seed++) {
            for (Parameters parameters : variants) {
                agree(seed, parameters, RandomDossiers.generate(seed));
            }
        }
    }

    @Test
    void sameSeedSameDossier() {
        assertThat(RandomDossiers.generate(7, 2000)).isEqualTo(RandomDossiers.generate(7, 2000));
        assertThat(RandomDossiers.generate(7, 2000).provinces()).as("about 14 facts a province").hasSize(142);
    }
}

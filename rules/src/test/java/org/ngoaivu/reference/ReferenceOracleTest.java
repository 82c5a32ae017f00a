package org.ngoaivu.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.Parameter;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.model.Dossier;

/**
 * The Drools engine and the plain-Java reference build the same findings, whole (rule, severity, subject, both
 * messages, source, parameters, facts in their order), on 330 random dossiers.
 */
class ReferenceOracleTest {
    private static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();
    /** How many differing findings a failure lists on each side. */
    private static final int SHOWN = 10;

    /** The reference's findings, once checked against the engine's. */
    private static List<Finding> agree(long seed, Parameters parameters, Dossier dossier) {
        List<Finding> drools = sorted(ENGINE.evaluate(dossier, parameters).findings());
        List<Finding> reference = sorted(new ReferenceEvaluator(parameters).evaluate(dossier));
        List<String> droolsTexts = drools.stream().map(WholeFindings::text).toList();
        List<String> referenceTexts = reference.stream().map(WholeFindings::text).toList();
        if (!drools.equals(reference) || !droolsTexts.equals(referenceTexts)) {
            throw new AssertionError("seed " + seed + ": the engine and the reference differ\n only in the reference:\n"
                    + without(referenceTexts, droolsTexts) + "\n only in the engine:\n" + without(droolsTexts, referenceTexts));
        }
        return reference;
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(WholeFindings.ORDER);
        return sorted;
    }

    /** The texts of {@code these} that {@code those} lacks, a few of them, one finding a paragraph. */
    private static String without(List<String> these, List<String> those) {
        List<String> left = new ArrayList<>(these);
        those.forEach(left::remove);
        return left.stream().limit(SHOWN).map(text -> "  " + text.replace("\n", "\n  ")).collect(Collectors.joining("\n"))
                + (left.size() > SHOWN ? "\n  … and " + (left.size() - SHOWN) + " more" : "");
    }

    @Test
    void engineAndReferenceBuildTheSameFindingsOn250RandomDossiers() {
        TreeSet<String> rulesSeen = new TreeSet<>();
        for (long seed = 1; seed <= 250; seed++) {
            agree(seed, Parameters.defaults(), RandomDossiers.generate(seed)).forEach(f -> rulesSeen.add(f.ruleId()));
        }
        assertThat(rulesSeen).as("the random dossiers make every rule fire").hasSize(29);
    }

    @Test
    void engineAndReferenceBuildTheSameFindingsWithOverriddenParameters() {
        List<Parameters> variants = List.of(
                Parameters.defaults().with(Parameter.ECONOMIC_TEAM_THRESHOLD, 5)
                        .with(Parameter.DELEGATION_REPORT_DAYS, 10).with(Parameter.MAX_TRIPS_PER_LEADER_PER_YEAR, 1),
                Parameters.defaults().with(Parameter.AGREEMENT_DORMANCY_MONTHS, 6)
                        .with(Parameter.ANNUAL_PLAN_DEADLINE, MonthDay.of(12, 1))
                        .with(Parameter.VISIT_FOLLOW_UP_DAYS, 45).with(Parameter.MIN_PROGRAMME_ITEMS, 3));
        for (long seed = 1000; seed < 1040; seed++) {
            for (Parameters parameters : variants) {
                agree(seed, parameters, RandomDossiers.generate(seed));
            }
        }
    }

    @Test
    void countingReferenceCountsWhatItBuilds() {
        Dossier dossier = RandomDossiers.generate(3);
        ReferenceEvaluator reference = new ReferenceEvaluator(Parameters.defaults());
        assertThat(reference.count(dossier)).isEqualTo(reference.evaluate(dossier).size()).isPositive();
    }

    @Test
    void sameSeedSameDossier() {
        assertThat(RandomDossiers.generate(7, 2000)).isEqualTo(RandomDossiers.generate(7, 2000));
        assertThat(RandomDossiers.generate(7, 2000).provinces()).as("about 14 facts a province").hasSize(142);
    }
}

package org.ngoaivu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.EvaluationBudget;
import org.ngoaivu.engine.RuleFailureException;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.reference.RandomDossiers;

/** An evaluation that goes over its budget stops with a failure naming the rule that was firing. */
class BudgetTest {

    @Test
    void aRuleThatKeepsInsertingFactsIsStoppedAndNamed(@TempDir Path dir) {
        HostPack.write(dir, "r.drl", HostPack.rule("host-seed", "    $m : Mission()", "    insert(Integer.valueOf(0));")
                + HostPack.rule("host-breeds", "    $m : Mission()\n    $i : Integer()", "    insert(Integer.valueOf($i + 1));"));
        ComplianceEngine engine = ComplianceEngine.builder().withoutBundledRules().addRules(dir)
                .budget(new EvaluationBudget(Duration.ofMinutes(1), 10_000)).build();
        assertThatThrownBy(() -> engine.evaluate(HostPack.THIRTY))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("host-breeds");
                    assertThat(e.getMessage()).contains("inserted more than 10,000 facts")
                            .contains("the evaluation was stopped");
                });
    }

    @Test
    void aRuleThatKeepsFiringIsStoppedWhenTheTimeRunsOut(@TempDir Path dir) {
        HostPack.write(dir, "r.drl", HostPack.rule("host-spins", "    $m : Mission()", "    update($m);"));
        ComplianceEngine engine = ComplianceEngine.builder().withoutBundledRules().addRules(dir)
                .budget(new EvaluationBudget(Duration.ofMillis(300), 10)).build();
        long started = System.nanoTime();
        assertThatThrownBy(() -> engine.evaluate(HostPack.THIRTY))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("host-spins");
                    assertThat(e.getMessage()).contains("ran longer than 300 ms");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theDossiersOwnFactsNeverCountAgainstTheBudget() {
        Dossier large = RandomDossiers.generate(7, 5_000);
        ComplianceEngine engine = ComplianceEngine.builder().budget(new EvaluationBudget(Duration.ofMinutes(1), 1))
                .build();
        assertThat(engine.evaluate(large).findings()).isNotEmpty();
    }

    @Test
    void theDefaultBudgetIsGenerous() {
        assertThat(EvaluationBudget.DEFAULT.time()).isGreaterThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(EvaluationBudget.DEFAULT.insertedFacts()).isGreaterThanOrEqualTo(100_000);
        assertThatThrownBy(() -> new EvaluationBudget(Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvaluationBudget(Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

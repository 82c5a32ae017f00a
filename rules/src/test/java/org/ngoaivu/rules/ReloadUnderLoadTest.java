package org.ngoaivu.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.ReloadResult;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.Mission;
import org.ngoaivu.model.MissionType;

/**
 * Rule packs swapped back and forth while 8 threads evaluate: every evaluation completes, and each report
 * is wholly the work of the one rule-pack version it names.
 */
class ReloadUnderLoadTest {
    private static final int EVALUATIONS = 4000;

    @Test
    void reloadsWhileEightThreadsEvaluateLoseNothingAndNeverMixVersions(@TempDir Path dir) throws Exception {
        Dossier.Builder builder = Dossier.builder(LocalDate.of(2024, 3, 31));
        for (int i = 0; i < 300; i++) {
            builder.mission(Mission.builder("M" + i, MissionType.EMBASSY, "JP", i % 31).build());
        }
        Dossier dossier = builder.build();
        AuthorsKitTest.writeRule(dir, 20);
        ComplianceEngine engine = ComplianceEngine.builder().withoutBundledRules().addRules(dir).build();
        String strict = engine.rulePackVersion();
        AuthorsKitTest.writeRule(dir, 5);
        assertThat(engine.reload().outcome()).isEqualTo(ReloadResult.Outcome.RELOADED);
        String loose = engine.rulePackVersion();
        // Findings each version must give: missions with more than 20, or more than 5, diplomats.
        Map<String, Long> expected = Map.of(strict, count(dossier, 20), loose, count(dossier, 5));

        AtomicBoolean evaluating = new AtomicBoolean(true);
        AtomicInteger reloads = new AtomicInteger();
        Thread swapper = new Thread(() -> {
            for (int i = 0; evaluating.get(); i++) {
                try {
                    AuthorsKitTest.writeRule(dir, i % 2 == 0 ? 20 : 5);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (engine.reload().outcome() == ReloadResult.Outcome.RELOADED) {
                    reloads.incrementAndGet();
                }
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<ComplianceReport>> reports = new ArrayList<>();
        try {
            swapper.start();
            for (int i = 0; i < EVALUATIONS; i++) {
                reports.add(pool.submit(() -> engine.evaluate(dossier)));
            }
            int[] seen = new int[2];
            for (Future<ComplianceReport> future : reports) {
                ComplianceReport report = future.get();
                assertThat(expected).containsKey(report.rulePackVersion());
                assertThat((long) report.findingsOf("host-large-mission").size())
                        .as("the findings of version %s", report.rulePackVersion())
                        .isEqualTo(expected.get(report.rulePackVersion()));
                seen[report.rulePackVersion().equals(strict) ? 0 : 1]++;
            }
            assertThat(seen[0] + seen[1]).isEqualTo(EVALUATIONS);
            assertThat(seen[0]).as("reports of the strict version").isPositive();
            assertThat(seen[1]).as("reports of the loose version").isPositive();
        } finally {
            evaluating.set(false);
            swapper.join();
            pool.shutdownNow();
        }
        assertThat(reloads.get()).as("reloads happened during the run").isGreaterThan(2);
    }

    private static long count(Dossier dossier, int moreThan) {
        return dossier.missions().stream().filter(m -> m.diplomatCount() > moreThan).count();
    }
}

package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.json.ReportJson;
import org.ngoaivu.model.Dossier;

/** One shared engine gives, from 8 threads, byte for byte the reports of a sequential run. */
class ConcurrentEvaluationTest {
    private static final int DOSSIERS = 240;

    @Test
    void eightThreadsGiveTheSequentialReports() throws Exception {
        Dossier sample = DossierJson.read(Path.of("data/national-sample-2024.json")).orElseThrow();
        String before = DossierJson.write(sample);
        // Different dossiers: the same facts judged on different days of the year.
        List<Dossier> dossiers = IntStream.range(0, DOSSIERS)
                .mapToObj(i -> sample.withAsOf(LocalDate.of(2024, 1, 1).plusDays(i * 3L / 2))).toList();
        ComplianceEngine engine = ComplianceEngine.builder().build();
        List<String> sequential = dossiers.stream().map(d -> ReportJson.write(engine.evaluate(d))).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = dossiers.stream()
                    .map(d -> pool.submit(() -> ReportJson.write(engine.evaluate(d)))).toList();
            for (int i = 0; i < DOSSIERS; i++) {
                assertThat(futures.get(i).get()).as("dossier %d", i).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential.stream().distinct().count()).as("the dossiers differ").isGreaterThan(DOSSIERS / 2);
        assertThat(DossierJson.write(sample)).as("evaluation never changes the dossier").isEqualTo(before);
    }
}

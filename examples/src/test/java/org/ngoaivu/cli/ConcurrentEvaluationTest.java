package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.json.ReportJson;
import org.ngoaivu.model.Dossier;

/** One shared engine gives, from 8 threads over 1,000 dossiers, byte for byte the reports of a sequential run. */
class ConcurrentEvaluationTest {
    private static final int DOSSIERS = 1000;

    @Test
    void eightThreadsGiveTheSequentialReports() throws Exception {
        List<Dossier> sources = new ArrayList<>();
        sources.add(DossierJson.read(Path.of("data/national-sample-2024.json")).orElseThrow());
        try (Stream<Path> areas = Files.list(Path.of("data/areas"))) {
            areas.sorted().forEach(p -> sources.add(DossierJson.read(p).orElseThrow()));
        }
        List<String> before = sources.stream().map(DossierJson::write).toList();
        // 1,000 different dossiers: the national sample and each area's dossier judged on different days.
        List<Dossier> dossiers = IntStream.range(0, DOSSIERS).mapToObj(i -> sources.get(i % sources.size())
                .withAsOf(LocalDate.of(2023, 6, 1).plusDays(i))).toList();
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
        assertThat(sources.stream().map(DossierJson::write).toList()).as("evaluation never changes a dossier")
                .isEqualTo(before);
    }
}

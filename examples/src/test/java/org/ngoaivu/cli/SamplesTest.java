package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Progress;
import org.ngoaivu.engine.WaivedFinding;
import org.ngoaivu.engine.Waiver;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.json.WaiversJson;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.Province;

/** The samples of 2025 and 2026: the provinces of Nghị quyết 202/2025/QH15, two snapshots and a waivers example. */
class SamplesTest {
    private static final Path JUNE = Path.of("data/national-sample-2026-06-30.json");
    private static final Path NOVEMBER = Path.of("data/national-sample-2026-11-30.json");
    private static final Path YEAR_OF_THE_MERGER = Path.of("data/national-sample-2025.json");
    private static final Path WAIVERS = Path.of("data/waivers-2026.json");

    private static long bordering(Dossier d, String country) {
        return d.provinces().stream().filter(p -> p.existsOn(d.asOf()) && p.borderCountries().contains(country)).count();
    }

    @Test
    void the2026SamplesHoldThe34ProvincesWithTheirLandBorders() {
        for (Path sample : List.of(JUNE, NOVEMBER)) {
            Dossier d = DossierJson.read(sample).orElseThrow();
            assertThat(d.provinces()).hasSize(34);
            assertThat(d.planYear()).isEqualTo(2026);
            assertThat(bordering(d, "CN")).isEqualTo(7);
            assertThat(bordering(d, "LA")).isEqualTo(9);
            assertThat(bordering(d, "KH")).isEqualTo(8);
            assertThat(d.provinces()).extracting(p -> p.name().orElseThrow()).contains("Huế", "Thành phố Hồ Chí Minh",
                    "Tuyên Quang", "Quảng Ngãi").doesNotContain("Hà Giang", "Kon Tum", "Thừa Thiên Huế");
        }
        assertThat(DossierJson.read(JUNE).orElseThrow().asOf()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(DossierJson.read(NOVEMBER).orElseThrow().asOf()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void the2025SampleHoldsThe63DissolvedOrNotAndThe23EstablishedOnTheFirstOfJuly() {
        Dossier d = DossierJson.read(YEAR_OF_THE_MERGER).orElseThrow();
        LocalDate merger = LocalDate.of(2025, 7, 1);
        assertThat(d.provinces().stream().filter(p -> p.existsOn(merger.minusDays(1)))).hasSize(63);
        assertThat(d.provinces().stream().filter(p -> p.existsOn(merger))).hasSize(34);
        assertThat(d.provinces().stream().filter(p -> p.dissolvedOn().isPresent())).hasSize(52)
                .allMatch(p -> p.dissolvedOn().get().equals(merger));
        Set<String> dissolved = Set.copyOf(d.provinces().stream().filter(p -> p.dissolvedOn().isPresent())
                .map(Province::id).toList());
        assertThat(d.delegations()).anyMatch(x -> dissolved.contains(x.provinceId()));
        assertThat(d.annualPlans()).anyMatch(x -> dissolved.contains(x.provinceId()));
    }

    @Test
    void theWaiversExampleHasOneWaiverThatAppliesOneExpiredAndOneUnused() {
        List<Waiver> waivers = WaiversJson.read(WAIVERS).orElseThrow();
        ComplianceReport report;
        try (ComplianceEngine engine = ComplianceEngine.builder().waivers(waivers).build()) {
            report = engine.evaluate(DossierJson.read(NOVEMBER).orElseThrow());
        }
        assertThat(report.waived()).extracting(w -> w.finding().ruleId(), w -> w.finding().subject().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("delegation-leader-trip-limit", "LSN/Hoàng Văn Em"));
        assertThat(report.expiredWaivers()).extracting(Waiver::ruleId).containsExactly("annual-plan-late");
        assertThat(report.findingsAbout(org.ngoaivu.engine.SubjectType.ANNUAL_PLAN, "TTH-2026")).isNotEmpty();
        assertThat(report.unusedWaivers()).extracting(Waiver::ruleId).containsExactly("annual-plan-missing");
        assertThat(report.waived()).extracting(WaivedFinding::waiver).doesNotContainNull();
    }

    @Test
    void theNovemberSnapshotShowsProgressSinceJune() {
        try (ComplianceEngine engine = ComplianceEngine.builder().build()) {
            Progress progress = Progress.between(engine.evaluate(DossierJson.read(JUNE).orElseThrow()),
                    engine.evaluate(DossierJson.read(NOVEMBER).orElseThrow()));
            assertThat(progress.newFindings()).isNotEmpty();
            assertThat(progress.persisting()).isNotEmpty();
            assertThat(progress.resolved()).isNotEmpty();
            assertThat(progress.rulePackChanged()).isFalse();
        }
    }

    @Test
    void theReadmeCommandRunsTheNovemberSampleWithBaselineAndWaivers(@TempDir Path dir) {
        Path june = dir.resolve("june.json");
        assertThat(NgoaivuCliTest.run("check", JUNE.toString(), "--format", "json", "--output", june.toString())
                .code()).isEqualTo(1);
        NgoaivuCliTest.Run run = NgoaivuCliTest.run("check", NOVEMBER.toString(), "--baseline", june.toString(),
                "--waivers", WAIVERS.toString(), "--format", "html", "--output", dir.resolve("r.html").toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(1);
    }
}

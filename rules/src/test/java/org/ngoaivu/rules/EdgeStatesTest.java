package org.ngoaivu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.EvaluationSummary;
import org.ngoaivu.engine.ReloadResult;
import org.ngoaivu.engine.RulePackException;

/** No rules, an emptied pack, a file caught half-written, and null arguments. */
class EdgeStatesTest {
    private static final String LARGE = HostPack.rule("host-large", "    $m : Mission( diplomatCount > 20 )");

    @Test
    void anEngineWithNoRulesGivesAnEmptyReport() {
        ComplianceEngine engine = ComplianceEngine.builder().withoutBundledRules().build();
        ComplianceReport report = engine.evaluate(HostPack.THIRTY);
        assertThat(report.findings()).isEmpty();
        assertThat(report.rules()).isEmpty();
        EvaluationSummary summary = engine.evaluate(HostPack.THIRTY, finding -> { });
        assertThat(summary.rulesEvaluated()).isZero();
    }

    @Test
    void aPackWithNoRuleFilesBuildsAndGivesAnEmptyReport(@TempDir Path dir) {
        ComplianceEngine engine = ComplianceEngine.builder().withoutBundledRules().addRules(dir).build();
        assertThat(engine.evaluate(HostPack.THIRTY).findings()).isEmpty();
    }

    @Test
    void reloadRefusesAPackThatLostAllItsRulesAndKeepsThem(@TempDir Path dir) throws Exception {
        Path drl = HostPack.write(dir, "r.drl", LARGE);
        ComplianceEngine engine = ComplianceEngine.builder().withoutBundledRules().addRules(dir).build();
        Files.delete(drl);
        ReloadResult result = engine.reload();
        assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.FAILED);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.resource()).isEqualTo(dir.toString());
            assertThat(p.message()).contains("has no rules any more (it had 1)");
        });
        assertThat(engine.evaluate(HostPack.THIRTY).findingsOf("host-large")).hasSize(1);
    }

    @Test
    void anEmptyRuleFileIsRefusedSayingWhy(@TempDir Path dir) throws Exception {
        Path drl = HostPack.write(dir, "r.drl", LARGE);
        ComplianceEngine engine = ComplianceEngine.builder().withoutBundledRules().addRules(dir).build();
        Files.writeString(drl, "");
        ReloadResult result = engine.reload();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.resource()).isEqualTo(drl.toString());
            assertThat(p.message()).startsWith("The file is empty");
        });
        assertThat(engine.evaluate(HostPack.THIRTY).findingsOf("host-large")).hasSize(1);
        assertThatThrownBy(() -> ComplianceEngine.builder().addRules(dir).build())
                .isInstanceOf(RulePackException.class).hasMessageContaining("The file is empty");
    }

    @Test
    void reloadWaitsUntilAFileBeingWrittenHasSettled(@TempDir Path dir) throws Exception {
        Path drl = HostPack.write(dir, "r.drl", LARGE);
        ComplianceEngine engine = ComplianceEngine.builder().withoutBundledRules().addRules(dir).build();
        String whole = Files.readString(drl).replace("> 20", "> 5");
        AtomicBoolean writing = new AtomicBoolean(true);
        // A slow writer: half the file, a pause, the whole file, again and again for a while.
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; i < 6; i++) {
                    Files.writeString(drl, whole.substring(0, whole.length() / 2));
                    Thread.sleep(40);
                    Files.writeString(drl, whole);
                    Thread.sleep(40);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                writing.set(false);
            }
        });
        writer.start();
        while (writing.get()) {
            ReloadResult result = engine.reload();
            assertThat(engine.rules()).as("the rule is never dropped").hasSize(1);
            if (result.outcome() == ReloadResult.Outcome.FAILED) {
                assertThat(result.problems()).isNotEmpty();
            }
        }
        writer.join();
        engine.reload();
        assertThat(engine.evaluate(HostPack.THIRTY).findingsOf("host-large")).hasSize(1);
        assertThat(Files.readString(drl)).contains("> 5");
    }

    @Test
    void nullArgumentsAreRefusedNamingTheParameter() {
        ComplianceEngine engine = ComplianceEngine.builder().withoutBundledRules().build();
        assertThatThrownBy(() -> engine.evaluate(null)).isInstanceOf(NullPointerException.class).hasMessage("dossier");
        assertThatThrownBy(() -> engine.evaluate(HostPack.THIRTY, (org.ngoaivu.engine.Parameters) null))
                .isInstanceOf(NullPointerException.class).hasMessage("parameters");
        assertThatThrownBy(() -> engine.evaluate(HostPack.THIRTY, (java.util.function.Consumer<org.ngoaivu.engine.Finding>) null))
                .isInstanceOf(NullPointerException.class).hasMessage("sink");
        assertThatThrownBy(() -> ComplianceEngine.builder().addRules((Path) null))
                .isInstanceOf(NullPointerException.class).hasMessage("directory");
        assertThatThrownBy(() -> ComplianceEngine.builder().budget(null))
                .isInstanceOf(NullPointerException.class).hasMessage("budget");
    }
}

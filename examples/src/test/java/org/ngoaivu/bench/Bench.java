package org.ngoaivu.bench;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.reference.ReferenceEvaluator;
import org.ngoaivu.reference.RandomDossiers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark: builds the bundled rule base, generates a deterministic dossier of about N facts,
 * warms up, then times the Drools engine against the plain-Java reference on the same dossier. The last
 * line is one JSON object, for scripts. Built as {@code examples/target/ngoaivu-bench.jar} (test code:
 * the reference evaluator never ships in the library's jars).
 */
@Command(name = "ngoaivu-bench", mixinStandardHelpOptions = true,
        description = "Times the Drools engine against the plain-Java reference evaluator.")
public final class Bench implements Callable<Integer> {
    @Option(names = "--facts", defaultValue = "10000", description = "About how many facts (default: ${DEFAULT-VALUE}).")
    int facts;

    @Option(names = "--runs", description = "Timed runs of each evaluator, taken in turns (default: 9, or 5 from"
            + " 1,000,000 facts).")
    Integer runs;

    @Option(names = "--warmup", description = "Untimed runs of each first (default: enough for about 1,000,000 facts,"
            + " 1 to 20).")
    Integer warmup;

    @Option(names = "--stream", description = "Hand findings to a sink that keeps none, instead of building a report"
            + " (how a host evaluates dossiers too large to hold every finding).")
    boolean stream;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated dossier (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final AtomicLong PEAK_HEAP = new AtomicLong();

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8)));
    }

    static int run(String[] args, PrintWriter out) {
        CommandLine cli = new CommandLine(new Bench());
        cli.setOut(out);
        int code = cli.execute(args);
        out.flush();
        return code;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        watchHeap();
        long start = System.nanoTime();
        ComplianceEngine engine = ComplianceEngine.builder().build();
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        Dossier dossier = RandomDossiers.generate(seed, facts);
        int factCount = count(dossier);
        ReferenceEvaluator reference = new ReferenceEvaluator(Parameters.defaults());
        int timed = runs != null ? runs : factCount >= 1_000_000 ? 5 : 9;
        int untimed = warmup != null ? warmup : Math.max(1, Math.min(20, 1_000_000 / Math.max(1, factCount)));
        out.printf(Locale.ROOT, "dossier: %,d facts (seed %d); rule base built in %d ms; %d warm-up and %d timed runs%s%n",
                factCount, seed, buildMs, untimed, timed, stream ? "; findings streamed, not kept" : "");

        Supplier<Integer> drools = stream ? () -> engine.evaluate(dossier, finding -> { }).findings()
                : () -> engine.evaluate(dossier).findings().size();
        int droolsFindings = drools.get();
        int referenceFindings = reference.evaluate(dossier).size();
        if (droolsFindings != referenceFindings) {
            out.printf("the engine gave %d findings and the reference %d: run ReferenceOracleTest%n",
                    droolsFindings, referenceFindings);
            return 1;
        }
        for (int i = 1; i < untimed; i++) {
            drools.get();
            reference.evaluate(dossier);
        }
        // In turns, so that both meet the same state of the JIT and of the heap.
        List<Double> droolsRuns = new ArrayList<>();
        List<Double> referenceRuns = new ArrayList<>();
        for (int i = 0; i < timed; i++) {
            droolsRuns.add(millis(drools));
            referenceRuns.add(millis(() -> reference.evaluate(dossier)));
        }
        double droolsMs = median(droolsRuns);
        double referenceMs = median(referenceRuns);
        out.printf(Locale.ROOT, "drools median %.1f ms, reference median %.1f ms, %d findings%n",
                droolsMs, referenceMs, droolsFindings);
        out.printf(Locale.ROOT, "{\"facts\": %d, \"rules\": %d, \"kieBaseBuildMs\": %d, \"droolsMsMedian\": %.1f,"
                        + " \"referenceMsMedian\": %.1f, \"ratio\": %.2f, \"findings\": %d, \"peakHeapMb\": %d}%n",
                factCount, engine.rules().size(), buildMs, droolsMs, referenceMs, droolsMs / referenceMs,
                droolsFindings, peakHeapMb());
        return 0;
    }

    private static double millis(Supplier<?> work) {
        long t = System.nanoTime();
        work.get();
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(List<Double> ms) {
        Collections.sort(ms);
        int n = ms.size();
        return n % 2 == 1 ? ms.get(n / 2) : (ms.get(n / 2 - 1) + ms.get(n / 2)) / 2;
    }

    /** Each record the rules can look at counts as one fact, nested ones included. */
    static int count(Dossier d) {
        int n = d.missions().size() + d.provinces().size() + d.annualPlans().size() + d.delegations().size()
                + d.agreements().size() + d.coordinationAgreements().size() + d.workingVisits().size()
                + d.cooperationProgrammes().size() + d.reports().size();
        n += d.missions().stream().mapToInt(m -> m.economicOfficers().size()).sum();
        n += d.delegations().stream().mapToInt(x -> x.members().size()).sum();
        n += d.agreements().stream().mapToInt(a -> a.activities().size()).sum();
        n += d.cooperationProgrammes().stream().mapToInt(p -> p.tasks().size()).sum();
        return n;
    }

    /**
     * Records the heap in use just before each collection: the highs the heap actually reached. (Summing
     * each pool's own peak would add highs from different moments.)
     */
    private static void watchHeap() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                            .getGcInfo();
                    PEAK_HEAP.accumulateAndGet(info.getMemoryUsageBeforeGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed).sum(), Math::max);
                }
            }, null, null);
        }
    }

    private static long peakHeapMb() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.max(PEAK_HEAP.get(), now) / (1024 * 1024);
    }
}

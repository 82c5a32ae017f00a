package org.ngoaivu.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.reference.RandomDossiers;
import org.ngoaivu.reference.ReferenceEvaluator;
import org.ngoaivu.reference.WholeFindings;
import org.ngoaivu.rules.internal.MatchingOnly;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark: builds the bundled rule base, generates a deterministic dossier of about N facts,
 * warms up, then times the Drools engine against the plain-Java reference on the same dossier, in two modes:
 * both building the same findings with the same builder ({@code ratio}), and both matching alone, building and
 * keeping none ({@code matchingRatio}). The last line is one JSON object, for scripts. Built as
 * {@code examples/target/ngoaivu-bench.jar} (test code: the reference evaluator never ships in the library's jars).
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
            + " (how a host evaluates dossiers too large to hold every finding); both sides still build every finding.")
    boolean stream;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated dossier (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-heap", description = "Find the smallest -Xmx, in MB, with which the engine alone"
            + " evaluates the dossier once (with --stream: streamed), each try in a fresh JVM.")
    boolean minHeap;

    @Option(names = "--linear", description = "Time the engine, streamed, on --facts and on ten times as many facts in"
            + " turns in this JVM, and compare its CPU time per fact.")
    boolean linear;

    /** Set in the JVMs that {@code --min-heap} starts: build, evaluate once with the engine, and exit. */
    @Option(names = "--engine-once", hidden = true)
    boolean engineOnce;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The heaps {@code --min-heap} searches between, in MB. */
    private static final int LEAST_HEAP_MB = 8;
    private static final int MOST_HEAP_MB = 8_192;

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
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (minHeap) {
            return minHeap(out);
        }
        long start = System.nanoTime();
        ComplianceEngine engine = ComplianceEngine.builder().build();
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        if (linear) {
            return linear(engine, out);
        }
        Dossier dossier = RandomDossiers.generate(seed, facts);
        if (engineOnce) {
            if (stream) {
                engine.evaluate(dossier, finding -> { });
            } else {
                engine.evaluate(dossier);
            }
            return 0;
        }
        int factCount = count(dossier);
        ReferenceEvaluator reference = new ReferenceEvaluator(Parameters.defaults());
        int timed = runs != null ? runs : factCount >= 1_000_000 ? 5 : 9;
        int untimed = warmup != null ? warmup : Math.max(1, Math.min(20, 1_000_000 / Math.max(1, factCount)));
        out.printf(Locale.ROOT, "dossier: %,d facts (seed %d); rule base built in %d ms; %d warm-up and %d timed runs%s%n",
                factCount, seed, buildMs, untimed, timed, stream ? "; findings streamed, built but not kept or sorted" : "");

        // Both sides compared whole, every field of every finding, at every size; matching alone counts as many.
        List<Finding> droolsFound = new ArrayList<>();
        List<Finding> referenceFound = new ArrayList<>();
        if (stream) {
            engine.evaluate(dossier, droolsFound::add);
            reference.evaluate(dossier, referenceFound::add);
        } else {
            droolsFound.addAll(engine.evaluate(dossier).findings());
            referenceFound.addAll(reference.evaluate(dossier));
        }
        long droolsMatched = MatchingOnly.count(engine, dossier);
        long referenceMatched = reference.count(dossier);
        boolean identical = WholeFindings.digest(droolsFound).equals(WholeFindings.digest(referenceFound))
                && droolsMatched == droolsFound.size() && referenceMatched == referenceFound.size();
        int findings = droolsFound.size();
        if (!identical) {
            out.printf("the engine gave %d findings (%d matching alone) and the reference %d (%d), not the same:"
                    + " run ReferenceOracleTest%n", findings, droolsMatched, referenceFound.size(), referenceMatched);
        }
        droolsFound.clear();
        referenceFound.clear();
        // Like with like. Both build every finding with the same builder; streamed, neither keeps them, otherwise
        // both keep and sort them. Matching alone, neither builds, keeps or sorts any.
        Runnable drools = stream ? () -> engine.evaluate(dossier, finding -> { }) : () -> engine.evaluate(dossier);
        Runnable plain = stream ? () -> reference.evaluate(dossier, finding -> { }) : () -> reference.evaluate(dossier);
        Runnable droolsMatching = () -> MatchingOnly.count(engine, dossier);
        Runnable plainMatching = () -> reference.count(dossier);
        List<Runnable> sides = List.of(drools, plain, droolsMatching, plainMatching);
        for (int i = 1; i < untimed; i++) {
            sides.forEach(Runnable::run);
        }
        // In turns, so that every side meets the same state of the JIT and of the heap.
        List<List<Double>> timings = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < timed; i++) {
            for (int side = 0; side < sides.size(); side++) {
                timings.get(side).add(millis(sides.get(side)));
            }
        }
        double droolsMs = median(timings.get(0));
        double referenceMs = median(timings.get(1));
        double droolsMatchingMs = median(timings.get(2));
        double referenceMatchingMs = median(timings.get(3));
        out.printf(Locale.ROOT, "findings built: drools median %.1f ms, reference median %.1f ms; matching alone: drools"
                + " median %.1f ms, reference median %.1f ms; %d findings%n", droolsMs, referenceMs, droolsMatchingMs,
                referenceMatchingMs, findings);
        out.printf(Locale.ROOT, "{\"facts\": %d, \"rules\": %d, \"kieBaseBuildMs\": %d, \"droolsMsMedian\": %.1f,"
                        + " \"referenceMsMedian\": %.1f, \"ratio\": %.2f, \"droolsMatchingMsMedian\": %.1f,"
                        + " \"referenceMatchingMsMedian\": %.1f, \"matchingRatio\": %.2f, \"findings\": %d,"
                        + " \"identical\": %b}%n",
                factCount, engine.rules().size(), buildMs, droolsMs, referenceMs, droolsMs / referenceMs,
                droolsMatchingMs, referenceMatchingMs, droolsMatchingMs / referenceMatchingMs, findings, identical);
        return identical ? 0 : 1;
    }

    /**
     * The engine's CPU time per fact on two sizes, streamed, the two taken in turns so that both meet the same
     * state of the JIT: whether its cost grows linearly.
     */
    private int linear(ComplianceEngine engine, PrintWriter out) {
        Dossier small = RandomDossiers.generate(seed, facts);
        Dossier large = RandomDossiers.generate(seed, facts * 10);
        int smallFacts = count(small);
        int largeFacts = count(large);
        int timed = runs != null ? runs : 5;
        int untimed = warmup != null ? warmup : 2;
        for (int i = 0; i < untimed; i++) {
            engine.evaluate(small, finding -> { });
            engine.evaluate(large, finding -> { });
        }
        List<Double> smallNs = new ArrayList<>();
        List<Double> largeNs = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < timed; i++) {
            long t = threads.getCurrentThreadCpuTime();
            engine.evaluate(small, finding -> { });
            smallNs.add((threads.getCurrentThreadCpuTime() - t) / (double) smallFacts);
            t = threads.getCurrentThreadCpuTime();
            engine.evaluate(large, finding -> { });
            largeNs.add((threads.getCurrentThreadCpuTime() - t) / (double) largeFacts);
        }
        double smallMedian = median(smallNs);
        double largeMedian = median(largeNs);
        out.printf(Locale.ROOT, "{\"facts\": %d, \"largeFacts\": %d, \"cpuNsPerFact\": %.0f,"
                        + " \"largeCpuNsPerFact\": %.0f, \"perFactRatio\": %.2f}%n",
                smallFacts, largeFacts, smallMedian, largeMedian, largeMedian / smallMedian);
        return 0;
    }

    /**
     * Bisects the heap: each try is a fresh JVM that builds the rules, generates the dossier and evaluates it
     * once with the engine; a try that runs out of memory exits at once.
     */
    private int minHeap(PrintWriter out) throws IOException, InterruptedException {
        if (!completes(MOST_HEAP_MB)) {
            out.printf(Locale.ROOT, "the engine does not complete in %d MB%n", MOST_HEAP_MB);
            return 1;
        }
        int fails = LEAST_HEAP_MB - 1;
        int completes = MOST_HEAP_MB;
        // To within 2 %, or 1 MB.
        while (completes - fails > Math.max(1, completes / 50)) {
            int mid = (fails + completes) / 2;
            if (completes(mid)) {
                completes = mid;
            } else {
                fails = mid;
            }
            out.printf(Locale.ROOT, "between %d and %d MB%n", fails, completes);
        }
        out.printf(Locale.ROOT, "{\"facts\": %d, \"stream\": %b, \"minHeapMb\": %d}%n", facts, stream, completes);
        return 0;
    }

    private boolean completes(int heapMb) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heapMb + "m",
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"), Bench.class.getName(),
                "--engine-once", "--facts", Integer.toString(facts), "--seed", Long.toString(seed)));
        if (stream) {
            command.add("--stream");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor() == 0;
    }

    private static double millis(Runnable work) {
        long t = System.nanoTime();
        work.run();
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
}

package org.ngoaivu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.ngoaivu.json.DossierJson;
import org.ngoaivu.json.DossierReadResult;
import org.ngoaivu.reference.RandomDossiers;

/**
 * Times {@link DossierJson#read(Path)} on the benchmark's generated dossier written as JSON (pretty-printed, as
 * {@link DossierJson#write} gives it): {@code java -cp examples/target/ngoaivu-bench.jar
 * org.ngoaivu.bench.ReadBench FACTS [RUNS] [FILE]}. Two untimed reads come first; the median is printed.
 */
public final class ReadBench {
    private ReadBench() {
    }

    public static void main(String[] args) throws Exception {
        int facts = Integer.parseInt(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = args.length > 2 ? Path.of(args[2]) : Files.createTempFile("ngoaivu-read-bench", ".json");
        if (args.length <= 2 || !Files.exists(file)) {
            Files.writeString(file, DossierJson.write(RandomDossiers.generate(1, facts)));
        }
        long[] ms = new long[runs];
        for (int i = -2; i < runs; i++) {
            long start = System.nanoTime();
            DossierReadResult read = DossierJson.read(file);
            long took = (System.nanoTime() - start) / 1_000_000;
            if (!read.isValid()) {
                throw new IllegalStateException("the generated dossier does not read back: " + read.problems().get(0));
            }
            if (i >= 0) {
                ms[i] = took;
            }
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "{\"facts\": %d, \"bytes\": %d, \"readMsMedian\": %d, \"readMs\": %s}%n", facts,
                Files.size(file), ms[runs / 2], Arrays.toString(ms));
        if (args.length <= 2) {
            Files.delete(file);
        }
    }
}

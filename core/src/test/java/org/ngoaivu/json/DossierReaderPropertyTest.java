package org.ngoaivu.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property: whatever is done to a valid dossier's bytes, the reader answers with a valid dossier (which
 * then writes and reads back unchanged) or with problems whose paths lie inside the document; never with
 * another exception, and within a few seconds. jqwik shrinks a failing input to the smallest mutation.
 */
class DossierReaderPropertyTest {
    private static final byte[] GOLDEN = read(Path.of("src/test/resources/golden/full-dossier.json"));
    private static ExecutorService executor;

    /** How a dossier's bytes are broken. */
    enum Kind { TRUNCATE, FLIP_BYTE, TYPE_SWAP, HUGE_NUMBER, GIANT_STRING, DEEP_NESTING, DUPLICATE_KEY, INVALID_UTF8,
        DROP_RANGE }

    /** One mutation: its kind, where (a fraction of the document) and how much. */
    record Mutation(Kind kind, double where, int size) {
        byte[] apply(byte[] input) {
            if (input.length == 0) {
                return input;
            }
            String text = new String(input, StandardCharsets.UTF_8);
            int at = Math.max(0, Math.min(text.length() - 1, (int) (where * text.length())));
            StringBuilder s = new StringBuilder(text);
            switch (kind) {
                case TRUNCATE -> s.setLength(at);
                case FLIP_BYTE -> {
                    byte[] bytes = input.clone();
                    int i = Math.min(bytes.length - 1, (int) (where * bytes.length));
                    bytes[i] = (byte) (bytes[i] ^ (1 + size % 255));
                    return bytes;
                }
                case TYPE_SWAP -> {
                    int colon = s.indexOf(":", at);
                    if (colon > 0) {
                        s.insert(colon + 1, List.of(" [1, {}],", " \"x\", \"y\":", " null,", " -1.5e300,", " true,")
                                .get(size % 5));
                    }
                }
                case HUGE_NUMBER -> s.insert(after(s, "\"diplomatCount\" : "), "9".repeat(1 + size % 300));
                case GIANT_STRING -> s.insert(after(s, "\"name\" : \""), "x".repeat(size * 1000));
                case DEEP_NESTING -> s.insert(1, "\"a\":" + "[".repeat(size % 3000));
                case DUPLICATE_KEY -> s.insert(1, "\"asOf\" : \"2024-01-01\", ");
                case INVALID_UTF8 -> {
                    byte[] bytes = input.clone();
                    bytes[Math.min(bytes.length - 1, (int) (where * bytes.length))] = (byte) (0x80 | size % 0x40);
                    return bytes;
                }
                case DROP_RANGE -> s.delete(at, Math.min(s.length(), at + size % 200));
            }
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }

        /** Just after {@code marker}, or the end when an earlier mutation removed it. */
        private static int after(StringBuilder s, String marker) {
            int i = s.indexOf(marker);
            return i < 0 ? s.length() : i + marker.length();
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 2100)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    @BeforeContainer
    static void start() {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "reader-under-test");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterContainer
    static void stop() {
        executor.shutdownNow();
    }

    @Property(tries = 3000, seed = "20261122")
    void readerAnswersWithADossierOrProblemsInsideTheDocument(@ForAll("mutations") List<Mutation> mutations)
            throws Exception {
        byte[] input = GOLDEN;
        for (Mutation m : mutations) {
            input = m.apply(input);
        }
        Path file = Files.createTempFile("dossier", ".json");
        try {
            Files.write(file, input);
            Future<DossierReadResult> reading = executor.submit(() -> DossierJson.read(file));
            DossierReadResult result = reading.get(5, TimeUnit.SECONDS);
            if (result.isValid()) {
                String written = DossierJson.write(result.orElseThrow());
                assertThat(DossierJson.read(written).orElseThrow()).isEqualTo(result.orElseThrow());
            } else {
                assertThat(result.problems()).isNotEmpty().allSatisfy(p -> {
                    assertThat(p.path()).startsWith("$");
                    assertThat(p.en()).isNotBlank().doesNotContain("Exception");
                });
            }
        } finally {
            Files.delete(file);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.ngoaivu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ngoaivu.validation.Problem;

/**
 * Mutated dossiers: the reader answers with a valid dossier or with problems whose paths lie inside the
 * document, never with another exception, and never hangs.
 */
class HostileInputTest {
    private static final int CASES = 3000;

    private static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        switch (random.nextInt(7)) {
            case 0 -> s.setLength(random.nextInt(s.length()));                       // truncation
            case 1 -> s.setCharAt(random.nextInt(s.length()), (char) random.nextInt(0x3000)); // character flip
            case 2 -> {                                                               // type swap
                int at = s.indexOf(":", random.nextInt(s.length()));
                if (at > 0) {
                    s.insert(at + 1, random.nextBoolean() ? " [1, {}]," : " \"x\", \"y\":");
                }
            }
            case 3 -> s.insert(s.indexOf("\"diplomatCount\" : ") + 18, "9".repeat(1 + random.nextInt(200))); // huge number
            case 4 -> s.insert(s.indexOf("\"name\" : \"") + 10, "x".repeat(random.nextInt(2_000_000)));       // giant string
            case 5 -> s.insert(1, "\"a\":" + "[".repeat(random.nextInt(500)));                                // deep nesting
            default -> s.insert(1, "\"asOf\" : \"2024-01-01\", ");                                              // duplicate key
        }
        return s.toString();
    }

    @Test
    void mutatedDossiersOnlyEverGiveProblemsInsideTheDocumentOrADossier() throws Exception {
        String golden = Files.readString(Path.of("src/test/resources/golden/full-dossier.json"));
        Random random = new Random(7);
        int invalid = 0;
        for (int i = 0; i < CASES; i++) {
            String input = mutate(golden, random);
            DossierReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> DossierJson.read(input));
            if (!result.isValid()) {
                invalid++;
                assertThat(result.problems()).allSatisfy(p -> assertThat(p.path()).startsWith("$"));
            }
        }
        assertThat(invalid).as("most mutations break the document").isGreaterThan(CASES / 2);
    }

    @Test
    void invalidUtf8IsAProblemNotAnException(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        byte[] bytes = "{\"asOf\": \"2024-01-01\", \"missions\": [{\"id\": \"\u00ff\"}]}".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, bytes);
        assertThat(DossierJson.read(file).problems()).extracting(Problem::en)
                .singleElement().asString().contains("not valid UTF-8");
    }

    @Test
    void typeHintsAreUnknownFieldsNotTypeHandling() {
        assertThat(DossierJson.read("{\"@class\": \"java.lang.Runtime\", \"asOf\": \"2024-01-01\"}").problems())
                .extracting(Problem::toString).containsExactly("$['@class']: Unknown field \"@class\".");
    }
}

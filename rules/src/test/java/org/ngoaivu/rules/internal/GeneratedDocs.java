package org.ngoaivu.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pages under {@code docs/} rendered by a test: the test fails when the page differs from what it renders, and
 * rewrites it when run with {@code -Dngoaivu.regenerateDocs=true}.
 */
final class GeneratedDocs {
    private GeneratedDocs() {
    }

    static void assertCurrent(Path doc, String expected) throws IOException {
        if (Boolean.getBoolean("ngoaivu.regenerateDocs")) {
            Files.writeString(doc, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(doc)).as(doc + " exists; regenerate with -Dngoaivu.regenerateDocs=true").isTrue();
        assertThat(Files.readString(doc)).as(doc + " is current; regenerate with -Dngoaivu.regenerateDocs=true")
                .isEqualTo(expected);
    }
}

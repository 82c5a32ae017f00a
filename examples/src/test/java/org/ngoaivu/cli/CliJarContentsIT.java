package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The shaded jar carries one licence and one NOTICE merged from every bundled jar's, and nothing is left over. */
class CliJarContentsIT {
    private static final Path JAR = Path.of("target/ngoaivu-cli.jar");

    private static String entry(JarFile jar, String name) throws IOException {
        return new String(jar.getInputStream(jar.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void fatJarHasTheApacheLicenceAndTheMergedNotice() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(entry(jar, "META-INF/LICENSE")).contains("Apache License", "Version 2.0, January 2004");
            assertThat(jar.getEntry("META-INF/LICENSE.txt")).as("the other jars' licence files are left out").isNull();
            assertThat(jar.getEntry("META-INF/DEPENDENCIES")).isNull();
            assertThat(entry(jar, "META-INF/NOTICE")).contains("ngoaivu", "the ngoaivu developers",
                    "The Apache Software Foundation", "Jackson", "SLF4J", "ANTLR");
        }
    }

    @Test
    void noOriginalJarIsLeftBehind() throws IOException {
        try (Stream<Path> files = Files.list(JAR.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("original-"));
        }
    }
}

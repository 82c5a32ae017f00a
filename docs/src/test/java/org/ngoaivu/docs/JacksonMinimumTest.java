package org.ngoaivu.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oldest Jackson the README names (2.16.0) runs a host that reads the national sample, a dossier with a problem,
 * and evaluates; the one before it (2.15) is refused with one sentence that says what to align, not with a
 * {@code NoSuchMethodError}. The Jackson jars are copied to {@code target/jackson/<version>} by this module's build.
 */
class JacksonMinimumTest {
    private static final Path ROOT = Path.of("..");

    @TempDir
    static Path dir;

    private static Path classes;

    @BeforeAll
    static void compileHost() throws IOException {
        Path source = dir.resolve("Host.java");
        Files.writeString(source, """
                import java.nio.file.Path;

                import org.ngoaivu.engine.ComplianceEngine;
                import org.ngoaivu.json.DossierJson;

                public final class Host {
                    public static void main(String[] args) {
                        var dossier = DossierJson.read(Path.of(args[0])).orElseThrow();
                        System.out.println(DossierJson.read("{\\"asOf\\": 1}").problems().get(0));
                        try (ComplianceEngine engine = ComplianceEngine.builder().build()) {
                            System.out.println(engine.evaluate(dossier).summary());
                        }
                    }
                }
                """);
        classes = dir.resolve("classes");
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-cp", String.join(File.pathSeparator, classpath("2.16.0")), source.toString());
        assertThat(compiled).as("javac").isZero();
    }

    @Test
    void jackson_2_16_0_reads_validates_and_evaluates() throws Exception {
        String output = run("2.16.0");
        assertThat(output).contains("$.asOf").containsPattern("\\d+ findings: \\d+ violations");
    }

    @Test
    void jackson_2_15_is_refused_with_one_sentence_naming_the_minimum() throws Exception {
        String output = run("2.15.4");
        assertThat(output).contains("ngoaivu needs Jackson 2.16.0 or later").contains("2.15.4")
                .doesNotContain("NoSuchMethodError");
    }

    /** The host's class path from ngoaivu-rules, with Jackson's jars of the given version in place of the build's. */
    private static List<String> classpath(String jacksonVersion) throws IOException {
        List<String> entries = new ArrayList<>();
        for (ResolvedArtifact r : ResolvedArtifact.read(ROOT.resolve("rules/target/dependencies/host-classpath.txt"))) {
            if (!r.artifact().startsWith("com.fasterxml.jackson.")) {
                entries.add(r.file().toAbsolutePath().toString());
            }
        }
        try (Stream<Path> jars = Files.list(ROOT.resolve("rules/target"))) {
            jars.filter(p -> p.getFileName().toString().matches("ngoaivu-rules-[^-]+(-SNAPSHOT)?\\.jar"))
                    .forEach(p -> entries.add(p.toAbsolutePath().toString()));
        }
        try (Stream<Path> jars = Files.list(Path.of("target/jackson", jacksonVersion))) {
            entries.addAll(jars.map(p -> p.toAbsolutePath().toString()).collect(Collectors.toList()));
        }
        return entries;
    }

    private static String run(String jacksonVersion) throws Exception {
        List<String> cp = classpath(jacksonVersion);
        cp.add(classes.toString());
        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(launcher.toString(), "-cp", String.join(File.pathSeparator, cp), "Host",
                ROOT.resolve("examples/data/national-sample-2024.json").toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the host ends").isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}

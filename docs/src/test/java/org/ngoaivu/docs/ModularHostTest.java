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

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host on the module path: with the jars a host gets from {@code ngoaivu-rules} (the list the rules module's build
 * writes) and the README's {@code module-info} (it requires {@code org.ngoaivu.core} and {@code org.ngoaivu.rules}), a
 * host compiles, finds the engine through the service loader, reads the national sample and evaluates it.
 */
class ModularHostTest {
    private static final Path ROOT = Path.of("..");

    @TempDir
    Path dir;

    @Test
    void aModularHostRequiringCoreAndRulesReadsAndEvaluatesTheNationalSample() throws Exception {
        List<Path> modulePath = new ArrayList<>();
        for (ResolvedArtifact r : ResolvedArtifact.read(ROOT.resolve("rules/target/dependencies/host-classpath.txt"))) {
            modulePath.add(r.file());
        }
        modulePath.add(onlyJar(ROOT.resolve("rules/target"), "ngoaivu-rules-"));
        String path = modulePath.stream().map(p -> p.toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));

        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("host"));
        Files.writeString(src.resolve("module-info.java"), readmeModuleInfo());
        Files.writeString(src.resolve("host/Main.java"), """
                package host;

                import java.nio.file.Path;

                import org.ngoaivu.engine.ComplianceEngine;
                import org.ngoaivu.json.DossierJson;

                public final class Main {
                    public static void main(String[] args) {
                        var dossier = DossierJson.read(Path.of(args[0])).orElseThrow();
                        try (ComplianceEngine engine = ComplianceEngine.builder().build()) {
                            System.out.println(engine.evaluate(dossier).summary());
                        }
                    }
                }
                """);
        Path classes = dir.resolve("classes");
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "--module-path", path, src.resolve("module-info.java").toString(), src.resolve("host/Main.java").toString());
        assertThat(compiled).as("javac on the module path").isZero();

        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(launcher.toString(), "--module-path", path + File.pathSeparator + classes,
                "-m", "my.host/host.Main", ROOT.resolve("examples/data/national-sample-2024.json").toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        assertThat(run.waitFor(2, TimeUnit.MINUTES)).as("the host ends").isTrue();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("\\d+ findings: \\d+ violations");
    }

    /** The README's {@code module my.host { … }} block, as a modular host writes it. */
    private static String readmeModuleInfo() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("```java\nmodule my.host {");
        assertThat(start).as("the README shows a modular host's module-info").isNotNegative();
        start += "```java\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    private static Path onlyJar(Path target, String prefix) throws IOException {
        try (var files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches(prefix + "[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError(target + " has no " + prefix + " jar"));
        }
    }
}

package org.ngoaivu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The API knows nothing of Drools, and the model nothing of JSON: any engine can plug in behind it. */
class ArchitectureTest {
    private static List<String> imports(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/ngoaivu").resolve(pkg))) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream().filter(l -> l.startsWith("import ")).map(l -> p.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void coreDependsOnNeitherDroolsNorAnyInternalPackage() throws IOException {
        for (String pkg : List.of("model", "engine", "spi", "validation", "json")) {
            assertThat(imports(pkg)).as(pkg).isNotEmpty()
                    .noneMatch(l -> l.contains("org.drools") || l.contains("org.kie") || l.contains(".internal."));
        }
    }

    @Test
    void modelAndEngineApiDoNotDependOnJackson() throws IOException {
        for (String pkg : List.of("model", "engine", "spi", "validation")) {
            assertThat(imports(pkg)).as(pkg).noneMatch(l -> l.contains("com.fasterxml"));
        }
    }
}

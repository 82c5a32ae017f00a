package org.ngoaivu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.model.Dossier;

/** The README's host snippet for the renderers runs as shown, and the README shows it as it is here. */
class HostSnippetTest {
    private static final Path THIS = Path.of("src/test/java/org/ngoaivu/report/HostSnippetTest.java");

    @Test
    void readmeSnippetWritesTheDashboard(@TempDir Path dir) throws IOException {
        Dossier dossier = DossierJson.read(Path.of("../examples/data/areas/mission.json")).orElseThrow();
        try (ComplianceEngine engine = ComplianceEngine.builder().build()) {
            ComplianceReport report = engine.evaluate(dossier);
            // tag::host[]
            ReportRenderer renderer = ReportRenderer.in(Locale.forLanguageTag("vi"));     // or Locale.ENGLISH
            try (Writer out = Files.newBufferedWriter(dir.resolve("report.html"), StandardCharsets.UTF_8)) {
                renderer.html(report, dossier, out);   // text(report, out) and json(report, out) likewise
            }
            // end::host[]
        }
        assertThat(Files.readString(dir.resolve("report.html"))).startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"vi\">");
    }

    @Test
    void readmeShowsTheSnippetAsTested() throws IOException {
        List<String> lines = Files.readAllLines(THIS);
        int start = lines.indexOf("            // tag::host[]");
        int end = lines.indexOf("            // end::host[]");
        String snippet = String.join("\n", lines.subList(start + 1, end).stream().map(l -> l.substring(12)).toList());
        assertThat(Files.readString(Path.of("../README.md"))).contains("```java\n" + snippet + "\n```");
    }
}

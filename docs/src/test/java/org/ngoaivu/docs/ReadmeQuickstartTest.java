package org.ngoaivu.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The README's quickstart is a complete host: its Java block is the tested {@code Quickstart.java}, and its
 * Maven blocks, written into a fresh host project ({@code src/it/readme-host}), are built and run against this
 * build's artifacts by maven-invoker-plugin; {@code ReadmeHostIT} reads what the host printed.
 */
class ReadmeQuickstartTest {
    static final Path HOST = Path.of("target/it-projects/readme-host");
    private static final Path QUICKSTART = Path.of("../examples/src/main/java/org/ngoaivu/examples/Quickstart.java");

    /** The first block of the given language in the README's Quickstart section. */
    static String quickstartBlock(String language) throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("\n## Quickstart\n");
        assertThat(start).as("the README has a Quickstart section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        Matcher block = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL)
                .matcher(readme.substring(start, end < 0 ? readme.length() : end));
        assertThat(block.find()).as("the Quickstart section has a ```%s block", language).isTrue();
        return block.group(1);
    }

    @Test
    void readmeShowsTheWholeQuickstartFile() throws IOException {
        assertThat(quickstartBlock("java")).isEqualTo(Files.readString(QUICKSTART));
    }

    @Test
    void readmeImportsTheBomOfThisVersionAndDependsOnRulesWithoutAVersion() throws IOException {
        String xml = quickstartBlock("xml");
        assertThat(xml).contains("<dependencyManagement>", "<artifactId>ngoaivu-bom</artifactId>",
                "<version>" + System.getProperty("ngoaivu.project.version") + "</version>", "<scope>import</scope>");
        String dependencies = xml.substring(xml.indexOf("</dependencyManagement>"));
        assertThat(dependencies).contains("<artifactId>ngoaivu-rules</artifactId>").doesNotContain("<version>");
    }

    @Test
    void readmeBlocksMakeAHostProject() throws IOException {
        String template = Files.readString(Path.of("src/it/readme-host/pom.xml"));
        assertThat(template).contains("<!-- README blocks -->");
        Files.createDirectories(HOST);
        Files.writeString(HOST.resolve("pom.xml"), template.replace("<!-- README blocks -->",
                quickstartBlock("xml").strip().indent(2).stripTrailing()));
        Path source = HOST.resolve("src/main/java/org/ngoaivu/examples/Quickstart.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, quickstartBlock("java"));
        assertThat(Files.readString(HOST.resolve("pom.xml"))).contains("<artifactId>ngoaivu-bom</artifactId>");
    }
}

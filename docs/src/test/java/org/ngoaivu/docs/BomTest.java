package org.ngoaivu.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The BOM lists every published artifact: each module of packaging jar that deploys (no
 * {@code maven.deploy.skip}), and it has no parent, so that importing it brings no other versions.
 */
class BomTest {
    private static final Path ROOT = Path.of("..");

    private static String artifactId(String pom) {
        Matcher m = Pattern.compile("</parent>.*?<artifactId>([^<]+)</artifactId>", Pattern.DOTALL).matcher(pom);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void bomListsEveryPublishedArtifactAndHasNoParent() throws IOException {
        String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
        assertThat(bom).doesNotContain("<parent>");
        List<String> published = new ArrayList<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        while (module.find()) {
            String pom = Files.readString(ROOT.resolve(module.group(1)).resolve("pom.xml"));
            if (!pom.contains("<packaging>pom</packaging>")
                    && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
                published.add(artifactId(pom));
            }
        }
        assertThat(published).contains("ngoaivu-core", "ngoaivu-rules");
        String managed = bom.substring(bom.indexOf("<dependencyManagement>"));
        assertThat(published).allSatisfy(artifact -> assertThat(managed)
                .as("the BOM (bom/pom.xml) lists %s", artifact).contains("<artifactId>" + artifact + "</artifactId>"));
    }
}

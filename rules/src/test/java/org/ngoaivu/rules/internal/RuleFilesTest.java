package org.ngoaivu.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.engine.RuleSource;

/** Reading a rule pack's files from a jar: by its index when the build wrote one, else by walking the jar. */
class RuleFilesTest {
    @TempDir
    Path dir;

    @Test
    void aJarWithAnIndexIsReadByTheIndexAlone() throws IOException {
        Path jar = jar(Map.of("pack/a/one.drl", "rule one", "pack/a/messages_vi.properties", "x=y",
                "pack/two.drl", "rule two", "pack/" + RuleFiles.INDEX, "a/one.drl\ntwo.drl"));

        assertThat(read(jar)).extracting(RuleFiles.TextFile::location, RuleFiles.TextFile::folder,
                        RuleFiles.TextFile::name, RuleFiles.TextFile::content)
                .containsExactly(tuple("pack/two.drl", "", "two.drl", "rule two"),
                        tuple("pack/a/one.drl", "a", "one.drl", "rule one"));
    }

    @Test
    void aJarWithoutAnIndexIsWalked() throws IOException {
        Path jar = jar(Map.of("pack/a/one.drl", "rule one", "pack/a/messages_vi.properties", "x=y",
                "pack/two.drl", "rule two", "other/three.drl", "rule three"));

        assertThat(read(jar)).extracting(RuleFiles.TextFile::location)
                .containsExactly("pack/two.drl", "pack/a/messages_vi.properties", "pack/a/one.drl");
    }

    @Test
    void anIndexNamingAFileTheJarLacksIsAnError() throws IOException {
        Path jar = jar(Map.of("pack/two.drl", "rule two", "pack/" + RuleFiles.INDEX, "gone.drl\ntwo.drl"));

        assertThatThrownBy(() -> read(jar)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("pack/gone.drl");
    }

    @Test
    void theBuildsIndexListsEveryBundledRuleFile() throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("pack/a"));
        Files.writeString(classes.resolve("pack/a/one.drl"), "rule one");
        Files.writeString(classes.resolve("pack/a/notes.txt"), "not a rule file");
        Files.writeString(classes.resolve("pack/two.drl"), "rule two");

        RuleFiles.writeIndex(classes, "pack");

        assertThat(Files.readString(classes.resolve("pack/" + RuleFiles.INDEX))).isEqualTo("a/one.drl\ntwo.drl");
    }

    private List<RuleFiles.TextFile> read(Path jar) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            return RuleFiles.read(RuleSource.classpath("pack", loader));
        }
    }

    private Path jar(Map<String, String> files) throws IOException {
        Path jar = Files.createTempFile(dir, "rules", ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry("pack/"));
            zip.putNextEntry(new JarEntry("pack/a/"));
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new JarEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }
}

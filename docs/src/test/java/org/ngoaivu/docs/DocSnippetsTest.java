package org.ngoaivu.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every code block of the guides in java, drl, json or properties is a copy of compiled, tested code: a
 * {@code <!-- snippet: path[#tag] -->} line above it names the file (and the {@code tag::name[]} region)
 * it must equal. A block without a marker fails, so no snippet escapes the build.
 */
class DocSnippetsTest {
    private static final Pattern BLOCK = Pattern.compile(
            "(?:<!-- snippet: (\\S+?)(?:#(\\S+))? -->\\n)?```(java|drl|json|properties)\\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> snippetsEqualTheTestedCode() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> guides = Files.list(Path.of("."))) {
            // dossier-format.md is rendered from the schema, its examples checked against it by core's
            // DossierFormatDocTest; it has no hand-copied code to hold to a source.
            for (Path guide : guides.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equals("dossier-format.md")).sorted().toList()) {
                Matcher m = BLOCK.matcher(Files.readString(guide));
                int n = 0;
                while (m.find()) {
                    String file = m.group(1);
                    String tag = m.group(2);
                    String shown = m.group(4);
                    tests.add(DynamicTest.dynamicTest(guide.getFileName() + " block " + (++n)
                            + (file == null ? "" : " (" + file + (tag == null ? "" : "#" + tag) + ")"), () -> {
                        assertThat(file).as("the block needs a <!-- snippet: … --> marker:%n%s", shown).isNotNull();
                        assertThat(shown).isEqualTo(source(Path.of(file), tag));
                    }));
                }
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    /** The file, or its {@code tag::name[]} region with the region's indentation removed. */
    static String source(Path file, String tag) throws IOException {
        String text = Files.readString(file);
        if (tag == null) {
            return text;
        }
        List<String> lines = text.lines().toList();
        int start = indexOf(lines, "tag::" + tag + "[]", file);
        int end = indexOf(lines, "end::" + tag + "[]", file);
        List<String> region = lines.subList(start + 1, end);
        int indent = region.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        region.forEach(l -> out.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
        return out.toString();
    }

    private static int indexOf(List<String> lines, String marker, Path file) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().endsWith(marker)) {
                return i;
            }
        }
        throw new AssertionError(file + " has no " + marker);
    }
}

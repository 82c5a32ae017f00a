package org.ngoaivu.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * The README's Dependencies table is true: one row for every library a module's pom declares (the
 * {@code dependency:list} each module's build writes to {@code target/dependencies/direct.txt}), with its scopes
 * and the size of its jar, and the host's total classpath as {@code ngoaivu-rules} brings it
 * ({@code rules/target/dependencies/host-classpath.txt}). This module is built last, so every list is there.
 */
class DependencyTableTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|$",
            Pattern.MULTILINE);
    private static final Pattern TOTAL = Pattern.compile(
            "depends on\\s+`ngoaivu-rules`\\s+gets\\s+(\\d+)\\s+jars,\\s+([\\d.]+)\\s+MB");

    /** One resolved artifact of a {@code dependency:list} file. */
    private record Resolved(String artifact, String scope, Path file) {
        static List<Resolved> read(Path list) throws IOException {
            List<Resolved> resolved = new ArrayList<>();
            for (String line : Files.readAllLines(list)) {
                if (!line.startsWith("   ")) {
                    continue;
                }
                // group:artifact:type[:classifier]:version:scope:path[ -- module name]
                String[] f = line.strip().split(" ")[0].split(":");
                resolved.add(new Resolved(f[0] + ":" + f[1], f[f.length - 2], Path.of(f[f.length - 1])));
            }
            return resolved;
        }
    }

    /** A row of the README's table. */
    private record Row(String scopes, String size) {
    }

    private static String section() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("\n## Dependencies\n");
        assertThat(start).as("the README has a '## Dependencies' section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static Map<String, Row> table() throws IOException {
        Map<String, Row> rows = new TreeMap<>();
        Matcher m = ROW.matcher(section());
        while (m.find()) {
            if (rows.put(m.group(1), new Row(m.group(2).strip(), m.group(4).strip())) != null) {
                fail("The README's Dependencies table has two rows for " + m.group(1) + ".");
            }
        }
        return rows;
    }

    /** Every module's list of direct dependencies, by module directory; modules of packaging pom have none. */
    private static Map<String, List<Resolved>> declared() throws IOException {
        Map<String, List<Resolved>> byModule = new TreeMap<>();
        byModule.put("(parent)", Resolved.read(ROOT.resolve("target/dependencies/direct.txt")));
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        while (module.find()) {
            Path dir = ROOT.resolve(module.group(1));
            if (Files.readString(dir.resolve("pom.xml")).contains("<packaging>pom</packaging>")) {
                continue;
            }
            Path list = dir.resolve("target/dependencies/direct.txt");
            assertThat(list).as("%s is not built: run mvn -B verify from the root, which builds docs last",
                    module.group(1)).exists();
            byModule.put(module.group(1), Resolved.read(list));
        }
        return byModule;
    }

    /** A jar's size as the README gives it: kB below 1 MB, else MB with one decimal (1 kB = 1000 bytes). */
    static String size(long bytes) {
        return bytes < 1_000_000 ? Math.round(bytes / 1000.0) + " kB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    @Test
    void everyDeclaredLibraryHasATrueRowAndEveryRowIsDeclared() throws IOException {
        Map<String, TreeSet<String>> scopes = new TreeMap<>();
        Map<String, Path> files = new TreeMap<>();
        Map<String, TreeSet<String>> modules = new TreeMap<>();
        declared().forEach((module, resolved) -> resolved.stream().filter(r -> !r.artifact().startsWith("org.ngoaivu:"))
                .forEach(r -> {
                    scopes.computeIfAbsent(r.artifact(), a -> new TreeSet<>()).add(r.scope());
                    modules.computeIfAbsent(r.artifact(), a -> new TreeSet<>()).add(module);
                    files.put(r.artifact(), r.file());
                }));
        Map<String, Row> table = table();
        List<String> problems = new ArrayList<>();
        for (String artifact : scopes.keySet()) {
            String expectedScopes = String.join(", ", scopes.get(artifact));
            String expectedSize;
            try {
                expectedSize = size(Files.size(files.get(artifact)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Row row = table.get(artifact);
            if (row == null) {
                problems.add("no row for " + artifact + " (declared in " + String.join(", ", modules.get(artifact))
                        + "); add: | `" + artifact + "` | " + expectedScopes + " | why it earns its place | "
                        + expectedSize + " |");
            } else if (!row.scopes().equals(expectedScopes) || !row.size().equals(expectedSize)) {
                problems.add(artifact + " is \"" + row.scopes() + "\", " + row.size() + " in the README but "
                        + expectedScopes + ", " + expectedSize + " in the build");
            }
        }
        table.keySet().stream().filter(a -> !scopes.containsKey(a))
                .forEach(a -> problems.add(a + " has a row but no module declares it: remove the row"));
        assertThat(problems).as("the README's Dependencies table against the build").isEmpty();
    }

    @Test
    void readmeGivesTheHostsTotalClasspath() throws IOException {
        List<Resolved> classpath = Resolved.read(ROOT.resolve("rules/target/dependencies/host-classpath.txt"));
        long bytes = 0;
        for (Resolved r : classpath) {
            bytes += Files.size(r.file());
        }
        try (var jars = Files.list(ROOT.resolve("rules/target"))) {
            Path rules = jars.filter(p -> p.getFileName().toString().matches("ngoaivu-rules-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("rules/target has no ngoaivu-rules jar"));
            bytes += Files.size(rules);
        }
        int jars = classpath.size() + 1;
        Matcher total = TOTAL.matcher(section());
        assertThat(total.find()).as("the README says: A host that depends on `ngoaivu-rules` gets %d jars, %s",
                jars, size(bytes)).isTrue();
        assertThat(Integer.parseInt(total.group(1))).as("jars on a host's classpath").isEqualTo(jars);
        // ngoaivu's own jars change with every commit: the total holds within 5 %.
        assertThat(Double.parseDouble(total.group(2)) * 1_000_000).as("bytes on a host's classpath (README: %s MB)",
                total.group(2)).isCloseTo(bytes, Percentage.withPercentage(5));
    }

    @Test
    void sizesReadAsTheTableWritesThem() {
        assertThat(size(345_499)).isEqualTo("345 kB");
        assertThat(size(1_649_999)).isEqualTo("1.6 MB");
    }
}

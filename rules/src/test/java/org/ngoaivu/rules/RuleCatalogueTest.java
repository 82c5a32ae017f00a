package org.ngoaivu.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.RuleDescriptor;
import org.ngoaivu.testkit.RuleCaseFile;
import org.ngoaivu.testkit.RuleCases;
import org.ngoaivu.testkit.RuleCoverage;

/** The bundled rule base is exactly the catalogue: same ids, same severities, each with a source. */
class RuleCatalogueTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (VIOLATION|WARNING|ADVICE) \\|",
            Pattern.MULTILINE);

    static Map<String, String> catalogue() throws IOException {
        Path shared = Path.of("../../shared/spec/rule-catalogue.md");
        Path copy = Path.of("src/test/resources/rule-catalogue-ids.txt");
        Map<String, String> ids = new TreeMap<>();
        if (Files.exists(shared)) {
            Matcher m = ROW.matcher(Files.readString(shared));
            while (m.find()) {
                ids.put(m.group(1), m.group(2));
            }
            assertThat(ids).as("the committed copy of the catalogue's ids is current")
                    .isEqualTo(read(copy));
            return ids;
        }
        return read(copy);
    }

    private static Map<String, String> read(Path copy) throws IOException {
        return Files.readAllLines(copy).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\\s+")).collect(Collectors.toMap(a -> a[0], a -> a[1], (a, b) -> a, TreeMap::new));
    }

    @Test
    void bundledRulesAreExactlyTheCatalogueWithItsSeverities() throws IOException {
        Map<String, String> bundled = ComplianceEngine.builder().build().rules().stream()
                .collect(Collectors.toMap(RuleDescriptor::id, r -> r.severity().name(), (a, b) -> a, TreeMap::new));
        assertThat(bundled).isEqualTo(catalogue());
    }

    @Test
    void everyRuleNamesItsSourceAndReadableTitle() {
        for (RuleDescriptor rule : ComplianceEngine.builder().build().rules()) {
            assertThat(rule.source()).as(rule.id()).isNotBlank().doesNotContain("A2008").doesNotContain("A2023");
            assertThat(rule.title()).as(rule.id()).contains(" ");
            assertThat(rule.origin()).isEqualTo("bundled");
        }
    }

    @Test
    void everyRuleHasACaseFileThatSeesItFireAndNotFire() {
        RuleCases cases = RuleCases.load(RuleCasesTest.CASES);
        List<RuleDescriptor> rules = RuleCasesTest.ENGINE.rules();
        // Besides one file per rule, readings/ holds one file per reading of the catalogue's "Reading the rules
        // precisely", each about the rule the reading changes.
        List<RuleCaseFile> perRule = cases.files().stream().filter(f -> !f.location().startsWith("readings/")).toList();
        assertThat(perRule).extracting(RuleCaseFile::location).as("one case file per rule, named for it")
                .containsExactlyInAnyOrderElementsOf(rules.stream().map(r -> r.area() + "/" + r.id() + ".json").toList());
        assertThat(perRule).allSatisfy(f -> assertThat(f.location()).endsWith("/" + f.rule() + ".json"));
        RuleCoverage coverage = cases.coverage(RuleCasesTest.ENGINE);
        List<String> ids = rules.stream().map(RuleDescriptor::id).toList();
        assertThat(coverage.gaps(ids)).as(String.join("\n", coverage.summary(ids))).isEmpty();
    }
}

package org.ngoaivu.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.Parameter;

/**
 * docs/rules.md is rendered from the rules' metadata and messages, so it cannot drift from them.
 * Regenerate it with {@code mvn -pl rules -am test -Dtest=RulesDocTest -Dngoaivu.regenerateDocs=true}.
 */
class RulesDocTest {
    private static final Path DOC = Path.of("../docs/rules.md");

    static String render() {
        RuleBase base = RuleBaseCompiler.compile(true, List.of());
        StringBuilder md = new StringBuilder("# The bundled rules\n\n")
                .append("Generated from the rules' metadata and messages by `RulesDocTest`; do not edit by hand.\n")
                .append("Placeholders such as `{subject}` are filled with the facts of each finding;\n")
                .append("`{daysLate|day|days}` writes the number followed by the word that fits it.\n");
        Map<String, List<RuleMeta>> byArea = base.rules().stream()
                .collect(Collectors.groupingBy(RuleMeta::area, TreeMap::new, Collectors.toList()));
        byArea.forEach((area, rules) -> {
            md.append("\n## ").append(area).append("\n");
            for (RuleMeta r : rules) {
                md.append("\n### `").append(r.id()).append("` — ").append(r.severity()).append("\n\n")
                        .append("**").append(r.name()).append("** (subject: ").append(r.subjectType()).append(")\n\n");
                r.messagesEn().stringPropertyNames().stream().filter(k -> k.equals(r.id()) || k.startsWith(r.id() + "."))
                        .sorted().forEach(k -> md.append("- Reports: ").append(r.messagesEn().getProperty(k)).append("\n"));
                for (Parameter<?> p : r.parameters()) {
                    md.append("- Parameter `").append(p.name()).append("`, default `").append(exported(p))
                            .append("`: ").append(p.rationale()).append("\n");
                }
                md.append("- Source: ").append(r.source()).append("\n");
                if (!r.quote().isBlank()) {
                    md.append("\n> ").append(r.quote()).append("\n");
                }
            }
        });
        return md.toString();
    }

    private static <T> Object exported(Parameter<T> p) {
        return p.export(p.defaultValue());
    }

    @Test
    void rulesDocumentMatchesTheRuleMetadata() throws IOException {
        GeneratedDocs.assertCurrent(DOC, render());
    }

    @Test
    void everyBundledRuleQuotesItsVietnameseSource() {
        assertThat(RuleBaseCompiler.compile(true, List.of()).rules()).allSatisfy(r ->
                assertThat(r.quote()).as(r.id()).isNotBlank());
    }

    /** Quotes that are not from the seeds say so with these words, and name the legal text they come from. */
    static final String LEGAL_TEXT = "Trích văn bản pháp lý, không có câu tương ứng trong các bài nguồn: ";

    @Test
    void everyQuoteIsWordForWordFromTheSeedsOrSaysItIsFromTheLegalText() throws IOException {
        Path seeds = Path.of("../../shared/seeds");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds), "the seed articles are beside the tree");
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(seeds)) {
            for (Path seed : files.sorted().toList()) {
                all.append(Files.readString(seed)).append('\n');
            }
        }
        String text = all.toString();
        assertThat(RuleBaseCompiler.compile(true, List.of()).rules()).allSatisfy(r -> {
            if (r.quote().startsWith(LEGAL_TEXT)) {
                assertThat(r.quote().substring(LEGAL_TEXT.length())).as(r.id()).matches("(Luật|Chỉ thị|Nghị định) .+: .+");
            } else {
                // An elision (…) joins two passages of one sentence; each must be in the seeds as it is.
                for (String passage : r.quote().split(" … ")) {
                    assertThat(text).as(r.id() + " quotes the seeds word for word").contains(passage);
                }
            }
        });
    }
}

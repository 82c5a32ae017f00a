package org.ngoaivu.rules.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.rules.api.Findings;
import org.ngoaivu.rules.api.Subjects;

/**
 * How the plain-Java reference evaluator reports: it decides which rule reports on which subject, with which
 * variant, facts and words, and the engine's own builder ({@link FindingCollector}, with the bundled rules'
 * metadata and messages) makes the finding. Both sides then build the same findings with the same work, and
 * what the two differ in is the matching. Or, to time matching alone, drafts that only count.
 */
public final class ReferenceFindings {
    /** The findings started from this rule's view report as that rule. */
    private final Function<String, Findings> byRule;

    /** The bundled rules, compiled once for every reference run of the JVM. */
    private static final class Bundled {
        static final RuleBase RULES = RuleBaseCompiler.compile(true, List.of());
        static final Map<String, RuleMeta> BY_ID = RULES.rules().stream()
                .collect(Collectors.toUnmodifiableMap(RuleMeta::id, rule -> rule));

        static RuleMeta meta(String id) {
            RuleMeta rule = BY_ID.get(id);
            if (rule == null) {
                throw new IllegalArgumentException("no bundled rule has the id " + id);
            }
            return rule;
        }
    }

    private ReferenceFindings(Function<String, Findings> byRule) {
        this.byRule = byRule;
    }

    /**
     * Findings built as the engine builds them and handed to {@code sink} as each is reported.
     *
     * @param dossier    the dossier evaluated, whose provinces and missions name the subjects
     * @param parameters the parameter values the rules use, recorded in each finding
     * @param sink       where each finding goes
     * @return the findings of one evaluation
     */
    public static ReferenceFindings building(Dossier dossier, Parameters parameters, Consumer<Finding> sink) {
        FindingCollector collector = new FindingCollector(Bundled.RULES, parameters, new Subjects(dossier), sink);
        return new ReferenceFindings(id -> {
            collector.firing(Bundled.meta(id));
            return collector;
        });
    }

    /**
     * Findings whose drafts build nothing and only count.
     *
     * @param counted what counts the reported findings
     * @return the findings of one evaluation
     */
    public static ReferenceFindings counting(CountingFindings counted) {
        return new ReferenceFindings(id -> counted);
    }

    /**
     * What a rule reports through, as a consequence reports while its rule fires: start each draft from here
     * and report it before starting one for another rule.
     *
     * @param id the bundled rule's id
     * @return the findings global as that rule sees it
     * @throws IllegalArgumentException when no bundled rule has that id
     */
    public Findings rule(String id) {
        return byRule.apply(id);
    }
}

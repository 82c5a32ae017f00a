package org.ngoaivu.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kie.api.runtime.KieSession;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.engine.RuleProblem;
import org.ngoaivu.json.DossierJson;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.rules.api.Evaluation;
import org.ngoaivu.rules.api.Subjects;

/**
 * Checks, when rules are built, that their conditions can run: matches every rule's conditions against a
 * dossier that holds every kind of fact, each once with every optional value present and once with none,
 * and runs no consequence. A condition that throws there (a wrong type such as {@code diplomatCount >
 * "abc"}, a method that fails, an {@code eval} or {@code from} that throws) would throw on real dossiers
 * too, so the pack does not build. Each failing rule is taken out and the probe runs again, so that one
 * build lists every such rule.
 */
final class RuleProbe {
    private static final String DOSSIER = "org/ngoaivu/rules/internal/probe-dossier.json";
    /** More failing rules than this in one pack are not worth listing one by one. */
    private static final int MOST_PROBLEMS = 25;

    private RuleProbe() {
    }

    /**
     * The rules whose conditions fail on the probe dossier. Takes each failing rule out of the rule base,
     * which is of no use once it has failed.
     */
    static List<RuleProblem> check(RuleBase ruleBase) {
        if (ruleBase.rules().isEmpty()) {
            return List.of();
        }
        Dossier dossier = dossier();
        Parameters parameters = Parameters.defaults();
        List<Object> facts = DossierPartitions.whole(dossier).get(0).facts();
        List<RuleProblem> problems = new ArrayList<>();
        Set<RuleMeta> removed = new HashSet<>();
        while (problems.size() < MOST_PROBLEMS) {
            Optional<RuntimeException> failure = run(ruleBase, dossier, parameters, facts);
            if (failure.isEmpty()) {
                break;
            }
            Optional<RuleLocator.Place> place = ruleBase.locator().locate(failure.get())
                    .filter(p -> !removed.contains(p.rule()));
            Optional<Object> fact = Sessions.factThatFails(ruleBase, dossier, parameters, facts);
            String on = fact.map(f -> " on " + article(f.getClass().getSimpleName())).orElse("");
            String what = place.flatMap(RuleLocator.Place::code).map(code -> "The condition '" + code + "'")
                    .orElse("A condition of this rule");
            String message = what + " cannot be evaluated" + on + ": " + PlainWords.reason(failure.get());
            if (place.isEmpty()) {
                problems.add(new RuleProblem("(rule packs)", 0, "A condition cannot be evaluated" + on
                        + ", and the engine could not tell which rule's: " + PlainWords.reason(failure.get())));
                break;
            }
            RuleLocator.Place p = place.get();
            problems.add(new RuleProblem(p.rule().location(), p.line(), p.column(), Optional.of(p.rule().id()),
                    message));
            removed.add(p.rule());
            ruleBase.kieBase().removeRule(p.rule().packageName(), p.rule().name());
        }
        return problems;
    }

    private static Optional<RuntimeException> run(RuleBase ruleBase, Dossier dossier, Parameters parameters,
                                                  List<Object> facts) {
        Evaluation evaluation = new Evaluation(dossier.asOf(), dossier.planYear(), parameters);
        FindingCollector idle = new FindingCollector(ruleBase, parameters, new Subjects(dossier), finding -> { });
        KieSession session = Sessions.open(ruleBase, idle, evaluation);
        try {
            facts.forEach(session::insert);
            session.fireAllRules(Sessions.NO_CONSEQUENCES);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e);
        } finally {
            session.dispose();
        }
    }

    /** The dossier the probe matches the rules against. */
    static Dossier dossier() {
        return ProbeDossier.DOSSIER;
    }

    private static String article(String type) {
        return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    /** The probe dossier, read once. */
    private static final class ProbeDossier {
        static final Dossier DOSSIER = read();

        private static Dossier read() {
            try (InputStream in = RuleProbe.class.getClassLoader().getResourceAsStream(RuleProbe.DOSSIER)) {
                if (in == null) {
                    throw new IllegalStateException("The library jar lacks " + RuleProbe.DOSSIER);
                }
                return DossierJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)).orElseThrow();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RuleProbe.DOSSIER, e);
            }
        }
    }
}

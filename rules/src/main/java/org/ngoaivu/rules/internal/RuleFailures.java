package org.ngoaivu.rules.internal;

import java.util.List;
import java.util.Optional;

import org.kie.api.runtime.rule.ConsequenceException;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.engine.RuleFailureException;
import org.ngoaivu.engine.Subject;
import org.ngoaivu.model.Dossier;

/**
 * Turns whatever a session threw into a {@link RuleFailureException} that names the rule, its {@code .drl}
 * file and line, and the subject, whatever failed: a condition, an {@code eval}, a {@code from}, an
 * {@code accumulate}, a consequence, or the budget.
 */
final class RuleFailures {
    /** What a failure names when nothing in it, nor in the rules' files, tells the rule. */
    static final String UNTOLD = "(the engine could not tell which rule)";

    private RuleFailures() {
    }

    /**
     * The failure of one session.
     *
     * @param failure    what the session threw
     * @param ruleBase   the rules it ran
     * @param guard      the evaluation's budget, which may be why it stopped
     * @param dossier    the dossier evaluated
     * @param parameters the parameter values in use
     * @param facts      the facts the session held
     */
    static RuleFailureException explain(RuntimeException failure, RuleBase ruleBase, EvaluationGuard guard,
                                        Dossier dossier, Parameters parameters, List<Object> facts) {
        Optional<String> over = guard.over();
        if (over.isPresent()) {
            return overBudget(guard, over.get());
        }
        if (failure instanceof ConsequenceException consequence && consequence.getRule() != null) {
            RuleMeta rule = ruleBase.meta(consequence.getRule());
            Throwable cause = consequence.getCause() == null ? consequence : consequence.getCause();
            String resource = ruleBase.locator().locate(cause).filter(p -> p.rule() == rule)
                    .map(RuleLocator.Place::resource).orElse(rule.location());
            Optional<Subject> subject = consequence.getMatch().getObjects().stream()
                    .map(o -> Sessions.subjectOf(o, dossier)).flatMap(Optional::stream).findFirst();
            return new RuleFailureException(rule.id(), resource, subject, PlainWords.reason(cause), cause);
        }
        Optional<RuleLocator.Place> place = ruleBase.locator().locate(failure);
        Optional<Subject> subject = Sessions.factThatFails(ruleBase, dossier, parameters, facts)
                .flatMap(fact -> Sessions.subjectOf(fact, dossier));
        String reason = place.flatMap(RuleLocator.Place::code).map(code -> "the condition '" + code + "' cannot be"
                + " evaluated: ").orElse("") + PlainWords.reason(failure);
        return new RuleFailureException(place.map(p -> p.rule().id()).orElse(UNTOLD),
                place.map(RuleLocator.Place::resource).orElse(ruleBase.rules().stream().map(RuleMeta::location)
                        .distinct().reduce((a, b) -> a + ", " + b).orElse("no rule file")),
                subject, reason, failure);
    }

    /** The budget ran out after the session ended without throwing, or while it ran. */
    static RuleFailureException overBudget(EvaluationGuard guard, String reason) {
        return guard.firing().map(rule -> new RuleFailureException(rule.id(), rule.location(), Optional.empty(),
                        reason, null))
                .orElseGet(() -> new RuleFailureException(UNTOLD, "no rule fired", Optional.empty(), reason, null));
    }
}

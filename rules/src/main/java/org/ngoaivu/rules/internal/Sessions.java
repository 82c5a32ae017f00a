package org.ngoaivu.rules.internal;

import java.util.List;
import java.util.Optional;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.engine.Subject;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.rules.api.Evaluation;
import org.ngoaivu.rules.api.Findings;
import org.ngoaivu.rules.api.Subjects;

/** Opens sessions the way every evaluation needs them, and finds the fact a failing condition choked on. */
final class Sessions {
    /** Lets every condition be matched and no consequence run. */
    static final AgendaFilter NO_CONSEQUENCES = match -> false;
    /** Replaying more facts than this one by one to find a failure's subject would take too long. */
    private static final int MOST_FACTS_REPLAYED = 20_000;

    private Sessions() {
    }

    /**
     * A fresh session with the globals its packages declare set, and the evaluation inserted. A collector
     * listens to the agenda to know which rule reports; other findings globals (one that only counts, to
     * measure matching alone) need not.
     */
    static KieSession open(RuleBase ruleBase, Findings findings, Evaluation evaluation) {
        KieSession session = ruleBase.kieBase().newKieSession();
        if (ruleBase.globals().findings()) {
            session.setGlobal(RuleBase.FINDINGS_GLOBAL, findings);
        }
        if (ruleBase.globals().evaluation()) {
            session.setGlobal(RuleBase.EVALUATION_GLOBAL, evaluation);
        }
        if (findings instanceof FindingCollector collector) {
            session.addEventListener(collector);
        }
        session.insert(evaluation);
        return session;
    }

    /**
     * Inserts the facts one at a time in a fresh session, matching the conditions after each, and returns
     * the first fact whose arrival makes a condition fail: the fact a failing rule was looking at.
     */
    static Optional<Object> factThatFails(RuleBase ruleBase, Dossier dossier, Parameters parameters,
                                          List<Object> facts) {
        if (facts.size() > MOST_FACTS_REPLAYED) {
            return Optional.empty();
        }
        Evaluation evaluation = new Evaluation(dossier.asOf(), dossier.planYear(), parameters);
        FindingCollector idle = new FindingCollector(ruleBase, parameters, new Subjects(dossier), finding -> { });
        KieSession session = open(ruleBase, idle, evaluation);
        try {
            session.fireAllRules(NO_CONSEQUENCES);
            for (Object fact : facts) {
                session.insert(fact);
                try {
                    session.fireAllRules(NO_CONSEQUENCES);
                } catch (RuntimeException failsHere) {
                    return Optional.of(fact);
                }
            }
            return Optional.empty();
        } catch (RuntimeException failsOnTheEvaluationAlone) {
            return Optional.empty();
        } finally {
            session.dispose();
        }
    }

    /** The subject a fact is, when it is one of the dossier's own facts. */
    static Optional<Subject> subjectOf(Object fact, Dossier dossier) {
        try {
            return Optional.of(new Subjects(dossier).of(fact));
        } catch (IllegalArgumentException notADossierFact) {
            return Optional.empty();
        }
    }
}

package org.ngoaivu.rules.internal;

import java.time.Duration;
import java.util.Optional;

import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.ngoaivu.engine.EvaluationBudget;

/**
 * Holds one evaluation to its {@link EvaluationBudget}, over all its sessions: counts the facts rules insert
 * and watches the clock each time a rule fires or inserts, and stops the session by throwing when either
 * runs out. It also remembers which rule was firing, for the failure to name.
 */
final class EvaluationGuard extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    /** Thrown from inside the session to stop it; never leaves the engine. */
    static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverBudget(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The clock is read every this many events: reading it on every match would cost more than it saves. */
    private static final int CLOCK_EVERY = 64;

    private final RuleBase ruleBase;
    private final EvaluationBudget budget;
    private final long deadline;
    private long inserted;
    private int events;
    private RuleMeta firing;
    private String over;

    EvaluationGuard(RuleBase ruleBase, EvaluationBudget budget) {
        this.ruleBase = ruleBase;
        this.budget = budget;
        this.deadline = System.nanoTime() + budget.time().toNanos();
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = ruleBase.meta(event.getMatch().getRule());
        tick();
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() == null) {
            return;
        }
        if (++inserted > budget.insertedFacts()) {
            throw stop("it inserted more than " + String.format("%,d", budget.insertedFacts())
                    + " facts, the most one evaluation may insert");
        }
        tick();
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        tick();
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // Deleting frees memory and ends loops rather than making them: nothing to count.
    }

    private void tick() {
        if (++events % CLOCK_EVERY == 0 && System.nanoTime() - deadline > 0) {
            throw stop("the evaluation ran longer than " + describe(budget.time()) + ", the most one evaluation may take");
        }
    }

    private OverBudget stop(String reason) {
        over = reason + "; the evaluation was stopped (EvaluationBudget)";
        return new OverBudget(over);
    }

    private static String describe(Duration time) {
        long seconds = time.toSeconds();
        return seconds >= 60 && seconds % 60 == 0 ? seconds / 60 + " min" : time.toMillis() + " ms";
    }

    /** Why the evaluation was stopped, when the budget ran out. */
    Optional<String> over() {
        return Optional.ofNullable(over);
    }

    /** The rule that fired last, if any did. */
    Optional<RuleMeta> firing() {
        return Optional.ofNullable(firing);
    }
}

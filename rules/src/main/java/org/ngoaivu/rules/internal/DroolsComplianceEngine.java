package org.ngoaivu.rules.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.EvaluationSummary;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.engine.Policy;
import org.ngoaivu.engine.ReloadResult;
import org.ngoaivu.engine.RuleDescriptor;
import org.ngoaivu.engine.RulePackException;
import org.ngoaivu.engine.RuleProblem;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.rules.api.Evaluation;
import org.ngoaivu.rules.api.Findings;
import org.ngoaivu.rules.api.Subjects;
import org.ngoaivu.spi.EngineConfiguration;

/**
 * The Drools engine: one rule base built once and shared by every thread, and a fresh session per
 * evaluation, so that no state passes from one evaluation to the next. A reload builds the new rule base
 * beside the old one and swaps a single reference, so each evaluation runs on one rule base from start to
 * end.
 */
public final class DroolsComplianceEngine implements ComplianceEngine {
    /** How long a reload waits between two reads of the rule files to see that they have settled. */
    private static final long SETTLE_MILLIS = 100;
    private static final int SETTLE_ATTEMPTS = 30;
    /**
     * Sessions of about this many top-level facts: at 100,000 facts, parts of 250 to 3,000 evaluate in about
     * 60 % of the time of parts of 20,000 (docs/performance.md).
     */
    private static final int FACTS_PER_PART = 1_000;

    private final EngineConfiguration configuration;
    private final AtomicReference<Snapshot> current;
    private final Object reloading = new Object();
    private final Optional<RuleDirectoryWatcher> watcher;
    /** Whether only the bundled rules run, whose joins {@link DossierPartitions} knows. */
    private final boolean partitionable;
    private final int factsPerPart;

    /** A compiled rule base with the policy applied: what one evaluation runs on. */
    private record Snapshot(RuleBase ruleBase, Set<String> disabled, List<RuleDescriptor> descriptors) {
        static Snapshot of(RuleBase compiled, Policy policy) {
            Set<String> known = compiled.rules().stream().map(RuleMeta::id).collect(Collectors.toSet());
            Set<String> unknown = new TreeSet<>(policy.disabledRules());
            unknown.addAll(policy.severityOverrides().keySet());
            unknown.removeAll(known);
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("No rule has the id " + String.join(", ", unknown)
                        + ". Known rules: " + new TreeSet<>(known));
            }
            RuleBase base = withSeverities(compiled, policy);
            return new Snapshot(base, policy.disabledRules(), base.rules().stream()
                    .filter(r -> !policy.disabledRules().contains(r.id())).map(RuleMeta::descriptor).toList());
        }

        String version() {
            return ruleBase.version();
        }
    }

    private DroolsComplianceEngine(EngineConfiguration configuration, Snapshot first, int factsPerPart) {
        this.configuration = configuration;
        this.partitionable = configuration.ruleSources().isEmpty() && configuration.includeBundled();
        this.factsPerPart = factsPerPart;
        this.current = new AtomicReference<>(first);
        this.watcher = configuration.reloadListener().map(listener ->
                RuleDirectoryWatcher.start(configuration.ruleSources(), () -> listener.accept(reload())));
    }

    /**
     * Builds the engine a configuration describes.
     *
     * @param configuration the rule packs, parameters, policy and budget the builder collected
     * @return an engine ready to evaluate, its rule base built
     * @throws RulePackException        when a rule pack does not compile
     * @throws IllegalArgumentException when the policy names a rule that does not exist
     */
    public static DroolsComplianceEngine create(EngineConfiguration configuration) {
        return create(configuration, FACTS_PER_PART);
    }

    /** An engine that evaluates dossiers of more than {@code factsPerPart} top-level facts part by part. */
    static DroolsComplianceEngine create(EngineConfiguration configuration, int factsPerPart) {
        return create(configuration, RuleBaseCompiler.compile(configuration.includeBundled(),
                configuration.ruleSources()), factsPerPart);
    }

    /** An engine on a rule base already compiled from the configuration's rule sources. */
    static DroolsComplianceEngine create(EngineConfiguration configuration, RuleBase compiled, int factsPerPart) {
        return new DroolsComplianceEngine(configuration, Snapshot.of(compiled, configuration.policy()), factsPerPart);
    }

    private static RuleBase withSeverities(RuleBase base, Policy policy) {
        Map<String, Severity> overrides = policy.severityOverrides();
        if (overrides.isEmpty()) {
            return base;
        }
        Map<Rule, RuleMeta> byRule = new IdentityHashMap<>();
        base.byRule().forEach((rule, meta) -> byRule.put(rule,
                overrides.containsKey(meta.id()) ? meta.withSeverity(overrides.get(meta.id())) : meta));
        List<RuleMeta> rules = base.rules().stream()
                .map(m -> overrides.containsKey(m.id()) ? m.withSeverity(overrides.get(m.id())) : m).toList();
        return new RuleBase(base.kieBase(), byRule, rules, base.messages(), base.version(), base.globals(),
                base.locator());
    }

    @Override
    public ComplianceReport evaluate(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        return evaluate(dossier, configuration.parameters().on(dossier.asOf()));
    }

    @Override
    public ComplianceReport evaluate(Dossier dossier, Parameters parameters) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(parameters, "parameters");
        Snapshot snapshot = current.get();
        List<Finding> findings = new ArrayList<>();
        run(snapshot, dossier, parameters, findings::add);
        return new ComplianceReport(dossier.asOf(), dossier.planYear(), snapshot.version(), snapshot.descriptors(),
                findings, List.copyOf(snapshot.disabled()));
    }

    @Override
    public EvaluationSummary evaluate(Dossier dossier, Consumer<Finding> sink) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(sink, "sink");
        Snapshot snapshot = current.get();
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        run(snapshot, dossier, configuration.parameters().on(dossier.asOf()), finding -> {
            counts.merge(finding.severity(), 1, Integer::sum);
            sink.accept(finding);
        });
        return new EvaluationSummary(snapshot.version(), snapshot.descriptors().size(), List.copyOf(snapshot.disabled()),
                counts);
    }

    /**
     * Runs every rule as {@link #evaluate(Dossier)} does, with {@code findings} as the rules' global in place of
     * the engine's collector: given one whose drafts build nothing, the cost of matching alone, which the tests'
     * benchmark measures.
     */
    void match(Dossier dossier, Findings findings) {
        run(current.get(), dossier, configuration.parameters().on(dossier.asOf()), findings);
    }

    private void run(Snapshot snapshot, Dossier dossier, Parameters parameters, Consumer<Finding> sink) {
        run(snapshot, dossier, parameters, new FindingCollector(snapshot.ruleBase(), parameters, new Subjects(dossier),
                sink));
    }

    /** Evaluates with one snapshot of the rules: in one session, or part by part for a large dossier. */
    private void run(Snapshot snapshot, Dossier dossier, Parameters parameters, Findings findings) {
        RuleBase ruleBase = snapshot.ruleBase();
        if (ruleBase.rules().isEmpty()) {
            return;
        }
        Evaluation evaluation = new Evaluation(dossier.asOf(), dossier.planYear(), parameters);
        EvaluationGuard guard = new EvaluationGuard(ruleBase, configuration.budget());
        List<DossierPartitions.Part> parts = partitionable && DossierPartitions.factCount(dossier) > factsPerPart
                ? DossierPartitions.split(dossier, factsPerPart) : DossierPartitions.whole(dossier);
        for (DossierPartitions.Part part : parts) {
            KieSession session = Sessions.open(ruleBase, findings, evaluation);
            try {
                session.addEventListener((AgendaEventListener) guard);
                for (Object fact : part.facts()) {
                    session.insert(fact);
                }
                // The guard counts what rules insert; told of the dossier's own facts, it would be told in vain.
                session.addEventListener((RuleRuntimeEventListener) guard);
                session.fireAllRules(match -> {
                    RuleMeta rule = ruleBase.meta(match.getRule());
                    return !snapshot.disabled().contains(rule.id()) && part.allows(rule);
                });
            } catch (RuntimeException e) {
                throw RuleFailures.explain(e, ruleBase, guard, dossier, parameters, part.facts());
            } finally {
                session.dispose();
            }
            Optional<String> over = guard.over();
            if (over.isPresent()) {
                // A rule caught the guard's stop and went on: the evaluation is over all the same.
                throw RuleFailures.overBudget(guard, over.get());
            }
        }
    }

    @Override
    public ReloadResult reload() {
        // One reload at a time; evaluations never wait for it.
        synchronized (reloading) {
            Snapshot before = current.get();
            RuleBaseCompiler.Sources sources;
            try {
                sources = RuleBaseCompiler.read(configuration.includeBundled(), configuration.ruleSources());
                if (sources.version().equals(before.version())) {
                    return new ReloadResult(ReloadResult.Outcome.UNCHANGED, before.version(), before.version(), List.of());
                }
                Optional<RuleBaseCompiler.Sources> settled = settled(sources);
                if (settled.isEmpty()) {
                    return failed(before, List.of(new RuleProblem("(rule sources)", 0, "The rule files kept changing"
                            + " for " + SETTLE_ATTEMPTS * SETTLE_MILLIS / 1000.0 + " s; reload once they are saved.")));
                }
                sources = settled.get();
                if (sources.version().equals(before.version())) {
                    return new ReloadResult(ReloadResult.Outcome.UNCHANGED, before.version(), before.version(), List.of());
                }
            } catch (RuntimeException unreadable) {
                return failed(before, List.of(new RuleProblem("(rule sources)", 0, String.valueOf(unreadable.getMessage()))));
            }
            Snapshot next;
            try {
                next = Snapshot.of(RuleBaseCompiler.compile(sources), configuration.policy());
            } catch (RulePackException e) {
                return failed(before, e.problems());
            } catch (IllegalArgumentException policyNamesMissingRule) {
                return failed(before, List.of(new RuleProblem("(policy)", 0, policyNamesMissingRule.getMessage())));
            }
            List<RuleProblem> emptied = emptiedPacks(before.ruleBase(), next.ruleBase());
            if (!emptied.isEmpty()) {
                return failed(before, emptied);
            }
            current.set(next);
            return new ReloadResult(ReloadResult.Outcome.RELOADED, before.version(), next.version(), List.of());
        }
    }

    /**
     * The sources once two reads {@link #SETTLE_MILLIS} apart agree: an editor or a deployment writing the
     * files is not caught half-way. Empty when they keep changing.
     */
    private Optional<RuleBaseCompiler.Sources> settled(RuleBaseCompiler.Sources first) {
        RuleBaseCompiler.Sources last = first;
        for (int attempt = 0; attempt < SETTLE_ATTEMPTS; attempt++) {
            try {
                Thread.sleep(SETTLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            RuleBaseCompiler.Sources again = RuleBaseCompiler.read(configuration.includeBundled(),
                    configuration.ruleSources());
            if (again.version().equals(last.version())) {
                return Optional.of(again);
            }
            last = again;
        }
        return Optional.empty();
    }

    /** A pack that had rules and has none now: far more often a deployment caught half-way than a wish. */
    private static List<RuleProblem> emptiedPacks(RuleBase before, RuleBase after) {
        Map<String, Long> had = before.rules().stream()
                .collect(Collectors.groupingBy(RuleMeta::origin, TreeMap::new, Collectors.counting()));
        Set<String> still = after.rules().stream().map(RuleMeta::origin).collect(Collectors.toSet());
        return had.entrySet().stream().filter(e -> !still.contains(e.getKey()))
                .map(e -> new RuleProblem(e.getKey(), 0, "The rule pack has no rules any more (it had " + e.getValue()
                        + "); the engine keeps the rules it had. Remove the pack from the engine's configuration"
                        + " to run without it."))
                .toList();
    }

    private static ReloadResult failed(Snapshot kept, List<RuleProblem> problems) {
        return new ReloadResult(ReloadResult.Outcome.FAILED, kept.version(), kept.version(), problems);
    }

    @Override
    public List<RuleDescriptor> rules() {
        return current.get().descriptors();
    }

    @Override
    public String rulePackVersion() {
        return current.get().version();
    }

    @Override
    public void close() {
        watcher.ifPresent(RuleDirectoryWatcher::close);
    }
}

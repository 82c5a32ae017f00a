package org.ngoaivu.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ngoaivu.model.Dossier;

/** An engine whose reports have the host's waivers applied ({@link ComplianceEngine.Builder#waivers(List)}). */
final class WaivingEngine implements ComplianceEngine {
    private final ComplianceEngine engine;
    private final List<Waiver> waivers;

    WaivingEngine(ComplianceEngine engine, List<Waiver> waivers) {
        this.engine = engine;
        this.waivers = List.copyOf(waivers);
    }

    @Override
    public ComplianceReport evaluate(Dossier dossier) {
        return engine.evaluate(dossier).withWaivers(waivers);
    }

    @Override
    public ComplianceReport evaluate(Dossier dossier, Parameters parameters) {
        return engine.evaluate(dossier, parameters).withWaivers(waivers);
    }

    @Override
    public EvaluationSummary evaluate(Dossier dossier, Consumer<Finding> sink) {
        List<Waiver> inForce = waivers.stream().filter(w -> w.holdsOn(dossier.asOf())).toList();
        Map<Severity, Integer> waived = new EnumMap<>(Severity.class);
        EvaluationSummary all = engine.evaluate(dossier, f -> {
            if (inForce.stream().anyMatch(w -> w.covers(f))) {
                waived.merge(f.severity(), 1, Integer::sum);
            } else {
                sink.accept(f);
            }
        });
        Map<Severity, Integer> counts = new EnumMap<>(all.counts());
        waived.forEach((severity, n) -> counts.merge(severity, -n, Integer::sum));
        return new EvaluationSummary(all.rulePackVersion(), all.rulesEvaluated(), all.disabledRules(), counts);
    }

    @Override
    public ReloadResult reload() {
        return engine.reload();
    }

    @Override
    public List<RuleDescriptor> rules() {
        return engine.rules();
    }

    @Override
    public String rulePackVersion() {
        return engine.rulePackVersion();
    }

    @Override
    public void close() {
        engine.close();
    }
}

package org.ngoaivu.rules.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.engine.RuleDescriptor;
import org.ngoaivu.engine.RuleFailureException;
import org.ngoaivu.engine.Severity;
import org.ngoaivu.engine.Subject;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.rules.api.Evaluation;
import org.ngoaivu.rules.api.Subjects;
import org.ngoaivu.spi.EngineConfiguration;

/**
 * The Drools engine: one rule base built once and shared by every thread, and a fresh session per
 * evaluation, so that no state passes from one evaluation to the next.
 */
public final class DroolsComplianceEngine implements ComplianceEngine {
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("\\[Rule \"([^\"]+)\"");

    private final RuleBase ruleBase;
    private final Parameters parameters;
    private final Set<String> disabled;
    private final List<RuleDescriptor> descriptors;

    private DroolsComplianceEngine(RuleBase ruleBase, Parameters parameters, Set<String> disabled) {
        this.ruleBase = ruleBase;
        this.parameters = parameters;
        this.disabled = disabled;
        this.descriptors = ruleBase.rules().stream().filter(r -> !disabled.contains(r.id()))
                .map(RuleMeta::descriptor).toList();
    }

    /**
     * Builds the engine a configuration describes.
     *
     * @throws org.ngoaivu.engine.RulePackException when a rule pack does not compile
     * @throws IllegalArgumentException             when the configuration names a rule that does not exist
     */
    public static DroolsComplianceEngine create(EngineConfiguration configuration) {
        RuleBase compiled = RuleBaseCompiler.compile(configuration.includeBundled(), configuration.ruleSources());
        Set<String> known = compiled.rules().stream().map(RuleMeta::id).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(configuration.disabledRules());
        unknown.addAll(configuration.severityOverrides().keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No rule has the id " + String.join(", ", unknown)
                    + ". Known rules: " + new TreeSet<>(known));
        }
        return new DroolsComplianceEngine(withSeverities(compiled, configuration.severityOverrides()),
                configuration.parameters(), configuration.disabledRules());
    }

    private static RuleBase withSeverities(RuleBase base, Map<String, Severity> overrides) {
        if (overrides.isEmpty()) {
            return base;
        }
        Map<String, RuleMeta> byRule = new java.util.LinkedHashMap<>();
        base.byRule().forEach((key, meta) -> byRule.put(key,
                overrides.containsKey(meta.id()) ? meta.withSeverity(overrides.get(meta.id())) : meta));
        List<RuleMeta> rules = base.rules().stream()
                .map(m -> overrides.containsKey(m.id()) ? m.withSeverity(overrides.get(m.id())) : m).toList();
        return new RuleBase(base.kieBase(), byRule, rules, base.messages(), base.version());
    }

    @Override
    public ComplianceReport evaluate(Dossier dossier) {
        FindingCollector collector = new FindingCollector(ruleBase, parameters, new Subjects(dossier));
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            session.setGlobal("findings", collector);
            session.addEventListener(collector);
            session.insert(new Evaluation(dossier.asOf(), dossier.planYear(), parameters));
            insertAll(session, dossier.missions());
            insertAll(session, dossier.provinces());
            insertAll(session, dossier.annualPlans());
            insertAll(session, dossier.delegations());
            insertAll(session, dossier.agreements());
            insertAll(session, dossier.coordinationAgreements());
            insertAll(session, dossier.workingVisits());
            insertAll(session, dossier.cooperationProgrammes());
            insertAll(session, dossier.reports());
            session.fireAllRules(match -> !disabled.contains(ruleBase.meta(match.getRule()).id()));
        } catch (ConsequenceException e) {
            RuleMeta rule = ruleBase.meta(e.getRule());
            throw new RuleFailureException(rule.id(), subjectOf(e, dossier), e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException e) {
            // A constraint that throws while facts are matched: Drools names the rule only in its message.
            throw new RuleFailureException(ruleNamedIn(e), Optional.empty(), e);
        } finally {
            session.dispose();
        }
        return new ComplianceReport(dossier.asOf(), dossier.planYear(), ruleBase.version(), descriptors.size(),
                collector.findings(), List.copyOf(disabled));
    }

    private String ruleNamedIn(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                String name = m.group(1);
                return ruleBase.rules().stream().filter(r -> r.name().equals(name)).map(RuleMeta::id).findFirst()
                        .orElse(name);
            }
        }
        return "(unknown rule)";
    }

    private static Optional<Subject> subjectOf(ConsequenceException e, Dossier dossier) {
        Subjects subjects = new Subjects(dossier);
        return e.getMatch().getObjects().stream().map(o -> {
            try {
                return Optional.of(subjects.of(o));
            } catch (IllegalArgumentException notADossierFact) {
                return Optional.<Subject>empty();
            }
        }).flatMap(Optional::stream).findFirst();
    }

    private static void insertAll(KieSession session, List<?> facts) {
        for (Object fact : facts) {
            session.insert(fact);
        }
    }

    @Override
    public List<RuleDescriptor> rules() {
        return descriptors;
    }

    @Override
    public String rulePackVersion() {
        return ruleBase.version();
    }
}

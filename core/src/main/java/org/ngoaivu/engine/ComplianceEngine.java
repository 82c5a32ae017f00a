package org.ngoaivu.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.ngoaivu.model.Dossier;
import org.ngoaivu.spi.ComplianceEngineProvider;
import org.ngoaivu.spi.EngineConfiguration;

/**
 * Evaluates dossiers against a rule base. Thread-safe and reusable: build one and share it.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.builder().build();
 * ComplianceReport report = engine.evaluate(dossier);
 * }</pre>
 */
public interface ComplianceEngine extends AutoCloseable {

    /**
     * Evaluates a dossier. A dossier is valid by construction, so bad input never reaches the rules.
     *
     * @param dossier the dossier to check
     * @return the report: every finding, sorted, and the rules that ran
     * @throws RuleFailureException when a rule fails at run time or goes over the {@link EvaluationBudget}
     * @throws NullPointerException when {@code dossier} is null
     */
    ComplianceReport evaluate(Dossier dossier);

    /**
     * Evaluates a dossier with these parameter values in place of the engine's, for example to see what a
     * proposed threshold would change.
     *
     * @param dossier    the dossier to check
     * @param parameters the parameter values to use
     * @return the report
     * @throws RuleFailureException when a rule fails at run time or goes over the {@link EvaluationBudget}
     * @throws NullPointerException when an argument is null
     */
    ComplianceReport evaluate(Dossier dossier, Parameters parameters);

    /**
     * Evaluates a dossier and hands each finding to {@code sink} as it is made, keeping none: for dossiers
     * with more findings than a host wants in memory at once. Findings arrive in no fixed order (sort with
     * {@link Finding#ORDER}); the sink is called on the calling thread.
     *
     * @param dossier the dossier to check
     * @param sink    takes each finding
     * @return the counts of findings by severity and the rules that ran
     * @throws RuleFailureException when a rule fails at run time or goes over the {@link EvaluationBudget};
     *                              findings made before may have reached the sink
     * @throws NullPointerException when an argument is null
     */
    EvaluationSummary evaluate(Dossier dossier, Consumer<Finding> sink);

    /**
     * Builds the rule packs again from their sources and, if they build, swaps them in atomically.
     * Evaluations already running finish with the rules they started with; each report names the
     * rule-pack version it used. A reload first waits until the files have stopped changing; it refuses an
     * empty {@code .drl} file and a pack that has lost all its rules. When the new rules do not build, the
     * engine keeps the rules it had and the result lists every problem.
     *
     * @return what the reload did and, if it failed, why
     */
    ReloadResult reload();

    /**
     * The rules this engine runs.
     *
     * @return the rules, sorted by id (disabled rules are not listed)
     */
    List<RuleDescriptor> rules();

    /**
     * The version of the rules this engine runs.
     *
     * @return a content hash of the rule files; every report names it
     */
    String rulePackVersion();

    /** Releases what the engine holds (for example a directory watcher). The default holds nothing. */
    @Override
    default void close() {
    }

    /**
     * Starts configuring an engine.
     *
     * @return a builder with the bundled rules, the catalogue's parameters and the default budget
     */
    static Builder builder() {
        return new Builder();
    }

    /** Configures an engine; {@link #build()} finds the engine implementation on the classpath. */
    final class Builder {
        private ParameterSchedule parameters = ParameterSchedule.defaults();
        private boolean includeBundled = true;
        private final List<RuleSource> ruleSources = new ArrayList<>();
        private Policy policy = Policy.none();
        private Consumer<ReloadResult> reloadListener;
        private String providerName;
        private ClassLoader loader = Thread.currentThread().getContextClassLoader();
        private EvaluationBudget budget = EvaluationBudget.DEFAULT;
        private final List<Waiver> waivers = new ArrayList<>();

        private Builder() {
        }

        /**
         * Parameter values for every date; the catalogue's defaults unless set.
         *
         * @param parameters the values
         * @return this builder
         */
        public Builder parameters(Parameters parameters) {
            return parameters(ParameterSchedule.of(Objects.requireNonNull(parameters, "parameters")));
        }

        /**
         * Parameter values that change over time; each evaluation uses those in force on its {@code asOf}.
         *
         * @param schedule the dated values
         * @return this builder
         */
        public Builder parameters(ParameterSchedule schedule) {
            this.parameters = Objects.requireNonNull(schedule, "schedule");
            return this;
        }

        /**
         * Leaves out the bundled rule base, so that only the host's rule packs run.
         *
         * @return this builder
         */
        public Builder withoutBundledRules() {
            this.includeBundled = false;
            return this;
        }

        /**
         * Adds a host rule pack.
         *
         * @param source where its files are
         * @return this builder
         */
        public Builder addRules(RuleSource source) {
            ruleSources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Adds every {@code .drl} file under a directory of the host's.
         *
         * @param directory the pack's root folder
         * @return this builder
         */
        public Builder addRules(Path directory) {
            return addRules(RuleSource.directory(Objects.requireNonNull(directory, "directory")));
        }

        /**
         * Does not run a rule; the report lists it as disabled.
         *
         * @param ruleId the rule's id
         * @return this builder
         */
        public Builder disable(String ruleId) {
            return policy(new Policy(Set.of(Objects.requireNonNull(ruleId, "ruleId")), Map.of()));
        }

        /**
         * Reports a rule's findings with another severity.
         *
         * @param ruleId   the rule's id
         * @param severity the severity its findings get
         * @return this builder
         */
        public Builder severity(String ruleId, Severity severity) {
            return policy(new Policy(Set.of(), Map.of(Objects.requireNonNull(ruleId, "ruleId"),
                    Objects.requireNonNull(severity, "severity"))));
        }

        /**
         * Adds a per-rule policy, for example one read with {@code PolicyJson}.
         *
         * @param policy rules to disable and severities to change
         * @return this builder
         */
        public Builder policy(Policy policy) {
            this.policy = this.policy.and(Objects.requireNonNull(policy, "policy"));
            return this;
        }

        /**
         * Watches the rule directories added with {@link #addRules(Path)} and {@link ComplianceEngine#reload()
         * reloads} when a file in them changes, handing each result to {@code listener} (on the watcher's
         * thread). {@link ComplianceEngine#close()} stops watching.
         *
         * @param listener takes each reload's result
         * @return this builder
         */
        public Builder reloadOnChange(Consumer<ReloadResult> listener) {
            this.reloadListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Picks an engine implementation by {@link ComplianceEngineProvider#name()}.
         *
         * @param name the provider's name, e.g. {@code drools}
         * @return this builder
         */
        public Builder provider(String name) {
            this.providerName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The class loader to find providers with; the thread's context class loader by default.
         *
         * @param loader the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader loader) {
            this.loader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * What one evaluation may spend; {@link EvaluationBudget#DEFAULT} unless set.
         *
         * @param budget the limits on time and inserted facts
         * @return this builder
         */
        public Builder budget(EvaluationBudget budget) {
            this.budget = Objects.requireNonNull(budget, "budget");
            return this;
        }

        /**
         * Adds approved exceptions (miễn trừ), for example read with {@code WaiversJson}: each report sets the
         * findings they cover apart ({@link ComplianceReport#waived()}) and lists the waivers expired on its
         * {@code asOf} and those that matched nothing. A streaming evaluation does not hand waived findings to its
         * sink and does not count them.
         *
         * @param waivers the waivers
         * @return this builder
         */
        public Builder waivers(List<Waiver> waivers) {
            waivers.forEach(w -> this.waivers.add(Objects.requireNonNull(w, "waiver")));
            return this;
        }

        private EngineConfiguration configuration() {
            return new EngineConfiguration(parameters, includeBundled, ruleSources, policy,
                    Optional.ofNullable(reloadListener), budget);
        }

        /**
         * Builds the engine, and checks that its rules can run: a rule whose conditions fail on a dossier
         * that holds every kind of fact does not build.
         *
         * @return the engine
         * @throws IllegalStateException when no engine implementation is on the classpath
         * @throws RulePackException     when a rule pack does not compile or cannot run
         */
        public ComplianceEngine build() {
            ComplianceEngine engine = provider().create(configuration());
            // Waivers act on findings, not on rules: they are applied around whichever engine the provider made.
            return waivers.isEmpty() ? engine : new WaivingEngine(engine, waivers);
        }

        private ComplianceEngineProvider provider() {
            List<ComplianceEngineProvider> found = new ArrayList<>();
            ServiceLoader.load(ComplianceEngineProvider.class, loader).forEach(found::add);
            if (found.isEmpty()) {
                throw new IllegalStateException("No compliance engine is on the classpath. Add the dependency"
                        + " org.ngoaivu:ngoaivu-rules, which provides the Drools engine.");
            }
            if (providerName != null) {
                Optional<ComplianceEngineProvider> named = found.stream()
                        .filter(p -> p.name().equals(providerName)).findFirst();
                return named.orElseThrow(() -> new IllegalStateException("No compliance engine named \""
                        + providerName + "\" is on the classpath; found: "
                        + found.stream().map(ComplianceEngineProvider::name).collect(Collectors.joining(", "))));
            }
            return found.stream().max(Comparator.comparingInt(ComplianceEngineProvider::priority)
                    .thenComparing(ComplianceEngineProvider::name)).orElseThrow();
        }
    }
}

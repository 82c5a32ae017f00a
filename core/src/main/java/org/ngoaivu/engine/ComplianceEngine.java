package org.ngoaivu.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
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
     * @throws RuleFailureException when a rule fails at run time
     */
    ComplianceReport evaluate(Dossier dossier);

    /** The rules this engine runs, sorted by id (disabled rules are not listed). */
    List<RuleDescriptor> rules();

    /** A content hash of the rules this engine runs; every report names it. */
    String rulePackVersion();

    /** Releases what the engine holds (for example a directory watcher). The default holds nothing. */
    @Override
    default void close() {
    }

    static Builder builder() {
        return new Builder();
    }

    /** Configures an engine; {@link #build()} finds the engine implementation on the classpath. */
    final class Builder {
        private Parameters parameters = Parameters.defaults();
        private boolean includeBundled = true;
        private final List<RuleSource> ruleSources = new ArrayList<>();
        private final Set<String> disabledRules = new LinkedHashSet<>();
        private final Map<String, Severity> severityOverrides = new LinkedHashMap<>();
        private String providerName;
        private ClassLoader loader = Thread.currentThread().getContextClassLoader();

        private Builder() {
        }

        public Builder parameters(Parameters parameters) {
            this.parameters = Objects.requireNonNull(parameters, "parameters");
            return this;
        }

        /** Leaves out the bundled rule base, so that only the host's rule packs run. */
        public Builder withoutBundledRules() {
            this.includeBundled = false;
            return this;
        }

        public Builder addRules(RuleSource source) {
            ruleSources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /** Adds every {@code .drl} file under a directory of the host's. */
        public Builder addRules(Path directory) {
            return addRules(RuleSource.directory(directory));
        }

        public Builder disable(String ruleId) {
            disabledRules.add(Objects.requireNonNull(ruleId, "ruleId"));
            return this;
        }

        public Builder severity(String ruleId, Severity severity) {
            severityOverrides.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity));
            return this;
        }

        /** Picks an engine implementation by {@link ComplianceEngineProvider#name()}. */
        public Builder provider(String name) {
            this.providerName = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The class loader to find providers with; the thread's context class loader by default. */
        public Builder classLoader(ClassLoader loader) {
            this.loader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        public EngineConfiguration configuration() {
            return new EngineConfiguration(parameters, includeBundled, ruleSources, disabledRules, severityOverrides);
        }

        /**
         * Builds the engine.
         *
         * @throws IllegalStateException when no engine implementation is on the classpath
         * @throws RulePackException     when a rule pack does not compile
         */
        public ComplianceEngine build() {
            return provider().create(configuration());
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

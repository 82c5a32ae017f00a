package org.ngoaivu.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.ngoaivu.engine.Parameters;
import org.ngoaivu.engine.RuleSource;
import org.ngoaivu.engine.Severity;

/**
 * Everything a host configured on {@link org.ngoaivu.engine.ComplianceEngine.Builder}, handed to the
 * provider that builds the engine.
 *
 * @param parameters        parameter values
 * @param includeBundled    whether the bundled rule base is loaded
 * @param ruleSources       the host's own rule packs, in the order added
 * @param disabledRules     ids of rules not to run
 * @param severityOverrides severities the host sets for rules, by rule id
 */
public record EngineConfiguration(
        Parameters parameters,
        boolean includeBundled,
        List<RuleSource> ruleSources,
        Set<String> disabledRules,
        Map<String, Severity> severityOverrides) {

    public EngineConfiguration {
        Objects.requireNonNull(parameters, "parameters");
        ruleSources = List.copyOf(ruleSources);
        disabledRules = Collections.unmodifiableSet(new TreeSet<>(disabledRules));
        severityOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(severityOverrides));
    }

    /** The bundled rules with default parameters. */
    public static EngineConfiguration defaults() {
        return new EngineConfiguration(Parameters.defaults(), true, List.of(), Set.of(), Map.of());
    }
}

package org.ngoaivu.spi;

import org.ngoaivu.engine.ComplianceEngine;

/**
 * Builds {@link ComplianceEngine}s. Implementations are found with {@link java.util.ServiceLoader}: list
 * the class in {@code META-INF/services/org.ngoaivu.spi.ComplianceEngineProvider}.
 */
public interface ComplianceEngineProvider {

    /**
     * The name hosts choose this provider by.
     *
     * @return a short, stable name, e.g. {@code drools}
     */
    String name();

    /**
     * How much this provider is preferred: when several providers are present and the host names none, the
     * highest priority wins.
     *
     * @return the priority; 0 unless overridden
     */
    default int priority() {
        return 0;
    }

    /**
     * Builds an engine.
     *
     * @param configuration everything the host set on the engine builder: parameters, rule packs, policy,
     *                      reload listener and budget
     * @return a ready engine, its rules compiled
     * @throws org.ngoaivu.engine.RulePackException when a rule pack does not compile
     * @throws IllegalArgumentException             when the configuration names rules that do not exist
     */
    ComplianceEngine create(EngineConfiguration configuration);
}

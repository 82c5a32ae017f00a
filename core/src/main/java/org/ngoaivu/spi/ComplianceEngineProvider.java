package org.ngoaivu.spi;

import org.ngoaivu.engine.ComplianceEngine;

/**
 * Builds {@link ComplianceEngine}s. Implementations are found with {@link java.util.ServiceLoader}: list
 * the class in {@code META-INF/services/org.ngoaivu.spi.ComplianceEngineProvider}.
 */
public interface ComplianceEngineProvider {

    /** A short name hosts can ask for, e.g. {@code drools}. */
    String name();

    /** When several providers are present and the host names none, the highest priority wins. */
    default int priority() {
        return 0;
    }

    /**
     * Builds an engine.
     *
     * @throws org.ngoaivu.engine.RulePackException when a rule pack does not compile
     * @throws IllegalArgumentException             when the configuration names rules that do not exist
     */
    ComplianceEngine create(EngineConfiguration configuration);
}

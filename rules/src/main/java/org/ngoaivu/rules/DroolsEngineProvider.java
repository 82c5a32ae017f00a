package org.ngoaivu.rules;

import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.rules.internal.DroolsComplianceEngine;
import org.ngoaivu.spi.ComplianceEngineProvider;
import org.ngoaivu.spi.EngineConfiguration;

/** Provides the Drools engine to {@link ComplianceEngine#builder()}. */
public final class DroolsEngineProvider implements ComplianceEngineProvider {

    @Override
    public String name() {
        return "drools";
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public ComplianceEngine create(EngineConfiguration configuration) {
        return DroolsComplianceEngine.create(configuration);
    }
}

package org.ngoaivu.rules.internal;

import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.model.Dossier;

/** The Drools engine's matching alone: every rule fires as in an evaluation, and no finding is built. */
public final class MatchingOnly {
    private MatchingOnly() {
    }

    /**
     * Runs the engine's rules on a dossier with findings that only count.
     *
     * @param engine  an engine from {@link ComplianceEngine#builder()} with no waivers: the Drools engine itself
     * @param dossier the dossier to evaluate
     * @return how many findings the rules reported
     * @throws IllegalArgumentException when {@code engine} is not the Drools engine
     */
    public static long count(ComplianceEngine engine, Dossier dossier) {
        if (!(engine instanceof DroolsComplianceEngine drools)) {
            throw new IllegalArgumentException("matching alone is measured on the Drools engine, not on "
                    + engine.getClass().getName());
        }
        CountingFindings counted = new CountingFindings();
        drools.match(dossier, counted);
        return counted.reported();
    }
}

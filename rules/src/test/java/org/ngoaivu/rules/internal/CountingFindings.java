package org.ngoaivu.rules.internal;

import org.ngoaivu.engine.Subject;
import org.ngoaivu.model.CoordinationPartner;
import org.ngoaivu.rules.api.Findings;

/**
 * Findings whose drafts build nothing: {@link #report()} only counts. With it as the rules' global, or as the
 * reference evaluator's findings, what is timed is the matching alone.
 */
public final class CountingFindings implements Findings, Findings.Draft {
    private long reported;

    /**
     * How many findings were reported so far.
     *
     * @return the number of {@link #report()} calls
     */
    public long reported() {
        return reported;
    }

    @Override
    public Draft about(Object fact) {
        return this;
    }

    @Override
    public Draft aboutPartner(CoordinationPartner partner) {
        return this;
    }

    @Override
    public Draft aboutLeader(String provinceId, String name) {
        return this;
    }

    @Override
    public Draft about(Subject subject) {
        return this;
    }

    @Override
    public Draft variant(String variant) {
        return this;
    }

    @Override
    public Draft with(String name, Object value) {
        return this;
    }

    @Override
    public Draft mention(String name, Object value) {
        return this;
    }

    @Override
    public void report() {
        reported++;
    }
}

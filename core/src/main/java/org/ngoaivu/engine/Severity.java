package org.ngoaivu.engine;

/** How serious a finding is. Declared from most to least serious; reports sort in this order. */
public enum Severity {
    /** An obligation is broken. */
    VIOLATION,
    /** A required practice is missing or at risk. */
    WARNING,
    /** A recommendation. */
    ADVICE
}

package org.ngoaivu.model;

/** Sections of a mission's external economic team (Tổ kinh tế đối ngoại). */
public enum EconomicSection {
    /** Bộ phận thương vụ. */
    COMMERCE,
    /** Bộ phận lao động. */
    LABOUR,
    /** Bộ phận đầu tư. */
    INVESTMENT
}

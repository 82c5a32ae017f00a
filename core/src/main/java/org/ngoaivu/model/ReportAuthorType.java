package org.ngoaivu.model;

/** Who owes a report: a province or a mission. */
public enum ReportAuthorType {
    /** A province or centrally governed city. */
    PROVINCE,
    /** A mission abroad. */
    MISSION
}

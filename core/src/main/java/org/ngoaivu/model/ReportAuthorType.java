package org.ngoaivu.model;

/** Who owes a report: a province or a mission. */
public enum ReportAuthorType {
    PROVINCE,
    MISSION
}

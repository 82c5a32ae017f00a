package org.ngoaivu.engine;

/** What a finding is about. */
public enum SubjectType {
    MISSION,
    PROVINCE,
    ANNUAL_PLAN,
    DELEGATION,
    AGREEMENT,
    COORDINATION_AGREEMENT,
    /** A coordination partner code such as {@code LABOUR}. */
    PARTNER,
    WORKING_VISIT,
    COOPERATION_PROGRAMME,
    REPORT,
    /** A person who leads or joins delegations, identified as {@code <provinceId>/<name>}. */
    LEADER
}

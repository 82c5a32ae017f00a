package org.ngoaivu.model;

/** Kind of representative mission (cơ quan đại diện, CQĐD). */
public enum MissionType {
    /** Đại sứ quán. */
    EMBASSY,
    /** Tổng lãnh sự quán. */
    CONSULATE_GENERAL,
    /** Phái đoàn thường trực. */
    PERMANENT_MISSION
}

package org.ngoaivu.engine;

/** What a finding is about. */
public enum SubjectType {
    /** A mission abroad (cơ quan đại diện): embassy, consulate general or permanent mission. */
    MISSION,
    /** A province or centrally governed city (tỉnh, thành phố trực thuộc trung ương). */
    PROVINCE,
    /** A province's annual external-activities plan (kế hoạch hoạt động đối ngoại hằng năm). */
    ANNUAL_PLAN,
    /** An outbound delegation (đoàn ra). */
    DELEGATION,
    /** An international agreement a province signed (thỏa thuận quốc tế). */
    AGREEMENT,
    /** A coordination agreement between MOFA and a ministry or agency (quy chế phối hợp). */
    COORDINATION_AGREEMENT,
    /** A coordination partner code such as {@code LABOUR}. */
    PARTNER,
    /** A MOFA working visit to a province (chuyến công tác địa phương). */
    WORKING_VISIT,
    /** A cooperation programme between MOFA and a province (chương trình hợp tác). */
    COOPERATION_PROGRAMME,
    /** A periodic or event report (báo cáo). */
    REPORT,
    /** A person who leads or joins delegations, identified as {@code <provinceId>/<name>}. */
    LEADER
}

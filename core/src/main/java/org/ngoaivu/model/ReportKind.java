package org.ngoaivu.model;

/** Báo cáo định kỳ / đột xuất / báo cáo hằng năm về thỏa thuận quốc tế. */
public enum ReportKind {
    PERIODIC,
    AD_HOC,
    AGREEMENTS_ANNUAL
}

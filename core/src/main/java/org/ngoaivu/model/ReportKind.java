package org.ngoaivu.model;

/** Báo cáo định kỳ / đột xuất / báo cáo hằng năm về thỏa thuận quốc tế. */
public enum ReportKind {
    /** A periodic report (báo cáo định kỳ). */
    PERIODIC,
    /** An ad hoc report (báo cáo đột xuất). */
    AD_HOC,
    /** The annual report on international agreements (báo cáo hằng năm về thỏa thuận quốc tế). */
    AGREEMENTS_ANNUAL
}

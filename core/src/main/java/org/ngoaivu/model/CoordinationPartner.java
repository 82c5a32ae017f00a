package org.ngoaivu.model;

/** The ministries and agencies MOFA signs coordination agreements (thoả thuận hợp tác) with. */
public enum CoordinationPartner {
    /** Bộ Kế hoạch và Đầu tư. */
    PLANNING_INVESTMENT,
    /** Bộ Thương mại. */
    TRADE,
    /** Bộ Lao động - Thương binh và Xã hội. */
    LABOUR,
    /** Tổng cục Du lịch. */
    TOURISM,
    /** Bộ Nông nghiệp và Phát triển nông thôn. */
    AGRICULTURE,
    /** Bộ Thuỷ sản. */
    FISHERIES,
    /** Bộ Khoa học và Công nghệ. */
    SCIENCE_TECHNOLOGY,
    /** Phòng Thương mại và Công nghiệp Việt Nam. */
    VCCI,
    /** Any other ministry or agency. */
    OTHER
}

package org.ngoaivu.model;

/** Sections of a province's annual external-activities plan (Kế hoạch hoạt động đối ngoại hằng năm). */
public enum PlanSection {
    /** Ngoại giao kinh tế. */
    ECONOMIC_DIPLOMACY,
    /** Danh mục dự án kêu gọi đầu tư nước ngoài. */
    INVESTMENT_CALL_LIST,
    /** Chương trình, kế hoạch cần Bộ Ngoại giao hỗ trợ. */
    CENTRAL_SUPPORT_REQUESTS,
    /** Quảng bá địa phương. */
    LOCAL_PROMOTION,
    /** Đối ngoại nhân dân. */
    PEOPLE_TO_PEOPLE,
    /** Công tác biên giới lãnh thổ. */
    BORDER_AFFAIRS,
    /** Ngoại giao văn hóa. */
    CULTURAL_DIPLOMACY,
    /** Công tác người Việt Nam ở nước ngoài. */
    OVERSEAS_VIETNAMESE,
    /** Thông tin đối ngoại. */
    EXTERNAL_INFORMATION,
    /** Chuyển đổi số. */
    DIGITAL_TRANSFORMATION
}

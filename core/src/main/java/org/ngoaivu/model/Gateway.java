package org.ngoaivu.model;

/** International gateways of a province (cửa khẩu, cảng hàng không, cảng biển quốc tế). */
public enum Gateway {
    /** An international border gate (cửa khẩu quốc tế). */
    BORDER_GATE,
    /** An international airport (cảng hàng không quốc tế). */
    AIRPORT,
    /** An international seaport (cảng biển quốc tế). */
    SEAPORT
}

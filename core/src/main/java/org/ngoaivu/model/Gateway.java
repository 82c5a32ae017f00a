package org.ngoaivu.model;

/** International gateways of a province (cửa khẩu, cảng hàng không, cảng biển quốc tế). */
public enum Gateway {
    BORDER_GATE,
    AIRPORT,
    SEAPORT
}

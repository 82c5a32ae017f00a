package org.ngoaivu.model;

import java.util.Optional;

/**
 * A mission's website.
 *
 * @param url            the address, if recorded
 * @param unifiedContent whether it follows MOFA's unified content
 */
public record Website(Optional<String> url, boolean unifiedContent) {
    public Website {
        url = Values.text(url);
    }

    public static Website of(String url, boolean unifiedContent) {
        return new Website(Optional.ofNullable(url), unifiedContent);
    }
}

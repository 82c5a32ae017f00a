package org.ngoaivu.model;

import java.util.Optional;

/**
 * A mission's website.
 *
 * @param url            the address, if recorded
 * @param unifiedContent whether it follows MOFA's unified content
 */
public record Website(Optional<String> url, boolean unifiedContent) {
    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param url            the address, if recorded
     * @param unifiedContent whether it follows MOFA's unified content
     */
    public Website {
        url = Values.text(url);
    }

    /**
     * The same, with {@code null} for an absent optional part.
     *
     * @param url            the address, if recorded; null for none
     * @param unifiedContent whether it follows MOFA's unified content
     * @return the website
     */
    public static Website of(String url, boolean unifiedContent) {
        return new Website(Optional.ofNullable(url), unifiedContent);
    }
}

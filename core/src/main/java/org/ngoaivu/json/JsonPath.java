package org.ngoaivu.json;

import java.util.regex.Pattern;

/**
 * JSON paths as problems show them: {@code $.delegations[3].returnedOn}, with a key that is not a plain
 * identifier in brackets and quotes ({@code $['a.b']}), so that every path names exactly one place.
 */
final class JsonPath {
    static final String ROOT = "$";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private JsonPath() {
    }

    static String child(String parent, String key) {
        if (PLAIN.matcher(key).matches()) {
            return parent + "." + key;
        }
        return parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** A path from its elements: field names as strings, array indexes as integers. */
    static String of(Iterable<?> elements) {
        String path = ROOT;
        for (Object e : elements) {
            path = e instanceof Integer i ? index(path, i) : child(path, String.valueOf(e));
        }
        return path;
    }
}

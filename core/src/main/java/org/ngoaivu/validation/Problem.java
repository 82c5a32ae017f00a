package org.ngoaivu.validation;

import java.util.Objects;

/**
 * One thing wrong with a dossier.
 *
 * @param path    where, as a JSON path into the dossier document ({@code $.delegations[3].returnedOn});
 *                {@code $} for the document itself
 * @param message a plain sentence a person can act on
 */
public record Problem(String path, String message) implements Comparable<Problem> {
    /**
     * Checks that both parts are present.
     *
     * @param path    the JSON path to the faulty part ({@code $} for the whole document)
     * @param message a plain sentence a person can act on
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(Problem other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}

package org.ngoaivu.engine;

import java.util.Objects;
import java.util.Optional;

import org.ngoaivu.model.Text;

/**
 * The thing a finding is about.
 *
 * @param type its type
 * @param id   its id in the dossier (or the partner code, or {@code <provinceId>/<name>} for a leader)
 * @param name a readable name where the dossier has one
 */
public record Subject(SubjectType type, String id, Optional<String> name) {
    /**
     * Checks that type and id are present; a missing or blank name becomes empty.
     *
     * @param type what kind of thing the finding is about
     * @param id   its id in the dossier (or the partner code, or {@code <provinceId>/<name>} for a leader)
     * @param name a readable name; null or blank is taken as none
     */
    public Subject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        name = name == null ? Optional.empty() : name.filter(n -> !Text.isBlank(n));
    }

    /**
     * A subject with no readable name.
     *
     * @param type what kind of thing it is
     * @param id   its id in the dossier
     * @return the subject
     */
    public static Subject of(SubjectType type, String id) {
        return new Subject(type, id, Optional.empty());
    }

    /**
     * A subject with a readable name where the dossier has one.
     *
     * @param type what kind of thing it is
     * @param id   its id in the dossier
     * @param name its readable name, or empty; a blank name is taken as none
     * @return the subject
     */
    public static Subject of(SubjectType type, String id, Optional<String> name) {
        return new Subject(type, id, name);
    }
}

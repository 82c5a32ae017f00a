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
    public Subject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        name = name == null ? Optional.empty() : name.filter(n -> !Text.isBlank(n));
    }

    public static Subject of(SubjectType type, String id) {
        return new Subject(type, id, Optional.empty());
    }

    public static Subject of(SubjectType type, String id, Optional<String> name) {
        return new Subject(type, id, name);
    }
}

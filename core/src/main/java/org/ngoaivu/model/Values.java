package org.ngoaivu.model;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Normalisation shared by the model's compact constructors: absent means empty, never null. */
final class Values {
    private Values() {
    }

    static String id(String value, String component) {
        Objects.requireNonNull(value, () -> component + " is required");
        if (Text.isBlank(value)) {
            throw new IllegalArgumentException(component + " must not be blank");
        }
        return value;
    }

    static <T> T required(T value, String component) {
        return Objects.requireNonNull(value, () -> component + " is required");
    }

    static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    /** Keeps the caller's order (sets from JSON keep document order) while making the set immutable. */
    static <T> Set<T> set(Collection<T> value) {
        if (value == null) {
            return Set.of();
        }
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.copyOf(value)));
    }

    static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /** Blank text counts as absent, as the catalogue says of names, partners and mechanisms ({@link Text#isBlank}). */
    static Optional<String> text(Optional<String> value) {
        return optional(value).filter(s -> !Text.isBlank(s));
    }
}

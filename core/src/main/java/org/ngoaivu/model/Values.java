package org.ngoaivu.model;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
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

    /**
     * Keeps the caller's order (sets from JSON keep document order) while making the set immutable. The model's
     * sets are small (plan sections, gateways, border countries) and a dossier of a million facts holds hundreds of
     * thousands of them: up to {@value #SMALL_SET} elements are kept in an array, about a sixth of a
     * {@code LinkedHashSet}'s memory.
     */
    @SuppressWarnings("unchecked")
    static <T> Set<T> set(Collection<T> value) {
        if (value == null || value.isEmpty()) {
            return Set.of();
        }
        Set<T> distinct = new LinkedHashSet<>(List.copyOf(value));
        if (distinct.size() == 1) {
            return Collections.singleton(distinct.iterator().next());
        }
        return distinct.size() <= SMALL_SET ? new SmallSet<>((T[]) distinct.toArray())
                : Collections.unmodifiableSet(distinct);
    }

    private static final int SMALL_SET = 16;

    /** An immutable set of a few distinct elements, in order; {@code contains} scans them. */
    private static final class SmallSet<T> extends AbstractSet<T> {
        private final T[] elements;

        SmallSet(T[] elements) {
            this.elements = elements;
        }

        @Override
        public Iterator<T> iterator() {
            return Arrays.asList(elements).iterator();
        }

        @Override
        public int size() {
            return elements.length;
        }

        @Override
        public boolean contains(Object o) {
            for (T e : elements) {
                if (e.equals(o)) {
                    return true;
                }
            }
            return false;
        }
    }

    static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /** Blank text counts as absent, as the catalogue says of names, partners and mechanisms ({@link Text#isBlank}). */
    static Optional<String> text(Optional<String> value) {
        return optional(value).filter(s -> !Text.isBlank(s));
    }
}

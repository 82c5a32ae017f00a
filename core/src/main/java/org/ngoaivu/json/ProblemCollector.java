package org.ngoaivu.json;

import java.util.ArrayList;
import java.util.List;

import org.ngoaivu.validation.Problem;
import org.ngoaivu.validation.wording.Wording;

/**
 * Collects the problems of one document up to {@link #LIMIT}, counting the rest, so that a document full of
 * bad values costs bounded memory and gives a list a person can read.
 */
final class ProblemCollector {
    static final int LIMIT = 1_000;

    private final List<Problem> kept = new ArrayList<>();
    private long dropped;

    /** Adds the problem whose sentence {@code key} words with {@code args}. */
    void add(String path, String key, Object... args) {
        add(Wording.problem(path, key, args));
    }

    void add(Problem problem) {
        if (kept.size() < LIMIT) {
            kept.add(problem);
        } else {
            dropped++;
        }
    }

    /** Counts problems found but not described, such as those beyond the validator's own cap. */
    void countMore(long count) {
        dropped += count;
    }

    /** Takes over another collector's problems and its count of those left out. */
    void addAll(ProblemCollector other) {
        other.kept.forEach(this::add);
        dropped += other.dropped;
    }

    void addAll(Iterable<Problem> problems) {
        problems.forEach(this::add);
    }

    /** How many problems were added, kept or not. */
    long size() {
        return kept.size() + dropped;
    }

    /** Whether further problems will only be counted. */
    boolean isFull() {
        return kept.size() >= LIMIT;
    }

    boolean isEmpty() {
        return kept.isEmpty();
    }

    /** The problems sorted by path, each once, then a count of those left out. */
    List<Problem> sorted() {
        List<Problem> out = new ArrayList<>(kept.stream().distinct().sorted().toList());
        if (dropped > 0) {
            out.add(Wording.problem(JsonPath.ROOT, "more", Wording.grouped(dropped)));
        }
        return out;
    }
}

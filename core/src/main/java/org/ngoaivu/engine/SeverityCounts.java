package org.ngoaivu.engine;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How many findings there are of each severity (số phát hiện theo mức độ): a read-only map that holds every
 * {@link Severity}, with 0 where there is no finding, and whose {@link #toString()} reads as a sentence, e.g.
 * {@code 3 findings: 2 violations, no warnings and 1 recommendation.}
 */
public final class SeverityCounts extends AbstractMap<Severity, Integer> {
    private final Map<Severity, Integer> counts;

    private SeverityCounts(Map<Severity, Integer> counts) {
        this.counts = Collections.unmodifiableMap(counts);
    }

    /**
     * Counts findings by severity.
     *
     * @param findings the findings to count
     * @return the count of each severity
     */
    public static SeverityCounts of(Collection<Finding> findings) {
        Map<Severity, Integer> counts = zeros();
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return new SeverityCounts(counts);
    }

    /**
     * The given counts; a severity the map does not hold counts 0.
     *
     * @param counts how many findings of each severity
     * @return the count of each severity
     * @throws IllegalArgumentException if a count is negative
     */
    public static SeverityCounts of(Map<Severity, Integer> counts) {
        if (counts instanceof SeverityCounts already) {
            return already;
        }
        Map<Severity, Integer> all = zeros();
        counts.forEach((severity, n) -> {
            if (n < 0) {
                throw new IllegalArgumentException(
                        "The count of " + severity + " is " + n + "; it cannot be negative.");
            }
            all.put(Objects.requireNonNull(severity, "severity"), n);
        });
        return new SeverityCounts(all);
    }

    private static Map<Severity, Integer> zeros() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        return counts;
    }

    /**
     * How many findings there are in all.
     *
     * @return the sum of the counts
     */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The counts as a sentence in Vietnamese and English, e.g. "3 phát hiện: 2 vi phạm, 0 cảnh báo và
     * 1 khuyến nghị." and "3 findings: 2 violations, no warnings and 1 recommendation."
     *
     * @return the sentence in both languages
     */
    public LocalizedText sentence() {
        int violations = counts.get(Severity.VIOLATION);
        int warnings = counts.get(Severity.WARNING);
        int advice = counts.get(Severity.ADVICE);
        if (total() == 0) {
            return new LocalizedText("Không có phát hiện nào.", "No findings.");
        }
        return new LocalizedText(
                total() + " phát hiện: " + violations + " vi phạm, " + warnings + " cảnh báo và " + advice
                        + " khuyến nghị.",
                english(total(), "finding") + ": " + english(violations, "violation") + ", "
                        + english(warnings, "warning") + " and " + english(advice, "recommendation") + ".");
    }

    private static String english(int n, String noun) {
        return n == 0 ? "no " + noun + "s" : n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    public Set<Entry<Severity, Integer>> entrySet() {
        return counts.entrySet();
    }

    @Override
    public Integer get(Object severity) {
        return counts.get(severity);
    }

    /** {@return the counts as an English sentence, as {@link #sentence()} gives it} */
    @Override
    public String toString() {
        return sentence().en();
    }
}

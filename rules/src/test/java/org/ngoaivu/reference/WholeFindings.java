package org.ngoaivu.reference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ngoaivu.engine.Finding;

/** Findings compared whole: rule, severity, subject, both messages, source, parameters, facts and validity dates. */
public final class WholeFindings {
    /**
     * {@link Finding#ORDER}, then the whole text: {@code ORDER} leaves findings that differ only in their facts
     * (two tasks of one programme with the same description) in the order they were found, which is not the
     * same on both sides.
     */
    public static final Comparator<Finding> ORDER = Finding.ORDER.thenComparing(WholeFindings::text);

    private WholeFindings() {
    }

    /**
     * Every field of a finding, maps in their order and values with their JSON types (strings quoted).
     *
     * @param finding a finding of either side
     * @return its text, one field a line
     */
    public static String text(Finding finding) {
        return finding.ruleId() + " " + finding.severity() + " " + finding.subject().type() + ":"
                + finding.subject().id() + " " + finding.subject().name().map(WholeFindings::value).orElse("(no name)")
                + "\n  vi: " + finding.message().vi() + "\n  en: " + finding.message().en()
                + "\n  source: " + finding.source() + "\n  parameters: " + map(finding.parameters())
                + "\n  facts: " + map(finding.facts()) + "\n  parametersValidFrom: " + map(finding.parametersValidFrom());
    }

    /**
     * A hash of every field of every finding, which the same findings give in any order.
     *
     * @param findings the findings of one side
     * @return the SHA-256 of their texts in {@link #ORDER}, in hexadecimal
     */
    public static String digest(Collection<Finding> findings) {
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(ORDER);
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
        for (Finding finding : ordered) {
            digest.update((text(finding) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String map(Map<String, ?> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + value(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String value(Object value) {
        if (value instanceof String text) {
            return "\"" + text + "\"";
        } else if (value instanceof List<?> items) {
            return items.stream().map(WholeFindings::value).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }
}

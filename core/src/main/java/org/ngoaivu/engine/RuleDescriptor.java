package org.ngoaivu.engine;

import java.util.List;
import java.util.Objects;

/**
 * What a rule is, as its metadata declares it.
 *
 * @param id          the stable id ({@code @id})
 * @param title       a sentence-like name
 * @param area        the rule area (the folder it lives in), e.g. {@code mission}
 * @param severity    its severity after any host override
 * @param subjectType what it reports on
 * @param source      where the obligation comes from
 * @param parameters  the names of the parameters it reads
 * @param origin      where it was loaded from: {@code bundled}, or the host rule pack's location
 * @param quote       the Vietnamese words of the source ({@code @quote}), empty if the rule quotes none
 */
public record RuleDescriptor(
        String id,
        String title,
        String area,
        Severity severity,
        SubjectType subjectType,
        String source,
        List<String> parameters,
        String origin,
        String quote) {

    /**
     * Checks that every part is given and copies the parameter names.
     *
     * @param id          the stable id ({@code @id})
     * @param title       a sentence-like name
     * @param area        the rule area (the folder it lives in), e.g. {@code mission}
     * @param severity    its severity after any host override
     * @param subjectType what it reports on
     * @param source      where the obligation comes from
     * @param parameters  the names of the parameters it reads
     * @param origin      where it was loaded from: {@code bundled}, or the host rule pack's location
     * @param quote       the Vietnamese words of the source ({@code @quote}), empty if the rule quotes none
     * @throws NullPointerException if a part is null
     */
    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(source, "source");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(quote, "quote");
    }

    /**
     * A rule that quotes no source text.
     *
     * @param id          the stable id ({@code @id})
     * @param title       a sentence-like name
     * @param area        the rule area (the folder it lives in), e.g. {@code mission}
     * @param severity    its severity after any host override
     * @param subjectType what it reports on
     * @param source      where the obligation comes from
     * @param parameters  the names of the parameters it reads
     * @param origin      where it was loaded from: {@code bundled}, or the host rule pack's location
     * @throws NullPointerException if a part is null
     */
    public RuleDescriptor(String id, String title, String area, Severity severity, SubjectType subjectType,
                          String source, List<String> parameters, String origin) {
        this(id, title, area, severity, subjectType, source, parameters, origin, "");
    }
}

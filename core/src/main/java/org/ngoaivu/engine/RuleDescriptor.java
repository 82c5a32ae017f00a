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
 */
public record RuleDescriptor(
        String id,
        String title,
        String area,
        Severity severity,
        SubjectType subjectType,
        String source,
        List<String> parameters,
        String origin) {

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
    }
}

package org.ngoaivu.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A report owed to the centre by a province or a mission.
 *
 * @param id          unique within the dossier's reports
 * @param authorType  whether a province or a mission owes it
 * @param authorId    the id of that province or mission
 * @param kind        periodic, ad hoc, or the annual report on international agreements
 * @param title       readable title, if any
 * @param dueOn       the due date
 * @param submittedOn when it was submitted, if it was
 */
public record Report(
        String id,
        ReportAuthorType authorType,
        String authorId,
        ReportKind kind,
        Optional<String> title,
        LocalDate dueOn,
        Optional<LocalDate> submittedOn) {

    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param id          unique within the dossier's reports
     * @param authorType  whether a province or a mission owes it
     * @param authorId    the id of that province or mission
     * @param kind        periodic, ad hoc, or the annual report on international agreements
     * @param title       readable title, if any
     * @param dueOn       the due date
     * @param submittedOn when it was submitted, if it was
     */
    public Report {
        id = Values.id(id, "id");
        authorType = Values.required(authorType, "authorType");
        authorId = Values.id(authorId, "authorId");
        kind = Values.required(kind, "kind");
        title = Values.text(title);
        dueOn = Values.required(dueOn, "dueOn");
        submittedOn = Values.optional(submittedOn);
    }

    /**
     * The same, with {@code null} for an absent optional part.
     *
     * @param id          unique within the dossier's reports
     * @param authorType  whether a province or a mission owes it
     * @param authorId    the id of that province or mission
     * @param kind        periodic, ad hoc, or the annual report on international agreements
     * @param title       readable title, if any; null for none
     * @param dueOn       the due date
     * @param submittedOn when it was submitted, if it was; null for none
     * @return the report
     */
    public static Report of(String id, ReportAuthorType authorType, String authorId, ReportKind kind, String title,
                            LocalDate dueOn, LocalDate submittedOn) {
        return new Report(id, authorType, authorId, kind, Optional.ofNullable(title), dueOn,
                Optional.ofNullable(submittedOn));
    }
}

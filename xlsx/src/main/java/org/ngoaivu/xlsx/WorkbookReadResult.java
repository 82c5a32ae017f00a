package org.ngoaivu.xlsx;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.ngoaivu.model.Dossier;

/**
 * What reading a workbook gave: a valid dossier, or every problem found, in the order of the sheets, rows and
 * columns.
 *
 * @param dossier  the dossier when the workbook was valid
 * @param problems the problems when it was not; empty exactly when {@code dossier} is present
 */
public record WorkbookReadResult(Optional<Dossier> dossier, List<WorkbookProblem> problems) {
    /**
     * Checks that the result has a dossier or problems, never both.
     *
     * @param dossier  the dossier (hồ sơ) read, when the workbook was valid
     * @param problems every problem found; must be empty exactly when {@code dossier} is present
     */
    public WorkbookReadResult {
        Objects.requireNonNull(dossier, "dossier");
        problems = List.copyOf(problems);
        if (dossier.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result has either a dossier or problems");
        }
    }

    /**
     * Whether the workbook held a valid dossier.
     *
     * @return true when {@link #dossier()} is present
     */
    public boolean isValid() {
        return dossier.isPresent();
    }
}

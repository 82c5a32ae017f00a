package org.ngoaivu.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.ngoaivu.model.Dossier;
import org.ngoaivu.validation.InvalidDossierException;
import org.ngoaivu.validation.Problem;

/**
 * What reading a dossier gave: a valid dossier, or every problem found, sorted by path.
 *
 * @param dossier  the dossier when the input was valid
 * @param problems the problems when it was not; empty exactly when {@code dossier} is present
 */
public record DossierReadResult(Optional<Dossier> dossier, List<Problem> problems) {
    /**
     * Checks that the result has a dossier or problems, never both.
     *
     * @param dossier  the dossier (hồ sơ) read, when the input was valid
     * @param problems every problem found, sorted by JSON path; must be empty exactly when {@code dossier} is present
     */
    public DossierReadResult {
        Objects.requireNonNull(dossier, "dossier");
        problems = List.copyOf(problems);
        if (dossier.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result has either a dossier or problems");
        }
    }

    static DossierReadResult valid(Dossier dossier) {
        return new DossierReadResult(Optional.of(dossier), List.of());
    }

    static DossierReadResult invalid(List<Problem> problems) {
        return new DossierReadResult(Optional.empty(), problems);
    }

    /**
     * Whether the input held a valid dossier.
     *
     * @return true when {@link #dossier()} is present
     */
    public boolean isValid() {
        return dossier.isPresent();
    }

    /**
     * The dossier, or an exception listing every problem.
     *
     * @return the dossier, when the input was valid
     * @throws InvalidDossierException with every problem, when it was not
     */
    public Dossier orElseThrow() {
        return dossier.orElseThrow(() -> new InvalidDossierException(problems));
    }
}

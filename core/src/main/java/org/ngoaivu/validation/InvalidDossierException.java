package org.ngoaivu.validation;

import java.util.List;

/**
 * A dossier was rejected before any rule ran. {@link #problems()} lists every problem found, not just
 * the first.
 */
public final class InvalidDossierException extends InvalidDocumentException {
    private static final long serialVersionUID = 1L;

    /** @param problems the dossier's problems, at least one */
    public InvalidDossierException(List<Problem> problems) {
        super("dossier", problems);
    }

    /**
     * Throws when {@code problems} is not empty.
     *
     * @param problems the problems found
     * @throws InvalidDossierException listing them
     */
    public static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidDossierException(problems);
        }
    }
}

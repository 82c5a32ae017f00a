package org.ngoaivu.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * MOFA's coordination agreement (thoả thuận hợp tác) with a ministry or agency.
 *
 * @param id               unique within the dossier's coordination agreements
 * @param partner          the ministry or agency
 * @param signedOn         date of signing, if known
 * @param focalAgency      the focal agency (cơ quan đầu mối), if named
 * @param responsibilities the responsibilities assigned
 */
public record CoordinationAgreement(
        String id,
        CoordinationPartner partner,
        Optional<LocalDate> signedOn,
        Optional<String> focalAgency,
        List<String> responsibilities) {

    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param id               unique within the dossier's coordination agreements
     * @param partner          the ministry or agency
     * @param signedOn         date of signing, if known
     * @param focalAgency      the focal agency (cơ quan đầu mối), if named
     * @param responsibilities the responsibilities assigned
     */
    public CoordinationAgreement {
        id = Values.id(id, "id");
        partner = Values.required(partner, "partner");
        signedOn = Values.optional(signedOn);
        focalAgency = Values.text(focalAgency);
        responsibilities = Values.list(responsibilities).stream().filter(r -> !Text.isBlank(r)).toList();
    }

    /**
     * The same, with {@code null} for an absent optional part.
     *
     * @param id               unique within the dossier's coordination agreements
     * @param partner          the ministry or agency
     * @param signedOn         date of signing, if known; null for none
     * @param focalAgency      the focal agency (cơ quan đầu mối), if named; null for none
     * @param responsibilities the responsibilities assigned
     * @return the coordination agreement
     */
    public static CoordinationAgreement of(String id, CoordinationPartner partner, LocalDate signedOn,
                                           String focalAgency, List<String> responsibilities) {
        return new CoordinationAgreement(id, partner, Optional.ofNullable(signedOn),
                Optional.ofNullable(focalAgency), responsibilities);
    }
}

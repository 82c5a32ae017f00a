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

    public CoordinationAgreement {
        id = Values.id(id, "id");
        partner = Values.required(partner, "partner");
        signedOn = Values.optional(signedOn);
        focalAgency = Values.text(focalAgency);
        responsibilities = Values.list(responsibilities).stream().filter(r -> !Text.isBlank(r)).toList();
    }

    public static CoordinationAgreement of(String id, CoordinationPartner partner, LocalDate signedOn,
                                           String focalAgency, List<String> responsibilities) {
        return new CoordinationAgreement(id, partner, Optional.ofNullable(signedOn),
                Optional.ofNullable(focalAgency), responsibilities);
    }
}

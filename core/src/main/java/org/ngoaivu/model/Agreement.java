package org.ngoaivu.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An international agreement (thỏa thuận quốc tế) signed by a province.
 *
 * @param id             unique within the dossier's agreements
 * @param provinceId     the signing province
 * @param partner        the foreign partner, if named
 * @param partnerCountry ISO alpha-2 code of the partner's country, if recorded
 * @param signedOn       date of signing
 * @param mofaOpinionOn  date of MOFA's written opinion, if any
 * @param reportedOn     date of the report to the Prime Minister with a copy to MOFA, if any
 * @param activities     recorded implementation activities
 */
public record Agreement(
        String id,
        String provinceId,
        Optional<String> partner,
        Optional<String> partnerCountry,
        LocalDate signedOn,
        Optional<LocalDate> mofaOpinionOn,
        Optional<LocalDate> reportedOn,
        List<AgreementActivity> activities) {

    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param id             unique within the dossier's agreements
     * @param provinceId     the signing province
     * @param partner        the foreign partner, if named
     * @param partnerCountry ISO alpha-2 code of the partner's country, if recorded
     * @param signedOn       date of signing
     * @param mofaOpinionOn  date of MOFA's written opinion, if any
     * @param reportedOn     date of the report to the Prime Minister with a copy to MOFA, if any
     * @param activities     recorded implementation activities
     */
    public Agreement {
        id = Values.id(id, "id");
        provinceId = Values.id(provinceId, "provinceId");
        partner = Values.text(partner);
        partnerCountry = Values.text(partnerCountry);
        signedOn = Values.required(signedOn, "signedOn");
        mofaOpinionOn = Values.optional(mofaOpinionOn);
        reportedOn = Values.optional(reportedOn);
        activities = Values.list(activities);
    }

    /**
     * The same, with {@code null} for an absent optional part.
     *
     * @param id             unique within the dossier's agreements
     * @param provinceId     the signing province
     * @param partner        the foreign partner, if named; null for none
     * @param partnerCountry ISO alpha-2 code of the partner's country, if recorded; null for none
     * @param signedOn       date of signing
     * @param mofaOpinionOn  date of MOFA's written opinion, if any; null for none
     * @param reportedOn     date of the report to the Prime Minister with a copy to MOFA, if any; null for none
     * @param activities     recorded implementation activities
     * @return the agreement
     */
    public static Agreement of(String id, String provinceId, String partner, String partnerCountry,
                               LocalDate signedOn, LocalDate mofaOpinionOn, LocalDate reportedOn,
                               List<AgreementActivity> activities) {
        return new Agreement(id, provinceId, Optional.ofNullable(partner), Optional.ofNullable(partnerCountry),
                signedOn, Optional.ofNullable(mofaOpinionOn), Optional.ofNullable(reportedOn), activities);
    }
}

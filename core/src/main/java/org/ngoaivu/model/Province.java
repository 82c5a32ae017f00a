package org.ngoaivu.model;

import java.util.Optional;
import java.util.Set;

/**
 * A province or centrally-run city (tỉnh, thành phố trực thuộc Trung ương). Provinces are data: the
 * library knows no fixed list of them.
 *
 * @param id                          unique within the dossier's provinces
 * @param name                        readable name, e.g. "Lào Cai"
 * @param hasForeignAffairsDepartment whether the province has a Department of Foreign Affairs (Sở Ngoại vụ)
 * @param borderCountries             ISO alpha-2 codes of the countries it shares a land border with
 * @param internationalGateways       its international border gates, airports and seaports
 */
public record Province(
        String id,
        Optional<String> name,
        boolean hasForeignAffairsDepartment,
        Set<String> borderCountries,
        Set<Gateway> internationalGateways) {

    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param id                          unique within the dossier's provinces
     * @param name                        readable name, e.g. "Lào Cai"
     * @param hasForeignAffairsDepartment whether the province has a Department of Foreign Affairs (Sở Ngoại vụ)
     * @param borderCountries             ISO alpha-2 codes of the countries it shares a land border with
     * @param internationalGateways       its international border gates, airports and seaports
     */
    public Province {
        id = Values.id(id, "id");
        name = Values.text(name);
        borderCountries = Values.set(borderCountries);
        internationalGateways = Values.set(internationalGateways);
    }

    /**
     * The same, with {@code null} for an absent optional part.
     *
     * @param id                          unique within the dossier's provinces
     * @param name                        readable name, e.g. "Lào Cai"; null for none
     * @param hasForeignAffairsDepartment whether the province has a Department of Foreign Affairs (Sở Ngoại vụ)
     * @param borderCountries             ISO alpha-2 codes of the countries it shares a land border with
     * @param internationalGateways       its international border gates, airports and seaports
     * @return the province
     */
    public static Province of(String id, String name, boolean hasForeignAffairsDepartment,
                              Set<String> borderCountries, Set<Gateway> internationalGateways) {
        return new Province(id, Optional.ofNullable(name), hasForeignAffairsDepartment, borderCountries,
                internationalGateways);
    }
}

package org.ngoaivu.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A province or centrally-run city (tỉnh, thành phố trực thuộc Trung ương). Provinces are data: the
 * library knows no fixed list of them. Since 1 July 2025 the 63 provinces are 34 (Nghị quyết 202/2025/QH15); a
 * dossier may hold both a dissolved province and its successor, so that each fact keeps its own province.
 *
 * @param id                          unique within the dossier's provinces
 * @param name                        readable name, e.g. "Lào Cai"
 * @param hasForeignAffairsDepartment whether the province has a Department of Foreign Affairs (Sở Ngoại vụ)
 * @param borderCountries             ISO alpha-2 codes of the countries it shares a land border with
 * @param internationalGateways       its international border gates, airports and seaports
 * @param establishedOn               the day it came into being (ngày thành lập); empty means it always existed
 * @param dissolvedOn                 the day it ceased to exist (giải thể, sáp nhập); it exists until the day
 *                                    before; empty means it still exists
 * @param successorId                 the province that took it over (tỉnh kế thừa); given exactly when
 *                                    {@code dissolvedOn} is, and naming a province in the dossier
 */
public record Province(
        String id,
        Optional<String> name,
        boolean hasForeignAffairsDepartment,
        Set<String> borderCountries,
        Set<Gateway> internationalGateways,
        Optional<LocalDate> establishedOn,
        Optional<LocalDate> dissolvedOn,
        Optional<String> successorId) {

    /**
     * Checks and normalises the parts: a missing or blank required part, or an invalid one, throws an
     * exception naming it.
     *
     * @param id                          unique within the dossier's provinces
     * @param name                        readable name, e.g. "Lào Cai"
     * @param hasForeignAffairsDepartment whether the province has a Department of Foreign Affairs (Sở Ngoại vụ)
     * @param borderCountries             ISO alpha-2 codes of the countries it shares a land border with
     * @param internationalGateways       its international border gates, airports and seaports
     * @param establishedOn               the day it came into being (ngày thành lập); empty means it always existed
     * @param dissolvedOn                 the day it ceased to exist (giải thể, sáp nhập); empty means it still exists
     * @param successorId                 the id of the province that took it over (tỉnh kế thừa), or empty
     */
    public Province {
        id = Values.id(id, "id");
        name = Values.text(name);
        borderCountries = Values.set(borderCountries);
        internationalGateways = Values.set(internationalGateways);
        establishedOn = Values.optional(establishedOn);
        dissolvedOn = Values.optional(dissolvedOn);
        successorId = Values.text(successorId);
    }

    /**
     * A province that has always existed and still does.
     *
     * @param id                          unique within the dossier's provinces
     * @param name                        readable name, or null
     * @param hasForeignAffairsDepartment whether it has a Department of Foreign Affairs
     * @param borderCountries             ISO alpha-2 codes of its land neighbours
     * @param internationalGateways       its international gateways
     * @return the province
     */
    public static Province of(String id, String name, boolean hasForeignAffairsDepartment,
                              Set<String> borderCountries, Set<Gateway> internationalGateways) {
        return new Province(id, Optional.ofNullable(name), hasForeignAffairsDepartment, borderCountries,
                internationalGateways, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Whether the province exists on {@code day}: from {@link #establishedOn()} (absent: always) until the day
     * before {@link #dissolvedOn()} (absent: still).
     *
     * @param day the day asked about
     * @return true when it exists on that day
     */
    public boolean existsOn(LocalDate day) {
        return establishedOn.map(e -> !day.isBefore(e)).orElse(true)
                && dissolvedOn.map(day::isBefore).orElse(true);
    }
}

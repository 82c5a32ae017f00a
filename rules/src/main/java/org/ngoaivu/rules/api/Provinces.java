package org.ngoaivu.rules.api;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ngoaivu.model.Province;

/**
 * Provinces over time (Nghị quyết 202/2025/QH15: 63 provinces became 34 on 1 July 2025): which province took each
 * province over, directly or through a chain of mergers, so that a rule can count their facts together.
 */
public final class Provinces {
    private Provinces() {
    }

    /**
     * For each province, the one that took it over in the end: itself when it was not dissolved.
     *
     * @param provinces every province of the dossier
     * @return the final successor's id by province id
     */
    public static Map<String, String> successorsToday(Collection<Province> provinces) {
        Map<String, Province> byId = new HashMap<>();
        provinces.forEach(p -> byId.put(p.id(), p));
        Map<String, String> today = new HashMap<>();
        provinces.forEach(p -> today.put(p.id(), lastSuccessor(p.id(), byId)));
        return today;
    }

    /** Follows the successors to the end; a chain that loops stops where it would repeat. */
    private static String lastSuccessor(String provinceId, Map<String, Province> byId) {
        Set<String> seen = new HashSet<>();
        String current = provinceId;
        while (seen.add(current)) {
            Optional<String> next = Optional.ofNullable(byId.get(current)).flatMap(Province::successorId);
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }
}

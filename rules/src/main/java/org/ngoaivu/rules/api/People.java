package org.ngoaivu.rules.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.ngoaivu.model.Delegation;
import org.ngoaivu.model.DelegationMember;
import org.ngoaivu.model.Province;
import org.ngoaivu.model.Text;

/**
 * How people are identified across delegations: by name within a province, trimmed and
 * Unicode-NFC-normalised, so that "Lê Văn C" typed with combining marks is the same person.
 */
public final class People {
    private People() {
    }

    /**
     * The normalised form of a name ({@link Text#personName(String)}).
     *
     * @param name a person's name as the dossier writes it
     * @return the name trimmed and in Unicode NFC: the same for the same person however it was typed
     */
    public static String normalise(String name) {
        return Text.personName(name);
    }

    /**
     * The key that identifies a person across delegations.
     *
     * @param provinceId the province whose delegations the person goes with
     * @param name       the person's name as the dossier writes it
     * @return {@code <provinceId>/<normalised name>}, also the id of a {@code LEADER} subject
     */
    public static String key(String provinceId, String name) {
        return provinceId + "/" + normalise(name);
    }

    /**
     * Whether the delegation "is led by a centrally-managed leader" (cán bộ thuộc diện Bộ Chính trị, Ban Bí thư, Thủ
     * tướng Chính phủ quản lý): the member named by {@code leaderName} is marked {@code centrallyManaged}.
     *
     * @param delegation an outbound delegation (đoàn ra)
     * @return true when its leader is a listed member marked centrally managed
     */
    public static boolean ledByCentrallyManagedLeader(Delegation delegation) {
        Optional<DelegationMember> leader = delegation.leader();
        return leader.isPresent() && leader.get().centrallyManaged();
    }

    /**
     * Who in a delegation is a key leader (lãnh đạo chủ chốt).
     *
     * @param delegation an outbound delegation (đoàn ra)
     * @return the key leaders' normalised names, each once, in member order
     */
    public static List<String> keyLeaders(Delegation delegation) {
        // A loop, not a stream: a rule asks this of every delegation, and most have one key leader or none.
        List<String> names = new ArrayList<>(2);
        for (DelegationMember member : delegation.members()) {
            if (member.keyLeader()) {
                String name = normalise(member.name());
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return Collections.unmodifiableList(names);
    }

    /**
     * The delegations each person went abroad with as a leader, per year of departure, as Chỉ thị 38-CT/TW of
     * the Politburo counts them: a person counts on a delegation they lead ({@code leaderName}) or join as a key
     * leader or a centrally-managed member; trips as an ordinary member do not count. One entry per province,
     * person and year, ordered by province, name and year; a delegation without a departure date counts for no
     * one, and a person listed twice in one delegation counts once.
     *
     * @param delegations the delegations to count, of any provinces
     * @return one entry per province, person and year
     */
    public static List<PersonTrips> tripsByYear(Collection<Delegation> delegations) {
        return tripsByYear(delegations, Delegation::provinceId);
    }

    /**
     * The trips of every province's delegations, each counted for the province that holds it today: a person who
     * went abroad for a dissolved province and then for its successor in the same year has made both trips for the
     * successor ({@link Provinces#successorsToday}). Otherwise as {@link #tripsByYear(Collection)}.
     *
     * @param delegations the delegations to count, of any provinces
     * @param provinces   every province of the dossier, with their successors
     * @return one entry per province of today, person and year
     */
    public static List<PersonTrips> tripsByYearToday(Collection<Delegation> delegations,
                                                     Collection<Province> provinces) {
        Map<String, String> today = Provinces.successorsToday(provinces);
        return tripsByYear(delegations, d -> today.getOrDefault(d.provinceId(), d.provinceId()));
    }

    private static List<PersonTrips> tripsByYear(Collection<Delegation> delegations,
                                                 Function<Delegation, String> provinceOf) {
        record PersonYear(String provinceId, String name, int year) {
        }
        Map<PersonYear, List<Delegation>> trips = new HashMap<>();
        for (Delegation delegation : delegations) {
            if (delegation.departedOn().isEmpty()) {
                continue;
            }
            int year = delegation.departedOn().get().getYear();
            String leader = normalise(delegation.leaderName());
            Set<PersonYear> listed = new HashSet<>();
            for (DelegationMember member : delegation.members()) {
                String name = normalise(member.name());
                if (!member.keyLeader() && !member.centrallyManaged() && !name.equals(leader)) {
                    continue;
                }
                PersonYear person = new PersonYear(provinceOf.apply(delegation), name, year);
                if (listed.add(person)) {
                    trips.computeIfAbsent(person, p -> new ArrayList<>(3)).add(delegation);
                }
            }
        }
        List<PersonTrips> counted = new ArrayList<>(trips.size());
        trips.forEach((person, list) -> {
            list.sort(Comparator.comparing((Delegation d) -> d.departedOn().get()).thenComparing(Delegation::id));
            counted.add(new PersonTrips(person.provinceId(), person.name(), person.year(), list));
        });
        counted.sort(Comparator.comparing(PersonTrips::provinceId).thenComparing(PersonTrips::name)
                .thenComparingInt(PersonTrips::year));
        return counted;
    }
}

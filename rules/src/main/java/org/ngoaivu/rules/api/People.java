package org.ngoaivu.rules.api;

import java.text.Normalizer;

import org.ngoaivu.model.Delegation;
import org.ngoaivu.model.DelegationMember;

/**
 * How people are identified across delegations: by name within a province, trimmed and
 * Unicode-NFC-normalised, so that "Lê Văn C" typed with combining marks is the same person.
 */
public final class People {
    private People() {
    }

    /** The normalised form of a name. */
    public static String normalise(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    /** The person key {@code <provinceId>/<name>}, also the id of a {@code LEADER} subject. */
    public static String key(String provinceId, String name) {
        return provinceId + "/" + normalise(name);
    }

    /** The person key of a delegation member. */
    public static String key(Delegation delegation, DelegationMember member) {
        return key(delegation.provinceId(), member.name());
    }

    /** The normalised names of the delegation's key leaders (lãnh đạo chủ chốt), in member order. */
    public static java.util.List<String> keyLeaders(Delegation delegation) {
        return delegation.members().stream().filter(DelegationMember::keyLeader).map(m -> normalise(m.name()))
                .distinct().toList();
    }

    /** Whether the delegation lists the person (by key) among its members. */
    public static boolean includes(Delegation delegation, String personKey) {
        return delegation.members().stream().anyMatch(m -> key(delegation, m).equals(personKey));
    }
}

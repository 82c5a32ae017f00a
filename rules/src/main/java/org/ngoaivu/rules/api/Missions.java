package org.ngoaivu.rules.api;

import java.util.Optional;

import org.ngoaivu.model.HeadOfMission;
import org.ngoaivu.model.Mission;
import org.ngoaivu.model.Website;

/**
 * What the mission rules ask of a representative mission (cơ quan đại diện) whose parts may be absent. Rules call
 * these rather than {@code headOfMission.get()}, which Drools cannot compile to bytecode (an {@code Optional}'s
 * content is untyped there) and then evaluates more slowly, with a warning.
 */
public final class Missions {
    private Missions() {
    }

    /** Whether a head of mission is recorded and directly directs economic-diplomacy work; absent means no. */
    public static boolean headDirectsEconomicWork(Mission mission) {
        Optional<HeadOfMission> head = mission.headOfMission();
        return head.isPresent() && head.get().directsEconomicWork();
    }

    /** Whether the mission has a website and it follows the unified content; absent means no. */
    public static boolean websiteFollowsUnifiedContent(Mission mission) {
        Optional<Website> website = mission.website();
        return website.isPresent() && website.get().unifiedContent();
    }
}

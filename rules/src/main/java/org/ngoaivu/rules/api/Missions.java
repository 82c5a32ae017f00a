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

    /**
     * Whether the head of mission (người đứng đầu cơ quan đại diện) directly directs economic-diplomacy work.
     *
     * @param mission the representative mission
     * @return true when a head is recorded and directs that work; false when none is recorded
     */
    public static boolean headDirectsEconomicWork(Mission mission) {
        Optional<HeadOfMission> head = mission.headOfMission();
        return head.isPresent() && head.get().directsEconomicWork();
    }

    /**
     * Whether the mission's website follows the unified content.
     *
     * @param mission the representative mission
     * @return true when a website is recorded and follows it; false when none is recorded
     */
    public static boolean websiteFollowsUnifiedContent(Mission mission) {
        Optional<Website> website = mission.website();
        return website.isPresent() && website.get().unifiedContent();
    }
}

package org.ngoaivu.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ComplianceReport;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.Parameter;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.model.AnnualPlan;
import org.ngoaivu.model.CoordinationAgreement;
import org.ngoaivu.model.CoordinationPartner;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.EconomicOfficer;
import org.ngoaivu.model.EconomicSection;
import org.ngoaivu.model.EconomicTeam;
import org.ngoaivu.model.Gateway;
import org.ngoaivu.model.HeadOfMission;
import org.ngoaivu.model.Mission;
import org.ngoaivu.model.MissionType;
import org.ngoaivu.model.PlanSection;
import org.ngoaivu.model.Province;
import org.ngoaivu.model.Website;

class MissionAndProvinceRulesTest {
    private static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    private static Mission.Builder compliantMission(String id, int diplomats) {
        Mission.Builder b = Mission.builder(id, MissionType.EMBASSY, "JP", diplomats).name("ĐSQ " + id)
                .headOfMission(HeadOfMission.of("Nguyễn Văn A", true))
                .economicOfficer(EconomicOfficer.of("Trần Thị B", AS_OF.minusYears(1)))
                .website(Website.of("https://example.vn", true));
        if (diplomats >= 7) {
            b.economicTeam(EconomicTeam.of(null, EnumSet.allOf(EconomicSection.class)));
        }
        return b;
    }

    private static List<Finding> findings(Dossier dossier, String ruleId) {
        return ENGINE.evaluate(dossier).findingsOf(ruleId);
    }

    private static Dossier missions(Mission... missions) {
        Dossier.Builder b = Dossier.builder(AS_OF);
        for (Mission m : missions) {
            b.mission(m);
        }
        return b.build();
    }

    @Test
    void compliantMissionHasNoMissionFindings() {
        ComplianceReport report = ENGINE.evaluate(missions(compliantMission("A", 12).build(),
                compliantMission("B", 3).build()));
        assertThat(report.findings()).filteredOn(f -> f.ruleId().startsWith("mission-")).isEmpty();
    }

    @Test
    void headOfMissionNotDirectingEconomicWorkIsAViolation() {
        Mission absent = Mission.builder("X", MissionType.EMBASSY, "FR", 3).build();
        Mission notDirecting = compliantMission("Y", 3).headOfMission(HeadOfMission.of("C", false)).build();
        assertThat(findings(missions(absent, notDirecting), "mission-head-directs-economic-work"))
                .extracting(f -> f.subject().id()).containsExactlyInAnyOrder("X", "Y");
    }

    @Test
    void economicTeamThresholdIsInclusive() {
        Mission seven = compliantMission("SEVEN", 7).economicTeam(null).build();
        Mission six = compliantMission("SIX", 6).build();
        List<Finding> found = findings(missions(seven, six), "mission-economic-team");
        assertThat(found).extracting(f -> f.subject().id()).containsExactly("SEVEN");
        assertThat(found.get(0).message().en()).contains("7 diplomats").contains("with 7 or more diplomats");
        assertThat(found.get(0).parameters()).containsEntry("economicTeamThreshold", 7);
    }

    @Test
    void overridingTheThresholdChangesTheResult() {
        ComplianceEngine lower = ComplianceEngine.builder()
                .parameters(Parameters.defaults().with(Parameter.ECONOMIC_TEAM_THRESHOLD, 5)).build();
        Mission six = compliantMission("SIX", 6).build();
        assertThat(lower.evaluate(missions(six)).findingsOf("mission-economic-team")).hasSize(1);
    }

    @Test
    void eachMissingTeamSectionIsOneFinding() {
        Mission m = compliantMission("M", 9).economicTeam(EconomicTeam.of(null, Set.of(EconomicSection.COMMERCE))).build();
        List<Finding> found = findings(missions(m), "mission-economic-team-sections");
        assertThat(found).extracting(f -> f.facts().get("section")).containsExactlyInAnyOrder("LABOUR", "INVESTMENT");
        assertThat(found).extracting(f -> f.message().vi()).anyMatch(s -> s.contains("bộ phận lao động"));
    }

    @Test
    void smallMissionWithoutEconomicOfficerIsAViolation() {
        Mission small = Mission.builder("S", MissionType.CONSULATE_GENERAL, "US", 6)
                .headOfMission(HeadOfMission.of("A", true)).build();
        Mission large = Mission.builder("L", MissionType.EMBASSY, "US", 7)
                .headOfMission(HeadOfMission.of("A", true)).build();
        assertThat(findings(missions(small, large), "mission-economic-officer"))
                .extracting(f -> f.subject().id()).containsExactly("S");
    }

    @Test
    void trainingExactlyThreeYearsBeforeAsOfStillCounts() {
        Mission onBoundary = compliantMission("ON", 3).build();
        onBoundary = new Mission(onBoundary.id(), onBoundary.name(), onBoundary.type(), onBoundary.hostCountry(), 3,
                onBoundary.headOfMission(), List.of(EconomicOfficer.of("Boundary", AS_OF.minusYears(3)),
                EconomicOfficer.of("Stale", AS_OF.minusYears(3).minusDays(1)),
                EconomicOfficer.of("Never", null), EconomicOfficer.of("Future", AS_OF.plusDays(1))),
                onBoundary.economicTeam(), onBoundary.website());
        assertThat(findings(missions(onBoundary), "mission-economic-training"))
                .extracting(f -> f.facts().get("officer")).containsExactlyInAnyOrder("Stale", "Never", "Future");
    }

    @Test
    void missingWebsiteOrNonUnifiedContentIsAdvice() {
        Mission none = compliantMission("NONE", 3).website(null).build();
        Mission old = compliantMission("OLD", 3).website(Website.of("https://x", false)).build();
        List<Finding> found = findings(missions(none, old), "mission-website");
        assertThat(found).extracting(f -> f.subject().id()).containsExactlyInAnyOrder("NONE", "OLD");
        assertThat(found).extracting(f -> f.message().en()).anyMatch(s -> s.contains("has no website"));
    }

    @Test
    void coordinationAgreementsNeedFocalAgencyAndResponsibilities() {
        Dossier d = Dossier.builder(AS_OF)
                .coordinationAgreement(CoordinationAgreement.of("OK", CoordinationPartner.TRADE, null, "Vụ A",
                        List.of("Share data")))
                .coordinationAgreement(CoordinationAgreement.of("BAD", CoordinationPartner.LABOUR, null, " ",
                        List.of())).build();
        List<Finding> found = findings(d, "coordination-agreement-focal-agency");
        assertThat(found).extracting(f -> f.subject().id()).containsExactly("BAD", "BAD");
    }

    @Test
    void everyPartnerWithoutAgreementGetsAdvice() {
        Dossier d = Dossier.builder(AS_OF).coordinationAgreement(CoordinationAgreement.of("T",
                CoordinationPartner.TRADE, null, "Vụ A", List.of("x"))).build();
        List<Finding> found = findings(d, "coordination-agreement-coverage");
        assertThat(found).hasSize(7).extracting(f -> f.subject().id()).doesNotContain("TRADE", "OTHER");
        assertThat(findings(Dossier.builder(AS_OF).build(), "coordination-agreement-coverage")).hasSize(8);
    }

    private static Province province(String id, boolean dofa, Set<String> borders, Set<Gateway> gateways) {
        return Province.of(id, "Tỉnh " + id, dofa, borders, gateways);
    }

    private static final Set<PlanSection> FULL = EnumSet.of(PlanSection.ECONOMIC_DIPLOMACY,
            PlanSection.INVESTMENT_CALL_LIST, PlanSection.CENTRAL_SUPPORT_REQUESTS, PlanSection.LOCAL_PROMOTION,
            PlanSection.PEOPLE_TO_PEOPLE, PlanSection.BORDER_AFFAIRS);

    @Test
    void missingPlanIsReportedOnlyAfterTheDeadline() {
        Province p = province("P", true, Set.of(), Set.of());
        Dossier onDeadline = Dossier.builder(LocalDate.of(2023, 11, 15)).planYear(2024).province(p).build();
        Dossier dayAfter = onDeadline.withAsOf(LocalDate.of(2023, 11, 16));
        assertThat(findings(onDeadline, "annual-plan-missing")).isEmpty();
        assertThat(findings(dayAfter, "annual-plan-missing")).extracting(f -> f.facts().get("deadline"))
                .containsExactly(LocalDate.of(2023, 11, 15));
    }

    @Test
    void planSubmittedAfterAsOfCountsAsMissing() {
        Dossier d = Dossier.builder(AS_OF).province(province("P", true, Set.of(), Set.of()))
                .annualPlan(AnnualPlan.of("P-2024", "P", 2024, AS_OF.plusDays(1), FULL, List.of())).build();
        assertThat(findings(d, "annual-plan-missing")).hasSize(1);
        assertThat(findings(d, "annual-plan-late")).isEmpty();
    }

    @Test
    void planOnTheDeadlineDayIsOnTimeAndTheDayAfterIsOneDayLate() {
        Dossier d = Dossier.builder(AS_OF).province(province("P", true, Set.of(), Set.of()))
                .province(province("Q", true, Set.of(), Set.of()))
                .annualPlan(AnnualPlan.of("P-2024", "P", 2024, LocalDate.of(2023, 11, 15), FULL, List.of()))
                .annualPlan(AnnualPlan.of("Q-2024", "Q", 2024, LocalDate.of(2023, 11, 16), FULL, List.of())).build();
        List<Finding> late = findings(d, "annual-plan-late");
        assertThat(late).extracting(f -> f.subject().id()).containsExactly("Q-2024");
        assertThat(late.get(0).facts()).containsEntry("daysLate", 1L);
        assertThat(late.get(0).message().vi()).contains("chậm 1 ngày");
        assertThat(late.get(0).message().en()).contains(", 1 day after the deadline");
    }

    @Test
    void planContentPeopleToPeopleAndBorderAffairs() {
        Dossier d = Dossier.builder(AS_OF).province(province("B", true, Set.of("CN"), Set.of()))
                .province(province("I", true, Set.of(), Set.of()))
                .annualPlan(AnnualPlan.of("B-2024", "B", 2024, LocalDate.of(2023, 11, 1),
                        Set.of(PlanSection.ECONOMIC_DIPLOMACY), List.of()))
                .annualPlan(AnnualPlan.of("I-2024", "I", 2024, LocalDate.of(2023, 11, 1), FULL, List.of())).build();
        assertThat(findings(d, "annual-plan-content")).extracting(f -> f.facts().get("section"))
                .containsExactlyInAnyOrder("INVESTMENT_CALL_LIST", "CENTRAL_SUPPORT_REQUESTS", "LOCAL_PROMOTION");
        assertThat(findings(d, "annual-plan-people-to-people")).extracting(f -> f.subject().id())
                .containsExactly("B-2024");
        assertThat(findings(d, "annual-plan-border-affairs")).extracting(f -> f.subject().id())
                .containsExactly("B-2024");
    }

    @Test
    void provinceWithGatewayButNoDepartmentGetsAdvice() {
        Dossier d = Dossier.builder(AS_OF).province(province("G", false, Set.of(), Set.of(Gateway.SEAPORT)))
                .province(province("N", false, Set.of(), Set.of()))
                .province(province("D", true, Set.of(), Set.of(Gateway.AIRPORT))).build();
        assertThat(findings(d, "province-foreign-affairs-department")).extracting(f -> f.subject().id())
                .containsExactly("G");
    }
}

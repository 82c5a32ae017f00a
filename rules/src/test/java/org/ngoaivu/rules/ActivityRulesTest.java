package org.ngoaivu.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.Finding;
import org.ngoaivu.engine.SubjectType;
import org.ngoaivu.model.Agreement;
import org.ngoaivu.model.AgreementActivity;
import org.ngoaivu.model.AnnualPlan;
import org.ngoaivu.model.CooperationProgramme;
import org.ngoaivu.model.CooperationTask;
import org.ngoaivu.model.Delegation;
import org.ngoaivu.model.DelegationMember;
import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.Mission;
import org.ngoaivu.model.MissionType;
import org.ngoaivu.model.Province;
import org.ngoaivu.model.Report;
import org.ngoaivu.model.ReportAuthorType;
import org.ngoaivu.model.ReportKind;
import org.ngoaivu.model.WorkingVisit;

/** Delegations, agreements, working visits, cooperation programmes and reports. */
class ActivityRulesTest {
    private static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final Province LCI = Province.of("LCI", "Lào Cai", true, Set.of("CN"), Set.of());

    private static Delegation.Builder trip(String id, LocalDate departed) {
        return Delegation.builder(id, "LCI", "JP").leader(new DelegationMember("Lê Văn C", false, false))
                .hostPartner("Kanagawa").programmeItems(3).approvedOn(departed.minusDays(10))
                .departedOn(departed).returnedOn(departed.plusDays(5)).missionInformedOn(departed.minusDays(3))
                .reportSubmittedOn(departed.plusDays(10));
    }

    private static Dossier.Builder base() {
        return Dossier.builder(AS_OF).province(LCI)
                .mission(Mission.builder("EMB-JP", MissionType.EMBASSY, "JP", 3).build());
    }

    private static List<Finding> findings(Dossier dossier, String ruleId) {
        return ENGINE.evaluate(dossier).findingsOf(ruleId);
    }

    private static List<String> subjects(Dossier dossier, String ruleId) {
        return findings(dossier, ruleId).stream().map(f -> f.subject().id()).toList();
    }

    @Test
    void compliantDelegationHasNoDelegationFindings() {
        Dossier d = base().delegation(trip("D1", LocalDate.of(2024, 3, 1)).build())
                .annualPlan(AnnualPlan.of("P", "LCI", 2024, null, Set.of(), List.of("D1"))).build();
        assertThat(ENGINE.evaluate(d).findings()).filteredOn(f -> f.ruleId().startsWith("delegation-")).isEmpty();
    }

    @Test
    void departedDelegationMissingFromThePlanIsReportedButAFutureOneIsNot() {
        Dossier d = base().delegation(trip("GONE", LocalDate.of(2024, 3, 1)).build())
                .delegation(trip("LATER", AS_OF.plusDays(1)).build()).build();
        assertThat(subjects(d, "delegation-planned")).containsExactly("GONE");
    }

    @Test
    void proposalNeedsHostPartnerAndEnoughProgrammeItems() {
        Dossier d = base().delegation(trip("THIN", AS_OF.plusDays(20)).hostPartner(" ").programmeItems(1).build())
                .delegation(trip("OK", AS_OF.plusDays(20)).programmeItems(2).build()).build();
        assertThat(findings(d, "delegation-proposal")).extracting(f -> f.subject().id() + ":" + f.message().en())
                .hasSize(2).allMatch(s -> s.startsWith("THIN:"));
    }

    @Test
    void centrallyManagedLeaderNeedsApprovalOnOrBeforeDeparture() {
        LocalDate dep = LocalDate.of(2024, 3, 1);
        DelegationMember central = new DelegationMember("Bí thư A", true, true);
        Dossier d = base()
                .delegation(Delegation.builder("SAME-DAY", "LCI", "JP").leader(central).approvedOn(dep).departedOn(dep).build())
                .delegation(Delegation.builder("AFTER", "LCI", "KR").leader(central).approvedOn(dep.plusDays(1))
                        .departedOn(dep).build()).build();
        assertThat(subjects(d, "delegation-central-approval")).containsExactly("AFTER");
    }

    @Test
    void resultReportDueOnDayFifteenIsOnTimeAndDaySixteenIsLate() {
        LocalDate dep = LocalDate.of(2024, 2, 25);
        Dossier d = base()
                .delegation(trip("ON-TIME", dep).returnedOn(LocalDate.of(2024, 3, 1)).reportSubmittedOn(LocalDate.of(2024, 3, 16)).build())
                .delegation(trip("LATE", dep).returnedOn(LocalDate.of(2024, 3, 1)).reportSubmittedOn(LocalDate.of(2024, 3, 17)).build())
                .delegation(trip("NONE", dep).returnedOn(LocalDate.of(2024, 3, 1)).reportSubmittedOn(null).build())
                .delegation(trip("NOT-YET-DUE", AS_OF.minusDays(10)).returnedOn(AS_OF.minusDays(5)).reportSubmittedOn(null).build())
                .build();
        List<Finding> found = findings(d, "delegation-result-report");
        assertThat(found).extracting(f -> f.subject().id()).containsExactlyInAnyOrder("LATE", "NONE");
        assertThat(found).filteredOn(f -> f.subject().id().equals("LATE")).first()
                .satisfies(f -> assertThat(f.facts()).containsEntry("daysLate", 1L).containsEntry("reportDue", LocalDate.of(2024, 3, 16)));
    }

    @Test
    void delegationInformsTheMissionOnlyWhereTheDossierHasOne() {
        LocalDate dep = LocalDate.of(2024, 3, 1);
        Dossier d = base().delegation(trip("JP-LATE", dep).missionInformedOn(dep.plusDays(1)).build())
                .delegation(trip("JP-DAY", dep).missionInformedOn(dep).build())
                .delegation(Delegation.builder("FR-NONE", "LCI", "FR").leader(new DelegationMember("X", false, false))
                        .departedOn(dep).build()).build();
        assertThat(subjects(d, "delegation-inform-mission")).containsExactly("JP-LATE");
    }

    @Test
    void thirdTripOfALeaderInOneYearIsReportedOnceWithNormalisedNames() {
        String nfd = java.text.Normalizer.normalize("Lê Văn C", java.text.Normalizer.Form.NFD);
        Dossier d = base()
                .delegation(trip("A", LocalDate.of(2024, 1, 10)).build())
                .delegation(trip("B", LocalDate.of(2024, 2, 10)).build())
                .delegation(Delegation.builder("C", "LCI", "KR").leader(new DelegationMember("X", false, false))
                        .member(new DelegationMember(" " + nfd, true, false)).departedOn(LocalDate.of(2024, 4, 1)).build())
                .delegation(trip("NEXT-YEAR", LocalDate.of(2023, 12, 31)).build()).build();
        List<Finding> found = findings(d, "delegation-leader-trip-limit");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).subject().type()).isEqualTo(SubjectType.LEADER);
        assertThat(found.get(0).subject().id()).isEqualTo("LCI/Lê Văn C");
        assertThat(found.get(0).facts()).containsEntry("trips", 3L).containsEntry("year", 2024L)
                .containsEntry("delegations", List.of("A", "B", "C"));
    }

    @Test
    void twoTripsAreWithinTheLimit() {
        Dossier d = base().delegation(trip("A", LocalDate.of(2024, 1, 10)).build())
                .delegation(trip("B", LocalDate.of(2024, 2, 10)).build()).build();
        assertThat(findings(d, "delegation-leader-trip-limit")).isEmpty();
    }

    @Test
    void twoKeyLeadersInOneDelegationIsAViolation() {
        Dossier d = base().delegation(Delegation.builder("K", "LCI", "JP")
                        .leader(new DelegationMember("Chủ tịch", true, false))
                        .member(new DelegationMember("Bí thư", true, false)).build())
                .delegation(Delegation.builder("ONE", "LCI", "JP")
                        .leader(new DelegationMember("Chủ tịch", true, false)).build()).build();
        List<Finding> found = findings(d, "delegation-key-leaders-together");
        assertThat(found).extracting(f -> f.subject().id()).containsExactly("K");
        assertThat(found.get(0).message().vi()).contains("Chủ tịch và Bí thư");
    }

    @Test
    void agreementRules() {
        LocalDate signed = LocalDate.of(2023, 1, 1);
        Dossier d = base()
                .agreement(Agreement.of("GOOD", "LCI", "Yunnan", "CN", signed, signed.minusDays(5), signed.plusDays(15),
                        List.of(new AgreementActivity(AS_OF.minusMonths(12), "fair"))))
                .agreement(Agreement.of("BAD", "LCI", "Yunnan", "CN", signed, signed.plusDays(1), signed.plusDays(16),
                        List.of(new AgreementActivity(AS_OF.minusMonths(12).minusDays(1), "old"))))
                .agreement(Agreement.of("YOUNG", "LCI", "Osaka", "JP", AS_OF.minusMonths(12), AS_OF.minusMonths(13),
                        null, List.of())).build();
        assertThat(subjects(d, "agreement-implementation")).containsExactly("BAD");
        assertThat(subjects(d, "agreement-prior-opinion")).containsExactly("BAD");
        assertThat(findings(d, "agreement-post-signing-report")).extracting(f -> f.subject().id() + "/" + f.facts().get("daysLate"))
                .containsExactlyInAnyOrder("BAD/1", "YOUNG/" + java.time.temporal.ChronoUnit.DAYS.between(AS_OF.minusMonths(12).plusDays(15), AS_OF));
    }

    @Test
    void workingVisitFollowUpReportsEachMissingOrLateElement() {
        LocalDate visit = LocalDate.of(2024, 1, 10);
        Dossier d = base()
                .cooperationProgramme(CooperationProgramme.of("CP-OK", "LCI", visit.plusDays(30), "Quarterly",
                        List.of(CooperationTask.of("T1", "Trade fair", AS_OF.plusDays(10), null))))
                .cooperationProgramme(CooperationProgramme.of("CP-LATE", "LCI", visit.plusDays(31), "Quarterly",
                        List.of(CooperationTask.of("T1", "Trade fair", AS_OF.plusDays(10), null))))
                .workingVisit(WorkingVisit.of("WV-OK", "LCI", visit, visit.plusDays(30), "CP-OK"))
                .workingVisit(WorkingVisit.of("WV-BAD", "LCI", visit, null, "CP-LATE"))
                .workingVisit(WorkingVisit.of("WV-NONE", "LCI", visit, visit.plusDays(31), null)).build();
        assertThat(findings(d, "working-visit-follow-up")).extracting(f -> f.subject().id() + ":" + f.message().en().split(" ")[0])
                .containsExactlyInAnyOrder("WV-BAD:No", "WV-BAD:The", "WV-NONE:The", "WV-NONE:No");
    }

    @Test
    void programmeStructureAndOverdueTasks() {
        Dossier d = base()
                .cooperationProgramme(CooperationProgramme.of("EMPTY", "LCI", null, null, List.of()))
                .cooperationProgramme(CooperationProgramme.of("P", "LCI", null, "Monthly", List.of(
                        CooperationTask.of("NO-DATE", "x", null, null),
                        CooperationTask.of("OVERDUE", "y", AS_OF.minusDays(1), null),
                        CooperationTask.of("DUE-TODAY", "z", AS_OF, null),
                        CooperationTask.of("DONE-LATER", "w", AS_OF.minusDays(5), AS_OF.plusDays(1)),
                        CooperationTask.of("DONE", "v", AS_OF.minusDays(5), AS_OF.minusDays(6))))).build();
        assertThat(findings(d, "cooperation-programme-structure")).extracting(f -> f.subject().id() + ":" + f.facts().getOrDefault("task", "-"))
                .containsExactlyInAnyOrder("EMPTY:-", "EMPTY:-", "P:NO-DATE");
        assertThat(findings(d, "cooperation-task-overdue")).extracting(f -> f.facts().get("task"))
                .containsExactlyInAnyOrder("OVERDUE", "DONE-LATER");
    }

    @Test
    void reportsDueBeforeAsOfMustBeSubmittedAndOnTime() {
        Dossier d = base()
                .report(Report.of("R-OK", ReportAuthorType.PROVINCE, "LCI", ReportKind.PERIODIC, "6 tháng", AS_OF.minusDays(10), AS_OF.minusDays(10)))
                .report(Report.of("R-LATE", ReportAuthorType.MISSION, "EMB-JP", ReportKind.AD_HOC, null, AS_OF.minusDays(10), AS_OF.minusDays(7)))
                .report(Report.of("R-MISSING", ReportAuthorType.PROVINCE, "LCI", ReportKind.AGREEMENTS_ANNUAL, null, AS_OF.minusDays(1), AS_OF.plusDays(1)))
                .report(Report.of("R-TODAY", ReportAuthorType.PROVINCE, "LCI", ReportKind.PERIODIC, null, AS_OF, null)).build();
        assertThat(subjects(d, "report-missing")).containsExactly("R-MISSING");
        assertThat(findings(d, "report-late")).extracting(f -> f.subject().id() + "/" + f.facts().get("daysLate"))
                .containsExactly("R-LATE/3");
    }
}

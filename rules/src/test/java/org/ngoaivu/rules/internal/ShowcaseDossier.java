package org.ngoaivu.rules.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ngoaivu.model.Agreement;
import org.ngoaivu.model.AnnualPlan;
import org.ngoaivu.model.CooperationProgramme;
import org.ngoaivu.model.CooperationTask;
import org.ngoaivu.model.CoordinationAgreement;
import org.ngoaivu.model.CoordinationPartner;
import org.ngoaivu.model.Delegation;
import org.ngoaivu.model.DelegationMember;
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
import org.ngoaivu.model.Report;
import org.ngoaivu.model.ReportAuthorType;
import org.ngoaivu.model.ReportKind;
import org.ngoaivu.model.WorkingVisit;

/**
 * A small dossier, realistic in its names and dates, on which every variant of every bundled message is
 * reported at least once: what {@code docs/messages.md} is rendered from.
 */
final class ShowcaseDossier {
    private ShowcaseDossier() {
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    static Dossier build() {
        Dossier.Builder b = Dossier.builder(d(2024, 12, 31)).planYear(2024);
        b.province(Province.of("LCI", "Lào Cai", true, Set.of("CN"), Set.of(Gateway.BORDER_GATE)));
        b.province(Province.of("KGG", "Kiên Giang", false, Set.of("KH"), EnumSet.of(Gateway.BORDER_GATE, Gateway.AIRPORT)));
        b.province(Province.of("HNI", "Hà Nội", true, Set.of(), Set.of(Gateway.AIRPORT)));
        b.province(Province.of("BDH", "Bình Định", true, Set.of(), Set.of(Gateway.SEAPORT)));
        Set<PlanSection> full = EnumSet.of(PlanSection.ECONOMIC_DIPLOMACY, PlanSection.INVESTMENT_CALL_LIST,
                PlanSection.CENTRAL_SUPPORT_REQUESTS, PlanSection.LOCAL_PROMOTION, PlanSection.PEOPLE_TO_PEOPLE,
                PlanSection.BORDER_AFFAIRS);
        b.annualPlan(AnnualPlan.of("LCI-2024", "LCI", 2024, d(2023, 11, 20), EnumSet.of(PlanSection.ECONOMIC_DIPLOMACY,
                PlanSection.INVESTMENT_CALL_LIST, PlanSection.LOCAL_PROMOTION), List.of("LCI-D2")));
        b.annualPlan(AnnualPlan.of("KGG-2024", "KGG", 2024, d(2023, 11, 10), full, List.of()));
        b.annualPlan(AnnualPlan.of("BDH-2024", "BDH", 2024, d(2023, 11, 1), full, List.of()));

        b.mission(Mission.builder("EMB-JP", MissionType.EMBASSY, "JP", 12).name("Đại sứ quán Việt Nam tại Nhật Bản")
                .headOfMission(HeadOfMission.of("Nguyễn Văn An", false))
                .economicTeam(EconomicTeam.of(d(2010, 3, 1), Set.of(EconomicSection.COMMERCE)))
                .economicOfficer(EconomicOfficer.of("Trần Thị Bình", d(2020, 5, 10)))
                .website(org.ngoaivu.model.Website.of("https://vnembassy-jp.example", false)).build());
        b.mission(Mission.builder("EMB-AO", MissionType.EMBASSY, "AO", 5).name("Đại sứ quán Việt Nam tại Angola").build());
        b.mission(Mission.builder("CG-JP-FUK", MissionType.CONSULATE_GENERAL, "JP", 8)
                .name("Tổng Lãnh sự quán Việt Nam tại Fukuoka").headOfMission(HeadOfMission.of("Đỗ Thị Lan", true))
                .economicOfficer(EconomicOfficer.of("Lê Minh Châu", null))
                .website(org.ngoaivu.model.Website.of("https://vnconsulate-fukuoka.example", true)).build());
        b.mission(Mission.builder("EMB-KR", MissionType.EMBASSY, "KR", 6).name("Đại sứ quán Việt Nam tại Hàn Quốc")
                .headOfMission(HeadOfMission.of("Vũ Đức Hải", true))
                .economicOfficer(EconomicOfficer.of("Ngô Quang Minh", d(2023, 4, 2)))
                .website(org.ngoaivu.model.Website.of("https://vnembassy-kr.example", true)).build());

        for (CoordinationPartner partner : CoordinationPartner.values()) {
            if (partner == CoordinationPartner.FISHERIES || partner == CoordinationPartner.OTHER) {
                continue;
            }
            boolean tourism = partner == CoordinationPartner.TOURISM;
            boolean vcci = partner == CoordinationPartner.VCCI;
            b.coordinationAgreement(CoordinationAgreement.of("CA-" + partner, partner,
                    tourism ? d(2008, 8, 29) : vcci ? d(2008, 12, 27) : d(2008, 5, 1),
                    tourism ? null : "Vụ Tổng hợp kinh tế",
                    vcci ? List.of() : List.of("Chia sẻ thông tin về thị trường hằng quý")));
        }

        DelegationMember hai = new DelegationMember("Hoàng Văn Hải", true, true);
        b.delegation(Delegation.builder("LCI-D1", "LCI", "KR").leader(hai).hostPartner("Tỉnh Gyeonggi").programmeItems(4)
                .departedOn(d(2024, 3, 5)).returnedOn(d(2024, 3, 10)).build());
        b.delegation(Delegation.builder("LCI-D2", "LCI", "JP").leader(hai).programmeItems(1).approvedOn(d(2024, 5, 20))
                .missionInformedOn(d(2024, 5, 25)).departedOn(d(2024, 6, 3)).returnedOn(d(2024, 6, 8))
                .reportSubmittedOn(d(2024, 6, 30)).build());
        b.delegation(Delegation.builder("LCI-D3", "LCI", "CN").leader(hai)
                .member(new DelegationMember("Phạm Thị Mai", true, false)).hostPartner("Chính quyền tỉnh Vân Nam")
                .programmeItems(0).approvedOn(d(2024, 8, 20)).departedOn(d(2024, 9, 10)).returnedOn(d(2024, 9, 14))
                .reportSubmittedOn(d(2024, 9, 20)).build());

        b.agreement(Agreement.of("LCI-A1", "LCI", "Chính quyền tỉnh Vân Nam", "CN", d(2022, 6, 1), d(2022, 5, 20),
                d(2022, 6, 25), List.of()));
        b.agreement(Agreement.of("LCI-A2", "LCI", "Tỉnh Gyeonggi", "KR", d(2024, 9, 2), null, null, List.of()));

        b.workingVisit(WorkingVisit.of("WV-LCI", "LCI", d(2024, 5, 12), d(2024, 6, 20), "CP-LCI"));
        b.workingVisit(WorkingVisit.of("WV-KGG", "KGG", d(2024, 9, 10), null, null));
        b.cooperationProgramme(CooperationProgramme.of("CP-LCI", "LCI", d(2024, 6, 18), null, List.of(
                CooperationTask.of("CP-LCI-T1", "Tổ chức hội nghị xúc tiến đầu tư tại Nhật Bản", d(2024, 10, 31), null),
                CooperationTask.of("CP-LCI-T2", "Tập huấn kiến thức đối ngoại cho cán bộ địa phương", null, null))));
        b.cooperationProgramme(CooperationProgramme.of("CP-BDH", "BDH", d(2024, 4, 1), "Giao ban hằng quý", List.of()));

        b.report(Report.of("LCI-R1", ReportAuthorType.PROVINCE, "LCI", ReportKind.PERIODIC,
                "Báo cáo công tác đối ngoại 6 tháng đầu năm 2024", d(2024, 6, 15), d(2024, 6, 20)));
        b.report(Report.of("EMB-JP-R1", ReportAuthorType.MISSION, "EMB-JP", ReportKind.PERIODIC, null,
                d(2024, 7, 15), null));
        return b.build();
    }
}

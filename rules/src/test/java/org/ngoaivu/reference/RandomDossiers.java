package org.ngoaivu.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.ngoaivu.engine.Parameters;
import org.ngoaivu.model.Agreement;
import org.ngoaivu.model.AgreementActivity;
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
 * Deterministic random dossiers for the oracle test and the benchmark: every rule area, with dates
 * clustered on the boundaries the rules care about (deadline day, the day after, asOf itself, after asOf)
 * and counts around the thresholds. The same seed always gives the same dossier.
 */
public final class RandomDossiers {
    private static final String[] COUNTRIES = {"JP", "KR", "CN", "US", "FR", "DE", "LA", "KH", "TH", "AU"};
    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
            "Hoàng Văn Em", "Võ Thị Hoa", "Đặng Văn Khôi", "Bùi Thị Lan"};
    /** Facts one province brings on average (measured): itself, plans, delegations and members, agreements, visits, reports. */
    private static final int FACTS_PER_PROVINCE = 14;

    private RandomDossiers() {
    }

    /** A small dossier (about 200 facts). */
    public static Dossier generate(long seed) {
        return generate(seed, 200);
    }

    /** A dossier of about {@code approximateFacts} facts. */
    public static Dossier generate(long seed, int approximateFacts) {
        return new Generator(new SplittableRandom(seed), Math.max(1, approximateFacts / FACTS_PER_PROVINCE)).dossier();
    }

    private static final class Generator {
        private final SplittableRandom r;
        private final int provinces;
        private final LocalDate asOf;
        private final int planYear;

        Generator(SplittableRandom random, int provinces) {
            this.r = random;
            this.provinces = provinces;
            this.asOf = LocalDate.of(2024, 3, 31).plusDays(r.nextInt(-200, 200));
            this.planYear = asOf.getYear() + r.nextInt(-1, 2);
        }

        /** A day near {@code base}: on it, a day either side, or further away. */
        private LocalDate near(LocalDate base) {
            return switch (r.nextInt(6)) {
                case 0 -> base;
                case 1 -> base.plusDays(1);
                case 2 -> base.minusDays(1);
                default -> base.plusDays(r.nextInt(-400, 120));
            };
        }

        /** Absent one time in {@code oneIn}, else a day near {@code base}. */
        private LocalDate maybe(LocalDate base, int oneIn) {
            return r.nextInt(oneIn) == 0 ? null : near(base);
        }

        private LocalDate notBefore(LocalDate date, LocalDate earliest) {
            return date == null || earliest == null || !date.isBefore(earliest) ? date : earliest;
        }

        private <E extends Enum<E>> Set<E> someOf(Class<E> type, double keep) {
            Set<E> out = EnumSet.noneOf(type);
            for (E e : type.getEnumConstants()) {
                if (r.nextDouble() < keep) {
                    out.add(e);
                }
            }
            return out;
        }

        Dossier dossier() {
            Dossier.Builder d = Dossier.builder(asOf).planYear(planYear);
            List<String> missionCountries = new ArrayList<>();
            for (int i = 0; i < Math.max(1, provinces / 2); i++) {
                Mission m = mission(i);
                missionCountries.add(m.hostCountry());
                d.mission(m);
            }
            for (CoordinationPartner partner : CoordinationPartner.values()) {
                if (r.nextInt(4) > 0) {
                    // Some signed on or after asOf, to exercise "as of means as of".
                    d.coordinationAgreement(CoordinationAgreement.of("CA-" + partner, partner,
                            r.nextInt(6) == 0 ? near(asOf) : LocalDate.of(2008, 5, 1),
                            r.nextInt(5) == 0 ? " " : "Vụ Tổng hợp kinh tế",
                            r.nextInt(5) == 0 ? List.of() : List.of("Chia sẻ thông tin")));
                }
            }
            for (int i = 0; i < provinces; i++) {
                province(d, i);
            }
            return d.build();
        }

        private Mission mission(int i) {
            int diplomats = r.nextInt(4) == 0 ? 6 + r.nextInt(2) : r.nextInt(25);
            Mission.Builder m = Mission.builder("M" + i, MissionType.values()[r.nextInt(3)],
                    COUNTRIES[r.nextInt(COUNTRIES.length)], diplomats);
            if (r.nextInt(5) > 0) {
                m.headOfMission(HeadOfMission.of(NAMES[r.nextInt(NAMES.length)], r.nextInt(5) > 0));
            }
            for (int o = r.nextInt(3); o > 0; o--) {
                m.economicOfficer(EconomicOfficer.of("Cán bộ " + i + "-" + o, maybe(asOf.minusYears(3), 5)));
            }
            if (r.nextInt(3) > 0) {
                m.economicTeam(EconomicTeam.of(r.nextInt(3) == 0 ? near(asOf) : null, someOf(EconomicSection.class, 0.8)));
            }
            if (r.nextInt(4) > 0) {
                m.website(org.ngoaivu.model.Website.of("https://m" + i + ".example", r.nextInt(4) > 0));
            }
            return m.build();
        }

        private void province(Dossier.Builder d, int index) {
            String id = "P" + index;
            Set<String> borders = r.nextInt(3) == 0 ? new TreeSet<>(List.of(COUNTRIES[2], COUNTRIES[6 + r.nextInt(2)]))
                    : Set.of();
            // Provinces over time: some established lately, some dissolved into P0 or into the one before (a chain),
            // on days around the evaluation date and the plan deadline, so that each side of existsOn is exercised.
            Optional<LocalDate> established = r.nextInt(6) == 0 ? Optional.of(r.nextBoolean() ? near(asOf)
                    : near(Parameters.defaults().annualPlanDeadlineFor(planYear))) : Optional.empty();
            Optional<LocalDate> dissolved = index > 0 && r.nextInt(4) == 0 ? Optional.of(r.nextBoolean() ? near(asOf)
                    : near(Parameters.defaults().annualPlanDeadlineFor(planYear))) : Optional.empty();
            if (established.isPresent() && dissolved.isPresent() && !established.get().isBefore(dissolved.get())) {
                established = Optional.empty();
            }
            Optional<String> successor = dissolved.map(x -> r.nextBoolean() ? "P0" : "P" + (index - 1));
            d.province(new Province(id, Optional.of("Tỉnh " + id), r.nextInt(3) > 0, borders,
                    someOf(Gateway.class, 0.3), established, dissolved, successor));

            List<Delegation> delegations = new ArrayList<>();
            List<String> people = List.of(NAMES[r.nextInt(NAMES.length)], NAMES[r.nextInt(NAMES.length)], "Lê Văn Cường");
            for (int i = r.nextInt(6); i > 0; i--) {
                delegations.add(delegation(id + "-D" + i, id, people));
            }
            delegations.forEach(d::delegation);
            for (int year = planYear - 1; year <= planYear; year++) {
                if (r.nextInt(4) > 0) {
                    int planned = year;
                    List<String> ids = delegations.stream().filter(x -> r.nextInt(3) > 0)
                            .filter(x -> x.departedOn().map(dep -> dep.getYear() == planned).orElse(r.nextBoolean()))
                            .map(Delegation::id).toList();
                    d.annualPlan(AnnualPlan.of(id + "-" + year, id, year, maybe(LocalDate.of(year - 1, 11, 15), 4),
                            someOf(PlanSection.class, 0.8), ids));
                }
            }
            if (r.nextInt(2) == 0) {
                LocalDate signed = near(asOf.minusMonths(12));
                List<AgreementActivity> activities = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    activities.add(new AgreementActivity(near(asOf.minusMonths(12)), "Hoạt động " + i));
                }
                d.agreement(Agreement.of(id + "-A", id, "Đối tác", COUNTRIES[r.nextInt(COUNTRIES.length)], signed,
                        maybe(signed, 4), notBefore(maybe(signed.plusDays(15), 4), signed), activities));
            }
            String programmeId = null;
            if (r.nextInt(2) == 0) {
                programmeId = id + "-CP";
                List<CooperationTask> tasks = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    tasks.add(CooperationTask.of(programmeId + "-T" + i, "Nhiệm vụ " + i, maybe(asOf, 5), maybe(asOf, 2)));
                }
                d.cooperationProgramme(CooperationProgramme.of(programmeId, id, maybe(asOf.minusDays(30), 3),
                        r.nextInt(4) == 0 ? null : "Rà soát hằng quý", tasks));
            }
            if (r.nextInt(2) == 0) {
                LocalDate visited = near(asOf.minusDays(30));
                d.workingVisit(WorkingVisit.of(id + "-WV", id, visited, notBefore(maybe(visited.plusDays(30), 3), visited),
                        r.nextInt(4) == 0 ? null : programmeId));
            }
            for (int i = r.nextInt(3); i > 0; i--) {
                d.report(Report.of(id + "-R" + i, ReportAuthorType.PROVINCE, id, ReportKind.values()[r.nextInt(3)],
                        "Báo cáo", near(asOf), maybe(asOf, 3)));
            }
        }

        private Delegation delegation(String id, String province, List<String> people) {
            Delegation.Builder b = Delegation.builder(id, province, COUNTRIES[r.nextInt(COUNTRIES.length)]);
            List<String> names = new ArrayList<>(new TreeSet<>(people.subList(0, 1 + r.nextInt(people.size()))));
            for (int i = 0; i < names.size(); i++) {
                DelegationMember member = new DelegationMember(names.get(i), r.nextInt(3) == 0, r.nextInt(3) == 0);
                if (i == 0) {
                    b.leader(member);
                } else {
                    b.member(member);
                }
            }
            LocalDate departed = maybe(asOf.minusDays(20), 6);
            b.hostPartner(switch (r.nextInt(10)) {
                case 0, 1 -> null;
                case 2 -> "\u00a0\u3000"; // blank in Unicode's sense
                default -> "Đối tác " + id;
            }).programmeItems(r.nextInt(5))
                    .approvedOn(departed == null ? null : maybe(departed, 4)).departedOn(departed)
                    .missionInformedOn(departed == null ? null : maybe(departed, 4));
            if (departed != null && r.nextInt(5) > 0) {
                LocalDate returned = departed.plusDays(r.nextInt(10));
                b.returnedOn(returned).reportSubmittedOn(notBefore(maybe(returned.plusDays(15), 3), null));
            }
            return b.build();
        }
    }
}

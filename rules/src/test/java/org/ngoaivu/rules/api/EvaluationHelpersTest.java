package org.ngoaivu.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ngoaivu.engine.Parameters;
import org.ngoaivu.model.Delegation;
import org.ngoaivu.model.DelegationMember;

class EvaluationHelpersTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
    private static final Evaluation EVALUATION = new Evaluation(AS_OF, 2024, Parameters.defaults());
    private static final LocalDate DUE = LocalDate.of(2024, 3, 10);

    @Test
    void somethingDoneOnItsDeadlineDayIsOnTimeAndTheDayAfterIsLate() {
        assertThat(EVALUATION.overdue(Optional.of(DUE), DUE)).isNull();
        assertThat(EVALUATION.overdue(Optional.of(DUE.plusDays(1)), DUE)).isEqualTo(new Overdue(DUE, "late", 1));
    }

    @Test
    void somethingNotDoneIsMissingOnlyOnceItsDeadlineHasPassed() {
        assertThat(EVALUATION.overdue(Optional.empty(), AS_OF)).as("due today").isNull();
        assertThat(EVALUATION.overdue(Optional.empty(), AS_OF.minusDays(1)))
                .isEqualTo(new Overdue(AS_OF.minusDays(1), "missing", 1));
        assertThat(EVALUATION.overdue(Optional.empty(), DUE)).isEqualTo(new Overdue(DUE, "missing", 21));
    }

    @Test
    void somethingDatedAfterTheEvaluationDateHasNotHappenedYet() {
        assertThat(EVALUATION.overdue(Optional.of(AS_OF.plusDays(5)), DUE)).isEqualTo(new Overdue(DUE, "missing", 21));
    }

    private static Delegation departed(String id, String province, LocalDate on, String... names) {
        Delegation.Builder builder = Delegation.builder(id, province, "KR")
                .leader(new DelegationMember(names[0], true, false));
        for (int i = 1; i < names.length; i++) {
            builder.member(new DelegationMember(names[i], true, false));
        }
        return (on == null ? builder : builder.departedOn(on)).build();
    }

    @Test
    void tripsAreCountedPerProvincePersonAndYearOfDeparture() {
        List<PersonTrips> trips = People.tripsByYear(List.of(
                departed("D1", "HNI", LocalDate.of(2023, 3, 1), "Lê Văn Cường", "Trần Thị Bình"),
                departed("D2", "HNI", LocalDate.of(2023, 9, 1), " Lê Văn Cường "),
                departed("D3", "HNI", LocalDate.of(2024, 1, 2), "Lê Văn Cường"),
                departed("D4", "HPG", LocalDate.of(2023, 5, 1), "Lê Văn Cường"),
                departed("D5", "HNI", null, "Lê Văn Cường")));
        assertThat(trips).extracting(t -> t.provinceId() + "/" + t.name() + "/" + t.year() + ": "
                + t.delegations().stream().map(Delegation::id).toList()).containsExactly(
                "HNI/Lê Văn Cường/2023: [D1, D2]",
                "HNI/Lê Văn Cường/2024: [D3]",
                "HNI/Trần Thị Bình/2023: [D1]",
                "HPG/Lê Văn Cường/2023: [D4]");
    }

    @Test
    void tripsAsAnOrdinaryMemberDoNotCountTowardsTheLimitForLeaders() {
        Delegation led = Delegation.builder("D1", "HNI", "KR").leader(new DelegationMember("Lê Văn Cường", false, false))
                .member(new DelegationMember("Trần Thị Bình", false, false))
                .member(new DelegationMember("Phạm Văn Đức", false, true)).departedOn(LocalDate.of(2023, 3, 1)).build();
        assertThat(People.tripsByYear(List.of(led))).extracting(PersonTrips::name)
                .containsExactly("Lê Văn Cường", "Phạm Văn Đức");
    }
}

package org.ngoaivu.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.ngoaivu.validation.InvalidDossierException;
import org.ngoaivu.validation.Problem;

class ModelInvariantsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 31);

    @Test
    void recordsCopyTheirListsAndTreatAbsentAsEmpty() {
        List<String> ids = new ArrayList<>(List.of("D1"));
        AnnualPlan plan = new AnnualPlan("P", "LCI", 2024, null, null, ids);
        ids.add("D2");
        assertThat(plan.plannedDelegationIds()).containsExactly("D1");
        assertThat(plan.submittedOn()).isEmpty();
        assertThat(plan.sections()).isEmpty();
        assertThatThrownBy(() -> plan.plannedDelegationIds().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void setsKeepTheCallersOrderWithoutDuplicatesAndCannotChange() {
        Set<String> small = Values.set(List.of("LA", "CN", "LA", "KH"));
        assertThat(small).containsExactly("LA", "CN", "KH").isEqualTo(Set.of("KH", "LA", "CN"))
                .hasSameHashCodeAs(Set.of("KH", "LA", "CN")).contains("KH").doesNotContain("TH");
        assertThatThrownBy(() -> small.add("TH")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> {
            Iterator<String> it = small.iterator();
            it.next();
            it.remove();
        }).isInstanceOf(UnsupportedOperationException.class);
        List<String> many = IntStream.range(0, 40).mapToObj(i -> "C" + (39 - i)).toList();
        Province province = new Province("P", Optional.of("A"), true, new LinkedHashSet<>(many), null, null, null, null);
        assertThat(province.borderCountries()).containsExactlyElementsOf(many);
        assertThatThrownBy(() -> province.borderCountries().remove("C0"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Values.set(List.of("LA"))).containsExactly("LA");
        assertThat(Values.set(null)).isEmpty();
    }

    @Test
    void blankTextCountsAsAbsent() {
        assertThat(Delegation.builder("D", "P", "JP").leader(new DelegationMember("A", false, false))
                .hostPartner("  ").build().hostPartner()).isEmpty();
        assertThat(CoordinationAgreement.of("C", CoordinationPartner.TRADE, null, "", List.of(" ")).responsibilities())
                .isEmpty();
    }

    @Test
    void requiredComponentsAreRequired() {
        assertThatThrownBy(() -> new Province(null, Optional.empty(), false, null, null, null, null, null))
                .hasMessageContaining("id is required");
        assertThatThrownBy(() -> Mission.builder(" ", MissionType.EMBASSY, "JP", 1).build())
                .hasMessageContaining("must not be blank");
    }

    @Test
    void dossierListsEverySemanticProblemAtOnce() {
        Dossier.Builder builder = Dossier.builder(DAY)
                .province(Province.of("P", "A", true, null, null))
                .province(Province.of("P", "B", true, null, null))
                .mission(Mission.builder("M", MissionType.EMBASSY, "Japan", -2).build())
                .delegation(Delegation.builder("D", "Q", "JP").leader(new DelegationMember("A", false, false))
                        .departedOn(DAY).returnedOn(DAY.minusDays(1)).build());
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidDossierException.class, e ->
                assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                        "$.provinces[1].id", "$.missions[0].hostCountry", "$.missions[0].diplomatCount",
                        "$.delegations[0].provinceId", "$.delegations[0].returnedOn"));
    }

    @Test
    void planYearDefaultsToTheYearOfAsOf() {
        assertThat(Dossier.builder(DAY).build().planYear()).isEqualTo(2024);
        assertThat(Dossier.builder(DAY).build().withPlanYear(2025).planYear()).isEqualTo(2025);
    }
}

package org.ngoaivu.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ngoaivu.model.Dossier;

/** The probe that build() runs: its dossier holds every kind of fact, and the bundled rules pass it. */
class RuleProbeTest {

    @Test
    void theBundledRulesPassTheProbe() {
        // The engine does not probe the precompiled bundled rules at every build(): this test does.
        assertThat(RuleProbe.check(RuleBaseCompiler.compile(true, List.of()))).isEmpty();
    }

    @Test
    void theProbeDossierHoldsEveryKindOfFactWithAndWithoutItsOptionalValues() throws Exception {
        Dossier probe = RuleProbe.dossier();
        for (RecordComponent component : Dossier.class.getRecordComponents()) {
            if (!(component.getGenericType() instanceof ParameterizedType list)) {
                continue;
            }
            Class<?> type = (Class<?>) list.getActualTypeArguments()[0];
            List<?> facts = (List<?>) component.getAccessor().invoke(probe);
            assertThat(facts).as(component.getName()).hasSizeGreaterThanOrEqualTo(2);
            for (RecordComponent field : type.getRecordComponents()) {
                if (field.getType() == Optional.class) {
                    List<Boolean> present = facts.stream().map(f -> {
                        try {
                            return ((Optional<?>) field.getAccessor().invoke(f)).isPresent();
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    }).distinct().toList();
                    assertThat(present).as(type.getSimpleName() + "." + field.getName() + " present and absent")
                            .containsExactlyInAnyOrder(true, false);
                }
            }
        }
    }
}

package org.ngoaivu.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Drools' and MVEL's messages as a rule author reads them. */
class PlainWordsTest {

    @Test
    void cleanRemovesPositionMarkersAndEngineAndGeneratedClassNames() {
        assertThat(PlainWords.clean("host.rules.Rule_R11577214015Eval0Invoker@8aed3ce7 : boom"))
                .isEqualTo("boom");
        assertThat(PlainWords.clean("[Error: For input string: \"abc\"]\n[Near : {... diplomatCount > \"abc\" ....}]\n"
                + "                             ^\n[Line: 1, Column: 17]")).isEqualTo("For input string: \"abc\"");
        assertThat(PlainWords.clean("org.drools.mvel.ConstraintEvaluationException: Error evaluating constraint"))
                .isEqualTo("Error evaluating constraint");
    }

    @Test
    void anUnresolvedMethodNamesTheTypeAndTheNearestMember() {
        assertThat(PlainWords.compileError("Unable to Analyse Expression hostCountri == \"JP\": [Error: unable to resolve"
                        + " method using strict-mode: org.ngoaivu.model.Mission.hostCountri()]", Optional.of("hostCountri == \"JP\"")))
                .isEqualTo("Mission has no field or method \"hostCountri\"; did you mean \"hostCountry\"?"
                        + " In: hostCountri == \"JP\"");
    }

    @Test
    void aSuggestionIsMadeOnlyWhenANameIsClose() {
        assertThat(PlainWords.suggestion("Delegaton", List.of("Delegation", "Mission"))).isEqualTo("; did you mean \"Delegation\"?");
        assertThat(PlainWords.suggestion("Xyz", List.of("Delegation", "Mission"))).isEqualTo(".");
    }

    @Test
    void aReasonKeepsTheJavaTypeOfTheCauseButNotAnEnginesOwn() {
        assertThat(PlainWords.reason(new RuntimeException(new ArithmeticException("/ by zero"))))
                .isEqualTo("ArithmeticException: / by zero");
    }
}

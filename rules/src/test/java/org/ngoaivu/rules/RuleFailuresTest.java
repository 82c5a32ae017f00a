package org.ngoaivu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.RuleFailureException;
import org.ngoaivu.engine.SubjectType;

/**
 * A rule that fails at run time is named with its id, file and line and the subject, whatever part of it
 * failed. Each rule here fails only on a mission of 30 diplomats, which the build's probe never sees.
 */
class RuleFailuresTest {

    private static void failsNaming(Path dir, String when, String then, int line, String reason) {
        Path drl = HostPack.write(dir, "r.drl", HostPack.rule("host-fails", when, then));
        ComplianceEngine engine = ComplianceEngine.builder().addRules(dir).build();
        assertThatThrownBy(() -> engine.evaluate(HostPack.THIRTY))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("host-fails");
                    assertThat(e.resource()).startsWith(drl + ":" + line);
                    assertThat(e.subject()).hasValueSatisfying(s -> {
                        assertThat(s.type()).isEqualTo(SubjectType.MISSION);
                        assertThat(s.id()).isEqualTo("M");
                    });
                    assertThat(e.getMessage()).startsWith("Rule host-fails (" + drl + ":" + line)
                            .contains("failed on MISSION M: ").contains(reason)
                            .doesNotContain("(unknown rule)", "Invoker", "org.drools", "org.mvel2", "Rule_");
                });
    }

    @Test
    void aFailingConstraintNamesItsRuleLineAndSubject(@TempDir Path dir) {
        failsNaming(dir, "    $m : Mission( diplomatCount == 30 && hostCountry.substring(5) != \"\" )",
                "    findings.about($m).report();", 7, "the condition 'hostCountry.substring(5) != \"\"' cannot be evaluated");
    }

    @Test
    void aFailingEvalNamesItsRuleLineAndSubject(@TempDir Path dir) {
        failsNaming(dir, "    $m : Mission( diplomatCount == 30 )\n    eval( $m.hostCountry().charAt(10) == 'x' )",
                "    findings.about($m).report();", 8, "StringIndexOutOfBoundsException");
    }

    @Test
    void aFailingFromNamesItsRuleLineAndSubject(@TempDir Path dir) {
        failsNaming(dir, "    $m : Mission( diplomatCount == 30 )\n    String() from $m.hostCountry().substring(20)",
                "    findings.about($m).report();", 8, "StringIndexOutOfBoundsException");
    }

    @Test
    void aFailingAccumulateNamesItsRuleAndSubject(@TempDir Path dir) {
        failsNaming(dir, "    $m : Mission()\n    Number() from accumulate( Mission( $c : diplomatCount ), sum( 10 / ($c - 30) ) )",
                "    findings.about($m).report();", 8, "ArithmeticException: / by zero");
    }

    @Test
    void aFailingConsequenceNamesItsRuleLineAndSubject(@TempDir Path dir) {
        failsNaming(dir, "    $m : Mission( diplomatCount == 30 )", "    throw new IllegalStateException(\"boom\");",
                8, "IllegalStateException: boom");
    }
}

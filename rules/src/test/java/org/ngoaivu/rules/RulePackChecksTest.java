package org.ngoaivu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.engine.ReloadResult;
import org.ngoaivu.engine.RulePackException;
import org.ngoaivu.engine.RuleProblem;

/** A pack that cannot run does not build; its errors are said in plain words at file, line and column. */
class RulePackChecksTest {

    private static RulePackException buildFails(Path dir) {
        try {
            ComplianceEngine.builder().addRules(dir).build();
        } catch (RulePackException e) {
            return e;
        }
        throw new AssertionError("the pack built");
    }

    @Test
    void aConditionOfTheWrongTypeFailsTheBuildAtItsFileLineColumnAndRule(@TempDir Path dir) {
        Path drl = HostPack.write(dir, "typed.drl", HostPack.rule("host-typed", "    $m : Mission( diplomatCount > \"abc\" )"));
        RulePackException e = buildFails(dir);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.resource()).isEqualTo(drl.toString());
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo(19);
            assertThat(p.ruleId()).contains("host-typed");
            assertThat(p.message()).contains("diplomatCount > \"abc\"").contains("on a Mission")
                    .contains("For input string: \"abc\"");
        });
        assertThat(e.getMessage()).contains(drl + ":7:19: host-typed: ").doesNotContain("org.mvel2", "org.drools");
    }

    @Test
    void everyRuleThatCannotRunIsListedInOneException(@TempDir Path dir) {
        HostPack.write(dir, "two.drl", HostPack.rule("host-typed", "    $m : Mission( diplomatCount > \"abc\" )")
                + HostPack.rule("host-substring", "    $m : Mission( hostCountry.substring(10) == \"x\" )")
                + HostPack.rule("host-eval", "    $m : Mission()\n    eval( $m.hostCountry().charAt(10) == 'x' )")
                + HostPack.rule("host-fine", "    $m : Mission( diplomatCount > 3 )"));
        assertThat(buildFails(dir).problems()).extracting(p -> p.ruleId().orElseThrow())
                .containsExactlyInAnyOrder("host-typed", "host-substring", "host-eval");
    }

    @Test
    void reloadRefusesAPackThatCannotRunAndTheOldRulesKeepServing(@TempDir Path dir) {
        HostPack.write(dir, "r.drl", HostPack.rule("host-large", "    $m : Mission( diplomatCount > 20 )"));
        ComplianceEngine engine = ComplianceEngine.builder().addRules(dir).build();
        HostPack.write(dir, "r.drl", HostPack.rule("host-large", "    $m : Mission( diplomatCount > \"abc\" )"));
        ReloadResult result = engine.reload();
        assertThat(result.outcome()).isEqualTo(ReloadResult.Outcome.FAILED);
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.ruleId()).contains("host-large"));
        assertThat(engine.evaluate(HostPack.THIRTY).findingsOf("host-large")).hasSize(1);
    }

    @Test
    void anUnknownFieldSuggestsTheNearestOne(@TempDir Path dir) {
        Path drl = HostPack.write(dir, "r.drl", HostPack.rule("host-typo", "    $m : Mission( diplomatCnt > 3 )"));
        assertThat(buildFails(dir).problems()).singleElement().satisfies(p -> {
            assertThat(p).hasToString(drl + ":7:19: host-typo: Mission has no field or method \"diplomatCnt\";"
                    + " did you mean \"diplomatCount\"? In: diplomatCnt > 3");
        });
    }

    @Test
    void anUnknownFactTypeSuggestsTheNearestOne(@TempDir Path dir) {
        HostPack.write(dir, "r.drl", HostPack.rule("host-typo", "    $m : Misson( diplomatCount > 3 )"));
        assertThat(buildFails(dir).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.ruleId()).contains("host-typo");
            assertThat(p.message()).startsWith("Unknown fact type \"Misson\"; did you mean \"Mission\"?");
        });
    }

    @Test
    void aBadImportIsOneProblemAtTheImport(@TempDir Path dir) throws Exception {
        Path drl = dir.resolve("r.drl");
        java.nio.file.Files.writeString(drl, "package host.rules;\nimport org.ngoaivu.model.Misson;\n"
                + "global org.ngoaivu.rules.api.Findings findings;\n"
                + HostPack.rule("host-import", "    $m : Misson()"));
        assertThat(buildFails(dir).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("Cannot import \"org.ngoaivu.model.Misson\": no such class;"
                    + " did you mean \"Mission\"?");
        });
    }

    @Test
    void aMissingParenthesisIsReportedOnTheLineThatLacksIt(@TempDir Path dir) {
        HostPack.write(dir, "r.drl", HostPack.rule("host-syntax", "    $m : Mission( diplomatCount > 3\n    Mission()"));
        assertThat(buildFails(dir).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo(36);
            assertThat(p.ruleId()).contains("host-syntax");
            assertThat(p.message()).contains("line 7 most likely lacks its end");
        });
    }

    @Test
    void noProblemNamesADroolsOrMvelClass(@TempDir Path dir) {
        HostPack.write(dir, "r.drl", HostPack.rule("host-a", "    $m : Mission( diplomatCnt > 3 )")
                + HostPack.rule("host-b", "    $m : Mission( hostCountry.substring(10) == \"x\" )"));
        assertThat(buildFails(dir).problems()).extracting(RuleProblem::message)
                .allSatisfy(m -> assertThat(m).doesNotContain("org.drools", "org.mvel2", "Invoker", "[Near", ".java"));
    }

    @Test
    void aProblemReadsAsFileLineColumnRuleAndMessage() {
        assertThat(new RuleProblem("a.drl", 3, 7, Optional.of("r-1"), "Bad.")).hasToString("a.drl:3:7: r-1: Bad.");
        assertThat(new RuleProblem("a.drl", 0, "Empty.")).hasToString("a.drl: Empty.");
    }
}

package org.ngoaivu.rules;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.ngoaivu.engine.ComplianceEngine;
import org.ngoaivu.testkit.RuleCases;

/** Every case file under {@code src/test/resources/cases}, one dynamic test per case. */
class RuleCasesTest {
    static final Path CASES = Path.of("src/test/resources/cases");
    static final ComplianceEngine ENGINE = ComplianceEngine.builder().build();

    @TestFactory
    Stream<DynamicNode> bundledRuleCases() {
        return RuleCases.load(CASES).tests(ENGINE);
    }
}

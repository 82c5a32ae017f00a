package org.ngoaivu.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rules module on top of core: core never reaches up into it, and its API packages ({@code org.ngoaivu.rules}
 * and {@code org.ngoaivu.rules.api}, which rule authors call from {@code .drl} files) show no Drools or KIE type in
 * a public signature, so that Drools stays an implementation detail a host never compiles against.
 */
@AnalyzeClasses(packages = "org.ngoaivu", importOptions = ImportOption.DoNotIncludeTests.class)
class RulesArchitectureTest {
    private static final String[] API = {"org.ngoaivu.rules", "org.ngoaivu.rules.api"};

    private static boolean isDrools(JavaClass type) {
        String name = type.getName();
        return name.startsWith("org.drools.") || name.startsWith("org.kie.");
    }

    private static final DescribedPredicate<JavaClass> PUBLIC_API_TYPE = new DescribedPredicate<>(
            "public types of the API packages") {
        @Override
        public boolean test(JavaClass type) {
            return type.getModifiers().contains(JavaModifier.PUBLIC)
                    && Stream.of(API).anyMatch(type.getPackageName()::equals);
        }
    };

    private static <T> ArchCondition<T> notShowDrools(String what, Function<T, Stream<JavaType>> types) {
        return new ArchCondition<>("not show a Drools or KIE type in " + what) {
            @Override
            public void check(T member, ConditionEvents events) {
                types.apply(member).map(JavaType::getAllInvolvedRawTypes).flatMap(Collection::stream)
                        .filter(RulesArchitectureTest::isDrools).distinct()
                        .forEach(t -> events.add(SimpleConditionEvent.violated(member,
                                member + " shows " + t.getName())));
            }
        };
    }

    @ArchTest
    static final ArchRule coreDoesNotDependOnRules = noClasses().that().resideOutsideOfPackage("org.ngoaivu.rules..")
            .should().dependOnClassesThat().resideInAPackage("org.ngoaivu.rules..");

    @ArchTest
    static final ArchRule apiMethodsShowNoDroolsType = codeUnits().that().arePublic()
            .and().areDeclaredInClassesThat(PUBLIC_API_TYPE)
            .should(RulesArchitectureTest.<JavaCodeUnit>notShowDrools("their signature", unit -> Stream.concat(
                    Stream.concat(Stream.of(unit.getReturnType()), unit.getParameterTypes().stream()),
                    unit.getExceptionTypes().stream().map(JavaType.class::cast))));

    @ArchTest
    static final ArchRule apiFieldsShowNoDroolsType = fields().that().arePublic()
            .and().areDeclaredInClassesThat(PUBLIC_API_TYPE).should(
                    RulesArchitectureTest.<JavaField>notShowDrools("their type", field -> Stream.of(field.getType())))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule apiTypesExtendNoDroolsType = classes().that(PUBLIC_API_TYPE).should(
            RulesArchitectureTest.<JavaClass>notShowDrools("their supertypes", type -> Stream.concat(
                    type.getSuperclass().stream().map(JavaType.class::cast),
                    type.getInterfaces().stream().map(JavaType.class::cast))));
}

package org.ngoaivu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.ngoaivu.model.Dossier;
import org.ngoaivu.validation.DossierValidator;
import org.ngoaivu.validation.InvalidDossierException;

/**
 * The layering of core, checked on its bytecode: model ← validation ← engine (with its SPI) ← json. The API
 * knows nothing of Drools or of internal packages, and the model and the engine API nothing of JSON, so any
 * engine can plug in behind it and any reader in front of it.
 */
@AnalyzeClasses(packages = "org.ngoaivu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("org.ngoaivu.model..")
            .layer("validation").definedBy("org.ngoaivu.validation..")
            .layer("engine").definedBy("org.ngoaivu.engine..", "org.ngoaivu.spi..")
            .layer("json").definedBy("org.ngoaivu.json..")
            .whereLayer("json").mayNotBeAccessedByAnyLayer()
            .whereLayer("engine").mayOnlyBeAccessedByLayers("json")
            .whereLayer("validation").mayOnlyBeAccessedByLayers("engine", "json")
            .whereLayer("model").mayOnlyBeAccessedByLayers("validation", "engine", "json")
            // A Dossier validates itself when built, so that an invalid one cannot exist: the one way up.
            .ignoreDependency(Dossier.class, DossierValidator.class)
            .ignoreDependency(Dossier.class, InvalidDossierException.class)
            .ignoreDependency(Dossier.Builder.class, InvalidDossierException.class);

    @ArchTest
    static final ArchRule coreKnowsNothingOfDrools = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.drools..", "org.kie..", "..internal..");

    @ArchTest
    static final ArchRule modelAndEngineApiKnowNothingOfJackson = noClasses()
            .that().resideInAnyPackage("org.ngoaivu.model..", "org.ngoaivu.engine..", "org.ngoaivu.spi..",
                    "org.ngoaivu.validation..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml..");
}

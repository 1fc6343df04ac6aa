package org.adsync.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of docs/architecture.md, checked on the compiled business tier and web tier: the console and the API
 * over services over the engine over the directory port and the PSA records, and nothing pointing back up.
 */
class ArchitectureTest {

    private static final JavaClasses ADSYNC = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.adsync");

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("org.adsync.(**)").should().beFreeOfCycles().check(ADSYNC);
    }

    @Test
    void theDirectoryPortAndItsAdaptersImportNothingThatUsesThem() {
        noClasses().that().resideInAPackage("org.adsync.directory..")
                .should().dependOnClassesThat().resideInAnyPackage("org.adsync.sync..", "org.adsync.schedule..",
                        "org.adsync.psa..", "org.adsync.audit..", "org.adsync.security..", "org.adsync.console..",
                        "org.adsync.api..", "org.adsync.web..", "org.adsync.demo..")
                .check(ADSYNC);
    }

    @Test
    void thePsaRecordsKnowNothingOfSyncing() {
        noClasses().that().resideInAPackage("org.adsync.psa..")
                .should().dependOnClassesThat().resideInAnyPackage("org.adsync.sync..", "org.adsync.directory..",
                        "org.adsync.schedule..", "org.adsync.console..", "org.adsync.api..")
                .check(ADSYNC);
    }

    @Test
    void theConsoleAndTheApiTouchNoEntityAndNoEntityManager() {
        noClasses().that().resideInAnyPackage("org.adsync.console..", "org.adsync.api..", "org.adsync.web..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(ADSYNC);
    }

    @Test
    void whatOperatorsWatchOnlyObserves() {
        noClasses().that().resideOutsideOfPackage("org.adsync.operations..")
                .should().dependOnClassesThat().resideInAPackage("org.adsync.operations..")
                .check(ADSYNC);
    }

    @Test
    void theReadinessChecksInTheEarLibraryKnowOnlyTheirSource() {
        noClasses().that().resideInAPackage("org.adsync.health..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.adsync.health..", "java..", "javax..",
                        "jakarta..", "org.eclipse.microprofile.health..")
                .check(ADSYNC);
    }

    @Test
    void theBusinessTierDoesNotKnowTheWebTier() {
        noClasses().that().resideOutsideOfPackages("org.adsync.console..", "org.adsync.api..", "org.adsync.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.adsync.console..", "org.adsync.api..",
                        "org.adsync.web..")
                .check(ADSYNC);
    }
}

package com.backorderdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code: the rules of the six strategies ({@code planning}) are plain Java
 * that knows nothing else of the application nor of Jakarta EE; the plumbing ({@code web},
 * {@code platform}) knows no capability; and no new cycle between packages appears. The
 * cycles that are still there are written down in {@code src/test/resources/archunit-store}
 * (ArchUnit's frozen violations): one that is removed leaves the store when the test runs; a
 * new one fails.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.backorderdesk");

    @Test
    void planningIsPlainJava() {
        noClasses().that().resideInAPackage("com.backorderdesk.planning..")
                .should().dependOnClassesThat().resideOutsideOfPackages("com.backorderdesk.planning..", "java..")
                .check(CLASSES);
    }

    @Test
    void thePlumbingKnowsNoCapability() {
        noClasses().that().resideInAnyPackage("com.backorderdesk.web..", "com.backorderdesk.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("com.backorderdesk.catalog..", "com.backorderdesk.demo..",
                        "com.backorderdesk.digest..", "com.backorderdesk.shipping..", "com.backorderdesk.restocking..",
                        "com.backorderdesk.backorders..", "com.backorderdesk.inventory..",
                        "com.backorderdesk.mail..", "com.backorderdesk.ordering..", "com.backorderdesk.planning..",
                        "com.backorderdesk.purchasing..", "com.backorderdesk.security..")
                .check(CLASSES);
    }

    @Test
    void noNewCycleBetweenPackages() {
        FreezingArchRule.freeze(slices().matching("com.backorderdesk.(*)..").should().beFreeOfCycles()).check(CLASSES);
    }
}

package com.backorderdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code: the rules of the six strategies ({@code planning}) are plain Java
 * that knows nothing else of the application nor of Jakarta EE; the plumbing ({@code web},
 * {@code platform}) knows no capability; the packages form no cycle (each builds only on the
 * ones below it: see the README's layout); and none carries more than 15% of the code.
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
                        "com.backorderdesk.purchasing..", "com.backorderdesk.security..", "com.backorderdesk.sales..",
                        "com.backorderdesk.notices..", "com.backorderdesk.webhooks..")
                .check(CLASSES);
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching("com.backorderdesk.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** No package carries more than 15% of the code (lines of its source files), so none becomes the hub again. */
    @Test
    void noPackageOutgrowsTheOthers() throws IOException {
        Path root = Path.of("src/main/java/com/backorderdesk");
        Map<String, Long> lines = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                try (Stream<String> text = Files.lines(file)) {
                    lines.merge(root.relativize(file).getName(0).toString(), text.count(), Long::sum);
                }
            }
        }
        long total = lines.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> large = new TreeMap<>(lines);
        large.values().removeIf(n -> n * 100 <= total * 15);
        assertEquals(Map.of(), large, "packages over 15% of " + total + " lines");
    }
}

package org.taz2rdf.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of docs/architecture.md: data flows one way, and only the command line talks to the user. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.taz2rdf");

    @Test
    void modelDiagnosticsSourcesAndParserDoNotUseJena() {
        noClasses().that().resideInAnyPackage("..article..", "..diagnostic..", "..source..", "..parse..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena..")
                .check(CLASSES);
    }

    @Test
    void nothingOutsideTheCommandLineUsesIt() {
        noClasses().that().resideOutsideOfPackage("..cli..")
                .should().dependOnClassesThat().resideInAnyPackage("..cli..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsoleOrExits() {
        noClasses().that().resideOutsideOfPackage("..cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "exit", int.class)
                .check(CLASSES);
    }
}

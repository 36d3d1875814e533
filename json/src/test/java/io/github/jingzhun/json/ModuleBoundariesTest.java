package io.github.jingzhun.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The arrows between the modules point one way, examples → json → core: the JSON module never reaches into the
 * examples (the command line, the sample data, the benchmarks). Core's own order, and that core never depends on
 * Jackson, are checked by core's {@code LayeringTest}.
 */
class ModuleBoundariesTest {

    private static final JavaClasses JSON = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.jingzhun.json");

    @Test
    void jsonNeverDependsOnTheExamples() {
        noClasses().that().resideInAPackage("io.github.jingzhun.json..")
                .should().dependOnClassesThat().resideInAPackage("io.github.jingzhun.examples..")
                .check(JSON);
    }
}

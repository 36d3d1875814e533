package io.github.jingzhun.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.Slices;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packages of the JSON module by role, and the one way between them: the NDJSON streams
 * ({@code json.stream}) are built on the public API of the contract and import ({@code json}), which never depends
 * on them; no package cycle.
 */
class LayeringTest {

    private static final String JSON = "io.github.jingzhun.json";
    private static final String STREAM = JSON + ".stream";

    /** The module's packages: the contract and import, the streams. */
    static final List<String> PACKAGES = List.of(JSON, STREAM);

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(JSON);

    @Test
    void everyPackageOfTheModuleHasItsRole() {
        Set<String> packages = CLASSES.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        assertThat(packages).containsExactlyInAnyOrderElementsOf(PACKAGES);
    }

    @Test
    void theContractAndImportNeverDependOnTheStreams() {
        noClasses().that().resideInAPackage(JSON).should().dependOnClassesThat().resideInAPackage(STREAM)
                .check(CLASSES);
    }

    @Test
    void thePackagesOfTheModuleHaveNoCycle() {
        // One slice a package of the module, the contract and import ("json") among them.
        String eachPackage = "io.github.jingzhun.(**)";
        assertThat(Slices.matching(eachPackage).transform(CLASSES)).hasSize(PACKAGES.size());
        slices().matching(eachPackage).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theModuleExportsEachOfItsPackages() {
        ModuleDescriptor module = ModuleFinder.of(Path.of("target/classes")).find(JSON).orElseThrow().descriptor();
        assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrderElementsOf(PACKAGES);
    }
}

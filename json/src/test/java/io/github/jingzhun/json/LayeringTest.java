package io.github.jingzhun.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packages of the JSON module by role, and the one way between them: the NDJSON streams
 * ({@code json.stream}) are built on the contract and import ({@code json}), which never depends on them. The few
 * members of the import package that the streams need and the public API does not offer go through one seam,
 * {@code json.internal}, which the module does not export: the import package hands them over there
 * ({@code StreamMembers}, installed by {@code JsonImporter}), and only the streams take them.
 */
class LayeringTest {

    private static final String JSON = "io.github.jingzhun.json";
    private static final String STREAM = JSON + ".stream";
    private static final String INTERNAL = JSON + ".internal";

    /** The module's packages: the contract and import, the streams, the seam. */
    static final List<String> PACKAGES = List.of(JSON, STREAM, INTERNAL);

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
        noClasses().that().resideInAPackage(INTERNAL).should().dependOnClassesThat().resideInAPackage(STREAM)
                .check(CLASSES);
    }

    @Test
    void onlyTheStreamsTakeFromTheSeamAndOnlyTheImportPackageHandsOver() {
        noClasses().that().resideOutsideOfPackages(STREAM, INTERNAL)
                .and().doNotHaveFullyQualifiedName(JSON + ".StreamMembers")
                .and().doNotHaveFullyQualifiedName(JSON + ".JsonImporter")
                .should().dependOnClassesThat().resideInAPackage(INTERNAL)
                .check(CLASSES);
    }

    @Test
    void theModuleExportsTheContractAndTheStreamsButNotTheSeam() {
        ModuleDescriptor module = ModuleFinder.of(Path.of("target/classes")).find(JSON).orElseThrow().descriptor();
        assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder(JSON, STREAM);
    }
}

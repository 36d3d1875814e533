package io.github.jingzhun;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages of core in one order, lowest first: a package may use the packages below it and none above it, so
 * no cycle between packages can come back. The order is written here and nowhere else; a new package gets its
 * place here, and a dependency against the order is moved (a type or a constant to the lower package), not allowed.
 */
class LayeringTest {

    /**
     * Lowest first. The model (money, decisions, areas, parameters, procedures, households) under the policy
     * functions, each rule's package under those that build on it, the policy's entry point ({@code PovertyPolicy}
     * and the area decisions, in the root package) over every rule, and the statistics, scenarios and explanations
     * (what would change a decision) over a policy on top.
     */
    static final List<String> ORDER = List.of(
            "money",
            "decision",
            "area",
            "parameter",
            "procedure",
            "household",
            "indicator",
            "identification",
            "measure",
            "exit",
            "monitoring",
            "audit",
            "",
            "statistics",
            "scenario",
            "explain");

    private static final String BASE = "io.github.jingzhun";

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    private static String layer(String name) {
        return name.isEmpty() ? "policy" : name;
    }

    @Test
    void everyPackageOfCoreHasItsPlaceInTheOrder() {
        List<String> packages = CORE.stream()
                .map(c -> c.getPackageName())
                .distinct()
                .map(p -> p.equals(BASE) ? "" : p.substring(BASE.length() + 1).split("\\.")[0])
                .distinct()
                .toList();
        assertThat(ORDER).containsAll(packages);
        assertThat(packages).containsAll(ORDER);
    }

    @Test
    void eachPackageUsesOnlyThePackagesBelowIt() {
        LayeredArchitecture layers = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String name : ORDER) {
            layers = layers.layer(layer(name)).definedBy(name.isEmpty() ? BASE : BASE + "." + name + "..");
        }
        for (int i = 0; i < ORDER.size() - 1; i++) {
            String[] above = ORDER.subList(i + 1, ORDER.size()).stream().map(LayeringTest::layer)
                    .toArray(String[]::new);
            layers = layers.whereLayer(layer(ORDER.get(i))).mayOnlyBeAccessedByLayers(above);
        }
        layers = layers.whereLayer(layer(ORDER.get(ORDER.size() - 1))).mayNotBeAccessedByAnyLayer()
                // The Immutables style of the model packages: read by the annotation processor at build time and
                // kept in no class's behaviour, so not a dependency of the packages it annotates.
                .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.equivalentTo(ValueStyle.class));
        layers.check(CORE);
    }

    @Test
    void thePackagesOfCoreAreFreeOfCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void coreNeverDependsOnJackson() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.fasterxml..").check(CORE);
    }
}

package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The public types of the JSON module, listed in {@code src/test/resources/public-types.txt}: a type added to or
 * removed from the public API is a reviewed decision, made by updating the list in the same commit. The same check
 * as core's {@code PublicTypesTest}, which a test of this module cannot reach.
 */
class PublicTypesTest {

    private static final Path COMMITTED = Path.of("src/test/resources/public-types.txt");

    /** Types a user can name: public, and public all the way out. */
    static List<String> publicTypes(String... packages) {
        TreeSet<String> names = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages)) {
            if (isPublicAllTheWayOut(type) && !type.getSimpleName().equals("package-info")) {
                names.add(type.getName());
            }
        }
        return List.copyOf(names);
    }

    private static boolean isPublicAllTheWayOut(JavaClass type) {
        for (Optional<JavaClass> t = Optional.of(type); t.isPresent(); t = t.get().getEnclosingClass()) {
            if (!t.get().getModifiers().contains(JavaModifier.PUBLIC) || t.get().isAnonymousClass()
                    || t.get().isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    /** Compares the types with the committed list, or writes the list when {@code jingzhun.publictypes.write} is set. */
    static void assertListed(List<String> types, Path committed, String module) throws IOException {
        if (Boolean.getBoolean("jingzhun.publictypes.write")) {
            Files.write(committed, types, StandardCharsets.UTF_8);
        }
        List<String> listed = Files.readAllLines(committed, StandardCharsets.UTF_8);
        List<String> added = new ArrayList<>(types);
        added.removeAll(listed);
        List<String> removed = new ArrayList<>(listed);
        removed.removeAll(types);
        assertThat(types).as("""
                The public types of %s changed: added %s, removed %s. If that is deliberate, a reviewed change of the \
                public API, update %s/%s with: mvn -B -q -pl %s test -Dtest=PublicTypesTest \
                -Djingzhun.publictypes.write=true, re-record the API baseline (mvn -B -q -Papi-baseline -DskipTests \
                package) and commit both; otherwise make the type package-private.""".formatted(module, added,
                removed, module, committed, module)).isEqualTo(listed);
    }

    @Test
    void thePublicTypesOfTheJsonModuleAreTheListedOnes() throws IOException {
        assertListed(publicTypes("io.github.jingzhun.json"), COMMITTED, "json");
    }
}

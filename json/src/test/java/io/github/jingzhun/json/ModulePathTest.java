package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.modulepath.ModulePathMain;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both jars are JPMS modules, and Jackson reaches into the JSON module when it writes: a program with Jingzhun on the
 * module path writes the contract's records as one on the class path does. The tests run on the class path, so this
 * runs a fresh JVM with the JSON module and the modules it requires on the module path.
 */
class ModulePathTest {

    /** The jars of the modules the JSON module requires, by name; core is its classes in a reactor build. */
    private static final Pattern REQUIRED = Pattern.compile("(jackson-(core|databind|annotations)"
            + "|jakarta\\.validation-api|jspecify|hibernate-validator|jboss-logging|classmate|jingzhun-core)"
            + "-[0-9].*\\.jar");

    @Test
    void recordsAndDecisionsAreWrittenOnTheModulePathAsOnTheClassPath(@TempDir Path dir) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--module-path", modulePath(),
                "--add-modules", "io.github.jingzhun.json",
                "-cp", Path.of("target", "test-classes").toAbsolutePath().toString(),
                ModulePathMain.class.getName()));
        for (String kind : List.of("household", "village", "county")) {
            Path file = dir.resolve(kind + ".json");
            Files.writeString(file, ContractDocument.example(kind), StandardCharsets.UTF_8);
            arguments.add(file.toString());
        }
        JvmRun run = JvmRun.of(arguments);
        assertThat(run.code()).as(run.err()).isZero();

        JsonImporter importer = JingzhunJson.importer();
        Household household = importer.readHousehold(ContractDocument.example("household"));
        assertThat(run.out().lines()).containsExactly(
                JingzhunJson.mapper().writeValueAsString(household),
                JingzhunJson.mapper().writeValueAsString(importer.readVillage(ContractDocument.example("village"))),
                JingzhunJson.mapper().writeValueAsString(importer.readCounty(ContractDocument.example("county"))),
                JingzhunJson.mapper().writeValueAsString(PovertyPolicy.national().assess(household, Year.of(2019))));
    }

    /** The JSON module's classes and the modules it requires, from this JVM's class path. */
    private static String modulePath() {
        List<String> path = new ArrayList<>(List.of(Path.of("target", "classes").toAbsolutePath().toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (p.endsWith(Path.of("core", "target", "classes"))
                    || REQUIRED.matcher(String.valueOf(p.getFileName())).matches()) {
                path.add(entry);
            }
        }
        return String.join(File.pathSeparator, path);
    }
}

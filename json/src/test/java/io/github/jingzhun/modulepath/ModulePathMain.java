package io.github.jingzhun.modulepath;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;

/**
 * The program of a JVM that has Jingzhun on the module path (see {@code ModulePathTest}): in a package of its own,
 * as a class on the class path cannot join a package of a named module.
 */
public final class ModulePathMain {

    private ModulePathMain() {}

    /**
     * Reads a household, a village and a county and writes each back, then the household's decision for 2019, one
     * a line.
     *
     * @param args the household's, the village's and the county's file
     * @throws Exception if reading or writing fails
     */
    public static void main(String[] args) throws Exception {
        JsonImporter importer = JingzhunJson.importer();
        Household household = importer.readHousehold(Files.readString(Path.of(args[0])));
        System.out.println(JingzhunJson.mapper().writeValueAsString(household));
        System.out.println(JingzhunJson.mapper().writeValueAsString(
                importer.readVillage(Files.readString(Path.of(args[1])))));
        System.out.println(JingzhunJson.mapper().writeValueAsString(
                importer.readCounty(Files.readString(Path.of(args[2])))));
        System.out.println(JingzhunJson.mapper().writeValueAsString(
                PovertyPolicy.national().assess(household, Year.of(2019))));
    }
}

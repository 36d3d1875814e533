package io.github.jingzhun.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.examples.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample's villages and counties are what the generator writes beside its households. */
class AreaSampleTest {

    @TempDir
    Path temp;

    @Test
    void regeneratingTheSampleGivesTheSameHouseholdsVillagesAndCounties() throws Exception {
        Path villages = temp.resolve("villages.ndjson");
        Path counties = temp.resolve("counties.ndjson");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] command = {"generate", "--households", "200", "--seed", "2019", "--year", "2019",
            "--villages", villages.toString(), "--counties", counties.toString()};

        int code = Cli.run(command, new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toByteArray()).isEqualTo(bundled("households.ndjson"));
        assertThat(Files.readAllBytes(villages)).isEqualTo(bundled("villages.ndjson"));
        assertThat(Files.readAllBytes(counties)).isEqualTo(bundled("counties.ndjson"));
    }

    /** A bundled file, which must be the same on the class path and in the source tree the README's demo reads. */
    private static byte[] bundled(String name) throws Exception {
        byte[] bytes;
        try (InputStream in = AreaSampleTest.class.getResourceAsStream("/sample/" + name)) {
            assertThat(in).as(name).isNotNull();
            bytes = in.readAllBytes();
        }
        Path source = Path.of("src/main/resources/sample/" + name);
        if (Files.exists(source)) {
            assertThat(Files.readAllBytes(source)).isEqualTo(bytes);
        }
        return bytes;
    }
}

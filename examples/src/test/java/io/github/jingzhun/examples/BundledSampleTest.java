package io.github.jingzhun.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.examples.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundled sample is what the generator writes: regenerating it gives the same bytes. */
class BundledSampleTest {

    /** The command that wrote the sample, as the README gives it. */
    static final String[] COMMAND = {"generate", "--households", "200", "--seed", "2019", "--year", "2019"};

    @Test
    void regeneratingTheSampleGivesTheSameBytes() throws Exception {
        byte[] bundled;
        try (InputStream in = BundledSampleTest.class.getResourceAsStream("/sample/households.ndjson")) {
            assertThat(in).isNotNull();
            bundled = in.readAllBytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(COMMAND, new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toByteArray()).isEqualTo(bundled);
        // The copy in the source tree, which the README's demo reads, is the same file.
        Path source = Path.of("src/main/resources/sample/households.ndjson");
        if (Files.exists(source)) {
            assertThat(Files.readAllBytes(source)).isEqualTo(bundled);
        }
    }
}

package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --villages --counties}: the areas beside the households, which stay the same. */
class GenerateAreasTest {

    @TempDir
    Path temp;

    @Test
    void theHouseholdsAreTheSameWithOrWithoutTheirAreas() throws Exception {
        Path villages = temp.resolve("v.ndjson");

        CliRun with = CliRun.of("", "generate", "--households", "30", "--villages", villages.toString());
        CliRun without = CliRun.of("", "generate", "--households", "30");

        assertThat(with.code()).isEqualTo(Cli.OK);
        assertThat(with.out()).isEqualTo(without.out());
        assertThat(Files.readAllLines(villages)).isNotEmpty()
                .allSatisfy(l -> assertThat(l).startsWith("{\"schemaVersion\":1,\"code\":\""));
        assertThat(temp.resolve("c.ndjson")).doesNotExist();
    }

    @Test
    void theAreasCommandReadsWhatGenerateWrites() throws Exception {
        Path villages = temp.resolve("v.ndjson");
        Path counties = temp.resolve("c.ndjson");
        String households = CliRun.of("", "generate", "--households", "400", "--seed", "7", "--year", "2018",
                "--villages", villages.toString(), "--counties", counties.toString()).out();

        CliRun areas = CliRun.of(households, "areas", "--year", "2018", "--villages", villages.toString(),
                "--counties", counties.toString());

        assertThat(areas.code()).isEqualTo(Cli.OK);
        assertThat(areas.err()).contains("households -: 400 lines: 400 households, 0 errors",
                "7 county decisions (6 decided, 1 not)");
    }

    @Test
    void aFileThatCannotBeWrittenIsAUsageError() {
        CliRun run = CliRun.of("", "generate", "--households", "3", "--counties",
                temp.resolve("no/such/dir/c.ndjson").toString());

        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--counties").contains("cannot be written");
    }
}

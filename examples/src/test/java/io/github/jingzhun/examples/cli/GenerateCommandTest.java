package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.audit.RollLine;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.json.JingzhunJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} end to end: NDJSON households that every other command reads. */
class GenerateCommandTest {

    @Test
    void generatesTheNumberAskedForDeterministically() {
        CliRun run = CliRun.of("", "generate", "--households", "50", "--seed", "42");
        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.lines()).hasSize(50).allSatisfy(l -> assertThat(l).startsWith("{\"schemaVersion\":1,"));
        assertThat(CliRun.of("", "generate", "--households", "50", "--seed", "42").out()).isEqualTo(run.out());
        assertThat(CliRun.of("", "generate", "--households", "50", "--seed", "43").out()).isNotEqualTo(run.out());
        assertThat(CliRun.of("", "generate", "--households", "20", "--seed", "42").out())
                .isEqualTo(String.join("\n", run.lines().subList(0, 20)) + "\n");
    }

    @Test
    void generatedHouseholdsAreValidForTheirYear() {
        String population = CliRun.of("", "generate", "--households", "100", "--year", "2020").out();
        CliRun assess = CliRun.of(population, "assess", "--year", "2020");
        assertThat(assess.code()).isEqualTo(Cli.OK);
        assertThat(assess.lines()).hasSize(100).allSatisfy(l -> assertThat(l).contains("\"line\":4000.00"));
    }

    @Test
    void zeroHouseholdsIsAnEmptyOutput() {
        CliRun run = CliRun.of("", "generate", "--households", "0");
        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void faultsArePlantedInAtLeastTwoHundredHouseholds() {
        CliRun run = CliRun.of("", "generate", "--households", "199", "--plant-faults");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--plant-faults: faults are planted in at least 200 households, not 199");
    }

    @Test
    void twoOutputsNamingOneFileAreAUsageErrorBeforeAnythingIsWritten(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("areas.ndjson"), "kept\n");
        CliRun run = CliRun.of("", "generate", "--households", "10", "--villages", file.toString(), "--counties",
                temp.resolve(".").resolve("areas.ndjson").toString());
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("--counties " + temp.resolve(".").resolve("areas.ndjson") + " is also "
                + "--villages: each is written whole, and one would replace the other");
        assertThat(file).hasContent("kept");
    }

    @Test
    void aLinkToAFileNotYetWrittenIsThatFile(@TempDir Path temp) throws Exception {
        Path villages = temp.resolve("villages.ndjson");
        Path link = Files.createSymbolicLink(temp.resolve("link.ndjson"), Path.of("villages.ndjson"));
        CliRun run = CliRun.of("", "generate", "--households", "10", "--villages", villages.toString(), "--counties",
                link.toString());
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).startsWith("--counties " + link + " is also --villages");
        assertThat(villages).doesNotExist();
        Path directoryLink = Files.createSymbolicLink(temp.resolve("here"), temp);
        CliRun through = CliRun.of("", "generate", "--households", "10", "--villages", villages.toString(),
                "--counties", directoryLink.resolve("villages.ndjson").toString());
        assertThat(through.code()).isEqualTo(Cli.USAGE);
        assertThat(villages).doesNotExist();
    }

    @Test
    void aRollThatCannotBeWrittenIsNamedAndTheRunSaysItsOutputIsIncomplete() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")));
        CliRun run = CliRun.of("", "generate", "--households", "300", "--roll", "/dev/full");
        assertThat(run.code()).isEqualTo(Cli.INCOMPLETE);
        assertThat(run.err()).contains("generate: could not finish: /dev/full: No space left on device; after ",
                " whole lines written, the output is incomplete");
    }

    @Test
    void theRollHoldsTheHouseholdsReceivingTheAllowance(@TempDir Path temp) throws Exception {
        Path roll = temp.resolve("roll.ndjson");
        CliRun run = CliRun.of("", "generate", "--households", "200", "--roll", roll.toString());
        assertThat(run.code()).isEqualTo(Cli.OK);
        long receiving = run.lines().stream().filter(l -> l.contains("\"kind\":\"MINIMUM_LIVING_ALLOWANCE\"")
                && l.contains("\"year\":2019,\"wage\"")).count();
        List<String> lines = Files.readAllLines(roll, StandardCharsets.UTF_8);
        assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo((int) receiving);
        for (String line : lines) {
            RollLine read = JingzhunJson.importer().readRollLine(line);
            assertThat(read.getBenefit()).isEqualTo(TransferKind.MINIMUM_LIVING_ALLOWANCE);
            assertThat(read.getYear()).isEqualTo(Year.of(2019));
            assertThat(run.out()).contains("\"id\":\"" + read.getHousehold() + "\"");
        }
        assertThat(CliRun.of("", "generate", "--households", "200").out()).isEqualTo(run.out());
    }
}

package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}

package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One readable progress display: in {@code generate | assess > out} both processes share one terminal, so only the
 * command whose output is a file draws; a command writing a summary at the end draws whatever its output is.
 */
class ProgressDisplayTest {

    private static final String[] GENERATE = {"generate", "--households", "3"};

    @Test
    void theGeneratorDrawsNothingIntoAPipeOrOntoTheTerminal() {
        CliRun run = CliRun.inTerminal("", false, GENERATE);
        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.lines()).hasSize(3);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theGeneratorDrawsItsBarWhenWritingAFile() {
        CliRun run = CliRun.inTerminal("", true, GENERATE);
        assertThat(run.lines()).hasSize(3);
        assertThat(run.err()).startsWith("\rgenerate [").contains("household").doesNotContain("\n").endsWith("\r");
        // The bar is erased: what follows on the terminal starts on a clean line.
        String erased = run.err().substring(run.err().lastIndexOf('\r', run.err().length() - 2));
        assertThat(erased).matches("\r +\r");
    }

    @Test
    void assessDrawsOnlyWhenItsOutputIsAFile() {
        String sample = CliRun.sample();
        CliRun piped = CliRun.inTerminal(sample, false, "assess", "--year", "2019");
        assertThat(piped.err()).isEqualTo("assess: 200 lines: 200 decisions, 0 errors\n");
        CliRun file = CliRun.inTerminal(sample, true, "assess", "--year", "2019");
        assertThat(file.err()).startsWith("\rassess ").contains(" lines").endsWith("\rassess: 200 lines: 200 "
                + "decisions, 0 errors\n");
        assertThat(file.out()).isEqualTo(piped.out());
        assertThat(CliRun.inTerminal(sample, true, "validate").err()).startsWith("\rvalidate ");
        assertThat(CliRun.inTerminal(sample, false, "validate").err()).doesNotContain("\r");
    }

    @Test
    void aSummaryCommandDrawsWhateverItsOutputAndErasesBeforeWriting() {
        for (boolean outputFile : new boolean[] {false, true}) {
            CliRun run = CliRun.inTerminal(CliRun.sample(), outputFile, "stats", "--year", "2019");
            assertThat(run.code()).isEqualTo(Cli.OK);
            assertThat(run.err()).startsWith("\rstats ").endsWith("\r");
            assertThat(run.out()).startsWith("Jingzhun statistics");
        }
    }

    @Test
    void noProgressMeansNone() {
        assertThat(CliRun.inTerminal("", true, "generate", "--households", "3", "--no-progress").err()).isEmpty();
        assertThat(CliRun.inTerminal(CliRun.sample(), true, "assess", "--year", "2019", "--no-progress").err())
                .doesNotContain("\r");
    }
}

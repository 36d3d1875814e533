package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void withATotalTheBarShowsThePercentageCountAndRate() {
        String text = ProgressBar.render("assess", 420, 1000, 84_213, "line", 8_000_000_000L);
        assertThat(text).isEqualTo("assess [==========>             ]  42%  84,213 lines  10,527 lines/s");
    }

    @Test
    void withoutATotalOnlyTheCountAndRate() {
        assertThat(ProgressBar.render("stats", 123, -1, 5000, "line", 2_000_000_000L))
                .isEqualTo("stats 5,000 lines  2,500 lines/s");
        assertThat(ProgressBar.render("stats", 0, -1, 0, "line", 0)).isEqualTo("stats 0 lines");
        assertThat(ProgressBar.render("generate", 2000, 1000, 10, "household", 1_000_000_000L))
                .startsWith("generate [========================] 100%");
    }

    @Test
    void oneIsSingularAndNoRateIsGivenInTheFirstSecond() {
        assertThat(ProgressBar.render("stats", 10, -1, 1, "line", 999_999_999L)).isEqualTo("stats 1 line");
        assertThat(ProgressBar.render("generate", 1, 2, 1, "household", 1_000_000_000L))
                .endsWith("  50%  1 household  1 households/s");
    }

    @Test
    void noBarDrawsNothingAndADrawnBarIsErased() {
        ProgressBar.none().update(1, 1);
        ProgressBar.none().close();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (ProgressBar bar = ProgressBar.on(err, "assess", 100, "line")) {
            // The first update draws at once; the next ones at most a few times a second.
            bar.update(10, 1);
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).startsWith("\rassess [").contains(" 10%  1 line").endsWith("\r");
        assertThat(drawn).doesNotContain("\n", "lines/s");
    }
}

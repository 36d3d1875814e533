package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.scenario.Shock;
import java.time.Year;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ConvertersTest {

    @Test
    void cutoffsAreFractionsOrDecimalsInTheUnitInterval() {
        Converters.CutoffConverter k = new Converters.CutoffConverter();
        assertThat(k.convert("1/3")).isEqualTo(1.0 / 3);
        assertThat(k.convert("0.4")).isEqualTo(0.4);
        assertThat(k.convert("1")).isEqualTo(1.0);
        assertThat(k.convert("2/7")).isEqualTo(2.0 / 7);
        assertThat(k.convert(".25")).isEqualTo(0.25);
        for (String bad : new String[] {"0", "1.5", "-1/3", "a/b", "1/0", "", "0.5f", "1/3d", "1e-1", "NaN", "0x1p-1",
            " 0.5"}) {
            assertThatThrownBy(() -> k.convert(bad)).as(bad).isInstanceOf(TypeConversionException.class);
        }
        assertThat(StatsCommand.cutoff(1.0 / 3)).isEqualTo("1/3");
        assertThat(StatsCommand.cutoff(0.25)).isEqualTo("1/4");
        assertThat(StatsCommand.cutoff(0.123)).isEqualTo("0.123");
        assertThat(StatsCommand.cutoff(0.142857)).isEqualTo("0.142857");
        assertThat(StatsCommand.cutoff(1e-9)).isEqualTo("0.000000001");
        assertThat(StatsCommand.cutoff(1)).isEqualTo("1");
        assertThat(StatsCommand.cutoff(7.0 / 7)).isEqualTo("1");
    }

    @Test
    void yearsAreDigitsAndAMistypedOneIsNamedWithoutAJavaClass() {
        Converters.YearConverter year = new Converters.YearConverter();
        assertThat(year.convert("2019")).isEqualTo(Year.of(2019));
        assertThat(year.convert("1900")).isEqualTo(Year.of(1900));
        assertThat(year.convert("2999")).isEqualTo(Year.of(2999));
        for (String bad : new String[] {"abc", "+2019", "-1", "2019.0", "1234567890", "", "1899", "3000", "0"}) {
            assertThatThrownBy(() -> year.convert(bad)).as(bad).isInstanceOf(TypeConversionException.class)
                    .hasMessage("not a year from 1900 to 2999, such as 2019: " + bad);
        }
        CliRun run = CliRun.of("", "assess", "--year", "abc");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--year", "not a year from 1900 to 2999, such as 2019: abc")
                .doesNotContain("java.");
        assertThat(CliRun.of("", "parameters", "--year", "1800", "--line", "4000").code()).isEqualTo(Cli.USAGE);
    }

    @Test
    void linesArePositiveAmountsOfYuan() {
        Converters.YuanConverter yuan = new Converters.YuanConverter();
        assertThat(yuan.convert("4000")).isEqualTo(Yuan.of(4000));
        assertThat(yuan.convert("4,000.50")).isEqualTo(Yuan.ofFen(400_050));
        assertThat(yuan.convert("1,000,000")).isEqualTo(Yuan.of(1_000_000));
        for (String bad : new String[] {"0", "-1", "4000.001", "four", "3218,50", "0,5", "32,18", "4,0000", ",4000",
            "4000,"}) {
            assertThatThrownBy(() -> yuan.convert(bad)).as(bad).isInstanceOf(TypeConversionException.class);
        }
    }

    @Test
    void shocksNameTheirKindMemberAndAmounts() {
        Converters.ShockConverter shock = new Converters.ShockConverter();
        assertThat(shock.convert("illness:0:20000")).isEqualTo(Shock.illness(0, Yuan.of(20000)));
        assertThat(shock.convert("disaster:1500:8000")).isEqualTo(Shock.disaster(Yuan.of(1500), Yuan.of(8000)));
        assertThat(shock.convert("lost-job:1:3000.5")).isEqualTo(Shock.lostJob(1, Yuan.ofFen(300_050)));
        assertThat(shock.convert("LOST_JOB:1:3000")).isEqualTo(Shock.lostJob(1, Yuan.of(3000)));
        for (String bad : new String[] {"illness", "illness:0", "flood:1:2", "illness:x:5", "illness:-1:5",
            "illness:0:-5", "illness:0:5:6", "illness:99999999999:1", "illness:0:20000,50", "disaster:0:1,5"}) {
            assertThatThrownBy(() -> shock.convert(bad)).as(bad).isInstanceOf(TypeConversionException.class);
        }
    }
}

package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.parameter.Deviation;
import io.github.jingzhun.parameter.PolicyParameters;
import org.junit.jupiter.api.Test;

/** {@code parameters}: a template that {@code --parameters} reads back. */
class ParametersCommandTest {

    @Test
    void theNationalSetReadsBackUnchanged() throws Exception {
        CliRun run = CliRun.of("", "parameters");
        assertThat(run.code()).isEqualTo(Cli.OK);
        PolicyParameters read = JingzhunJson.importer().readParameters(run.out());
        assertThat(read.deviations()).isEmpty();
        assertThat(read.getName()).isEqualTo(PolicyParameters.national().getName());
    }

    @Test
    void aLineIsReplacedWithItsReason() throws Exception {
        CliRun run = CliRun.of("", "parameters", "--year", "2018", "--line", "3,500");
        PolicyParameters read = JingzhunJson.importer().readParameters(run.out());
        assertThat(read.deviations()).singleElement().satisfies((Deviation d) -> {
            assertThat(d.parameter()).isEqualTo("line 2018");
            assertThat(d.value()).isEqualByComparingTo("3500");
            assertThat(d.reason()).contains("what if the 2018 line were 3500.00 yuan?");
        });
        // named for the change, so that a decision under it never names the national set
        assertThat(read.getName()).isEqualTo("national, 2018 line 3500.00");
    }

    @Test
    void aYearWithoutALineIsAUsageError() {
        CliRun run = CliRun.of("", "parameters", "--year", "2018");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--year names the year whose line --line replaces: give --line too");
    }

    @Test
    void aLineForAYearBeforeTheSetsValuesIsAUsageErrorNotASetNothingCouldUse() {
        CliRun run = CliRun.of("", "parameters", "--year", "2009", "--line", "2000");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--year 2009: --line 2000.00 cannot apply to the national parameter set: it "
                + "has no value of EDUCATION_REFERENCE_MONTH or of ", " other parameters in force on 2009-12-31; all of "
                + "them are in force from 2010-01-01");
        // the day from which the set can be used, not the first of the missing values
        assertThat(CliRun.of("", "parameters", "--year", "2004", "--line", "2000").err())
                .contains("in force on 2004-12-31; all of them are in force from 2010-01-01");
        assertThat(CliRun.of("", "parameters", "--year", "2010", "--line", "2400").code()).isEqualTo(Cli.OK);
    }

    @Test
    void theOutputIsTheSameOnEveryRunWithItsSetsSorted() {
        CliRun first = CliRun.of("", "parameters");
        assertThat(CliRun.of("", "parameters").out()).isEqualTo(first.out());
        assertThat(first.out()).contains("\"deepPovertyAreas\" : [ \"5132\", \"5133\", \"5134\", \"513422\", \"5333\", "
                + "\"5334\", \"54\", \"620623\", \"6229\", \"6230\", \"6322\", \"6323\", \"6325\", \"6326\", \"6327\", "
                + "\"6328\", \"6529\", \"6530\", \"6531\", \"6532\" ]");
    }

    @Test
    void everyNationalValueSaysWhenItTookEffectAndCitesItsSource() throws Exception {
        PolicyParameters read = JingzhunJson.importer().readParameters(CliRun.of("", "parameters").out());
        assertThat(read.getValues()).anySatisfy(v -> {
            assertThat(v.source()).startsWith("MON2020, ");
            assertThat(v.since()).isEqualTo(java.time.LocalDate.of(2020, 3, 20));
        });
        assertThat(read.getValues()).allSatisfy(v -> assertThat(v.source()).doesNotContain("[").doesNotContain(".md"));
    }
}

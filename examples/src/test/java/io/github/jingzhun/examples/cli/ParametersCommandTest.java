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
    }
}

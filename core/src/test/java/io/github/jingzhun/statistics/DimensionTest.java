package io.github.jingzhun.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.Households;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.parameter.YearParameters;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** ST-3 dimensions: the six indicators, dichotomous, and income, cardinal. */
class DimensionTest {

    private static final YearParameters Y2019 = PovertyPolicy.national().parametersFor(Populations.YEAR);

    static LongStream seeds() {
        return Populations.seeds();
    }

    @ParameterizedTest
    @EnumSource(Indicator.class)
    @DisplayName("ST-3: each indicator is a dichotomous dimension deciding by its own rule")
    void st3IndicatorDimensions(Indicator indicator) {
        Dimension d = Dimension.of(indicator);

        assertThat(d.indicator()).isEqualTo(indicator);
        assertThat(d.rule()).isEqualTo(indicator.rule());
        assertThat(d.isCardinal()).isFalse();
        assertThat(d.name()).isEqualTo(indicator.name());
    }

    @Test
    @DisplayName("ST-3: income is the cardinal dimension, decided by ID-H-1")
    void st3IncomeDimension() {
        assertThat(Dimension.INCOME.indicator()).isNull();
        assertThat(Dimension.INCOME.rule()).isEqualTo(Rule.ID_H_1);
        assertThat(Dimension.INCOME.isCardinal()).isTrue();
        assertThatThrownBy(() -> Dimension.INCOME.status(Households.worked(), Y2019))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @DisplayName("ST-3 property: a dimension's status is the indicator's status in the full report")
    void st3StatusIsTheIndicatorsStatus(long seed) {
        for (Household h : Populations.random(seed)) {
            IndicatorReport report = Indicators.evaluate(h, Y2019);
            for (Indicator indicator : Indicator.values()) {
                assertThat(Dimension.of(indicator).status(h, Y2019)).isEqualTo(report.status(indicator));
            }
        }
    }
}

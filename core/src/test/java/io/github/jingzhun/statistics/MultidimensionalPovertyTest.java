package io.github.jingzhun.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.statistics.MultidimensionalPoverty.IndicatorMeasures;
import io.github.jingzhun.statistics.MultidimensionalPoverty.SubgroupMeasures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ST-3 results: a value with lookups by dimension and subgroup. */
class MultidimensionalPovertyTest {

    private static final IndicatorMeasures FOOD = new IndicatorMeasures(Dimension.FOOD, 1, 0.5, 0.25, 1);
    private static final SubgroupMeasures COUNTY = new SubgroupMeasures("522727", 4, 1, 1, 0.25, 1, 0.25, 0.25,
            0.25, 1);

    @Test
    @DisplayName("ST-3: measures of a dimension and of a subgroup are found by key")
    void st3Lookups() {
        MultidimensionalPoverty af = new MultidimensionalPoverty(Populations.YEAR, 1, 4, 1, 0.25, 1, 0.25, 0.25,
                0.25, List.of(FOOD), List.of(COUNTY), List.of());

        assertThat(af.indicator(Dimension.FOOD)).isSameAs(FOOD);
        assertThat(af.subgroup("522727")).isSameAs(COUNTY);
        assertThat(af.subgroup("130123")).isNull();
        assertThatThrownBy(() -> af.indicator(Dimension.WATER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WATER");
    }

    @Test
    @DisplayName("ST-3: the lists are copied and the counts checked")
    void st3ValueChecks() {
        List<IndicatorMeasures> indicators = new ArrayList<>(List.of(FOOD));
        MultidimensionalPoverty af = new MultidimensionalPoverty(Populations.YEAR, 1, 4, 1, 0.25, 1, 0.25, 0.25,
                0.25, indicators, List.of(), List.of());
        indicators.clear();

        assertThat(af.indicators()).containsExactly(FOOD);
        assertThatThrownBy(() -> af.indicators().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new MultidimensionalPoverty(Populations.YEAR, 1, 1, 2, 0, 0, 0, 0, 0, List.of(),
                List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MultidimensionalPoverty(Populations.YEAR, 1, 1, -1, 0, 0, 0, 0, 0, List.of(),
                List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

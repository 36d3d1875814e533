package io.github.jingzhun.parameter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.decision.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LineKeyTest {

    @ParameterizedTest
    @EnumSource(LineKey.class)
    void everyLineKeyNamesItsFieldUnitAndRules(LineKey key) {
        assertThat(key.field()).matches("[a-z][A-Za-z]+s");
        assertThat(key.description()).isNotBlank();
        assertThat(key.unit()).isEqualTo("yuan per person per year");
        assertThat(key.rules()).contains(Rule.IND_STD);
    }

    @Test
    void theIncomeTestReadsTheNationalAndRegionalLines() {
        assertThat(LineKey.readBy(Rule.ID_H_1)).containsExactly(LineKey.POVERTY_LINE, LineKey.REGIONAL_LINE);
        assertThat(LineKey.readBy(Rule.MON_1)).containsExactly(LineKey.values());
    }
}

package io.github.jingzhun.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterValueTest {

    private static final LocalDate SINCE = LocalDate.of(2019, 7, 1);

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankSourceIsRejectedNamingTheKey(String source) {
        assertThatThrownBy(() -> new ParameterValue(ParameterKey.NOTICE_DAYS, BigDecimal.ONE, SINCE, source, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source: the value of NOTICE_DAYS must give its source");
    }

    @Test
    void keyValueAndDateAreRequired() {
        assertThatThrownBy(() -> new ParameterValue(null, BigDecimal.ONE, SINCE, "s", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> new ParameterValue(ParameterKey.NOTICE_DAYS, null, SINCE, "s", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("value");
        assertThatThrownBy(() -> new ParameterValue(ParameterKey.NOTICE_DAYS, BigDecimal.ONE, null, "s", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("since");
    }

    @Test
    void valuesWithTheSameComponentsAreEqual() {
        ParameterValue a = new ParameterValue(ParameterKey.NOTICE_DAYS, BigDecimal.valueOf(5), SINCE, "s", "r");
        ParameterValue b = new ParameterValue(ParameterKey.NOTICE_DAYS, BigDecimal.valueOf(5), SINCE, "s", "r");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new ParameterValue(ParameterKey.NOTICE_DAYS, BigDecimal.valueOf(5),
                SINCE.plusDays(1), "s", "r"));
    }
}

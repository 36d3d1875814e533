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
    void aValueAsLongAsAnIdNumberIsRedactedInItsTextAndInTheSetsRefusal() {
        BigDecimal idLike = new BigDecimal("522727198001011229");
        ParameterValue value = new ParameterValue(ParameterKey.CADRE_MAX_HOUSEHOLDS, idLike, SINCE, "s", "r");
        assertThat(value).hasToString("ParameterValue[key=CADRE_MAX_HOUSEHOLDS, value=<redacted>, since=2019-07-01, "
                + "source=s, reason=r]");
        assertThatThrownBy(() -> PolicyParameters.national().withParameter(value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<redacted>")
                .message().doesNotContain("522727198001011229");
        assertThat(new ParameterValue(ParameterKey.NOTICE_DAYS, new BigDecimal("7"), SINCE, "s", null))
                .hasToString("ParameterValue[key=NOTICE_DAYS, value=7, since=2019-07-01, source=s, reason=null]");
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

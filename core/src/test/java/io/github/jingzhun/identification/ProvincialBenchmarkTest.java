package io.github.jingzhun.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProvincialBenchmarkTest {

    private static final Year Y2019 = Year.of(2019);

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.01", "99.99", "100"})
    void incidenceFrom0To100InclusiveIsAccepted(String percent) {
        assertThat(new ProvincialBenchmark(52, Y2019, new BigDecimal(percent), Yuan.of(10000))
                .ruralIncidencePercent()).isEqualByComparingTo(percent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01"})
    void incidenceOutside0To100IsRejected(String percent) {
        assertThatThrownBy(() -> new ProvincialBenchmark(52, Y2019, new BigDecimal(percent), Yuan.of(10000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ruralIncidencePercent");
    }

    @Test
    void negativeAverageIncomeIsRejectedZeroIsNot() {
        assertThatThrownBy(() -> new ProvincialBenchmark(52, Y2019, BigDecimal.TEN, Yuan.ofFen(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ruralAverageIncome");
        assertThat(new ProvincialBenchmark(52, Y2019, BigDecimal.TEN, Yuan.ZERO).ruralAverageIncome())
                .isEqualTo(Yuan.ZERO);
    }

    @Test
    void yearIsRequired() {
        assertThatThrownBy(() -> new ProvincialBenchmark(52, null, BigDecimal.TEN, Yuan.of(10000)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("year");
    }
}

package io.github.jingzhun.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.area.ProvinceCode;
import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProvincialBenchmarkTest {

    private static final Year Y2019 = Year.of(2019);
    private static final ProvinceCode GUIZHOU = ProvinceCode.of(52);

    private static ProvincialBenchmark published(String percent, Yuan income) {
        return ProvincialBenchmark.published(GUIZHOU, Y2019, new BigDecimal(percent), income, "yearbook");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.01", "99.99", "100"})
    void incidenceFrom0To100InclusiveIsAccepted(String percent) {
        ProvincialBenchmark b = published(percent, Yuan.of(10000));

        assertThat(b.ruralIncidencePercent()).isEqualByComparingTo(percent);
        assertThat(b.isPublished()).isTrue();
        assertThat(b.source()).isEqualTo("yearbook");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01"})
    void incidenceOutside0To100IsRejected(String percent) {
        assertThatThrownBy(() -> published(percent, Yuan.of(10000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ruralIncidencePercent: must be between 0 and 100");
    }

    @Test
    void negativeIncomeAndBlankSourceAreRejectedTogether() {
        assertThatThrownBy(() -> ProvincialBenchmark.published(GUIZHOU, Y2019, new BigDecimal("101"),
                Yuan.ofFen(-1), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ruralIncidencePercent: must be between 0 and 100; ruralPerCapitaIncome: must not be "
                        + "negative; source: must not be blank");
        assertThat(published("10", Yuan.ZERO).ruralPerCapitaIncome()).isEqualTo(Yuan.ZERO);
    }

    @Test
    void aSourceHoldingAResidentIdNumberIsRefused() {
        // it would be quoted in every ID-V-1 finding that compares with the figures
        assertThatThrownBy(() -> ProvincialBenchmark.published(GUIZHOU, Y2019, BigDecimal.ONE, Yuan.of(10000),
                "yearbook, compiled by 522727198001011229"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("source: could hold a resident ID")
                .hasMessageNotContaining("522727198001011229");
    }

    @Test
    void registryFiguresBeyondTheRangeOfAnAmountGivenAreStated() {
        // one household's parts, each within a trillion yuan, may sum beyond it
        ProvincialBenchmark b = ProvincialBenchmark.fromRegistry(GUIZHOU, Y2019, new Incidence(0, 1),
                Yuan.ofFen(100_000_000_000_001L), 1);

        assertThat(b.ruralPerCapitaIncome()).isEqualTo(Yuan.ofFen(100_000_000_000_001L));
    }

    @Test
    void provinceAndYearAreRequired() {
        assertThatThrownBy(() -> ProvincialBenchmark.published(GUIZHOU, null, BigDecimal.TEN, Yuan.of(1), "x"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> ProvincialBenchmark.published(null, Y2019, BigDecimal.TEN, Yuan.of(1), "x"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("province");
    }

    @Test
    void registryFiguresAreLabelledAndRoundedForDisplayOnly() {
        ProvincialBenchmark b = ProvincialBenchmark.fromRegistry(GUIZHOU, Y2019, new Incidence(1, 3),
                Yuan.parse("100.00"), 3);

        assertThat(b.isPublished()).isFalse();
        assertThat(b.ruralIncidencePercent()).isEqualTo(new BigDecimal("33.33"));
        assertThat(b.ruralPerCapitaIncome()).isEqualTo(Yuan.parse("33.33"));
        assertThat(b.source()).isEqualTo("computed from the registry: 1 registered poor of 3 persons, income of 3 "
                + "persons; not a published statistic");
        assertThat(b.province()).isEqualTo(GUIZHOU);
        assertThat(b.year()).isEqualTo(Y2019);
        assertThat(b).hasToString("ProvincialBenchmark{52 2019: rural incidence 33.33%, rural per-capita income "
                + "33.33 (computed from the registry: 1 registered poor of 3 persons, income of 3 persons; not a "
                + "published statistic)}");
        assertThat(ProvincialBenchmark.fromRegistry(GUIZHOU, Y2019, new Incidence(0, 1), Yuan.ZERO, 1).source())
                .isEqualTo("computed from the registry: 0 registered poor of 1 person, income of 1 person; not a "
                        + "published statistic");
    }

    @Test
    void registryFiguresNeedHouseholds() {
        assertThatThrownBy(() -> ProvincialBenchmark.fromRegistry(GUIZHOU, Y2019, new Incidence(0, 0), Yuan.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("province 52");
        assertThatThrownBy(() -> ProvincialBenchmark.fromRegistry(GUIZHOU, Y2019, new Incidence(0, 1), Yuan.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalityIsOfTheRatiosNotTheirTerms() {
        ProvincialBenchmark half = ProvincialBenchmark.fromRegistry(GUIZHOU, Y2019, new Incidence(1, 2), Yuan.of(10),
                2);
        ProvincialBenchmark sameLabel = ProvincialBenchmark.fromRegistry(GUIZHOU, Y2019, new Incidence(1, 2),
                Yuan.of(10), 2);

        assertThat(half).isEqualTo(sameLabel).hasSameHashCodeAs(sameLabel);
        assertThat(published("50", Yuan.of(5))).isEqualTo(published("50.00", Yuan.parse("5.00")))
                .isNotEqualTo(published("50", Yuan.of(6))).isNotEqualTo(published("49", Yuan.of(5)))
                .isNotEqualTo(half).isNotEqualTo("50");
    }

    @Test
    void eachProblemAloneIsReportedAlone() {
        assertThatThrownBy(() -> ProvincialBenchmark.published(GUIZHOU, Y2019, BigDecimal.ONE, Yuan.ofFen(-1), "x"))
                .hasMessage("ruralPerCapitaIncome: must not be negative");
        assertThatThrownBy(() -> ProvincialBenchmark.published(GUIZHOU, Y2019, BigDecimal.ONE, Yuan.of(1), ""))
                .hasMessage("source: must not be blank");
    }

    @Test
    void publishedFiguresAreKeptAsGivenNotRounded() {
        assertThat(published("0.125", Yuan.of(1)).ruralIncidencePercent()).isEqualTo(new BigDecimal("0.125"));
    }

    @Test
    void benchmarksOfAnotherProvinceYearOrSourceDiffer() {
        ProvincialBenchmark guizhou = published("5", Yuan.of(5));

        assertThat(guizhou).isNotEqualTo(ProvincialBenchmark.published(ProvinceCode.of(53), Y2019, BigDecimal.valueOf(5),
                Yuan.of(5), "yearbook"));
        assertThat(guizhou).isNotEqualTo(ProvincialBenchmark.published(GUIZHOU, Year.of(2018), BigDecimal.valueOf(5),
                Yuan.of(5), "yearbook"));
        assertThat(guizhou).isNotEqualTo(ProvincialBenchmark.published(GUIZHOU, Y2019, BigDecimal.valueOf(5),
                Yuan.of(5), "census"));
        assertThat(guizhou.hashCode()).isNotEqualTo(ProvincialBenchmark.published(ProvinceCode.of(53), Y2019,
                BigDecimal.valueOf(5), Yuan.of(5), "yearbook").hashCode());
        // the same ratios, one published and one computed, with the same label, still differ
        ProvincialBenchmark computed = ProvincialBenchmark.fromRegistry(GUIZHOU, Y2019, new Incidence(1, 20),
                Yuan.of(5), 1);
        assertThat(ProvincialBenchmark.published(GUIZHOU, Y2019, BigDecimal.valueOf(5), Yuan.of(5), computed.source()))
                .isNotEqualTo(computed);
    }
}

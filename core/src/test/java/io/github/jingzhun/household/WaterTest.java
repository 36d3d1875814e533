package io.github.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jingzhun.Households;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The water record of IND-WATER is checked when built: every problem at once, each with its path. */
class WaterTest {

    @Test
    @DisplayName("IND-WATER: the edges of every range are accepted: 0 litres, 0 minutes, 0% and 100%")
    void edgesOfTheRangesAreAccepted() {
        Water none = Households.goodWater().withLitresPerPersonPerDay(0).withPipedToYard(false)
                .withFetchRoundTripMinutes(0).withGuaranteeRatePercent(0).build();
        Water full = Households.goodWater().withGuaranteeRatePercent(100).build();

        assertThat(none.getLitresPerPersonPerDay()).isZero();
        assertThat(none.getFetchRoundTripMinutes()).isZero();
        assertThat(none.getGuaranteeRatePercent()).isZero();
        assertThat(full.getGuaranteeRatePercent()).isEqualTo(100);
        assertThat(full.getFetchRoundTripMinutes()).isNull();
    }

    @Test
    @DisplayName("IND-WATER: by default water is not piped to the yard, the area is not water-scarce, no trip surveyed")
    void defaults() {
        Water water = Water.builder().withQualityMeetsStandard(true).withLitresPerPersonPerDay(70)
                .withGuaranteeRatePercent(97).build();

        assertThat(water.isPipedToYard()).isFalse();
        assertThat(water.isWaterScarceArea()).isFalse();
        assertThat(water.getFetchRoundTripMinutes()).isNull();
    }

    @Test
    @DisplayName("IND-WATER: negative litres are refused")
    void negativeLitresAreRefused() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Households.goodWater().withLitresPerPersonPerDay(-1).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("litresPerPersonPerDay", "must not be negative")));
    }

    @Test
    @DisplayName("IND-WATER: a negative round trip is refused")
    void negativeRoundTripIsRefused() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Households.goodWater().withPipedToYard(false).withFetchRoundTripMinutes(-1).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("fetchRoundTripMinutes", "must not be negative")));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    @DisplayName("IND-WATER: a guarantee rate outside 0 to 100 is refused")
    void guaranteeRateOutsideZeroToHundredIsRefused(int percent) {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Households.goodWater().withGuaranteeRatePercent(percent).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("guaranteeRatePercent", "must be between 0 and 100, not " + percent)));
    }

    @Test
    @DisplayName("IND-WATER: every problem is reported at once")
    void everyProblemIsReportedAtOnce() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Water.builder().withQualityMeetsStandard(true).withLitresPerPersonPerDay(-5)
                        .withFetchRoundTripMinutes(-2).withGuaranteeRatePercent(120).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("litresPerPersonPerDay", "fetchRoundTripMinutes", "guaranteeRatePercent"));
    }
}

package io.github.jingzhun.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.Draws.Range;
import io.github.jingzhun.Draws;
import io.github.jingzhun.Households;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ST-1: poverty incidence over persons. */
class IncidenceTest {

    private static final LocalDate REGISTERED_ON = LocalDate.of(2015, 10, 1);
    private static final Year YEAR = Year.of(2019);
    private static final Range POOR = new Range(0, 100_000);
    private static final Range NOT_POOR = new Range(0, 100_000);
    private static final Range SOME_NOT_POOR = new Range(1, 100_000);
    /** A percentage from 0.00 to 100.00, in hundredths. */
    private static final Range HUNDREDTHS = new Range(0, 10_000);

    /**
     * Seeds of the properties: the first ones take every combination of edge cases (0, 1, 2 and both ends of each
     * range and their neighbours), the others draw at random (see {@link Draws#numbers}).
     */
    static LongStream seeds() {
        return LongStream.range(0, 500);
    }

    private static Household household(Status status, int members) {
        Household.Builder b = Households.household("522727").withStatus(status);
        for (int i = 0; i < members; i++) {
            b.addMembers(Households.member(Sex.MALE, LocalDate.of(1970 + i, 1, 1)).build());
        }
        return b.build();
    }

    // ---------------------------------------------------------------- of(households)

    @Test
    @DisplayName("ST-1: of(households) counts persons of REGISTERED households as poor; EXITED and NOT_REGISTERED not")
    void st1CountsRegisteredPersonsOnly() {
        List<Household> hs = List.of(
                household(Status.registered(REGISTERED_ON), 3),
                household(Status.registered(REGISTERED_ON), 2),
                household(Status.exited(REGISTERED_ON, LocalDate.of(2018, 12, 1)), 4),
                household(Status.notRegistered(), 6));

        Incidence incidence = Incidence.of(hs, YEAR);

        assertThat(incidence).isEqualTo(new Incidence(5, 15));
        assertThat(incidence.percent()).isEqualTo(new BigDecimal("33.33"));
    }

    @Test
    @DisplayName("ST-1: the poor of a year are those on the registry on its last day, by the dates recorded")
    void st1ReadsTheStatusAtTheEndOfTheYear() {
        List<Household> hs = List.of(
                household(Status.registered(LocalDate.of(2019, 12, 31)), 1),
                household(Status.registered(LocalDate.of(2020, 1, 1)), 2),
                household(Status.exited(REGISTERED_ON, LocalDate.of(2019, 12, 31)), 4),
                household(Status.exited(REGISTERED_ON, LocalDate.of(2020, 1, 1)), 8),
                household(Status.builder().withState(RegistrationState.REGISTERED).build(), 16));

        assertThat(Incidence.of(hs, YEAR)).isEqualTo(new Incidence(1 + 8 + 16, 31));
        assertThat(Incidence.of(hs, Year.of(2020))).isEqualTo(new Incidence(1 + 2 + 16, 31));
        assertThat(Incidence.of(hs, Year.of(2014))).isEqualTo(new Incidence(16, 31));
    }

    @Test
    @DisplayName("ST-1: an EXITED household alone gives no poor persons")
    void st1ExitedIsNotPoor() {
        Incidence incidence = Incidence.of(List.of(household(Status.exited(REGISTERED_ON, LocalDate.of(2019, 1, 1)),
                5)), YEAR);

        assertThat(incidence.poorPersons()).isZero();
        assertThat(incidence.population()).isEqualTo(5);
    }

    @Test
    @DisplayName("ST-1: no households give an empty incidence of 0.00%")
    void st1Empty() {
        Incidence incidence = Incidence.of(List.of(), YEAR);

        assertThat(incidence).isEqualTo(new Incidence(0, 0));
        assertThat(incidence.percent()).isEqualTo(new BigDecimal("0.00"));
        assertThat(incidence.isBelow(new BigDecimal("2"))).isFalse();
    }

    // ---------------------------------------------------------------- percent()

    @Test
    @DisplayName("ST-1: percent() rounds half-up to two decimals")
    void st1PercentRoundsHalfUp() {
        assertThat(new Incidence(1, 3).percent()).isEqualTo(new BigDecimal("33.33"));
        assertThat(new Incidence(2, 3).percent()).isEqualTo(new BigDecimal("66.67"));
        assertThat(new Incidence(1, 8).percent()).isEqualTo(new BigDecimal("12.50"));
        // 1 of 20000 is exactly 0.005%: half-up gives 0.01 (half-even would give 0.00).
        assertThat(new Incidence(1, 20_000).percent()).isEqualTo(new BigDecimal("0.01"));
        // 49 of 1000000 is 0.0049%: rounds down.
        assertThat(new Incidence(49, 1_000_000).percent()).isEqualTo(new BigDecimal("0.00"));
        assertThat(new Incidence(3, 3).percent()).isEqualTo(new BigDecimal("100.00"));
        assertThat(new Incidence(0, 7).percent()).isEqualTo(new BigDecimal("0.00"));
    }

    // ---------------------------------------------------------------- isBelow

    @Test
    @DisplayName("ST-1: isBelow is strict and exact at the boundary: 200 of 10000 is not below 2%, 199 is")
    void st1IsBelowAtBoundary() {
        BigDecimal two = new BigDecimal("2");

        assertThat(new Incidence(200, 10_000).isBelow(two)).isFalse();
        assertThat(new Incidence(199, 10_000).isBelow(two)).isTrue();
        assertThat(new Incidence(201, 10_000).isBelow(two)).isFalse();
        assertThat(new Incidence(200, 10_000).isBelow(new BigDecimal("2.01"))).isTrue();
        assertThat(new Incidence(200, 10_000).isBelow(new BigDecimal("1.99"))).isFalse();
    }

    @Test
    @DisplayName("ST-1: isBelow compares exactly, not the rounded percent(): 1999 of 100000 shows 2.00 yet is below 2")
    void st1IsBelowIgnoresDisplayRounding() {
        Incidence incidence = new Incidence(1999, 100_000);

        assertThat(incidence.percent()).isEqualTo(new BigDecimal("2.00"));
        assertThat(incidence.isBelow(new BigDecimal("2"))).isTrue();
        // 1 of 3 shows 33.33 but is above 33.33.
        assertThat(new Incidence(1, 3).isBelow(new BigDecimal("33.33"))).isFalse();
        assertThat(new Incidence(1, 3).isBelow(new BigDecimal("33.34"))).isTrue();
    }

    // ---------------------------------------------------------------- validation

    @Test
    @DisplayName("ST-1: counts must satisfy 0 <= poor persons <= population")
    void st1Validation() {
        assertThatThrownBy(() -> new Incidence(-1, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1 of 10");
        assertThatThrownBy(() -> new Incidence(11, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11 of 10");
        assertThatThrownBy(() -> new Incidence(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Incidence(10, 10).population()).isEqualTo(10);
    }

    // ---------------------------------------------------------------- properties

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("ST-1: isBelow(p) holds exactly when poor × 100 < p × population")
    void st1IsBelowIsExact(long seed) {
        long[] drawn = Draws.numbers(seed, POOR, NOT_POOR, HUNDREDTHS);
        long poor = drawn[0];
        long population = poor + drawn[1];
        BigDecimal percent = BigDecimal.valueOf(drawn[2], 2);
        Incidence incidence = new Incidence(poor, population);

        boolean expected = BigDecimal.valueOf(poor).multiply(BigDecimal.valueOf(100))
                .compareTo(percent.multiply(BigDecimal.valueOf(population))) < 0;

        assertThat(incidence.isBelow(percent)).as("%s below %s%%", incidence, percent).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("ST-1: percent() is the exact incidence rounded half-up to two decimals")
    void st1PercentIsRoundedExactValue(long seed) {
        long[] drawn = Draws.numbers(seed, POOR, SOME_NOT_POOR);
        long poor = drawn[0];
        long population = poor + drawn[1];
        BigDecimal exact = BigDecimal.valueOf(poor).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(population), 10, RoundingMode.HALF_UP);

        BigDecimal percent = new Incidence(poor, population).percent();

        assertThat(percent.scale()).isEqualTo(2);
        assertThat(percent.subtract(exact).abs()).as("%d of %d: %s", poor, population, percent)
                .isLessThanOrEqualTo(new BigDecimal("0.005"));
        assertThat(percent).isBetween(new BigDecimal("0.00"), new BigDecimal("100.00"));
    }
}

package io.github.jingzhun.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.jingzhun.Draws;
import io.github.jingzhun.Draws.Range;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class YuanTest {

    @Test
    void aNullOperandIsRefusedNamingIt() {
        Yuan one = Yuan.of(1);
        assertThatNullPointerException().isThrownBy(() -> one.plus(null)).withMessage("other");
        assertThatNullPointerException().isThrownBy(() -> one.minus(null)).withMessage("other");
        assertThatNullPointerException().isThrownBy(() -> one.compareTo(null)).withMessage("other");
        assertThatNullPointerException().isThrownBy(() -> one.times((BigDecimal) null)).withMessage("ratio");
        assertThatNullPointerException().isThrownBy(() -> one.isBelow(null, 1)).withMessage("perPerson");
        assertThatNullPointerException().isThrownBy(() -> one.exceeds(null, 1)).withMessage("perPerson");
    }

    /** Amounts in fen up to ten trillion yuan either way: far from overflow when added or subtracted. */
    private static final long BOUND = 1_000_000_000_000_000L;
    /** Fen of an amount in the properties. */
    private static final Range AMOUNT = new Range(-BOUND, BOUND);
    /** Fen of any long. */
    private static final Range ANY_FEN = new Range(Long.MIN_VALUE, Long.MAX_VALUE);
    private static final Range PERSONS = new Range(1, Integer.MAX_VALUE);

    /**
     * Seeds of the properties: the first ones take every combination of edge cases (0, ±1, ±2 and both ends of the
     * range and their neighbours), the others draw at random (see {@link Draws#numbers}).
     */
    static LongStream seeds() {
        return LongStream.range(0, 1000);
    }

    // ---- of(BigDecimal), of(long), ofFen -------------------------------------------------------------------

    @Test
    void ofBigDecimalHoldsTheExactNumberOfFen() {
        assertThat(Yuan.of(new BigDecimal("12.34")).fen()).isEqualTo(1234);
        assertThat(Yuan.of(new BigDecimal("-12.34")).fen()).isEqualTo(-1234);
        assertThat(Yuan.of(new BigDecimal("0.01")).fen()).isEqualTo(1);
        assertThat(Yuan.of(new BigDecimal("3218")).fen()).isEqualTo(321_800);
    }

    @Test
    void trailingZerosBeyondTheFenAreNotAFraction() {
        assertThat(Yuan.of(new BigDecimal("1.500")).fen()).isEqualTo(150);
        assertThat(Yuan.of(new BigDecimal("3200.0000")).fen()).isEqualTo(320_000);
        assertThat(Yuan.of(new BigDecimal("0.000"))).isEqualTo(Yuan.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "0.005", "-0.001", "12.345", "3217.999", "0.0000001"})
    void fractionOfAFenIsRejected(String amount) {
        assertThatIllegalArgumentException().isThrownBy(() -> Yuan.of(new BigDecimal(amount)))
                .withMessageContaining("fraction of a fen");
    }

    @Test
    void fractionOfAFenIsRejectedWithAShortMessageEvenAtAHugeScale() {
        // "1E-999999999" is twelve characters; spelling it out in plain notation would need a gigabyte.
        assertThatIllegalArgumentException().isThrownBy(() -> Yuan.parse("1E-999999999"))
                .withMessageContaining("fraction of a fen")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(100));
        assertThatIllegalArgumentException().isThrownBy(() -> Yuan.of(new BigDecimal("1E-2000")))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(100));
    }

    @Test
    void exactlyOneTrillionIsAcceptedEitherSign() {
        assertThat(Yuan.of(new BigDecimal("1000000000000")).fen()).isEqualTo(100_000_000_000_000L);
        assertThat(Yuan.of(new BigDecimal("-1000000000000.00")).fen()).isEqualTo(-100_000_000_000_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000000.01", "-1000000000000.01", "1000000000001", "1E+13", "1E+999999999"})
    void aboveOneTrillionIsRejected(String amount) {
        assertThatIllegalArgumentException().isThrownBy(() -> Yuan.of(new BigDecimal(amount)))
                .withMessage("amount must be between minus one trillion and one trillion yuan");
    }

    @Test
    void ofWholeYuanMultipliesByOneHundred() {
        assertThat(Yuan.of(3218).fen()).isEqualTo(321_800);
        assertThat(Yuan.of(-1).fen()).isEqualTo(-100);
        assertThat(Yuan.of(0)).isSameAs(Yuan.ZERO);
    }

    @Test
    void ofWholeYuanThatOverflowsThrowsArithmeticException() {
        long largest = Long.MAX_VALUE / 100;
        assertThat(Yuan.of(largest).fen()).isEqualTo(largest * 100);
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Yuan.of(largest + 1));
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Yuan.of(-largest - 1));
    }

    @Test
    void ofFenKeepsTheSignAndZeroIsTheConstant() {
        assertThat(Yuan.ofFen(-5).fen()).isEqualTo(-5);
        assertThat(Yuan.ofFen(0)).isSameAs(Yuan.ZERO);
        assertThat(Yuan.ofFen(Long.MAX_VALUE).fen()).isEqualTo(Long.MAX_VALUE);
    }

    // ---- parse -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "3218, 321800",
        "3200.00, 320000",
        "-12.5, -1250",
        "0.05, 5",
        "-0.05, -5",
        "0, 0",
        "+7.10, 710",
        "1000000000000, 100000000000000"
    })
    void parseReadsDecimalText(String text, long fen) {
        assertThat(Yuan.parse(text).fen()).isEqualTo(fen);
    }

    @Test
    void parseAcceptsAnyCharSequence() {
        assertThat(Yuan.parse(new StringBuilder("42.42"))).isEqualTo(Yuan.ofFen(4242));
    }

    @Test
    void parseRejectsAFractionOfAFen() {
        assertThatIllegalArgumentException().isThrownBy(() -> Yuan.parse("3218.001"))
                .withMessage("amount has a fraction of a fen: 3218.001");
    }

    @Test
    void parseRejectsAboveOneTrillion() {
        assertThatIllegalArgumentException().isThrownBy(() -> Yuan.parse("1000000000000.01"))
                .withMessage("amount must be between minus one trillion and one trillion yuan");
    }

    @Test
    void theLimitIsOneTrillionYuanEitherSideOfZero() {
        assertThat(Yuan.of(1_000_000_000_000L).isWithinLimit()).isTrue();
        assertThat(Yuan.of(-1_000_000_000_000L).isWithinLimit()).isTrue();
        assertThat(Yuan.ofFen(100_000_000_000_001L).isWithinLimit()).isFalse();
        assertThat(Yuan.ofFen(-100_000_000_000_001L).isWithinLimit()).isFalse();
        assertThat(Yuan.ofFen(Long.MIN_VALUE).isWithinLimit()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1,000", "12.3.4", "1e", "--1", "+-0.5", "12,345,678,901,234"})
    void nonNumbersAreRejectedWithAClearMessage(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Yuan.parse(text))
                .withMessage("amount is not a decimal number: " + text)
                .withCauseInstanceOf(NumberFormatException.class);
    }

    /** Text that could be a name, or an ID number in any form (15 digits or more, separated or not), is not repeated. */
    @ParameterizedTest
    @ValueSource(strings = {"abc", " 12", "12 ", "NaN", "Infinity", "¥12", "一百", "0x10", "Wang Fang",
        "11010519491231002X", "522727198001011229,", "522727-19800101-1229", "110105491231002.."})
    void textThatCouldBeANameIsNotRepeated(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Yuan.parse(text))
                .withMessage("amount is not a decimal number")
                .withCauseInstanceOf(NumberFormatException.class);
    }

    @Test
    void implausiblyLongTextIsRejectedWithoutEchoingIt() {
        String text = "1".repeat(41);
        assertThatIllegalArgumentException().isThrownBy(() -> Yuan.parse(text))
                .withMessage("amount is not a plausible decimal number of yuan");
    }

    @Test
    void fortyCharactersAreStillReadAsANumber() {
        // 40 characters is the longest text read; this one is zero with 38 decimals, a plain 0.00.
        String text = "0." + "0".repeat(38);
        assertThat(text).hasSize(40);
        assertThat(Yuan.parse(text)).isEqualTo(Yuan.ZERO);
    }

    // ---- arithmetic --------------------------------------------------------------------------------------

    @Test
    void plusIsExact() {
        assertThat(Yuan.parse("0.10").plus(Yuan.parse("0.20"))).isEqualTo(Yuan.parse("0.30"));
        assertThat(Yuan.parse("3000").plus(Yuan.parse("-3000.01"))).isEqualTo(Yuan.parse("-0.01"));
    }

    @Test
    void minusIsExact() {
        assertThat(Yuan.parse("2600").minus(Yuan.parse("900"))).isEqualTo(Yuan.of(1700));
        assertThat(Yuan.parse("0.30").minus(Yuan.parse("0.31"))).isEqualTo(Yuan.ofFen(-1));
    }

    @Test
    void timesWholeNumberIsExact() {
        assertThat(Yuan.parse("3218").times(3)).isEqualTo(Yuan.of(9654));
        assertThat(Yuan.parse("0.01").times(-7)).isEqualTo(Yuan.ofFen(-7));
        assertThat(Yuan.parse("123.45").times(0)).isEqualTo(Yuan.ZERO);
    }

    @Test
    void timesRatioRoundsHalfUpToTheFen() {
        assertThat(Yuan.of(4000).times(new BigDecimal("1.5"))).isEqualTo(Yuan.of(6000));
        // 0.05 × 0.5 = 0.025 → 0.03 (half-up), −0.025 → −0.03 (half away from zero)
        assertThat(Yuan.ofFen(5).times(new BigDecimal("0.5"))).isEqualTo(Yuan.ofFen(3));
        assertThat(Yuan.ofFen(-5).times(new BigDecimal("0.5"))).isEqualTo(Yuan.ofFen(-3));
        // 0.05 × 0.49 = 0.0245 → 0.02
        assertThat(Yuan.ofFen(5).times(new BigDecimal("0.49"))).isEqualTo(Yuan.ofFen(2));
    }

    @Test
    void plusThatOverflowsThrowsArithmeticException() {
        Yuan max = Yuan.ofFen(Long.MAX_VALUE);
        assertThat(max.plus(Yuan.ZERO)).isEqualTo(max);
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> max.plus(Yuan.ofFen(1)));
    }

    @Test
    void minusThatOverflowsThrowsArithmeticException() {
        Yuan min = Yuan.ofFen(Long.MIN_VALUE);
        assertThat(min.minus(Yuan.ZERO)).isEqualTo(min);
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> min.minus(Yuan.ofFen(1)));
    }

    @Test
    void timesThatOverflowsThrowsArithmeticException() {
        Yuan half = Yuan.ofFen(Long.MAX_VALUE / 2);
        assertThat(half.times(2).fen()).isEqualTo(Long.MAX_VALUE - 1);
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> half.times(3));
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> Yuan.ofFen(Long.MIN_VALUE).times(-1));
    }

    @Test
    void timesARatioGoesBeyondATrillionAsSumsDoAndThrowsOnlyPastALong() {
        // AUD-5 multiplies a household's income of the year before, which may itself be a sum beyond a trillion
        Yuan before = Yuan.parse("-600000000000");
        assertThat(before.times(new BigDecimal("3"))).isEqualTo(Yuan.of(-1_800_000_000_000L));
        Yuan half = Yuan.ofFen(Long.MAX_VALUE / 2);
        assertThat(half.times(new BigDecimal("2")).fen()).isEqualTo(Long.MAX_VALUE - 1);
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> half.times(new BigDecimal("2.01")));
        // refused before its digits are written out
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> Yuan.ofFen(1).times(new BigDecimal("1E+999999999")));
        assertThat(Yuan.ofFen(1).times(new BigDecimal("1E-999999999"))).isEqualTo(Yuan.ZERO);
    }

    // ---- perCapita (INC-2, INC-3) ------------------------------------------------------------------------

    @Test
    @DisplayName("INC-2/INC-3: per-capita of an exact division is exact")
    void perCapitaOfAnExactDivisionIsExactINC2() {
        assertThat(Yuan.of(6400).perCapita(2)).isEqualTo(Yuan.of(3200));
        assertThat(Yuan.of(6400).perCapita(1)).isEqualTo(Yuan.of(6400));
    }

    @ParameterizedTest(name = "{0} fen / {1} = {2} fen")
    @CsvSource({
        // exact half a fen: rounds up (away from zero)
        "1, 2, 1",
        "3, 2, 2",
        "5, 2, 3",
        "-1, 2, -1",
        "-5, 2, -3",
        // just below half: rounds down
        "4, 3, 1",
        "-4, 3, -1",
        // just above half: rounds up
        "5, 3, 2",
        "-5, 3, -2",
        // 1000.00 / 3 = 333.333… → 333.33; 2000.00 / 3 = 666.666… → 666.67
        "100000, 3, 33333",
        "200000, 3, 66667",
        "-200000, 3, -66667",
        "0, 7, 0"
    })
    @DisplayName("INC-3: per-capita rounds half-up to the fen, either sign")
    void perCapitaRoundsHalfUpToTheFenINC3(long fen, int persons, long expected) {
        assertThat(Yuan.ofFen(fen).perCapita(persons)).isEqualTo(Yuan.ofFen(expected));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void perCapitaOfNoOrNegativePersonsIsRejected(int persons) {
        assertThatIllegalArgumentException().isThrownBy(() -> Yuan.of(100).perCapita(persons))
                .withMessage("persons must be positive: " + persons);
    }

    @Test
    void perCapitaOfTheExtremeAmountsDoesNotOverflow() {
        assertThat(Yuan.ofFen(Long.MIN_VALUE).perCapita(1)).isEqualTo(Yuan.ofFen(Long.MIN_VALUE));
        assertThat(Yuan.ofFen(Long.MAX_VALUE).perCapita(Integer.MAX_VALUE).fen())
                .isEqualTo(expectedPerCapita(Long.MAX_VALUE, Integer.MAX_VALUE));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("INC-3: per-capita equals exact division rounded half-up")
    void perCapitaEqualsExactDivisionRoundedHalfUpINC3(long seed) {
        long[] drawn = Draws.numbers(seed, ANY_FEN, PERSONS);
        long fen = drawn[0];
        int persons = (int) drawn[1];

        assertThat(Yuan.ofFen(fen).perCapita(persons).fen()).as("%d fen / %d", fen, persons)
                .isEqualTo(expectedPerCapita(fen, persons));
    }

    private static long expectedPerCapita(long fen, int persons) {
        return BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(persons), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    // ---- comparisons -------------------------------------------------------------------------------------

    @Test
    void comparisonsAreStrictAtEquality() {
        Yuan line = Yuan.of(3218);
        Yuan oneFenLess = line.minus(Yuan.ofFen(1));
        Yuan oneFenMore = line.plus(Yuan.ofFen(1));
        assertThat(oneFenLess.isLessThan(line)).isTrue();
        assertThat(line.isLessThan(line)).isFalse();
        assertThat(oneFenMore.isLessThan(line)).isFalse();
        assertThat(oneFenMore.isGreaterThan(line)).isTrue();
        assertThat(line.isGreaterThan(line)).isFalse();
        assertThat(oneFenLess.isGreaterThan(line)).isFalse();
        assertThat(line.compareTo(Yuan.parse("3218.00"))).isZero();
    }

    @Test
    void isZeroAndIsPositiveTellZeroFromOneFenEitherSide() {
        assertThat(Yuan.ZERO.isZero()).isTrue();
        assertThat(Yuan.ofFen(1).isZero()).isFalse();
        assertThat(Yuan.ofFen(-1).isZero()).isFalse();
        assertThat(Yuan.ofFen(1).isPositive()).isTrue();
        assertThat(Yuan.ZERO.isPositive()).isFalse();
        assertThat(Yuan.ofFen(-1).isPositive()).isFalse();
    }

    @Test
    @DisplayName("INC-3: a total exactly the amount per person times the persons neither exceeds it nor is below it")
    void totalAgainstAnAmountPerPersonIsStrictAtEquality() {
        Yuan line = Yuan.of(3218);
        Yuan three = Yuan.of(3218 * 3);
        assertThat(three.exceeds(line, 3)).isFalse();
        assertThat(three.isBelow(line, 3)).isFalse();
        assertThat(three.plus(Yuan.ofFen(1)).exceeds(line, 3)).isTrue();
        assertThat(three.minus(Yuan.ofFen(1)).isBelow(line, 3)).isTrue();
    }

    @ParameterizedTest(name = "{0} > {2}% of {1}: {3}")
    @CsvSource({
        // a whole percentage, compared in long arithmetic
        "100.00, 1000.00, 10, false",
        "100.01, 1000.00, 10, true",
        "99.99, 1000.00, 10, false",
        // a fraction of a percent, in decimals
        "125.00, 1000.00, 12.5, false",
        "125.01, 1000.00, 12.5, true",
        // a whole percentage too long for a long, and products past a long, in decimals
        "1000000000000.00, 0.01, 10000000000000000000000, false",
        "1000000000000.00, 0.01, 9999999999999999, true",
        "1000000000000.00, 1000000000000.00, 1000000, false",
        "1000000000000.00, 1000000000000.00, 99, true"
    })
    @DisplayName("exceedsPercentOf is strict at equality, whatever the percentage")
    void exceedsPercentOfIsStrictAtEquality(String amount, String base, String percent, boolean exceeds) {
        assertThat(Yuan.parse(amount).exceedsPercentOf(Yuan.parse(base), new BigDecimal(percent))).isEqualTo(exceeds);
    }

    @Test
    void equalAmountsHashAlikeAndDifferentOnesApart() {
        assertThat(Yuan.parse("1.00").hashCode()).isEqualTo(Yuan.ofFen(100).hashCode());
        assertThat(Yuan.ofFen(1).hashCode()).isNotEqualTo(Yuan.ofFen(2).hashCode());
    }

    @Test
    void isNegativeOnlyBelowZero() {
        assertThat(Yuan.ofFen(-1).isNegative()).isTrue();
        assertThat(Yuan.ZERO.isNegative()).isFalse();
        assertThat(Yuan.ofFen(1).isNegative()).isFalse();
    }

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        Yuan a = Yuan.parse("12.5");
        Yuan b = Yuan.of(new BigDecimal("12.500"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Yuan.parse("12.51"));
        assertThat(a).isNotEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void toBigDecimalHasScaleTwo() {
        assertThat(Yuan.of(3200).toBigDecimal()).isEqualTo(new BigDecimal("3200.00"));
        assertThat(Yuan.ofFen(-5).toBigDecimal()).isEqualTo(new BigDecimal("-0.05"));
        assertThat(Yuan.ZERO.toBigDecimal().scale()).isEqualTo(2);
    }

    // ---- toString ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "0, 0.00",
        "1, 0.01",
        "5, 0.05",
        "10, 0.10",
        "99, 0.99",
        "100, 1.00",
        "320000, 3200.00",
        "-1, -0.01",
        "-5, -0.05",
        "-10, -0.10",
        "-100, -1.00",
        "-1250, -12.50",
        "9223372036854775807, 92233720368547758.07",
        "-9223372036854775808, -92233720368547758.08"
    })
    void toStringAlwaysHasTwoDecimals(long fen, String text) {
        assertThat(Yuan.ofFen(fen)).hasToString(text);
    }

    // ---- properties --------------------------------------------------------------------------------------

    /** Two amounts within ±{@link #BOUND} fen for a seed. */
    private static Yuan[] twoAmounts(long seed) {
        long[] fen = Draws.numbers(seed, AMOUNT, AMOUNT);
        return new Yuan[] {Yuan.ofFen(fen[0]), Yuan.ofFen(fen[1])};
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void plusAndMinusAreInverse(long seed) {
        Yuan[] amounts = twoAmounts(seed);
        Yuan a = amounts[0];
        Yuan b = amounts[1];

        assertThat(a.plus(b).minus(b)).as("%s + %s - %s", a, b, b).isEqualTo(a);
        assertThat(a.minus(b).plus(b)).as("%s - %s + %s", a, b, b).isEqualTo(a);
        assertThat(a.plus(b)).as("%s + %s", a, b).isEqualTo(b.plus(a));
        assertThat(a.minus(a)).as("%s - %s", a, a).isEqualTo(Yuan.ZERO);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void plusAndMinusAgreeWithBigDecimal(long seed) {
        Yuan[] amounts = twoAmounts(seed);
        Yuan a = amounts[0];
        Yuan b = amounts[1];

        assertThat(a.plus(b).toBigDecimal()).as("%s + %s", a, b).isEqualTo(a.toBigDecimal().add(b.toBigDecimal()));
        assertThat(a.minus(b).toBigDecimal()).as("%s - %s", a, b)
                .isEqualTo(a.toBigDecimal().subtract(b.toBigDecimal()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void comparisonsAgreeWithBigDecimal(long seed) {
        Yuan[] amounts = twoAmounts(seed);
        Yuan a = amounts[0];
        Yuan b = amounts[1];

        int expected = a.toBigDecimal().compareTo(b.toBigDecimal());
        assertThat(Integer.signum(a.compareTo(b))).as("%s compareTo %s", a, b).isEqualTo(expected);
        assertThat(a.isLessThan(b)).as("%s < %s", a, b).isEqualTo(expected < 0);
        assertThat(a.isGreaterThan(b)).as("%s > %s", a, b).isEqualTo(expected > 0);
        assertThat(a.equals(b)).as("%s equals %s", a, b).isEqualTo(expected == 0);
        assertThat(a.isNegative()).as("%s < 0", a).isEqualTo(a.toBigDecimal().signum() < 0);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void textRoundTripsThroughParse(long seed) {
        long fen = Draws.numbers(seed, new Range(-BOUND / 10, BOUND / 10))[0];
        Yuan amount = Yuan.ofFen(fen);

        assertThat(Yuan.parse(amount.toString())).as("%d fen", fen).isEqualTo(amount);
        assertThat(Yuan.of(amount.toBigDecimal())).as("%d fen", fen).isEqualTo(amount);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void toStringIsThePlainDecimalWithTwoPlaces(long seed) {
        long fen = Draws.numbers(seed, ANY_FEN)[0];

        assertThat(Yuan.ofFen(fen)).hasToString(BigDecimal.valueOf(fen, 2).toPlainString());
    }
}

package io.github.jingzhun.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of Chinese yuan (人民币元), held as a whole number of fen (分, 0.01 yuan).
 *
 * <p>Amounts never pass through binary floating point: they are parsed from decimal text or {@link BigDecimal}, added and
 * compared as {@code long} fen, and divided only for display, rounded half-up to the fen (INC-3). Arithmetic that
 * would overflow throws {@link ArithmeticException} rather than wrap.
 *
 * <p>This class is immutable, thread-safe and value-based; compare with {@link #equals(Object)}, not {@code ==}.
 */
public final class Yuan implements Comparable<Yuan> {

    /** Zero yuan. */
    public static final Yuan ZERO = new Yuan(0);

    /** The largest amount accepted from text: one trillion yuan, far above any household or village figure. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");
    private static final long LIMIT_FEN = LIMIT.movePointRight(2).longValueExact();

    private final long fen;

    private Yuan(long fen) {
        this.fen = fen;
    }

    /**
     * Obtains an amount from a number of fen.
     *
     * @param fen the amount in fen (0.01 yuan), any sign
     * @return the amount, not null
     */
    public static Yuan ofFen(long fen) {
        return fen == 0 ? ZERO : new Yuan(fen);
    }

    /**
     * Obtains an amount of whole yuan.
     *
     * @param yuan the amount in whole yuan, any sign
     * @return the amount, not null
     * @throws ArithmeticException if the amount in fen overflows a {@code long}
     */
    public static Yuan of(long yuan) {
        return ofFen(Math.multiplyExact(yuan, 100L));
    }

    /**
     * Whether the amount lies within one trillion yuan either side of zero, as every amount read from text does: a
     * line or a threshold beyond it could not be multiplied by a household's members in fen.
     *
     * @return true if within
     */
    public boolean isWithinLimit() {
        return fen >= -LIMIT_FEN && fen <= LIMIT_FEN;
    }

    /**
     * Obtains an amount from an exact decimal number of yuan.
     *
     * @param yuan the amount in yuan, not null, with at most two decimal places (trailing zeros are ignored)
     * @return the amount, not null
     * @throws IllegalArgumentException if the amount has a fraction of a fen or lies beyond one trillion yuan either
     *     side of zero
     */
    public static Yuan of(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        if (yuan.abs().compareTo(LIMIT) > 0) {
            throw new IllegalArgumentException("amount must be between minus one trillion and one trillion yuan");
        }
        BigDecimal fen = yuan.movePointRight(2);
        if (fen.scale() > 0 && fen.signum() != 0 && fen.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("amount has a fraction of a fen: " + yuan);
        }
        return ofFen(fen.longValueExact());
    }

    /**
     * Parses an amount written as a decimal number of yuan, such as {@code 3218}, {@code 3200.00} or {@code -12.5}.
     *
     * @param text the decimal text, not null
     * @return the amount, not null
     * @throws IllegalArgumentException if the text is not a decimal number, has a fraction of a fen or lies beyond one
     *     trillion yuan either side of zero
     */
    public static Yuan parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.length() > 40) {
            throw new IllegalArgumentException("amount is not a plausible decimal number of yuan");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException e) {
            // repeated only if it could be nothing but an amount mistyped: not a name, nor an ID number in any form
            throw new IllegalArgumentException("amount is not a decimal number"
                    + (s.matches("[0-9.,+eE-]*") && s.replaceAll("[^0-9]", "").length() < 15 ? ": " + s : ""), e);
        }
        return of(value);
    }

    /**
     * Returns the amount in fen.
     *
     * @return the number of fen, any sign
     */
    public long fen() {
        return fen;
    }

    /**
     * Returns this amount as an exact decimal number of yuan with two decimal places.
     *
     * @return the amount in yuan with scale 2, not null
     */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(fen, 2);
    }

    /**
     * Returns the sum of this amount and another.
     *
     * @param other the amount to add, not null
     * @return the sum, not null
     * @throws ArithmeticException if the sum overflows
     */
    public Yuan plus(Yuan other) {
        Objects.requireNonNull(other, "other");
        return ofFen(Math.addExact(fen, other.fen));
    }

    /**
     * Returns this amount less another.
     *
     * @param other the amount to subtract, not null
     * @return the difference, not null
     * @throws ArithmeticException if the difference overflows
     */
    public Yuan minus(Yuan other) {
        Objects.requireNonNull(other, "other");
        return ofFen(Math.subtractExact(fen, other.fen));
    }

    /**
     * Returns this amount multiplied by a whole number, such as a per-capita line times the number of members.
     *
     * @param factor the multiplier
     * @return the product, not null
     * @throws ArithmeticException if the product overflows
     */
    public Yuan times(long factor) {
        return ofFen(Math.multiplyExact(fen, factor));
    }

    /**
     * Returns this amount multiplied by an exact ratio (such as 1.5 or 60%), rounded half-up to the fen.
     *
     * @param ratio the multiplier, not null
     * @return the product, not null
     * @throws ArithmeticException if the product overflows
     */
    public Yuan times(BigDecimal ratio) {
        Objects.requireNonNull(ratio, "ratio");
        // In fen: rounding fen × ratio to a whole fen is rounding yuan × ratio to two decimals.
        BigDecimal product = BigDecimal.valueOf(this.fen).multiply(ratio);
        // Its whole digits, counted before rounding, which would write out every digit of a huge or tiny ratio.
        int digits = product.precision() - product.scale();
        if (digits > 19) {
            throw new ArithmeticException("long overflow");
        }
        if (digits < 0) {
            return ZERO;  // less than a tenth of a fen
        }
        return ofFen(product.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /**
     * Returns this amount divided by a number of persons, rounded half-up to the fen: the displayed per-capita
     * figure of INC-3. Decisions compare totals, never this rounded value.
     *
     * @param persons the number of persons, positive
     * @return the per-capita amount, not null
     * @throws IllegalArgumentException if {@code persons} is not positive
     */
    public Yuan perCapita(int persons) {
        if (persons <= 0) {
            throw new IllegalArgumentException("persons must be positive: " + persons);
        }
        long quotient = fen / persons;
        long twiceRemainder = Math.abs(fen % persons) * 2;
        if (twiceRemainder >= persons) {
            quotient += fen < 0 ? -1 : 1;
        }
        return ofFen(quotient);
    }

    /**
     * Checks whether this amount is more than a percentage of another, exactly: this × 100 &gt; base × percent. A
     * whole percentage, as policy parameters usually are, is compared in {@code long} arithmetic.
     *
     * @param base the amount the percentage is of, not null
     * @param percent the percentage, not null
     * @return true if this amount is more
     */
    public boolean exceedsPercentOf(Yuan base, BigDecimal percent) {
        if (percent.scale() == 0 && percent.precision() <= 18) {
            try {
                return Math.multiplyExact(fen, 100L) > Math.multiplyExact(base.fen, percent.longValue());
            } catch (ArithmeticException e) {
                // compare in decimals below
            }
        }
        return BigDecimal.valueOf(fen).movePointRight(2).compareTo(BigDecimal.valueOf(base.fen).multiply(percent)) > 0;
    }

    /**
     * Checks whether this amount is strictly less than another.
     *
     * @param other the amount to compare with, not null
     * @return true if this amount is less
     */
    public boolean isLessThan(Yuan other) {
        return fen < other.fen;
    }

    /**
     * Checks whether this amount is strictly greater than another.
     *
     * @param other the amount to compare with, not null
     * @return true if this amount is greater
     */
    public boolean isGreaterThan(Yuan other) {
        return fen > other.fen;
    }

    /**
     * Checks whether this total, shared among persons, is below an amount per person, exactly: this &lt; perPerson ×
     * persons (INC-3), never the rounded per-capita figure. A household's income below the line is decided so.
     *
     * @param perPerson the amount per person, such as a line, not null
     * @param persons the number of persons
     * @return true if this total is less
     * @throws ArithmeticException if the product overflows
     */
    public boolean isBelow(Yuan perPerson, int persons) {
        Objects.requireNonNull(perPerson, "perPerson");
        // No product amount is made: this comparison is on the path of every household decided.
        return fen < Math.multiplyExact(perPerson.fen, persons);
    }

    /**
     * Checks whether this total, shared among persons, exceeds an amount per person, exactly: this &gt; perPerson ×
     * persons (INC-3), never the rounded per-capita figure. A household's income above the line is decided so.
     *
     * @param perPerson the amount per person, such as a line, not null
     * @param persons the number of persons
     * @return true if this total is greater
     * @throws ArithmeticException if the product overflows
     */
    public boolean exceeds(Yuan perPerson, int persons) {
        Objects.requireNonNull(perPerson, "perPerson");
        return fen > Math.multiplyExact(perPerson.fen, persons);
    }

    /**
     * Checks whether this amount is zero: nothing.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return fen == 0;
    }

    /**
     * Checks whether this amount is above zero.
     *
     * @return true if positive
     */
    public boolean isPositive() {
        return fen > 0;
    }

    /**
     * Checks whether this amount is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return fen < 0;
    }

    @Override
    public int compareTo(Yuan other) {
        Objects.requireNonNull(other, "other");
        return Long.compare(fen, other.fen);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Yuan && ((Yuan) obj).fen == fen;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(fen);
    }

    /**
     * Returns the amount in yuan with two decimals, such as {@code 3200.00} or {@code -0.05}.
     *
     * @return the decimal text, not null
     */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}

package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jingzhun.money.Yuan;
import java.io.IOException;

/**
 * Writes amounts of money as JSON numbers: the text of {@link Yuan#toString()} — two decimals, a minus sign when
 * negative, such as {@code 3200.00} or {@code -0.05} — made from the whole fen as digits, without a
 * {@code BigDecimal} or a string, since every decision writes three of them.
 */
final class Amounts {

    /** The most characters of an amount: a sign, nineteen digits of a {@code long} and a decimal point. */
    private static final int MOST_CHARS = 21;

    private Amounts() {}

    /**
     * Writes an amount as a JSON number.
     *
     * @param gen the generator
     * @param amount the amount
     * @throws IOException if writing fails
     */
    static void write(JsonGenerator gen, Yuan amount) throws IOException {
        write(gen, amount, buffer());
    }

    /**
     * Writes an amount as a JSON number, its text made in a buffer that the caller may use again.
     *
     * @param gen the generator
     * @param amount the amount
     * @param buffer a buffer from {@link #buffer()}
     * @throws IOException if writing fails
     */
    static void write(JsonGenerator gen, Yuan amount, char[] buffer) throws IOException {
        int start = digits(amount.fen(), buffer);
        gen.writeNumber(buffer, start, MOST_CHARS - start);
    }

    /**
     * A buffer for the text of an amount.
     *
     * @return a new buffer
     */
    static char[] buffer() {
        return new char[MOST_CHARS];
    }

    /**
     * Writes the text of an amount of fen at the end of a buffer of {@link #MOST_CHARS} characters.
     *
     * @param fen the amount in fen
     * @param text the buffer
     * @return where the text starts
     */
    static int digits(long fen, char[] text) {
        int at = MOST_CHARS;
        // The magnitude's digits, the last first, from its negation: Long.MIN_VALUE has one too.
        long rest = fen < 0 ? fen : -fen;
        text[--at] = digit(rest);
        rest /= 10;
        text[--at] = digit(rest);
        rest /= 10;
        text[--at] = '.';
        do {
            text[--at] = digit(rest);
            rest /= 10;
        } while (rest != 0);
        if (fen < 0) {
            text[--at] = '-';
        }
        return at;
    }

    /** The last digit of a number not above zero. */
    private static char digit(long negated) {
        return (char) ('0' - negated % 10);
    }
}

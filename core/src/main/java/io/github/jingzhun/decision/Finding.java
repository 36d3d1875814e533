package io.github.jingzhun.decision;

import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One reason in a decision: the rule it cites, whether the household satisfies what the rule tests, the observed
 * value, the threshold it was compared with and a plain message in English and Chinese.
 *
 * <p>{@code passed} means the household satisfies what the rule tests: for ID-H-1, that income is below the line.
 * A finding refers to a member by index ({@code members[1]}), never by name or ID number. Messages are rendered
 * from the wording on first use, so deciding stays cheap. Immutable, thread-safe and value-based.
 */
public final class Finding {

    /** The sentinel scale of a number that is absent or kept as the {@code BigDecimal} it was given as. */
    private static final short DECIMAL = Short.MIN_VALUE;
    /** The scale of an amount in yuan kept in fen. */
    private static final short YUAN_SCALE = 2;

    private final Rule rule;
    private final boolean passed;
    // Each number is kept as the BigDecimal it was given as (a parameter's value, already made), or as an unscaled
    // long and a scale when computed (an amount in fen has scale 2): its BigDecimal is made only when asked for.
    private final @Nullable BigDecimal observedDecimal;
    private final @Nullable BigDecimal thresholdDecimal;
    private final long observedUnscaled;
    private final long thresholdUnscaled;
    private final short observedScale;
    private final short thresholdScale;
    private final @Nullable String subject;
    /** The wording; literal messages have a literal wording, which renders them exactly. */
    private final Wording wording;

    private @Nullable String message;
    private @Nullable String messageZh;

    private Finding(Rule rule, boolean passed, @Nullable BigDecimal observedDecimal, long observedUnscaled,
            short observedScale, @Nullable BigDecimal thresholdDecimal, long thresholdUnscaled, short thresholdScale,
            @Nullable String subject, Wording wording) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.passed = passed;
        this.observedDecimal = observedDecimal;
        this.observedUnscaled = observedUnscaled;
        this.observedScale = observedScale;
        this.thresholdDecimal = thresholdDecimal;
        this.thresholdUnscaled = thresholdUnscaled;
        this.thresholdScale = thresholdScale;
        this.subject = subject;
        this.wording = Objects.requireNonNull(wording, "wording");
    }

    private static Finding decimals(Rule rule, boolean passed, @Nullable BigDecimal observed,
            @Nullable BigDecimal threshold, @Nullable String subject, Wording wording) {
        return new Finding(rule, passed, observed, 0, DECIMAL, threshold, 0, DECIMAL, subject, wording);
    }

    /**
     * Obtains a finding whose messages are rendered from a wording.
     *
     * @param rule the rule cited, not null
     * @param passed whether the household satisfies what the rule tests
     * @param observed the observed value, or null for a fact without a number
     * @param threshold the threshold compared with, or null
     * @param subject what the finding is about (a member such as {@code members[1]}, a year), or null
     * @param wording the wording, not null
     * @return the finding, not null
     */
    public static Finding of(Rule rule, boolean passed, @Nullable BigDecimal observed, @Nullable BigDecimal threshold,
            @Nullable String subject, Wording wording) {
        return decimals(rule, passed, observed, threshold, subject, wording);
    }

    /**
     * Obtains a finding that observes a whole number, such as an age or a count, against a parameter's value.
     *
     * @param rule the rule cited, not null
     * @param passed whether the household satisfies what the rule tests
     * @param observed the observed number
     * @param threshold the threshold compared with, or null
     * @param subject what the finding is about (a member such as {@code members[1]}, a year), or null
     * @param wording the wording, not null
     * @return the finding, not null
     */
    public static Finding of(Rule rule, boolean passed, long observed, @Nullable BigDecimal threshold,
            @Nullable String subject, Wording wording) {
        // Kept as a long: its BigDecimal is made only when it is read.
        return new Finding(rule, passed, null, observed, (short) 0, threshold, 0, DECIMAL, subject, wording);
    }

    /**
     * Obtains a finding that compares two whole numbers, such as an age against the oldest age or a year against
     * the last year.
     *
     * @param rule the rule cited, not null
     * @param passed whether the household satisfies what the rule tests
     * @param observed the observed number
     * @param threshold the number compared with
     * @param subject what the finding is about (a member such as {@code members[1]}, a year), or null
     * @param wording the wording, not null
     * @return the finding, not null
     */
    public static Finding of(Rule rule, boolean passed, long observed, long threshold, @Nullable String subject,
            Wording wording) {
        return new Finding(rule, passed, null, observed, (short) 0, null, threshold, (short) 0, subject, wording);
    }

    /**
     * Obtains a finding that compares amounts of money, such as an income against a line.
     *
     * @param rule the rule cited, not null
     * @param passed whether the household satisfies what the rule tests
     * @param observed the observed amount, not null
     * @param threshold the amount compared with, or null
     * @param subject what the finding is about (a member such as {@code members[1]}, a year), or null
     * @param wording the wording, not null
     * @return the finding, not null
     */
    public static Finding ofAmounts(Rule rule, boolean passed, Yuan observed, @Nullable Yuan threshold,
            @Nullable String subject, Wording wording) {
        // Kept in fen: the BigDecimal of an amount is made only when it is read.
        return threshold == null
                ? new Finding(rule, passed, null, observed.fen(), YUAN_SCALE, null, 0, DECIMAL, subject, wording)
                : new Finding(rule, passed, null, observed.fen(), YUAN_SCALE, null, threshold.fen(), YUAN_SCALE,
                        subject, wording);
    }

    /**
     * Obtains a finding whose messages are given as literal text, such as a finding read back from JSON. Unlike a
     * {@link Wording}, the text is kept exactly: a <code>{</code> in it is not a placeholder.
     *
     * @param rule the rule cited, not null
     * @param passed whether the household satisfies what the rule tests
     * @param observed the observed value, or null for a fact without a number
     * @param threshold the threshold compared with, or null
     * @param subject what the finding is about (a member such as {@code members[1]}, a year), or null
     * @param message the message in English, not null
     * @param messageZh the message in Chinese, not null
     * @return the finding, not null
     */
    public static Finding of(Rule rule, boolean passed, @Nullable BigDecimal observed, @Nullable BigDecimal threshold,
            @Nullable String subject, String message, String messageZh) {
        return decimals(rule, passed, observed, threshold, subject, Wording.literal(message, messageZh));
    }

    /**
     * Obtains a finding without numbers, such as a surveyed fact.
     *
     * @param rule the rule cited, not null
     * @param passed whether the household satisfies what the rule tests
     * @param subject what the finding is about, or null
     * @param wording the wording, not null
     * @return the finding, not null
     */
    public static Finding of(Rule rule, boolean passed, @Nullable String subject, Wording wording) {
        return decimals(rule, passed, null, null, subject, wording);
    }

    /**
     * The rule cited.
     *
     * @return the rule, not null
     */
    public Rule rule() {
        return rule;
    }

    /**
     * Whether the household satisfies what the rule tests.
     *
     * @return true if satisfied
     */
    public boolean passed() {
        return passed;
    }

    /**
     * The observed value, if the rule compares a number.
     *
     * @return the value, or null
     */
    public @Nullable BigDecimal observed() {
        return observedScale == DECIMAL ? observedDecimal : BigDecimal.valueOf(observedUnscaled, observedScale);
    }

    /**
     * The threshold compared with, if any.
     *
     * @return the threshold, or null
     */
    public @Nullable BigDecimal threshold() {
        return thresholdScale == DECIMAL ? thresholdDecimal : BigDecimal.valueOf(thresholdUnscaled, thresholdScale);
    }

    /**
     * The observed value as plain digits, as {@link BigDecimal#toPlainString()} writes {@link #observed()}: the text
     * the messages and the JSON contract use, made without a {@code BigDecimal} for a computed number.
     *
     * @return the text, or null if there is no observed value
     */
    public @Nullable String observedText() {
        return observedScale == DECIMAL ? text(observedDecimal) : plain(observedUnscaled, observedScale);
    }

    /**
     * The threshold as plain digits, as {@link BigDecimal#toPlainString()} writes {@link #threshold()}.
     *
     * @return the text, or null if there is no threshold
     */
    public @Nullable String thresholdText() {
        return thresholdScale == DECIMAL ? text(thresholdDecimal) : plain(thresholdUnscaled, thresholdScale);
    }

    /** The plain text of {@code unscaled × 10^-scale}, {@code scale} 0 or more, as {@code toPlainString}. */
    static String plain(long unscaled, int scale) {
        if (scale == 0) {
            return Long.toString(unscaled);
        }
        if (unscaled == Long.MIN_VALUE) {
            return BigDecimal.valueOf(unscaled, scale).toPlainString();
        }
        String digits = Long.toString(Math.abs(unscaled));
        StringBuilder sb = new StringBuilder(digits.length() + scale + 3);
        if (unscaled < 0) {
            sb.append('-');
        }
        int whole = digits.length() - scale;
        if (whole > 0) {
            sb.append(digits, 0, whole);
        } else {
            sb.append('0');
        }
        sb.append('.');
        for (int i = whole; i < 0; i++) {
            sb.append('0');
        }
        return sb.append(digits, Math.max(whole, 0), digits.length()).toString();
    }

    /**
     * What the finding is about: a member reference such as {@code members[1]}, a year, or null.
     *
     * @return the subject, or null
     */
    public @Nullable String subject() {
        return subject;
    }

    /**
     * The wording the messages are rendered from; a finding given literal messages has a wording whose parts are
     * those messages, without placeholders. A writer may render the messages from its {@link Wording#englishParts()
     * parts} instead of reading {@link #message()}, to the same text.
     *
     * @return the wording, not null
     */
    public Wording wording() {
        return wording;
    }

    /**
     * The plain-language English message.
     *
     * @return the message, not null
     */
    public String message() {
        String m = message;
        if (m == null) {
            m = wording.renderEnglish(this);
            message = m;
        }
        return m;
    }

    /**
     * The plain-language Chinese message.
     *
     * @return the message, not null
     */
    public String messageZh() {
        String m = messageZh;
        if (m == null) {
            m = wording.renderChinese(this);
            messageZh = m;
        }
        return m;
    }

    private static @Nullable String text(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Finding)) {
            return false;
        }
        Finding other = (Finding) obj;
        return rule == other.rule && passed == other.passed && Objects.equals(observed(), other.observed())
                && Objects.equals(threshold(), other.threshold()) && Objects.equals(subject, other.subject)
                && message().equals(other.message()) && messageZh().equals(other.messageZh());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, passed, observed(), threshold(), subject, message());
    }

    /**
     * Returns one line: a mark (✓ satisfied, ✗ not), the rule id and both messages.
     *
     * @return the line, not null
     */
    @Override
    public String toString() {
        return (passed ? "✓ " : "✗ ") + rule.id() + "  " + message() + " | " + messageZh();
    }
}

package io.github.jingzhun.decision;

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

    /** The wording of findings with literal messages, which is never rendered. */
    private static final Wording LITERAL = Wording.of("", "");

    private final Rule rule;
    private final boolean passed;
    private final @Nullable BigDecimal observed;
    private final @Nullable BigDecimal threshold;
    private final @Nullable String subject;
    private final Wording wording;
    /** Literal messages, kept exactly; null when the messages are rendered from the wording. */
    private final @Nullable String literalMessage;
    private final @Nullable String literalMessageZh;

    private @Nullable String message;
    private @Nullable String messageZh;

    private Finding(Rule rule, boolean passed, @Nullable BigDecimal observed, @Nullable BigDecimal threshold,
            @Nullable String subject, Wording wording) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.passed = passed;
        this.observed = observed;
        this.threshold = threshold;
        this.subject = subject;
        this.wording = Objects.requireNonNull(wording, "wording");
        this.literalMessage = null;
        this.literalMessageZh = null;
    }

    private Finding(Rule rule, boolean passed, @Nullable BigDecimal observed, @Nullable BigDecimal threshold,
            @Nullable String subject, Wording wording, String message, String messageZh) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.passed = passed;
        this.observed = observed;
        this.threshold = threshold;
        this.subject = subject;
        this.wording = wording;
        this.literalMessage = message;
        this.literalMessageZh = messageZh;
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
        return new Finding(rule, passed, observed, threshold, subject, wording);
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
        return new Finding(rule, passed, observed, threshold, subject, LITERAL,
                Objects.requireNonNull(message, "message"), Objects.requireNonNull(messageZh, "messageZh"));
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
        return new Finding(rule, passed, null, null, subject, wording);
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
        return observed;
    }

    /**
     * The threshold compared with, if any.
     *
     * @return the threshold, or null
     */
    public @Nullable BigDecimal threshold() {
        return threshold;
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
     * The plain-language English message.
     *
     * @return the message, not null
     */
    public String message() {
        String m = literalMessage != null ? literalMessage : message;
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
        String m = literalMessageZh != null ? literalMessageZh : messageZh;
        if (m == null) {
            m = wording.renderChinese(this);
            messageZh = m;
        }
        return m;
    }

    static String text(@Nullable BigDecimal value) {
        return value == null ? "" : value.toPlainString();
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
        return rule == other.rule && passed == other.passed && Objects.equals(observed, other.observed)
                && Objects.equals(threshold, other.threshold) && Objects.equals(subject, other.subject)
                && message().equals(other.message()) && messageZh().equals(other.messageZh());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, passed, observed, threshold, subject, message());
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

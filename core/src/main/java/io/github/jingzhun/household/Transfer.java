package io.github.jingzhun.household;

import io.github.jingzhun.money.Yuan;
import org.immutables.value.Value;

/**
 * One transfer received in a year: its kind, amount and whether it recurs. One-off transfers count in net
 * income (INC-1) but not in stable income (INC-4). Immutable, thread-safe and value-based.
 */
@Value.Immutable
public abstract class Transfer {

    Transfer() {}

    /**
     * Returns a builder of {@link Transfer} values.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Transfer} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableTransfer.Builder {
        Builder() {}
    }

    /**
     * Obtains a transfer.
     *
     * @param kind the kind, not null
     * @param amount the amount received in the year, not negative
     * @param recurring true for a recurring transfer, false for a one-off
     * @return the transfer, not null
     */
    public static Transfer of(TransferKind kind, Yuan amount, boolean recurring) {
        return builder().withKind(kind).withAmount(amount).withRecurring(recurring).build();
    }

    /**
     * The kind of transfer.
     *
     * @return the kind, not null
     */
    public abstract TransferKind getKind();

    /**
     * The amount received in the year.
     *
     * @return the amount, not negative
     */
    public abstract Yuan getAmount();

    /**
     * Whether the transfer recurs (true) or is one-off (false).
     *
     * @return true if recurring
     */
    public abstract boolean isRecurring();

    @Value.Check
    void check() {
        Problems problems = new Problems();
        problems.nonNegative("amount", getAmount());
        problems.throwIfAny();
    }
}

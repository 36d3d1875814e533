package io.github.jingzhun.household;

import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The registered causes of poverty: one primary, any secondary. Immutable, thread-safe and value-based. */
@Value.Immutable(singleton = true)
public abstract class Causes {

    Causes() {}

    /**
     * Returns a builder of {@link Causes} values.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Causes} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableCauses.Builder {
        Builder() {}
    }

    /**
     * No registered cause, as for a household never registered.
     *
     * @return the empty causes, not null
     */
    public static Causes none() {
        return ImmutableCauses.of();
    }

    /**
     * Obtains registered causes.
     *
     * @param primary the primary cause, not null
     * @param secondary the secondary causes, not null
     * @return the causes, not null
     */
    public static Causes of(Cause primary, Cause... secondary) {
        return builder().withPrimary(primary).withSecondary(List.of(secondary)).build();
    }

    /**
     * The primary registered cause, or null when none is registered.
     *
     * @return the cause, or null
     */
    public abstract @Nullable Cause getPrimary();

    /**
     * Secondary registered causes.
     *
     * @return the causes, not null
     */
    public abstract List<Cause> getSecondary();

    /**
     * Whether a cause is registered, primary or secondary.
     *
     * @param cause the cause, not null
     * @return true if registered
     */
    public final boolean includes(Cause cause) {
        return (registered() & 1 << cause.ordinal()) != 0;
    }

    /**
     * The causes registered, primary or secondary, as bits of their ordinals, found once when the causes are built:
     * measures (MS-*) and the audit (AUD-6) ask for a dozen causes of every household.
     */
    @Value.Derived
    @Value.Auxiliary
    int registered() {
        Cause primary = getPrimary();
        int bits = primary != null ? 1 << primary.ordinal() : 0;
        List<Cause> secondary = getSecondary();
        for (int i = 0; i < secondary.size(); i++) {
            bits |= 1 << secondary.get(i).ordinal();
        }
        return bits;
    }

    @Value.Check
    void check() {
        if (getPrimary() == null && !getSecondary().isEmpty()) {
            Problems problems = new Problems();
            problems.add("primary", "required when secondary causes are given");
            problems.throwIfAny();
        }
    }
}

package io.github.jingzhun.household;

import org.immutables.value.Value;

/** Assets relevant to the exclusions of ID-H-2. Immutable, thread-safe and value-based. */
@Value.Immutable(singleton = true)
public abstract class Assets {

    Assets() {}

    /**
     * No excluding assets.
     *
     * @return the empty assets record, not null
     */
    public static Assets none() {
        return ImmutableAssets.of();
    }

    /**
     * Returns a builder of asset records.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Assets} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableAssets.Builder {
        Builder() {}
    }

    /**
     * Whether the household owns a private car not used for production; default false.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isPrivateCar() {
        return false;
    }

    /**
     * Whether the household owns commercial housing in a town; default false.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isTownCommercialHousing() {
        return false;
    }
}

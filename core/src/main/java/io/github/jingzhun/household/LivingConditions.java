package io.github.jingzhun.household;

import org.immutables.value.Value;

/** Surveyed living conditions behind the 2A3G and water indicators. Immutable, thread-safe and value-based. */
@Value.Immutable
public abstract class LivingConditions {

    LivingConditions() {}

    /**
     * Returns a builder of living conditions.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link LivingConditions} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableLivingConditions.Builder {
        Builder() {}
    }

    /**
     * Whether food is assured (不愁吃), as surveyed.
     *
     * @return true if so
     */
    public abstract boolean isFoodAssured();

    /**
     * Whether clothing, seasonal clothes and bedding, is assured (不愁穿), as surveyed.
     *
     * @return true if so
     */
    public abstract boolean isClothingAssured();

    /**
     * The dwelling.
     *
     * @return the housing, not null
     */
    public abstract Housing getHousing();

    /**
     * Drinking water.
     *
     * @return the water, not null
     */
    public abstract Water getWater();
}

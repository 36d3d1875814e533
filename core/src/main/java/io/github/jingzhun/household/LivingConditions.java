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
    public static ImmutableLivingConditions.Builder builder() {
        return ImmutableLivingConditions.builder();
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

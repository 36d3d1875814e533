package io.github.jingzhun.household;

/** Health of a member. */
public enum Health {
    /** Healthy (健康). */
    HEALTHY,
    /** Chronic illness (长期慢性病). */
    CHRONIC_ILLNESS,
    /** Serious illness (大病). */
    SERIOUS_ILLNESS;

    /**
     * Whether the member is ill (chronic or serious).
     *
     * @return true unless HEALTHY
     */
    public boolean isIll() {
        return this != HEALTHY;
    }
}

package io.github.jingzhun.household;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Drinking water as surveyed under the 2018 criteria (IND-WATER). Immutable, thread-safe and value-based. */
@Value.Immutable
public abstract class Water {

    Water() {}

    /**
     * Returns a builder of water records.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Water} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableWater.Builder {
        Builder() {}
    }

    /**
     * Whether water quality meets the standard.
     *
     * @return true if so
     */
    public abstract boolean isQualityMeetsStandard();

    /**
     * Quantity available, in litres per person per day.
     *
     * @return the litres, not negative
     */
    @Min(0)
    public abstract int getLitresPerPersonPerDay();

    /**
     * Whether water is piped to the yard (入户); default false.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isPipedToYard() {
        return false;
    }

    /**
     * Minutes for a round trip to fetch water, when not piped; null if not surveyed.
     *
     * @return the minutes, or null
     */
    @Min(0)
    public abstract @Nullable Integer getFetchRoundTripMinutes();

    /**
     * Supply guarantee rate, in percent.
     *
     * @return the percentage, 0 to 100
     */
    @Min(0)
    @Max(100)
    public abstract int getGuaranteeRatePercent();

    /**
     * Whether the household lies in a water-scarce area, where lower quantity and guarantee thresholds apply;
     * default false.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isWaterScarceArea() {
        return false;
    }

    @Value.Check
    void check() {
        Problems problems = new Problems();
        if (getLitresPerPersonPerDay() < 0) {
            problems.add("litresPerPersonPerDay", "must not be negative");
        }
        Integer minutes = getFetchRoundTripMinutes();
        if (minutes != null && minutes < 0) {
            problems.add("fetchRoundTripMinutes", "must not be negative");
        }
        problems.range("guaranteeRatePercent", getGuaranteeRatePercent(), 0, 100);
        problems.throwIfAny();
    }
}

package io.github.jingzhun.household;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A measure applied to a monitored household, with the day it was applied (MON-4: at least one measure). Immutable,
 * thread-safe and value-based.
 */
@Value.Immutable
public abstract class AppliedMeasure {

    AppliedMeasure() {}

    /**
     * Returns a builder of {@link AppliedMeasure} values.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link AppliedMeasure} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableAppliedMeasure.Builder {
        Builder() {}
    }

    /**
     * A measure applied on a day.
     *
     * @param category the category of the measure, not null
     * @param appliedOn the day, not null
     * @return the measure, not null
     */
    public static AppliedMeasure of(MeasureCategory category, LocalDate appliedOn) {
        return builder().withCategory(category).withAppliedOn(appliedOn).build();
    }

    /**
     * The category.
     *
     * @return the category, not null
     */
    public abstract MeasureCategory getCategory();

    /**
     * The day it was applied.
     *
     * @return the day, not null
     */
    public abstract LocalDate getAppliedOn();
}

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
     * A measure applied on a day.
     *
     * @param category the category of the measure, not null
     * @param appliedOn the day, not null
     * @return the measure, not null
     */
    public static AppliedMeasure of(MeasureCategory category, LocalDate appliedOn) {
        return ImmutableAppliedMeasure.builder().withCategory(category).withAppliedOn(appliedOn).build();
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

package io.github.jingzhun.household;

import io.github.jingzhun.money.Yuan;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * A monitored household's income as observed in a month's visit: its per-capita stable income (INC-4) at an annual
 * rate, the figure compared with the monitoring threshold (MON-1) to decide whether income is stably at or above it
 * (MON-4). It may be negative, as net production income may. Immutable, thread-safe and value-based.
 */
@Value.Immutable
public abstract class IncomeObservation {

    IncomeObservation() {}

    /**
     * Returns a builder of {@link IncomeObservation} values.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link IncomeObservation} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableIncomeObservation.Builder {
        Builder() {}
    }

    /**
     * An observation.
     *
     * @param month the month observed, not null
     * @param perCapitaIncome the per-capita stable income at an annual rate, not null
     * @return the observation, not null
     */
    public static IncomeObservation of(YearMonth month, Yuan perCapitaIncome) {
        return builder().withMonth(month).withPerCapitaIncome(perCapitaIncome).build();
    }

    /**
     * The month observed.
     *
     * @return the month, not null
     */
    public abstract YearMonth getMonth();

    /**
     * The per-capita stable income at an annual rate.
     *
     * @return the amount, not null
     */
    public abstract Yuan getPerCapitaIncome();
}

package io.github.jingzhun.household;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A household's record of monitoring against relapse (防止返贫监测) over time, as risk elimination (MON-4) reads it:
 * when it was included, the measures applied with their days, its income observed month by month and, once marked,
 * the day its risk was eliminated. The category it is monitored in is decided each year by MON-2, not recorded.
 *
 * <p>Observations are in month order, each month once; the risk cannot be eliminated before the household was
 * included. A record breaking these cannot be built. Immutable, thread-safe and value-based.
 */
@Value.Immutable
public abstract class MonitoringHistory {

    MonitoringHistory() {}

    /**
     * Returns a builder of monitoring histories.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link MonitoringHistory} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableMonitoringHistory.Builder {
        Builder() {}
    }

    /**
     * The day the household was included in monitoring.
     *
     * @return the day, not null
     */
    public abstract LocalDate getIncludedOn();

    /**
     * The measures applied, with their days.
     *
     * @return the measures, not null
     */
    public abstract List<AppliedMeasure> getMeasures();

    /**
     * The income observed, month by month, in month order.
     *
     * @return the observations, not null
     */
    public abstract List<IncomeObservation> getIncome();

    /**
     * The day the household's risk was marked eliminated, or null while the risk stands.
     *
     * @return the day, or null
     */
    public abstract @Nullable LocalDate getEliminatedOn();

    @Value.Check
    void check() {
        Problems problems = new Problems();
        LocalDate eliminated = getEliminatedOn();
        if (eliminated != null && eliminated.isBefore(getIncludedOn())) {
            problems.add("eliminatedOn", "dates out of order: before includedOn " + getIncludedOn());
        }
        List<IncomeObservation> income = getIncome();
        for (int i = 1; i < income.size(); i++) {
            if (!income.get(i).getMonth().isAfter(income.get(i - 1).getMonth())) {
                problems.add("income[" + i + "].month", "months out of order: not after income[" + (i - 1)
                        + "].month " + income.get(i - 1).getMonth() + " (each month once, in order)");
            }
        }
        problems.throwIfAny();
    }
}

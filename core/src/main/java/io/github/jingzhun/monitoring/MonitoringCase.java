package io.github.jingzhun.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A household's monitoring record over time, as risk elimination (MON-4) needs it.
 *
 * @param category the category it is monitored in, not null
 * @param monitoredSince the day monitoring began, not null
 * @param incomeStableSince the first day of the current spell with income at or above the threshold, or null
 * @param eliminatedOn the day its risk was marked eliminated, or null while the risk stands
 */
public record MonitoringCase(MonitoringCategory category, LocalDate monitoredSince,
        @Nullable LocalDate incomeStableSince, @Nullable LocalDate eliminatedOn) {

    /**
     * Creates a monitoring case, checking its dates.
     *
     * @param category the category it is monitored in, not null
     * @param monitoredSince the day monitoring began, not null
     * @param incomeStableSince the first day of the current spell with income at or above the threshold, or null
     * @param eliminatedOn the day its risk was marked eliminated, or null while the risk stands
     * @throws IllegalArgumentException if the risk was eliminated before monitoring began
     */
    public MonitoringCase {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(monitoredSince, "monitoredSince");
        if (eliminatedOn != null && eliminatedOn.isBefore(monitoredSince)) {
            throw new IllegalArgumentException("eliminatedOn: must not be before monitoredSince");
        }
    }

    /**
     * Whether the risk is marked eliminated.
     *
     * @return true if eliminated
     */
    public boolean isEliminated() {
        return eliminatedOn != null;
    }
}

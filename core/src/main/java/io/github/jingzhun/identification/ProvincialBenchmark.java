package io.github.jingzhun.identification;

import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

/**
 * A province's rural figures for a year, against which villages are identified (ID-V-1).
 *
 * @param province the two-digit province code
 * @param year the income year, not null
 * @param ruralIncidencePercent the province's rural poverty incidence, in percent, not negative
 * @param ruralAverageIncome the province's rural per-capita net income, not negative
 */
public record ProvincialBenchmark(int province, Year year, BigDecimal ruralIncidencePercent, Yuan ruralAverageIncome) {

    /**
     * Creates a benchmark, checking it.
     *
     * @throws IllegalArgumentException if the incidence is outside 0 to 100 or the income is negative
     * @param province the two-digit province code
     * @param year the income year, not null
     * @param ruralIncidencePercent the province's rural poverty incidence, in percent, not negative
     * @param ruralAverageIncome the province's rural per-capita net income, not negative
     */
    public ProvincialBenchmark {
        Objects.requireNonNull(year, "year");
        if (ruralIncidencePercent.signum() < 0 || ruralIncidencePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("ruralIncidencePercent: must be between 0 and 100");
        }
        if (ruralAverageIncome.isNegative()) {
            throw new IllegalArgumentException("ruralAverageIncome: must not be negative");
        }
    }
}

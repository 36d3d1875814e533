package io.github.jingzhun.identification;

import io.github.jingzhun.household.Household;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;

/**
 * Poverty incidence over persons (ST-1): registered-and-not-exited poor persons ÷ rural registered population.
 * Comparisons with a percentage are exact; {@link #percent()} is for display.
 *
 * @param poorPersons members of households on the registry at the end of the year, not negative
 * @param population all members, at least {@code poorPersons}
 */
public record Incidence(long poorPersons, long population) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Creates an incidence, checking it.
     *
     * @param poorPersons members of households on the registry at the end of the year, not negative
     * @param population all members, at least {@code poorPersons}
     * @throws IllegalArgumentException if the counts are negative or the poor outnumber the population
     */
    public Incidence {
        if (poorPersons < 0 || population < poorPersons) {
            throw new IllegalArgumentException("incidence needs 0 <= poor persons <= population, not "
                    + poorPersons + " of " + population);
        }
    }

    /**
     * Counts the incidence of households, read once: the poor are the members of households on the registry at the
     * end of the year ({@link io.github.jingzhun.household.Status#onRegistryAtEndOf(Year)}).
     *
     * @param households the households of the area or group, not null
     * @param year the income year, not null
     * @return the incidence, not null
     */
    public static Incidence of(Iterable<? extends Household> households, Year year) {
        long poor = 0;
        long population = 0;
        for (Household h : households) {
            population += h.size();
            if (h.getStatus().onRegistryAtEndOf(year)) {
                poor += h.size();
            }
        }
        return new Incidence(poor, population);
    }

    /**
     * The incidence in percent, rounded half-up to two decimals; 0 for an empty population.
     *
     * @return the percentage for display, not null
     */
    public BigDecimal percent() {
        if (population == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(poorPersons).multiply(HUNDRED).divide(BigDecimal.valueOf(population), 2,
                RoundingMode.HALF_UP);
    }

    /**
     * Whether the incidence is strictly below a percentage, exactly: poor × 100 &lt; percent × population.
     *
     * @param percent the percentage, not null
     * @return true if strictly below
     */
    public boolean isBelow(BigDecimal percent) {
        return BigDecimal.valueOf(poorPersons).multiply(HUNDRED)
                .compareTo(percent.multiply(BigDecimal.valueOf(population))) < 0;
    }
}

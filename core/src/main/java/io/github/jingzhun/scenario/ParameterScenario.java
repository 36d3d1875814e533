package io.github.jingzhun.scenario;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.parameter.Deviation;
import io.github.jingzhun.statistics.AlkireFoster;
import java.time.Year;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SC-1: one population under two parameter sets — every statistic under each, their differences, and the
 * households whose outcome changes. Households are read once; memory holds the sums and the ids of households
 * that change.
 *
 * @param year the income year, not null
 * @param base the statistics under the base parameters, not null
 * @param variant the statistics under the variant parameters, not null
 * @param differences variant minus base, for each statistic of {@link PopulationStatistics#values()}, not null
 * @param transitions the households' moves between outcomes, from base to variant, not null
 * @param deviations where the variant's parameters depart from the national defaults (IND-STD), not null
 */
public record ParameterScenario(Year year, PopulationStatistics base, PopulationStatistics variant,
        Map<String, Double> differences, Transitions transitions, List<Deviation> deviations) {

    /**
     * Creates a comparison, copying its collections.
     *
     * @param year the income year, not null
     * @param base the statistics under the base parameters, not null
     * @param variant the statistics under the variant parameters, not null
     * @param differences variant minus base, for each statistic, not null
     * @param transitions the households' moves between outcomes, not null
     * @param deviations where the variant's parameters depart from the national defaults, not null
     */
    public ParameterScenario {
        differences = Collections.unmodifiableMap(new LinkedHashMap<>(differences));
        deviations = List.copyOf(deviations);
    }

    /**
     * Compares a population under two policies, such as the national one and one whose 2019 line is 4,000 yuan.
     *
     * @param households the population, read once, not null
     * @param base the base policy, not null
     * @param variant the variant policy, not null
     * @param year the income year, not null
     * @param measure the Alkire–Foster measure to compute under both, not null
     * @return the comparison, not null
     */
    public static ParameterScenario compare(Iterable<Household> households, PovertyPolicy base,
            PovertyPolicy variant, Year year, AlkireFoster measure) {
        Objects.requireNonNull(households, "households");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(measure, "measure");
        PopulationStatistics.Accumulator before = new PopulationStatistics.Accumulator(base, year, measure);
        PopulationStatistics.Accumulator after = new PopulationStatistics.Accumulator(variant, year, measure);
        Transitions.Counter counter = new Transitions.Counter();
        for (Household household : households) {
            Objects.requireNonNull(household, "household");
            before.add(household);
            after.add(household);
            counter.add(base.assess(household, year), variant.assess(household, year));
        }
        PopulationStatistics b = before.result();
        PopulationStatistics v = after.result();
        Map<String, Double> differences = new LinkedHashMap<>();
        Map<String, Double> variantValues = v.values();
        b.values().forEach((name, value) -> differences.put(name, variantValues.get(name) - value));
        return new ParameterScenario(year, b, v, differences, counter.result(), variant.parameters().deviations());
    }
}

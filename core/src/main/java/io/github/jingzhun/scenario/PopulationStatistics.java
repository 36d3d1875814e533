package io.github.jingzhun.scenario;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.statistics.AlkireFoster;
import io.github.jingzhun.statistics.FosterGreerThorbecke;
import io.github.jingzhun.statistics.MultidimensionalPoverty;
import io.github.jingzhun.statistics.Progress;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every population statistic (ST-1..5) that a parameter set can change, for one population and year:
 * FGT (ST-2), Alkire–Foster (ST-3, with each dimension's censored headcount ratio and contribution, and the
 * decomposition by county) and progress (ST-5). Incidence over the registry (ST-1) and evaluation rates (ST-4)
 * depend on registration and samples, not on parameters, so a scenario leaves them as they are.
 *
 * @param fgt the Foster–Greer–Thorbecke measures, not null
 * @param multidimensional the Alkire–Foster measures, decomposed by county, not null
 * @param progress persons registered, exited, relapsed and remaining, not null
 */
public record PopulationStatistics(FosterGreerThorbecke fgt, MultidimensionalPoverty multidimensional,
        Progress progress) {

    /** The prefix of a dimension's censored headcount ratio among the {@link #values()}. */
    public static final String CENSORED = "censoredHeadcountRatio.";
    /** The prefix of a dimension's or a county's share of M0 among the {@link #values()}. */
    public static final String CONTRIBUTION = "contribution.";

    /**
     * The statistics as named numbers, in a fixed order: {@code P0}, {@code P1}, {@code P2}, {@code H}, {@code A},
     * {@code M0}, {@code M1}, {@code M2}; for each dimension, {@code censoredHeadcountRatio.FOOD} and
     * {@code contribution.FOOD} (its share of M0); for each county, {@code H.522727}, {@code M0.522727} and
     * {@code contribution.522727} (its share of M0); then the persons {@code registered}, {@code exited},
     * {@code relapsed} and {@code remaining} (ST-5), and for each county, in code order, {@code registered.522727},
     * {@code exited.522727}, {@code relapsed.522727} and {@code remaining.522727}.
     *
     * @return the values by name, not null
     */
    public Map<String, Double> values() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("P0", fgt.p0());
        values.put("P1", fgt.p1());
        values.put("P2", fgt.p2());
        values.put("H", multidimensional.h());
        values.put("A", multidimensional.a());
        values.put("M0", multidimensional.m0());
        values.put("M1", multidimensional.m1());
        values.put("M2", multidimensional.m2());
        for (MultidimensionalPoverty.IndicatorMeasures i : multidimensional.indicators()) {
            values.put(CENSORED + i.dimension(), i.censoredHeadcountRatio());
            values.put(CONTRIBUTION + i.dimension(), i.contribution());
        }
        for (MultidimensionalPoverty.SubgroupMeasures county : multidimensional.subgroups()) {
            values.put("H." + county.subgroup(), county.h());
            values.put("M0." + county.subgroup(), county.m0());
            values.put(CONTRIBUTION + county.subgroup(), county.contribution());
        }
        Progress.Counts total = progress.total();
        values.put("registered", (double) total.registered());
        values.put("exited", (double) total.exited());
        values.put("relapsed", (double) total.relapsed());
        values.put("remaining", (double) total.remaining());
        progress.counties().forEach((county, counts) -> {
            values.put("registered." + county, (double) counts.registered());
            values.put("exited." + county, (double) counts.exited());
            values.put("relapsed." + county, (double) counts.relapsed());
            values.put("remaining." + county, (double) counts.remaining());
        });
        return values;
    }

    /** Sums the statistics of one policy while households are read once. */
    static final class Accumulator {
        private final FosterGreerThorbecke.Accumulator fgt;
        private final AlkireFoster.Accumulator multidimensional;
        private final Progress.Accumulator progress;

        Accumulator(PovertyPolicy policy, Year year, AlkireFoster measure) {
            this.fgt = FosterGreerThorbecke.accumulator(policy, year);
            this.multidimensional = measure.accumulator(policy, year, h -> h.getArea().getCounty().toString());
            this.progress = Progress.accumulator(policy, year);
        }

        void add(Household household) {
            fgt.add(household);
            multidimensional.add(household);
            progress.add(household);
        }

        PopulationStatistics result() {
            return new PopulationStatistics(fgt.result(), multidimensional.result(), progress.result());
        }
    }
}

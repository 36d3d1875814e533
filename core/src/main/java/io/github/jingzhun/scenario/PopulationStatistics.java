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
 * FGT (ST-2), Alkire–Foster (ST-3) and progress (ST-5). Incidence over the registry (ST-1) and evaluation rates
 * (ST-4) depend on registration and samples, not on parameters, so a scenario leaves them as they are.
 *
 * @param fgt the Foster–Greer–Thorbecke measures, not null
 * @param multidimensional the Alkire–Foster measures, not null
 * @param progress persons registered, exited, relapsed and remaining, not null
 */
public record PopulationStatistics(FosterGreerThorbecke fgt, MultidimensionalPoverty multidimensional,
        Progress progress) {

    /**
     * The statistics as named numbers, in a fixed order, such as {@code P0} or {@code relapsed}.
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
        Progress.Counts total = progress.total();
        values.put("registered", (double) total.registered());
        values.put("exited", (double) total.exited());
        values.put("relapsed", (double) total.relapsed());
        values.put("remaining", (double) total.remaining());
        return values;
    }

    /** Sums the statistics of one policy while households are read once. */
    static final class Accumulator {
        private final FosterGreerThorbecke.Accumulator fgt;
        private final AlkireFoster.Accumulator multidimensional;
        private final Progress.Accumulator progress;

        Accumulator(PovertyPolicy policy, Year year, AlkireFoster measure) {
            this.fgt = FosterGreerThorbecke.accumulator(policy, year);
            this.multidimensional = measure.accumulator(policy, year);
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

package io.github.jingzhun.examples.cases;

import io.github.jingzhun.area.Village;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.identification.ProvincialBenchmark;
import java.util.List;

/**
 * What an area case decides over: the villages and counties on record, the provinces' published figures and the
 * households read, as the {@code areas} command reads them.
 *
 * @param villages the villages on record
 * @param counties the counties on record
 * @param benchmarks the provinces' published figures
 * @param households the households
 */
public record AreaInput(List<Village> villages, List<County> counties, List<ProvincialBenchmark> benchmarks,
        List<Household> households) {

    /**
     * An area input.
     *
     * @param villages the villages on record
     * @param counties the counties on record
     * @param benchmarks the provinces' published figures
     * @param households the households
     */
    public AreaInput {
        villages = List.copyOf(villages);
        counties = List.copyOf(counties);
        benchmarks = List.copyOf(benchmarks);
        households = List.copyOf(households);
    }
}

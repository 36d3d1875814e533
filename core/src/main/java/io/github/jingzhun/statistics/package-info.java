/**
 * Poverty statistics over populations: poverty incidence over persons ({@link
 * io.github.jingzhun.statistics.Incidence}, ST-1), the Foster–Greer–Thorbecke measures ({@link
 * io.github.jingzhun.statistics.FosterGreerThorbecke}, ST-2), the Alkire–Foster multidimensional measures ({@link
 * io.github.jingzhun.statistics.AlkireFoster} giving {@link io.github.jingzhun.statistics.MultidimensionalPoverty},
 * ST-3), the rates of an evaluation sample ({@link io.github.jingzhun.statistics.EvaluationSample} giving {@link
 * io.github.jingzhun.statistics.EvaluationRates}, ST-4) and progress
 * by county and period ({@link io.github.jingzhun.statistics.Progress}, ST-5).
 *
 * <p>An area's decisions (ID-V-1, EX-V-1, EX-C-1) read the sums of its households, {@link
 * io.github.jingzhun.statistics.AreaPopulation}, one per area.
 *
 * <p>Every statistic reads its households once, in one pass, and keeps a few numbers, never the population: a
 * fixed handful for FGT, a few per dimension and per subgroup for Alkire–Foster, four per county for progress.
 * Each offers an accumulator with {@code add} (and, for FGT and Alkire–Foster, an integer weight), {@code combine}
 * and {@code result}, and a {@link java.util.stream.Collector} over it that works on parallel streams:
 *
 * <pre>{@code
 * FosterGreerThorbecke fgt = households.parallelStream()
 *         .collect(FosterGreerThorbecke.collector(PovertyPolicy.national(), Year.of(2019)));
 * }</pre>
 *
 * <p>Whether a household is below the line is always decided as ID-H-1 decides it, exactly in fen (INC-3); only
 * derived ratios such as a poverty gap are {@code double}s. Money never is.
 */
@NullMarked
@ValueStyle
package io.github.jingzhun.statistics;

import io.github.jingzhun.ValueStyle;
import org.jspecify.annotations.NullMarked;

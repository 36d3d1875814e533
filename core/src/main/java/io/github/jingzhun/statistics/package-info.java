/**
 * Poverty statistics over populations, as a policy measures them: the Foster–Greer–Thorbecke measures ({@link
 * io.github.jingzhun.statistics.FosterGreerThorbecke}, ST-2), the Alkire–Foster multidimensional measures ({@link
 * io.github.jingzhun.statistics.AlkireFoster} giving {@link io.github.jingzhun.statistics.MultidimensionalPoverty},
 * ST-3) and progress by county and period ({@link io.github.jingzhun.statistics.Progress}, ST-5). Poverty incidence
 * (ST-1) and an area's sums, which identification and exit decide by, are {@link
 * io.github.jingzhun.identification.Incidence} and {@link io.github.jingzhun.identification.AreaPopulation}; the
 * rates of a third-party evaluation sample (ST-4), which decide a county's exit (EX-C-2), are {@link
 * io.github.jingzhun.exit.EvaluationRates}.
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

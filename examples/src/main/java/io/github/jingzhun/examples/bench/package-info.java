/**
 * JMH benchmarks of Jingzhun: {@link io.github.jingzhun.examples.bench.PolicyBenchmark} (one household's
 * assessment and its explanation, and identification against a hand-written if/else), {@link
 * io.github.jingzhun.examples.bench.StatisticsBenchmark} (FGT and Alkire–Foster over ten million persons), {@link
 * io.github.jingzhun.examples.bench.NdjsonBenchmark} (NDJSON end to end against a plain tree parse) and {@link
 * io.github.jingzhun.examples.bench.GeneratorBenchmark} (the synthetic population). Run the first three, with
 * bytes allocated per operation, with one command from the repository root:
 *
 * <pre>{@code
 * mvn -B -q -pl examples -am test-compile exec:exec@bench
 * }</pre>
 *
 * <p>JMH options go in {@code -Djmh.args=...}, such as {@code -Djmh.args="StatisticsBenchmark.fgt -f 1 -wi 1 -i 3"};
 * {@code -Djmh.args=-h} lists them. {@link io.github.jingzhun.examples.bench.ReadBenchmark} measures the per-record
 * read against a plain parse. On a shared machine, {@link io.github.jingzhun.examples.bench.EndToEndRatios} gives
 * end-to-end ratios that hold: {@code mvn -B -q -pl examples -am test-compile exec:exec@ratios}.
 */
package io.github.jingzhun.examples.bench;

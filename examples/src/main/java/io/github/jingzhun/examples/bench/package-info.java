/**
 * JMH benchmarks of Jingzhun. Run them with one command from the repository root:
 *
 * <pre>{@code
 * mvn -B -q -pl examples -am compile exec:exec@bench
 * }</pre>
 *
 * <p>JMH options go in {@code -Djmh.args=...}, such as {@code -Djmh.args="StatisticsBenchmark.fgt -f 1 -wi 1 -i 3"};
 * {@code -Djmh.args=-h} lists them.
 */
package io.github.jingzhun.examples.bench;

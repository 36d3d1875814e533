/**
 * Runnable examples of Jingzhun: {@link io.github.jingzhun.examples.QuickStart} (build a household, assess it),
 * hand-made {@link io.github.jingzhun.examples.SampleHouseholds}; the command line is in {@code cli}, the synthetic population
 * in {@code population}, the benchmarks in {@code bench}. Nothing in core or json depends on this module.
 */
package io.github.jingzhun.examples;

/**
 * A synthetic population of rural households for trying Jingzhun at any scale: deterministic from a seed, across
 * counties of the WEST, CENTRAL and EAST regions and both climate zones, with every cause of poverty, household
 * type and registration state, and incomes around the poverty line. Start at
 * {@link io.github.jingzhun.examples.population.SyntheticPopulation#of}.
 */
package io.github.jingzhun.examples.population;

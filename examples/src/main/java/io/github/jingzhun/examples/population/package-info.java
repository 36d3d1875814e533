/**
 * A synthetic population of rural households for trying Jingzhun at any scale: deterministic from a seed, across
 * counties of the WEST, CENTRAL and EAST regions and both climate zones, with every cause of poverty, household
 * type and registration state, and incomes around the poverty line. Start at
 * {@link io.github.jingzhun.examples.population.SyntheticPopulation#of}. {@link
 * io.github.jingzhun.examples.population.AuditScale} measures the audit across households on a registry of any
 * number of persons, up to the national registry's ninety million, drawn without writing it.
 */
package io.github.jingzhun.examples.population;

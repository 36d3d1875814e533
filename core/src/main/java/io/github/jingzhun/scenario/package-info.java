/**
 * Scenarios over populations: one population under two parameter sets (SC-1) and shocks to
 * households (SC-2), with the transitions they cause. Start at
 * {@link io.github.jingzhun.scenario.ParameterScenario#compare} or {@link io.github.jingzhun.scenario.ShockScenario#run}.
 */
@NullMarked
package io.github.jingzhun.scenario;

import org.jspecify.annotations.NullMarked;

/**
 * Scenarios over populations, POLICY.md §11: shocks to households and the transitions they cause (SC-2).
 * Start at {@link io.github.jingzhun.scenario.ShockScenario#run}.
 */
@NullMarked
package io.github.jingzhun.scenario;

import org.jspecify.annotations.NullMarked;

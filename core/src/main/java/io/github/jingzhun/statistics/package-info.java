/**
 * Poverty statistics over populations (POLICY.md §9): poverty incidence over persons (ST-1).
 */
@NullMarked
package io.github.jingzhun.statistics;

import org.jspecify.annotations.NullMarked;

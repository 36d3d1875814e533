/**
 * Identification (精准识别) of households and villages: the income test (ID-H-1), exclusions
 * (ID-H-2), outcome and guarantee gaps (ID-H-3), household type (ID-H-4), derived causes (ID-H-5) and poor
 * villages (ID-V-1), which reads a village's {@link io.github.jingzhun.identification.AreaPopulation} and its poverty
 * incidence over persons ({@link io.github.jingzhun.identification.Incidence}, ST-1). Start at {@link
 * io.github.jingzhun.identification.HouseholdIdentifier#identify}.
 */
@NullMarked
package io.github.jingzhun.identification;

import org.jspecify.annotations.NullMarked;

/**
 * Identification (精准识别) of households and villages: the income test (ID-H-1), exclusions
 * (ID-H-2), outcome and guarantee gaps (ID-H-3), household type (ID-H-4), derived causes (ID-H-5) and poor
 * villages (ID-V-1). Start at {@link io.github.jingzhun.identification.HouseholdIdentifier#identify}.
 */
@NullMarked
package io.github.jingzhun.identification;

import org.jspecify.annotations.NullMarked;

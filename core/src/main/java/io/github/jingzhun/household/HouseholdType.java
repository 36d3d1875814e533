package io.github.jingzhun.household;

/** Registry household type (ID-H-4); registry codes 01, 04, 06 and 07 map onto these. */
public enum HouseholdType {
    /** General poor household (一般贫困户). */
    GENERAL,
    /** Household on the minimum living allowance (低保贫困户). */
    MINIMUM_LIVING_ALLOWANCE,
    /** Household on extreme-poverty support (特困供养户). */
    EXTREME_POVERTY_SUPPORT
}

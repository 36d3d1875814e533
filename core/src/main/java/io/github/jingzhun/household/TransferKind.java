package io.github.jingzhun.household;

/** Kinds of transfer income (转移性收入). */
public enum TransferKind {
    /** Minimum living allowance (低保金). */
    MINIMUM_LIVING_ALLOWANCE,
    /** Extreme-poverty support (特困供养金). */
    EXTREME_POVERTY_SUPPORT,
    /** Pension (养老金). */
    PENSION,
    /** Ecological compensation (生态补偿金). */
    ECOLOGICAL_COMPENSATION,
    /** Family-planning reward (计划生育金). */
    FAMILY_PLANNING,
    /** Disability subsidy (残疾人补贴). */
    DISABILITY_SUBSIDY,
    /** Relief (救济). */
    RELIEF,
    /** Any other transfer. */
    OTHER
}

package io.github.jingzhun.household;

/** Appraised safety of a dwelling (IND-HOUSE). */
public enum HousingSafety {
    /** Appraised safe. */
    SAFE,
    /** Renovated under the dilapidated-housing programme. */
    RENOVATED,
    /** Resettlement housing after relocation. */
    RESETTLEMENT,
    /** Dilapidated, grade C (局部危险). */
    DILAPIDATED_C,
    /** Dilapidated, grade D (整栋危房). */
    DILAPIDATED_D,
    /** Not appraised: an unassessed house is not a guaranteed house. */
    UNASSESSED;

    /**
     * Whether the dwelling counts as safe: SAFE, RENOVATED or RESETTLEMENT.
     *
     * @return true if safe
     */
    public boolean isSafe() {
        return this == SAFE || this == RENOVATED || this == RESETTLEMENT;
    }
}

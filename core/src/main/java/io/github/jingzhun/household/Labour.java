package io.github.jingzhun.household;

/** Labour capacity of a member (劳动能力). */
public enum Labour {
    /** Skilled labour (技能劳动力). */
    SKILLED,
    /** Ordinary labour (普通劳动力). */
    ORDINARY,
    /** Weak or partial labour (弱劳动力或半劳动力). */
    WEAK,
    /** Labour capacity lost (丧失劳动力). */
    LOST,
    /** No labour capacity: children and the very old (无劳动力). */
    NONE;

    /**
     * Whether the member has labour capacity: SKILLED, ORDINARY or WEAK.
     *
     * @return true if the member can work
     */
    public boolean hasCapacity() {
        return this == SKILLED || this == ORDINARY || this == WEAK;
    }
}

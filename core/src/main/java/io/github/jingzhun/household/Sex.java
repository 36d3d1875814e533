package io.github.jingzhun.household;

/** Sex of a member; the 17th digit of the resident ID number is odd for MALE, even for FEMALE. */
public enum Sex {
    /** Male (男). */
    MALE,
    /** Female (女). */
    FEMALE
}

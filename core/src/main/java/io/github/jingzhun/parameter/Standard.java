package io.github.jingzhun.parameter;

/** Which poverty-line standard was applied (ID-STD). */
public enum Standard {
    /** The national line. */
    NATIONAL,
    /** A higher line set by a province. */
    PROVINCIAL,
    /** A higher line set by a city (prefecture). */
    CITY
}

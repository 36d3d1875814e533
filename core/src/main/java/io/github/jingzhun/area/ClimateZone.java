package io.github.jingzhun.area;

/** Housing climate zone: what a safe dwelling must also provide (IND-HOUSE). */
public enum ClimateZone {
    /** Where winter warmth matters: the dwelling must keep warm in winter. */
    NORTH,
    /** Where ventilation and damp matter: the dwelling must be ventilated and damp-proof. */
    SOUTH
}

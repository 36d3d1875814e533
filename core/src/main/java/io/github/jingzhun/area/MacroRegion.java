package io.github.jingzhun.area;

/** The three macro-regions of China used for policy thresholds. */
public enum MacroRegion {
    /** Eastern provinces: those neither CENTRAL nor WEST. */
    EAST,
    /** Central provinces: 14, 22, 23, 34, 36, 41, 42, 43. */
    CENTRAL,
    /** The twelve western provinces: 15, 45, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65. */
    WEST
}

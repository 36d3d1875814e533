package io.github.jingzhun.identification;

/** The outcome of household identification (ID-H-3). */
public enum Outcome {
    /** Income below the line and no exclusion applies: the household is poor (贫困户). */
    ELIGIBLE,
    /** Income below the line, but an exclusion of ID-H-2 applies. */
    EXCLUDED,
    /** Income at or above the line: not poor. */
    NOT_ELIGIBLE
}

package io.github.jingzhun.household;

/** Schooling status of a member (IND-EDU). */
public enum Schooling {
    /** Outside compulsory-education age. */
    NOT_SCHOOL_AGE,
    /** Enrolled at school (在校). */
    ENROLLED,
    /** Taught at home because of severe disability (送教上门). */
    HOME_TUITION,
    /** Left school before completing compulsory education (辍学). */
    DROPPED_OUT,
    /** Never enrolled (未入学). */
    NOT_ENROLLED;

    /**
     * Whether this status satisfies compulsory education (IND-EDU): ENROLLED or HOME_TUITION.
     *
     * @return true if the member is being educated
     */
    public boolean isEducated() {
        return this == ENROLLED || this == HOME_TUITION;
    }
}

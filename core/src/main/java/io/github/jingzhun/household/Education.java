package io.github.jingzhun.household;

/** Highest education level reached. */
public enum Education {
    /** No schooling (文盲或半文盲). */
    NONE,
    /** Pre-school. */
    PRESCHOOL,
    /** Primary school (小学). */
    PRIMARY,
    /** Junior secondary school (初中). */
    JUNIOR_SECONDARY,
    /** Senior secondary school (高中). */
    SENIOR_SECONDARY,
    /** Secondary vocational school (中职). */
    VOCATIONAL,
    /** College or university (大专及以上). */
    TERTIARY
}

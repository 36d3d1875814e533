package io.github.jingzhun.household;

/** A member's relation to the head of the household. */
public enum Relation {
    /** The head of household (户主). */
    HEAD,
    /** Spouse of the head. */
    SPOUSE,
    /** Child of the head. */
    CHILD,
    /** Son- or daughter-in-law. */
    CHILD_IN_LAW,
    /** Grandchild. */
    GRANDCHILD,
    /** Parent or parent-in-law. */
    PARENT,
    /** Grandparent. */
    GRANDPARENT,
    /** Brother or sister. */
    SIBLING,
    /** Any other relation. */
    OTHER
}

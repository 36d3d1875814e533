package io.github.jingzhun.explain;

/** What kind of change a {@link Change} asks for. */
public enum ChangeKind {
    /** An income amount, to the fen. */
    INCOME,
    /** A surveyed fact of a guarantee indicator (IND-*). */
    INDICATOR,
    /** A fact that excludes an income-poor household (ID-H-2). */
    EXCLUSION,
    /** A step of a procedure still to be taken, or a measure to be applied: not a fact to change. */
    PROCEDURE,
    /** Time that must pass before the outcome can change. */
    TIME,
    /** No change can flip the outcome: the rules forbid it by design. */
    IMPOSSIBLE
}

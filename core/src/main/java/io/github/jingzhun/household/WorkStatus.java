package io.github.jingzhun.household;

/**
 * Whether a member worked for a wage in the year, locally or away (务工状况), as the registry records it. A member
 * whose record leaves it out (older records) is read from labour capacity instead: see
 * {@link Member#getWorkStatus()}.
 */
public enum WorkStatus {
    /** Worked for a wage in the year, locally or away (务工). */
    IN_WORK,
    /** Did not work for a wage in the year: farming on the household's own account, at home, at school (未务工). */
    NOT_IN_WORK
}

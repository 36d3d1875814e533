package io.github.jingzhun.procedure;

import io.github.jingzhun.decision.Finding;

/** The result of applying an event to a procedure: a new state, or a refusal that leaves it unchanged. */
public sealed interface ProcedureResult {

    /**
     * The procedure after the event: the new state if accepted, the unchanged one if refused.
     *
     * @return the procedure, not null
     */
    Procedure procedure();

    /**
     * The event was accepted.
     *
     * @param procedure the new state, not null
     */
    record Accepted(Procedure procedure) implements ProcedureResult {}

    /**
     * The event was refused; the procedure is unchanged.
     *
     * @param procedure the unchanged procedure, not null
     * @param reason why, citing the procedure's rule, not null
     */
    record Refused(Procedure procedure, Finding reason) implements ProcedureResult {}
}

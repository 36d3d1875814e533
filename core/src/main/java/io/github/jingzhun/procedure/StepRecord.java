package io.github.jingzhun.procedure;

import io.github.jingzhun.decision.PlainText;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a procedure's audit trail: which step, when, by whom; for a notice, when it was posted; for a
 * rejection, why.
 *
 * @param step the step, not null
 * @param date the day the step was completed or rejected (for a notice, the day it ended), not null
 * @param actor who took the step: an office or an official's registry id, never a resident ID number;
 *     blank where the record does not say (which the audit reports)
 * @param postedOn the day a notice was posted, or null for other steps
 * @param rejection why the step rejected the application, or null if it did not
 */
public record StepRecord(Step step, LocalDate date, String actor, @Nullable LocalDate postedOn,
        @Nullable String rejection) {

    /**
     * Creates a trail entry.
     *
     * @param step the step, not null
     * @param date the day the step was completed or rejected (for a notice, the day it ended), not null
     * @param actor who took the step: an office or an official's registry id, never a resident ID number;
     *     blank where the record does not say (which the audit reports)
     * @param postedOn the day a notice was posted, or null for other steps
     * @param rejection why the step rejected the application, or null if it did not
     * @throws IllegalArgumentException if the actor or the rejection holds a resident ID number or half of a
     *     surrogate pair alone, which {@code toString()} would print
     */
    public StepRecord {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(date, "date");
        PlainText.requireData("actor", actor);
        if (rejection != null) {
            PlainText.requireData("rejection", rejection);
        }
    }

    /**
     * The entry as the event of the state machine it records ({@link Procedure#apply}): a notice with its posting
     * day (an upheld objection, if it has a rejection), a rejection, or a step done.
     *
     * @return the event, not null
     */
    public ProcedureEvent event() {
        if (postedOn != null) {
            return new ProcedureEvent.NoticeCompleted(step, postedOn, date, actor, rejection != null);
        }
        if (rejection != null) {
            return new ProcedureEvent.Rejected(step, date, actor, rejection);
        }
        return new ProcedureEvent.Completed(step, date, actor);
    }
}

package io.github.jingzhun.procedure;

import io.github.jingzhun.decision.PlainText;
import java.time.LocalDate;

/** Something that happens in a procedure; {@link Procedure#apply} accepts or refuses it. */
public sealed interface ProcedureEvent {

    /**
     * The step the event concerns.
     *
     * @return the step, not null
     */
    Step step();

    /**
     * Who acted.
     *
     * @return the actor, not null
     */
    String actor();

    /**
     * A step other than a notice was completed.
     *
     * @param step the step, not null
     * @param date the day, not null
     * @param actor who completed it, not null (a blank one {@link Procedure#apply} refuses)
     */
    record Completed(Step step, LocalDate date, String actor) implements ProcedureEvent {

        /**
         * Creates the event.
         *
         * @param step the step, not null
         * @param date the day, not null
         * @param actor who completed it, not null (a blank one {@link Procedure#apply} refuses)
         * @throws IllegalArgumentException if the actor holds a resident ID number or half of a surrogate pair
         *     alone, which {@code toString()} would print
         */
        public Completed {
            PlainText.requireData("actor", actor);
        }
    }

    /**
     * A notice ran from one day to another; an upheld objection ends the procedure.
     *
     * @param step the notice step, not null
     * @param postedOn the day the notice was posted, not null
     * @param endedOn the day it ended, not null
     * @param actor who posted it, not null (a blank one {@link Procedure#apply} refuses)
     * @param objectionUpheld whether an objection to it was upheld
     */
    record NoticeCompleted(Step step, LocalDate postedOn, LocalDate endedOn, String actor, boolean objectionUpheld)
            implements ProcedureEvent {

        /**
         * Creates the event.
         *
         * @param step the notice step, not null
         * @param postedOn the day the notice was posted, not null
         * @param endedOn the day it ended, not null
         * @param actor who posted it, not null (a blank one {@link Procedure#apply} refuses)
         * @param objectionUpheld whether an objection to it was upheld
         * @throws IllegalArgumentException if the actor holds a resident ID number or half of a surrogate pair
         *     alone, which {@code toString()} would print
         */
        public NoticeCompleted {
            PlainText.requireData("actor", actor);
        }
    }

    /**
     * A step rejected the application, with a reason; the procedure ends.
     *
     * @param step the step, not null
     * @param date the day, not null
     * @param actor who rejected it, not null (a blank one {@link Procedure#apply} refuses)
     * @param reason why, not null (a blank one {@link Procedure#apply} refuses)
     */
    record Rejected(Step step, LocalDate date, String actor, String reason) implements ProcedureEvent {

        /**
         * Creates the event.
         *
         * @param step the step, not null
         * @param date the day, not null
         * @param actor who rejected it, not null (a blank one {@link Procedure#apply} refuses)
         * @param reason why, not null (a blank one {@link Procedure#apply} refuses)
         * @throws IllegalArgumentException if the actor or the reason holds a resident ID number or half of a
         *     surrogate pair alone, which {@code toString()} would print
         */
        public Rejected {
            PlainText.requireData("actor", actor);
            PlainText.requireData("reason", reason);
        }
    }
}

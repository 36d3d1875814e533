package io.github.jingzhun.household;

import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.procedure.ProcedureEvent;
import io.github.jingzhun.procedure.Step;
import io.github.jingzhun.procedure.StepRecord;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One step of a household's procedure as the registry recorded it: which step, when, by whom; for a public notice,
 * the days it was up and whether an objection was upheld; for a rejection, why.
 *
 * <p>A step other than a notice has a {@code date}. A notice has {@code noticeStart} and {@code noticeEnd} (its
 * first and last day) and no {@code date}, unless it rejected the application before anything was posted: then it
 * has a {@code date} and a {@code rejectionReason}. A notice ends the procedure only by an upheld objection, whose
 * reason may be given. A record breaking these, or a notice ending before it started, cannot be built. Whether the
 * steps are in order and the notices long enough is not the record's concern but the audit's (AUD-7). Immutable,
 * thread-safe and value-based.
 */
@Value.Immutable
public abstract class RecordedStep {

    RecordedStep() {}

    /**
     * Returns a builder of recorded steps.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link RecordedStep} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableRecordedStep.Builder {
        Builder() {}
    }

    /**
     * The step.
     *
     * @return the step, not null
     */
    public abstract Step getStep();

    /**
     * The day the step was taken; null for a notice that was posted.
     *
     * @return the day, or null
     */
    public abstract @Nullable LocalDate getDate();

    /**
     * Who took the step: an office or an official's registry id, never a resident ID number; null when the record
     * does not say (which AUD-7 reports).
     *
     * @return the actor, or null
     */
    public abstract @Nullable String getActor();

    /**
     * The first day a notice was up.
     *
     * @return the day, or null for a step other than a posted notice
     */
    public abstract @Nullable LocalDate getNoticeStart();

    /**
     * The last day a notice was up.
     *
     * @return the day, or null for a step other than a posted notice
     */
    public abstract @Nullable LocalDate getNoticeEnd();

    /**
     * Whether an objection to the notice was upheld, which ends the procedure; default false.
     *
     * @return true if upheld
     */
    @Value.Default
    public boolean isObjectionUpheld() {
        return false;
    }

    /**
     * Why the step rejected the application (or why the objection was upheld), ending the procedure.
     *
     * @return the reason, or null if the step did not reject it
     */
    public abstract @Nullable String getRejectionReason();

    /**
     * The day the step was completed: its date, or a notice's last day.
     *
     * @return the day, not null
     */
    public final LocalDate day() {
        LocalDate date = getDate();
        return date != null ? date : Objects.requireNonNull(getNoticeEnd(), "noticeEnd");
    }

    /**
     * Whether the step ended the procedure: a rejection or an upheld objection.
     *
     * @return true if it ended it
     */
    public final boolean rejects() {
        return getRejectionReason() != null || isObjectionUpheld();
    }

    /**
     * The step as an entry of a procedure's audit trail, as {@link io.github.jingzhun.audit.ProcedureAudit} reads
     * it; an unrecorded actor is blank.
     *
     * @return the entry, not null
     */
    public final StepRecord trailEntry() {
        String reason = getRejectionReason();
        String rejection = reason != null ? reason : isObjectionUpheld() ? "an objection to the notice was upheld"
                : null;
        return new StepRecord(getStep(), day(), actor(), getNoticeStart(), rejection);
    }

    /**
     * The step as an event of the procedure's state machine, {@link io.github.jingzhun.procedure.Procedure#apply}.
     *
     * @return the event, not null
     */
    public final ProcedureEvent event() {
        LocalDate start = getNoticeStart();
        LocalDate end = getNoticeEnd();
        if (start != null && end != null) {
            return new ProcedureEvent.NoticeCompleted(getStep(), start, end, actor(), isObjectionUpheld());
        }
        String reason = getRejectionReason();
        return reason != null ? new ProcedureEvent.Rejected(getStep(), day(), actor(), reason)
                : new ProcedureEvent.Completed(getStep(), day(), actor());
    }

    private String actor() {
        String actor = getActor();
        return actor == null ? "" : actor;
    }

    @Value.Check
    void check() {
        Problems problems = new Problems();
        LocalDate date = getDate();
        LocalDate start = getNoticeStart();
        LocalDate end = getNoticeEnd();
        String reason = getRejectionReason();
        if (getStep().isNotice()) {
            if (start == null && end == null) {
                if (date == null || reason == null) {
                    problems.add("noticeStart", "required with noticeEnd for a notice step, unless it rejected the "
                            + "application before posting (then date and rejectionReason)");
                }
                if (isObjectionUpheld()) {
                    problems.add("objectionUpheld", "no notice was posted (no noticeStart and noticeEnd)");
                }
            } else {
                if (start == null) {
                    problems.add("noticeStart", "required with noticeEnd");
                }
                if (end == null) {
                    problems.add("noticeEnd", "required with noticeStart");
                }
                if (start != null && end != null && end.isBefore(start)) {
                    problems.add("noticeEnd", "dates out of order: the notice ends before it starts (noticeStart "
                            + start + ")");
                }
                if (date != null) {
                    problems.add("date", "a posted notice is dated by noticeStart and noticeEnd only");
                }
                if (reason != null && !isObjectionUpheld()) {
                    problems.add("rejectionReason", "a posted notice ends the procedure only by an upheld "
                            + "objection: set objectionUpheld");
                }
            }
        } else {
            if (date == null) {
                problems.add("date", "is required");
            }
            if (start != null) {
                problems.add("noticeStart", "only a notice step has notice dates");
            }
            if (end != null) {
                problems.add("noticeEnd", "only a notice step has notice dates");
            }
            if (isObjectionUpheld()) {
                problems.add("objectionUpheld", "only a notice step has objections");
            }
        }
        String actor = getActor();
        if (actor != null) {
            String problem = PlainText.isBlank(actor) ? "must not be blank (leave it out when the record does not say)"
                    : PlainText.dataProblem(actor);
            if (problem != null) {
                problems.add("actor", problem);
            }
        }
        if (reason != null) {
            String problem = PlainText.isBlank(reason) ? "must not be blank" : PlainText.dataProblem(reason);
            if (problem != null) {
                problems.add("rejectionReason", problem);
            }
        }
        problems.throwIfAny();
    }
}

package io.github.jingzhun.procedure;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.parameter.MissingParameterException;
import io.github.jingzhun.parameter.PolicyParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A procedure as a pure state machine (PROC-REG, PROC-EXIT, EX-C-3): its steps must be taken in order, none
 * skipped; a notice must last the parameter's number of calendar days, both ends counted, with no upheld
 * objection; any step may
 * reject with a reason. Each accepted step is kept with its date and actor: the audit trail.
 *
 * <p>{@link #apply} never changes a procedure: it returns a new one, or a refusal with the reason. Immutable,
 * thread-safe and value-based.
 */
public final class Procedure {

    /** Where a procedure stands. */
    public enum State {
        /** Steps remain. */
        IN_PROGRESS,
        /** Every step was taken. */
        COMPLETED,
        /** A step rejected the application, or an objection to a notice was upheld. */
        REJECTED
    }

    private static final Wording CLOSED = Wording.of(
            "The procedure is already {subject}: no further step can be taken", "程序已{subject}，不能再办理任何步骤",
            state -> state.toLowerCase(Locale.ROOT),
            state -> state.equals(State.REJECTED.name()) ? "终止（不予通过）" : "全部完成");
    /** The subject names the step due and the step given: {@code VILLAGE_NOTICE, not TOWNSHIP_NOTICE}. */
    private static final Wording OUT_OF_ORDER = Wording.of(
            "Steps cannot be skipped or reordered: the next step is {subject}", "步骤不能跳过或颠倒：下一步骤应为{subject}",
            steps -> dueNotGiven(steps, Step::englishList, ", not "),
            steps -> dueNotGiven(steps, Step::chineseList, "，而不是"));
    private static final Wording BACKDATED = Wording.of(
            "A step cannot be dated before the previous step ({subject})", "步骤日期不能早于上一步骤（{subject}）");
    private static final Wording NOT_A_NOTICE = Wording.of(
            "The {subject} is not a public notice", "{subject}不是公示环节", Step::englishList, Step::chineseList);
    private static final Wording NEEDS_NOTICE_DATES = Wording.of(
            "Give the days the {subject} was posted and ended: a public notice's length is checked from them",
            "须提供{subject}的张贴和结束日期，据此核验公示天数",
            Step::englishList, Step::chineseList);
    private static final Wording NOTICE_TOO_SHORT = Wording.of(
            "The notice was up for {observed} of the {threshold} days required",
            "公示{observed}天，少于规定的{threshold}天");
    private static final Wording ENDS_BEFORE_POSTED = Wording.of(
            "The notice ends before it was posted: it has no length", "公示结束日期早于开始日期，公示天数无从计算");
    private static final Wording NO_NOTICE_LENGTH = Wording.of(
            "No notice length is in force on {subject}, the day the notice was posted: it cannot be checked",
            "公示张贴日{subject}尚无适用的公示天数标准，公示无法核验");
    private static final Wording NO_ACTOR = Wording.of(
            "Every step must name who took it", "每个步骤都须记录经办人");
    private static final Wording NO_REASON = Wording.of(
            "A rejection must give its reason", "不予通过须说明理由");

    /** Reads {@code VILLAGE_NOTICE, TOWNSHIP_NOTICE} as the step due, then the step given, in one language. */
    private static String dueNotGiven(String steps, UnaryOperator<String> label, String not) {
        int comma = steps.indexOf(", ");
        return label.apply(steps.substring(0, comma)) + not + label.apply(steps.substring(comma + 2));
    }

    private final ProcedureKind kind;
    private final List<StepRecord> trail;
    private final State state;

    private Procedure(ProcedureKind kind, List<StepRecord> trail, State state) {
        this.kind = kind;
        this.trail = List.copyOf(trail);
        this.state = state;
    }

    /**
     * Starts a procedure with no step taken.
     *
     * @param kind the procedure, not null
     * @return the procedure, not null
     */
    public static Procedure start(ProcedureKind kind) {
        return new Procedure(Objects.requireNonNull(kind, "kind"), List.of(), State.IN_PROGRESS);
    }

    /**
     * Replays a recorded procedure through the state machine: each event is applied in turn, and the first one
     * refused stops the replay. The procedure stands where the last accepted step left it: a refused step (a notice
     * too short, a step out of order) and every step recorded after it remain to be taken, properly. AUD-7 reports
     * why the step was refused.
     *
     * @param kind the procedure, not null
     * @param events the recorded events, in the order recorded, not null
     * @param parameters the parameters giving the shortest notice in force on each notice's posting day, not null
     * @return the procedure as far as it regularly went, not null
     */
    public static Procedure replay(ProcedureKind kind, List<ProcedureEvent> events, PolicyParameters parameters) {
        Objects.requireNonNull(kind, "kind");
        // As apply would, event by event, but in one trail: every registered household's exit is replayed.
        List<StepRecord> trail = new ArrayList<>(events.size());
        State state = State.IN_PROGRESS;
        for (int i = 0; i < events.size(); i++) {
            ProcedureEvent event = events.get(i);
            if (refusal(kind, state, trail, event, parameters) != null) {
                break;
            }
            trail.add(entry(event));
            state = stateAfter(kind, trail);
        }
        return new Procedure(kind, trail, state);
    }

    /**
     * The kind of procedure.
     *
     * @return the kind, not null
     */
    public ProcedureKind kind() {
        return kind;
    }

    /**
     * The audit trail: every step taken, in order, with date and actor.
     *
     * @return the trail, not null
     */
    public List<StepRecord> trail() {
        return trail;
    }

    /**
     * Where the procedure stands.
     *
     * @return the state, not null
     */
    public State state() {
        return state;
    }

    /**
     * The steps still to take, in order; empty once the procedure is completed or rejected.
     *
     * @return the remaining steps, not null
     */
    public List<Step> remaining() {
        if (state != State.IN_PROGRESS) {
            return List.of();
        }
        return kind.remainingAfter(trail.size());
    }

    /**
     * The next step to take, or null when none remains.
     *
     * @return the step, or null
     */
    public @Nullable Step next() {
        List<Step> remaining = remaining();
        return remaining.isEmpty() ? null : remaining.get(0);
    }

    /**
     * States how far the procedure has gone, as a finding of a rule: done, rejected, or which steps remain — what
     * an exit decision tells its reader. The subject lists the remaining steps' names; give the remaining wording
     * {@link Step#englishList} and {@link Step#chineseList} to read them in plain words.
     *
     * @param rule the rule the finding cites, such as EX-H-3, not null
     * @param done the wording when every step is done, not null
     * @param rejected the wording when the procedure was rejected, not null
     * @param remaining the wording listing the remaining steps as {@code {subject}}, not null
     * @return the finding, passed only when every step is done, not null
     */
    public Finding progress(Rule rule, Wording done, Wording rejected, Wording remaining) {
        if (state == State.COMPLETED) {
            return Finding.of(rule, true, null, done);
        }
        if (state == State.REJECTED) {
            return Finding.of(rule, false, null, rejected);
        }
        StringJoiner steps = new StringJoiner(", ");
        for (Step step : remaining()) {
            steps.add(step.name());
        }
        return Finding.of(rule, false, BigDecimal.valueOf(remaining().size()), null, steps.toString(), remaining);
    }

    /**
     * The shortest notice of a procedure's kind, in days, in force on the day a notice was posted.
     *
     * @param kind the procedure's kind, not null
     * @param postedOn the day the notice was posted, not null
     * @param parameters the parameter set, not null
     * @return the days, or null if the set has none in force that day (a notice posted before the first value): the
     *     notice is then refused, never checked against a guess
     */
    public static @Nullable BigDecimal minimumNoticeDays(ProcedureKind kind, LocalDate postedOn,
            PolicyParameters parameters) {
        try {
            return parameters.inForce(kind.noticeDays(), postedOn).value();
        } catch (MissingParameterException e) {
            return null;
        }
    }

    /**
     * How many calendar days a notice lasted, both ends counted as notices are written ("公示7天（3月1日至3月7日）").
     *
     * @param postedOn the day it was posted, not null
     * @param endedOn the last day it was up, not null
     * @return the days; 0 or less if it ended before it was posted
     */
    public static long noticeDays(LocalDate postedOn, LocalDate endedOn) {
        return ChronoUnit.DAYS.between(postedOn, endedOn) + 1;
    }

    /**
     * Applies an event: the next step completed, a notice that ran its course, or a rejection.
     *
     * @param event the event, not null
     * @param parameters the parameters giving the shortest notice in force on the notice's posting day, not null
     * @return the new state, or a refusal with the reason and this procedure unchanged, not null
     */
    public ProcedureResult apply(ProcedureEvent event, PolicyParameters parameters) {
        Finding refusal = refusal(kind, state, trail, event, parameters);
        if (refusal != null) {
            return new ProcedureResult.Refused(this, refusal);
        }
        List<StepRecord> next = new ArrayList<>(trail);
        next.add(entry(event));
        return new ProcedureResult.Accepted(new Procedure(kind, next, stateAfter(kind, next)));
    }

    /** Why a procedure of a kind, in a state with a trail, refuses an event; null if it accepts it. */
    private static @Nullable Finding refusal(ProcedureKind kind, State state, List<StepRecord> trail,
            ProcedureEvent event, PolicyParameters parameters) {
        Rule rule = kind.rule();
        if (state != State.IN_PROGRESS) {
            return Finding.of(rule, false, state.name(), CLOSED);
        }
        Step expected = kind.steps().get(trail.size());
        if (event.step() != expected) {
            return Finding.of(rule, false, expected + ", " + event.step(), OUT_OF_ORDER);
        }
        if (PlainText.isBlank(event.actor())) {
            return Finding.of(rule, false, null, NO_ACTOR);
        }
        LocalDate previous = trail.isEmpty() ? null : trail.get(trail.size() - 1).date();
        if (event instanceof ProcedureEvent.NoticeCompleted) {
            return refusal(kind, (ProcedureEvent.NoticeCompleted) event, previous, parameters);
        }
        LocalDate date;
        if (event instanceof ProcedureEvent.Rejected) {
            ProcedureEvent.Rejected rejected = (ProcedureEvent.Rejected) event;
            if (PlainText.isBlank(rejected.reason())) {
                return Finding.of(rule, false, null, NO_REASON);
            }
            date = rejected.date();
        } else {
            if (expected.isNotice()) {
                return Finding.of(rule, false, expected.name(), NEEDS_NOTICE_DATES);
            }
            date = ((ProcedureEvent.Completed) event).date();
        }
        if (previous != null && date.isBefore(previous)) {
            return Finding.of(rule, false, previous.toString(), BACKDATED);
        }
        return null;
    }

    /** Why a procedure of a kind refuses a notice, after the checks every event passes; null if it accepts it. */
    private static @Nullable Finding refusal(ProcedureKind kind, ProcedureEvent.NoticeCompleted event,
            @Nullable LocalDate previous, PolicyParameters parameters) {
        Rule rule = kind.rule();
        if (!event.step().isNotice()) {
            return Finding.of(rule, false, event.step().name(), NOT_A_NOTICE);
        }
        if (previous != null && event.postedOn().isBefore(previous)) {
            return Finding.of(rule, false, previous.toString(), BACKDATED);
        }
        if (event.endedOn().isBefore(event.postedOn())) {
            return Finding.of(rule, false, null, ENDS_BEFORE_POSTED);
        }
        if (event.objectionUpheld()) {
            // An upheld objection ends the notice when it is upheld: the procedure is rejected, not cut short.
            return null;
        }
        // A notice lasts its calendar days, both ends included, as notices are written: "公示7天（3月1日至3月7日）";
        // at least the parameter in force on the day it was posted.
        BigDecimal minimum = minimumNoticeDays(kind, event.postedOn(), parameters);
        if (minimum == null) {
            return Finding.of(rule, false, event.postedOn().toString(), NO_NOTICE_LENGTH);
        }
        long days = noticeDays(event.postedOn(), event.endedOn());
        if (BigDecimal.valueOf(days).compareTo(minimum) < 0) {
            return Finding.of(rule, false, BigDecimal.valueOf(days), minimum, null, NOTICE_TOO_SHORT);
        }
        return null;
    }

    /** The trail entry of an accepted event. */
    private static StepRecord entry(ProcedureEvent event) {
        if (event instanceof ProcedureEvent.NoticeCompleted) {
            ProcedureEvent.NoticeCompleted notice = (ProcedureEvent.NoticeCompleted) event;
            String rejection = notice.objectionUpheld() ? "an objection to the notice was upheld" : null;
            return new StepRecord(notice.step(), notice.endedOn(), notice.actor(), notice.postedOn(), rejection);
        }
        if (event instanceof ProcedureEvent.Rejected) {
            ProcedureEvent.Rejected rejected = (ProcedureEvent.Rejected) event;
            return new StepRecord(rejected.step(), rejected.date(), rejected.actor(), null, rejected.reason());
        }
        ProcedureEvent.Completed completed = (ProcedureEvent.Completed) event;
        return new StepRecord(completed.step(), completed.date(), completed.actor(), null, null);
    }

    /** Where a procedure of a kind stands with a trail: ended by a rejection, every step taken, or in progress. */
    private static State stateAfter(ProcedureKind kind, List<StepRecord> trail) {
        return trail.get(trail.size() - 1).rejection() != null ? State.REJECTED
                : trail.size() == kind.steps().size() ? State.COMPLETED : State.IN_PROGRESS;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Procedure && ((Procedure) obj).kind == kind && ((Procedure) obj).state == state
                && ((Procedure) obj).trail.equals(trail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, trail, state);
    }

    @Override
    public String toString() {
        return kind + " " + state + ", " + trail.size() + " of " + kind.steps().size() + " steps taken";
    }
}

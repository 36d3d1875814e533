package io.github.jingzhun.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.parameter.PolicyParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A recorded procedure replayed through the state machine stands where its last regular step left it. */
class ReplayTest {

    private static final PolicyParameters NATIONAL = PolicyParameters.national();
    private static final LocalDate DAY = LocalDate.of(2019, 11, 4);

    @Test
    void aTrailEntryIsTheEventItRecordsSoATrailReplaysToItself() {
        StepRecord notice = new StepRecord(Step.PUBLIC_NOTICE, DAY.plusDays(6), "province", DAY, null);
        StepRecord objected = new StepRecord(Step.PUBLIC_NOTICE, DAY.plusDays(2), "province", DAY, "objection");
        StepRecord rejected = new StepRecord(Step.CITY_REVIEW, DAY, "city", null, "incomplete");
        StepRecord done = new StepRecord(Step.CITY_REVIEW, DAY, "city", null, null);

        assertThat(notice.event()).isEqualTo(new ProcedureEvent.NoticeCompleted(Step.PUBLIC_NOTICE, DAY,
                DAY.plusDays(6), "province", false));
        assertThat(objected.event()).isEqualTo(new ProcedureEvent.NoticeCompleted(Step.PUBLIC_NOTICE, DAY,
                DAY.plusDays(2), "province", true));
        assertThat(rejected.event()).isEqualTo(new ProcedureEvent.Rejected(Step.CITY_REVIEW, DAY, "city",
                "incomplete"));
        assertThat(done.event()).isEqualTo(new ProcedureEvent.Completed(Step.CITY_REVIEW, DAY, "city"));
    }

    @Test
    void noEntryNorEventHoldsAResidentIdNumberItsToStringWouldPrint() {
        String id = "522727198001011229";
        String spaced = "522727 19800101 1229";
        List<ThrowingCallable> built = List.of(
                () -> new StepRecord(Step.CITY_REVIEW, DAY, id, null, null),
                () -> new StepRecord(Step.CITY_REVIEW, DAY, "city", null, "applicant " + spaced),
                () -> new StepRecord(Step.CITY_REVIEW, DAY, "city\ud800", null, null),
                () -> new ProcedureEvent.Completed(Step.CITY_REVIEW, DAY, id),
                () -> new ProcedureEvent.NoticeCompleted(Step.PUBLIC_NOTICE, DAY, DAY.plusDays(6), spaced, false),
                () -> new ProcedureEvent.Rejected(Step.CITY_REVIEW, DAY, "city", "applicant " + id),
                () -> new ProcedureEvent.Rejected(Step.CITY_REVIEW, DAY, id, "incomplete"));
        for (ThrowingCallable build : built) {
            assertThatThrownBy(build).isInstanceOf(IllegalArgumentException.class)
                    .message().matches("(actor|rejection|reason): .+").doesNotContain(id).doesNotContain(spaced);
        }
        assertThatThrownBy(() -> new ProcedureEvent.Completed(Step.CITY_REVIEW, DAY, null))
                .isInstanceOf(NullPointerException.class).hasMessage("actor");
        // a blank actor is the state machine's to refuse, and an unrecorded one's trail entry is blank
        assertThat(new StepRecord(Step.CITY_REVIEW, DAY, "", null, null).actor()).isEmpty();
    }

    /** The exit procedure's events, each regular: steps a day apart, the notice seven days long. */
    private static List<ProcedureEvent> regularExit() {
        List<ProcedureEvent> events = new ArrayList<>();
        LocalDate day = DAY;
        for (Step step : ProcedureKind.HOUSEHOLD_EXIT.steps()) {
            if (step.isNotice()) {
                events.add(new ProcedureEvent.NoticeCompleted(step, day, day.plusDays(6), "village", false));
                day = day.plusDays(6);
            } else {
                events.add(new ProcedureEvent.Completed(step, day, "office"));
            }
            day = day.plusDays(1);
        }
        return events;
    }

    @Test
    void noEventLeavesEveryStep() {
        Procedure p = Procedure.replay(ProcedureKind.HOUSEHOLD_EXIT, List.of(), NATIONAL);
        assertThat(p).isEqualTo(Procedure.start(ProcedureKind.HOUSEHOLD_EXIT));
        assertThat(p.remaining()).isEqualTo(ProcedureKind.HOUSEHOLD_EXIT.steps());
    }

    @Test
    void everyRegularEventIsTakenAndTheProcedureCompletes() {
        Procedure p = Procedure.replay(ProcedureKind.HOUSEHOLD_EXIT, regularExit(), NATIONAL);
        assertThat(p.state()).isEqualTo(Procedure.State.COMPLETED);
        assertThat(p.trail()).hasSize(7);
        assertThat(p.remaining()).isEmpty();
    }

    @Test
    void theReplayStopsAtAShortNoticeWhichRemainsWithEveryStepAfterIt() {
        List<ProcedureEvent> events = regularExit();
        ProcedureEvent.NoticeCompleted notice = (ProcedureEvent.NoticeCompleted) events.get(3);
        events.set(3, new ProcedureEvent.NoticeCompleted(Step.PUBLIC_NOTICE, notice.postedOn(),
                notice.postedOn().plusDays(5), "village", false));
        Procedure p = Procedure.replay(ProcedureKind.HOUSEHOLD_EXIT, events, NATIONAL);
        assertThat(p.state()).isEqualTo(Procedure.State.IN_PROGRESS);
        assertThat(p.trail()).hasSize(3);
        assertThat(p.remaining()).containsExactly(Step.PUBLIC_NOTICE, Step.TOWNSHIP_VERIFICATION, Step.ANNOUNCEMENT,
                Step.DEREGISTRATION);
    }

    @Test
    void theReplayStopsAtAStepOutOfOrder() {
        List<ProcedureEvent> events = regularExit();
        events.add(1, events.remove(2));
        assertThat(Procedure.replay(ProcedureKind.HOUSEHOLD_EXIT, events, NATIONAL).trail()).hasSize(1);
    }

    @Test
    void aRejectionEndsTheReplayAndNothingAfterItCounts() {
        List<ProcedureEvent> events = regularExit().subList(0, 2);
        List<ProcedureEvent> rejected = new ArrayList<>(events);
        rejected.add(new ProcedureEvent.Rejected(Step.HOUSEHOLD_AGREEMENT, DAY.plusDays(3), "household",
                "does not agree"));
        rejected.addAll(regularExit().subList(3, 7));
        Procedure p = Procedure.replay(ProcedureKind.HOUSEHOLD_EXIT, rejected, NATIONAL);
        assertThat(p.state()).isEqualTo(Procedure.State.REJECTED);
        assertThat(p.trail()).hasSize(3);
        assertThat(p.remaining()).isEmpty();
    }
}

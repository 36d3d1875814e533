package io.github.jingzhun.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.ParameterValue;
import io.github.jingzhun.parameter.PolicyParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PROC-REG, PROC-EXIT and EX-C-3 as a state machine: order, notices, rejection and the audit trail. */
class ProcedureTest {

    private static final PolicyParameters NATIONAL = PolicyParameters.national();
    private static final PolicyParameters FIVE_DAY_NOTICE = NATIONAL.withParameter(ParameterKey.NOTICE_DAYS,
            new BigDecimal("5"), "county notice rules", "this county posts notices for 5 days");
    private static final Wording DONE = Wording.of("done", "完成");
    private static final Wording REJECTED = Wording.of("rejected", "未通过");
    private static final Wording REMAINING = Wording.of("remaining: {subject}", "尚需：{subject}", Step::englishList,
            Step::chineseList);

    // ---------------------------------------------------------------- fixtures

    private static Procedure accepted(Procedure procedure, ProcedureEvent event) {
        return accepted(procedure, event, NATIONAL);
    }

    private static Procedure accepted(Procedure procedure, ProcedureEvent event, PolicyParameters parameters) {
        ProcedureResult result = procedure.apply(event, parameters);
        assertThat(result).as("%s", event).isInstanceOf(ProcedureResult.Accepted.class);
        return result.procedure();
    }

    /** Applies an event that must be refused; checks the procedure is unchanged and returns the reason. */
    private static Finding refused(Procedure procedure, ProcedureEvent event, PolicyParameters parameters) {
        ProcedureResult result = procedure.apply(event, parameters);
        assertThat(result).as("%s", event).isInstanceOf(ProcedureResult.Refused.class);
        assertThat(result.procedure()).isSameAs(procedure);
        Finding reason = ((ProcedureResult.Refused) result).reason();
        assertThat(reason.passed()).isFalse();
        assertThat(reason.rule()).isEqualTo(procedure.kind().rule());
        return reason;
    }

    private static Finding refused(Procedure procedure, ProcedureEvent event) {
        return refused(procedure, event, NATIONAL);
    }

    private static ProcedureEvent.Completed completed(Step step, LocalDate date) {
        return new ProcedureEvent.Completed(step, date, "village committee");
    }

    private static ProcedureEvent.NoticeCompleted notice(Step step, LocalDate posted, LocalDate ended) {
        return new ProcedureEvent.NoticeCompleted(step, posted, ended, "village committee", false);
    }

    /** A registration with its application (2019-02-20) and appraisal (2019-02-25) done: the first notice is next. */
    private static Procedure registrationAtFirstNotice() {
        Procedure p = Procedure.start(ProcedureKind.REGISTRATION);
        p = accepted(p, completed(Step.APPLICATION, LocalDate.of(2019, 2, 20)));
        return accepted(p, completed(Step.DEMOCRATIC_APPRAISAL, LocalDate.of(2019, 2, 25)));
    }

    /** Takes every step of a procedure, a day apart, notices of 7 days. */
    private static Procedure completedProcedure(ProcedureKind kind) {
        Procedure p = Procedure.start(kind);
        LocalDate day = LocalDate.of(2019, 3, 1);
        for (Step step : kind.steps()) {
            if (step.isNotice()) {
                p = accepted(p, notice(step, day, day.plusDays(7)));
                day = day.plusDays(7);
            } else {
                p = accepted(p, completed(step, day));
            }
            day = day.plusDays(1);
        }
        return p;
    }

    // ---------------------------------------------------------------- start, remaining, next

    @Test
    @DisplayName("PROC-REG: a new procedure has every step remaining; next() is the application")
    void procRegStart() {
        Procedure p = Procedure.start(ProcedureKind.REGISTRATION);

        assertThat(p.state()).isEqualTo(Procedure.State.IN_PROGRESS);
        assertThat(p.trail()).isEmpty();
        assertThat(p.remaining()).containsExactly(Step.APPLICATION, Step.DEMOCRATIC_APPRAISAL, Step.VILLAGE_NOTICE,
                Step.TOWNSHIP_NOTICE, Step.COUNTY_ANNOUNCEMENT, Step.FILED);
        assertThat(p.next()).isEqualTo(Step.APPLICATION);
        assertThat(p.kind().rule()).isEqualTo(Rule.PROC_REG);
    }

    @Test
    @DisplayName("PROC-EXIT, EX-C-3: the exit procedures have their steps in the policy's order")
    void procExitAndCountySteps() {
        assertThat(Procedure.start(ProcedureKind.HOUSEHOLD_EXIT).remaining()).containsExactly(Step.VILLAGE_PROPOSAL,
                Step.DEMOCRATIC_APPRAISAL, Step.HOUSEHOLD_AGREEMENT, Step.PUBLIC_NOTICE, Step.TOWNSHIP_VERIFICATION,
                Step.ANNOUNCEMENT, Step.DEREGISTRATION);
        assertThat(ProcedureKind.HOUSEHOLD_EXIT.rule()).isEqualTo(Rule.PROC_EXIT);
        assertThat(Procedure.start(ProcedureKind.COUNTY_EXIT).remaining()).containsExactly(Step.COUNTY_APPLICATION,
                Step.CITY_REVIEW, Step.PROVINCIAL_VERIFICATION, Step.PUBLIC_NOTICE, Step.PROVINCIAL_ANNOUNCEMENT);
        assertThat(ProcedureKind.COUNTY_EXIT.rule()).isEqualTo(Rule.EX_C_3);
    }

    @Test
    @DisplayName("PROC-REG: each accepted step shortens remaining() and moves next()")
    void procRegRemainingAndNext() {
        Procedure p = registrationAtFirstNotice();

        assertThat(p.remaining()).containsExactly(Step.VILLAGE_NOTICE, Step.TOWNSHIP_NOTICE, Step.COUNTY_ANNOUNCEMENT,
                Step.FILED);
        assertThat(p.next()).isEqualTo(Step.VILLAGE_NOTICE);
        assertThat(p.state()).isEqualTo(Procedure.State.IN_PROGRESS);
    }

    @Test
    @DisplayName("PROC-REG, PROC-EXIT, EX-C-3: taking every step in order completes each procedure")
    void everyProcedureCompletes() {
        for (ProcedureKind kind : ProcedureKind.values()) {
            Procedure p = completedProcedure(kind);
            assertThat(p.state()).as(kind.name()).isEqualTo(Procedure.State.COMPLETED);
            assertThat(p.remaining()).as(kind.name()).isEmpty();
            assertThat(p.next()).as(kind.name()).isNull();
            assertThat(p.trail()).extracting(StepRecord::step).as(kind.name()).containsExactlyElementsOf(kind.steps());
        }
    }

    // ---------------------------------------------------------------- order

    @Test
    @DisplayName("PROC-REG: skipping a step is refused with a reason and leaves the procedure unchanged")
    void procRegSkipRefused() {
        Procedure p = Procedure.start(ProcedureKind.REGISTRATION);

        Finding reason = refused(p, completed(Step.DEMOCRATIC_APPRAISAL, LocalDate.of(2019, 2, 25)));

        assertThat(reason.message()).isEqualTo(
                "Steps cannot be skipped or reordered: the next step is household application, not democratic appraisal by "
                        + "village representatives");
        assertThat(reason.messageZh()).isEqualTo("步骤不能跳过或颠倒：下一步骤应为农户申请，而不是村民代表民主评议");
        assertThat(p.trail()).isEmpty();
        assertThat(p.next()).isEqualTo(Step.APPLICATION);
    }

    @Test
    @DisplayName("PROC-REG: reordering (the township notice before the village notice) is refused")
    void procRegReorderRefused() {
        Procedure p = registrationAtFirstNotice();

        Finding reason = refused(p, notice(Step.TOWNSHIP_NOTICE, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 8)));

        assertThat(reason.subject()).isEqualTo("VILLAGE_NOTICE, TOWNSHIP_NOTICE");
        assertThat(p.trail()).hasSize(2);
    }

    @Test
    @DisplayName("PROC-REG: repeating a step already taken is refused")
    void procRegRepeatRefused() {
        Procedure p = registrationAtFirstNotice();

        refused(p, completed(Step.APPLICATION, LocalDate.of(2019, 3, 1)));
    }

    @Test
    @DisplayName("PROC-EXIT: a step of another procedure is refused")
    void procExitForeignStepRefused() {
        Procedure p = Procedure.start(ProcedureKind.HOUSEHOLD_EXIT);

        Finding reason = refused(p, completed(Step.APPLICATION, LocalDate.of(2019, 3, 1)));

        assertThat(reason.rule()).isEqualTo(Rule.PROC_EXIT);
        assertThat(reason.message()).contains("village committee and resident team check and propose");
    }

    // ---------------------------------------------------------------- notices

    @Test
    @DisplayName("PROC-REG: a notice of 6 days (2019-03-01 to 2019-03-06, both counted) is refused; 7 are required")
    void procRegSixDayNoticeRefused() {
        Procedure p = registrationAtFirstNotice();

        Finding reason = refused(p, notice(Step.VILLAGE_NOTICE, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 6)));

        assertThat(reason.observed()).isEqualByComparingTo("6");
        assertThat(reason.threshold()).isEqualByComparingTo("7");
        assertThat(reason.message()).isEqualTo("The notice was up for 6 of the 7 days required");
        assertThat(reason.messageZh()).isEqualTo("公示6天，少于规定的7天");
    }

    @Test
    @DisplayName("PROC-REG: a notice ending the day before it was posted, or earlier, is refused for that, not as a "
            + "notice of 0 days")
    void procRegNoticeEndingBeforeItWasPostedRefused() {
        for (LocalDate ended : List.of(LocalDate.of(2019, 2, 28), LocalDate.of(2019, 2, 26))) {
            Finding reason = refused(registrationAtFirstNotice(), notice(Step.VILLAGE_NOTICE, LocalDate.of(2019, 3, 1),
                    ended));
            assertThat(reason.observed()).isNull();
            assertThat(reason.message()).isEqualTo("The notice ends before it was posted: it has no length");
            assertThat(reason.messageZh()).isEqualTo("公示结束日期早于开始日期，公示天数无从计算");
        }
        Finding oneDay = refused(registrationAtFirstNotice(), notice(Step.VILLAGE_NOTICE, LocalDate.of(2019, 3, 1),
                LocalDate.of(2019, 3, 1)));
        assertThat(oneDay.observed()).isEqualByComparingTo("1");
    }

    @Test
    @DisplayName("PROC-REG: a notice of 7 days (2019-03-01 to 2019-03-07, both counted) is accepted")
    void procRegSevenDayNoticeAccepted() {
        Procedure p = accepted(registrationAtFirstNotice(),
                notice(Step.VILLAGE_NOTICE, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 7)));

        StepRecord record = p.trail().get(2);
        assertThat(record.step()).isEqualTo(Step.VILLAGE_NOTICE);
        assertThat(record.postedOn()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(record.date()).isEqualTo(LocalDate.of(2019, 3, 7));
        assertThat(record.rejection()).isNull();
        assertThat(p.next()).isEqualTo(Step.TOWNSHIP_NOTICE);
    }

    @Test
    @DisplayName("PROC-REG: with NOTICE_DAYS set to 5 (with a reason), a 5-day notice is accepted and 4 days refused")
    void procRegFiveDayNoticeParameter() {
        Procedure p = registrationAtFirstNotice();

        accepted(p, notice(Step.VILLAGE_NOTICE, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 5)), FIVE_DAY_NOTICE);
        Finding reason = refused(p, notice(Step.VILLAGE_NOTICE, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 4)),
                FIVE_DAY_NOTICE);
        assertThat(reason.threshold()).isEqualByComparingTo("5");
        // The national 7 days still refuses the same 5-day notice.
        refused(p, notice(Step.VILLAGE_NOTICE, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 5)), NATIONAL);
    }

    @Test
    @DisplayName("PROC-REG: a notice posted before the first notice length in force (1 January 2010) is refused, never "
            + "checked against a guess")
    void procRegNoticeBeforeAnyNoticeLengthRefused() {
        Procedure p = accepted(Procedure.start(ProcedureKind.REGISTRATION),
                completed(Step.APPLICATION, LocalDate.of(2009, 12, 1)));
        p = accepted(p, completed(Step.DEMOCRATIC_APPRAISAL, LocalDate.of(2009, 12, 10)));

        Finding reason = refused(p, notice(Step.VILLAGE_NOTICE, LocalDate.of(2009, 12, 31), LocalDate.of(2010, 1, 6)));

        assertThat(reason.subject()).isEqualTo("2009-12-31");
        assertThat(reason.message()).isEqualTo("No notice length is in force on 2009-12-31, the day the notice was "
                + "posted: it cannot be checked");
        assertThat(reason.messageZh()).isEqualTo("公示张贴日2009-12-31尚无适用的公示天数标准，公示无法核验");
        accepted(p, notice(Step.VILLAGE_NOTICE, LocalDate.of(2010, 1, 1), LocalDate.of(2010, 1, 7)));
    }

    @Test
    @DisplayName("PROC-REG: the notice length in force on the posting day applies")
    void procRegNoticeLengthInForceWhenPosted() {
        PolicyParameters fromMarch5 = NATIONAL.withParameter(new ParameterValue(ParameterKey.NOTICE_DAYS,
                new BigDecimal("5"), LocalDate.of(2019, 3, 5), "county notice rules", "shortened from 5 March 2019"));
        Procedure p = registrationAtFirstNotice();

        refused(p, notice(Step.VILLAGE_NOTICE, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 9)), fromMarch5);
        accepted(p, notice(Step.VILLAGE_NOTICE, LocalDate.of(2019, 3, 5), LocalDate.of(2019, 3, 10)), fromMarch5);
    }

    @Test
    @DisplayName("PROC-REG: completing a notice step with a plain Completed event is refused")
    void procRegNoticeNeedsDates() {
        Procedure p = registrationAtFirstNotice();

        Finding reason = refused(p, completed(Step.VILLAGE_NOTICE, LocalDate.of(2019, 3, 8)));

        assertThat(reason.message()).isEqualTo(
                "Give the days the village committee check and first notice was posted and ended: a public notice's "
                        + "length is checked from them");
        assertThat(reason.messageZh()).startsWith("须提供").endsWith("的张贴和结束日期，据此核验公示天数");
    }

    @Test
    @DisplayName("PROC-REG: a NoticeCompleted event for a step that is not a notice is refused")
    void procRegNotANotice() {
        Procedure p = Procedure.start(ProcedureKind.REGISTRATION);

        Finding reason = refused(p, notice(Step.APPLICATION, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 8)));

        assertThat(reason.message()).isEqualTo("The household application is not a public notice");
    }

    @Test
    @DisplayName("PROC-REG: a notice ending before it was posted is refused")
    void procRegNoticeEndsBeforePosting() {
        refused(registrationAtFirstNotice(),
                notice(Step.VILLAGE_NOTICE, LocalDate.of(2019, 3, 8), LocalDate.of(2019, 3, 1)));
    }

    @Test
    @DisplayName("PROC-REG: an upheld objection to a notice ends the procedure REJECTED")
    void procRegUpheldObjectionRejects() {
        Procedure p = accepted(registrationAtFirstNotice(), new ProcedureEvent.NoticeCompleted(Step.VILLAGE_NOTICE,
                LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 8), "village committee", true));

        assertThat(p.state()).isEqualTo(Procedure.State.REJECTED);
        assertThat(p.remaining()).isEmpty();
        assertThat(p.next()).isNull();
        assertThat(p.trail().get(2).rejection()).isEqualTo("an objection to the notice was upheld");
    }

    // ---------------------------------------------------------------- dates and actors

    @Test
    @DisplayName("PROC-REG: a step dated before the previous step is refused; the same day is accepted")
    void procRegBackdatingRefused() {
        Procedure p = accepted(Procedure.start(ProcedureKind.REGISTRATION),
                completed(Step.APPLICATION, LocalDate.of(2019, 2, 20)));

        Finding reason = refused(p, completed(Step.DEMOCRATIC_APPRAISAL, LocalDate.of(2019, 2, 19)));
        assertThat(reason.subject()).isEqualTo("2019-02-20");
        assertThat(reason.message()).isEqualTo("A step cannot be dated before the previous step (2019-02-20)");
        accepted(p, completed(Step.DEMOCRATIC_APPRAISAL, LocalDate.of(2019, 2, 20)));
    }

    @Test
    @DisplayName("PROC-REG: a notice posted before the previous step is refused; posted the same day is accepted")
    void procRegNoticeBackdatingRefused() {
        Procedure p = registrationAtFirstNotice();

        refused(p, notice(Step.VILLAGE_NOTICE, LocalDate.of(2019, 2, 24), LocalDate.of(2019, 3, 8)));
        accepted(p, notice(Step.VILLAGE_NOTICE, LocalDate.of(2019, 2, 25), LocalDate.of(2019, 3, 4)));
    }

    @Test
    @DisplayName("PROC-REG: the step after a notice may not be dated before the notice ended")
    void procRegAfterNoticeDatedFromItsEnd() {
        Procedure p = registrationAtFirstNotice();
        p = accepted(p, notice(Step.VILLAGE_NOTICE, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 8)));

        refused(p, notice(Step.TOWNSHIP_NOTICE, LocalDate.of(2019, 3, 7), LocalDate.of(2019, 3, 15)));
        accepted(p, notice(Step.TOWNSHIP_NOTICE, LocalDate.of(2019, 3, 8), LocalDate.of(2019, 3, 15)));
    }

    @Test
    @DisplayName("PROC-REG: a blank actor is refused, for steps, notices and rejections")
    void procRegBlankActorRefused() {
        Procedure start = Procedure.start(ProcedureKind.REGISTRATION);
        Procedure atNotice = registrationAtFirstNotice();

        Finding reason = refused(start, new ProcedureEvent.Completed(Step.APPLICATION, LocalDate.of(2019, 2, 20), " "));
        assertThat(reason.message()).isEqualTo("Every step must name who took it");
        refused(start, new ProcedureEvent.Completed(Step.APPLICATION, LocalDate.of(2019, 2, 20), ""));
        refused(atNotice, new ProcedureEvent.NoticeCompleted(Step.VILLAGE_NOTICE, LocalDate.of(2019, 3, 1),
                LocalDate.of(2019, 3, 8), "\t", false));
        refused(start, new ProcedureEvent.Rejected(Step.APPLICATION, LocalDate.of(2019, 2, 20), " ", "no reason"));
        // a no-break space shows nothing either
        refused(start, new ProcedureEvent.Completed(Step.APPLICATION, LocalDate.of(2019, 2, 20), "\u00a0"));
        refused(start, new ProcedureEvent.Rejected(Step.APPLICATION, LocalDate.of(2019, 2, 20), "clerk", "\u00a0"));
    }

    // ---------------------------------------------------------------- rejection and closing

    @Test
    @DisplayName("PROC-REG: a rejection with a reason ends the procedure REJECTED and records the reason")
    void procRegRejectionWithReason() {
        Procedure p = accepted(Procedure.start(ProcedureKind.REGISTRATION),
                completed(Step.APPLICATION, LocalDate.of(2019, 2, 20)));

        Procedure rejected = accepted(p, new ProcedureEvent.Rejected(Step.DEMOCRATIC_APPRAISAL,
                LocalDate.of(2019, 2, 25), "village representatives", "owns a town apartment"));

        assertThat(rejected.state()).isEqualTo(Procedure.State.REJECTED);
        assertThat(rejected.remaining()).isEmpty();
        assertThat(rejected.next()).isNull();
        assertThat(rejected.trail()).last().isEqualTo(new StepRecord(Step.DEMOCRATIC_APPRAISAL,
                LocalDate.of(2019, 2, 25), "village representatives", null, "owns a town apartment"));
        assertThat(p.state()).as("the earlier procedure is unchanged").isEqualTo(Procedure.State.IN_PROGRESS);
    }

    @Test
    @DisplayName("PROC-REG: a rejection without a reason is refused")
    void procRegRejectionWithoutReasonRefused() {
        Procedure p = Procedure.start(ProcedureKind.REGISTRATION);

        Finding reason = refused(p, new ProcedureEvent.Rejected(Step.APPLICATION, LocalDate.of(2019, 2, 20),
                "village committee", "  "));

        assertThat(reason.message()).isEqualTo("A rejection must give its reason");
        assertThat(reason.messageZh()).isEqualTo("不予通过须说明理由");
    }

    @Test
    @DisplayName("PROC-REG: a rejection of the wrong step is refused as out of order")
    void procRegRejectionOutOfOrder() {
        refused(Procedure.start(ProcedureKind.REGISTRATION), new ProcedureEvent.Rejected(Step.TOWNSHIP_NOTICE,
                LocalDate.of(2019, 2, 20), "township", "not eligible"));
    }

    @Test
    @DisplayName("PROC-REG: a rejection dated before the previous step is refused")
    void procRegRejectionBackdated() {
        Procedure p = accepted(Procedure.start(ProcedureKind.REGISTRATION),
                completed(Step.APPLICATION, LocalDate.of(2019, 2, 20)));

        refused(p, new ProcedureEvent.Rejected(Step.DEMOCRATIC_APPRAISAL, LocalDate.of(2019, 2, 19), "village",
                "not eligible"));
    }

    @Test
    @DisplayName("PROC-EXIT: after COMPLETED any event is refused")
    void procExitClosedAfterCompletion() {
        Procedure done = completedProcedure(ProcedureKind.HOUSEHOLD_EXIT);

        Finding reason = refused(done, completed(Step.DEREGISTRATION, LocalDate.of(2020, 1, 1)));
        assertThat(reason.message()).isEqualTo("The procedure is already completed: no further step can be taken");
        refused(done, completed(Step.VILLAGE_PROPOSAL, LocalDate.of(2020, 1, 1)));
        refused(done, new ProcedureEvent.Rejected(Step.DEREGISTRATION, LocalDate.of(2020, 1, 1), "county", "late"));
    }

    @Test
    @DisplayName("PROC-EXIT: after REJECTED any event is refused")
    void procExitClosedAfterRejection() {
        Procedure rejected = accepted(Procedure.start(ProcedureKind.HOUSEHOLD_EXIT), new ProcedureEvent.Rejected(
                Step.VILLAGE_PROPOSAL, LocalDate.of(2019, 11, 1), "resident team", "income not stable"));

        Finding reason = refused(rejected, completed(Step.DEMOCRATIC_APPRAISAL, LocalDate.of(2019, 11, 2)));

        assertThat(reason.subject()).isEqualTo("REJECTED");
    }

    // ---------------------------------------------------------------- audit trail

    @Test
    @DisplayName("PROC-EXIT (AUD-7): every accepted step keeps its step, date and actor in trail(), in order")
    void procExitAuditTrail() {
        Procedure p = Procedure.start(ProcedureKind.HOUSEHOLD_EXIT);
        p = accepted(p, new ProcedureEvent.Completed(Step.VILLAGE_PROPOSAL, LocalDate.of(2019, 11, 1), "resident team"));
        p = accepted(p, new ProcedureEvent.Completed(Step.DEMOCRATIC_APPRAISAL, LocalDate.of(2019, 11, 3),
                "village representatives"));
        p = accepted(p, new ProcedureEvent.Completed(Step.HOUSEHOLD_AGREEMENT, LocalDate.of(2019, 11, 4),
                "HH-522727-0001"));
        p = accepted(p, new ProcedureEvent.NoticeCompleted(Step.PUBLIC_NOTICE, LocalDate.of(2019, 11, 5),
                LocalDate.of(2019, 11, 12), "village committee", false));

        assertThat(p.trail()).containsExactly(
                new StepRecord(Step.VILLAGE_PROPOSAL, LocalDate.of(2019, 11, 1), "resident team", null, null),
                new StepRecord(Step.DEMOCRATIC_APPRAISAL, LocalDate.of(2019, 11, 3), "village representatives", null,
                        null),
                new StepRecord(Step.HOUSEHOLD_AGREEMENT, LocalDate.of(2019, 11, 4), "HH-522727-0001", null, null),
                new StepRecord(Step.PUBLIC_NOTICE, LocalDate.of(2019, 11, 12), "village committee",
                        LocalDate.of(2019, 11, 5), null));
        assertThat(p.trail()).isUnmodifiable();
    }

    @Test
    @DisplayName("PROC-REG: a procedure is a value: the same steps give equal procedures")
    void procedureIsAValue() {
        assertThat(registrationAtFirstNotice()).isEqualTo(registrationAtFirstNotice())
                .hasSameHashCodeAs(registrationAtFirstNotice())
                .isNotEqualTo(Procedure.start(ProcedureKind.REGISTRATION));
        assertThat(registrationAtFirstNotice()).hasToString("REGISTRATION IN_PROGRESS, 2 of 6 steps taken");
    }

    // ---------------------------------------------------------------- progress

    @Test
    @DisplayName("EX-H-3: progress(...) lists the remaining steps in plain English and Chinese")
    void progressListsRemainingSteps() {
        Procedure p = accepted(Procedure.start(ProcedureKind.HOUSEHOLD_EXIT),
                completed(Step.VILLAGE_PROPOSAL, LocalDate.of(2019, 11, 1)));

        Finding f = p.progress(Rule.EX_H_3, DONE, REJECTED, REMAINING);

        assertThat(f.rule()).isEqualTo(Rule.EX_H_3);
        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualByComparingTo("6");
        assertThat(f.subject()).isEqualTo("DEMOCRATIC_APPRAISAL, HOUSEHOLD_AGREEMENT, PUBLIC_NOTICE, "
                + "TOWNSHIP_VERIFICATION, ANNOUNCEMENT, DEREGISTRATION");
        assertThat(f.message()).isEqualTo("remaining: democratic appraisal by village representatives; the household "
                + "agrees; public notice; township verification; announcement; deregistration");
        assertThat(f.messageZh()).isEqualTo("尚需：村民代表民主评议、贫困户认可、公示、乡镇核查、公告、销号");
    }

    @Test
    @DisplayName("EX-H-3: progress(...) passes once completed and fails once rejected")
    void progressDoneAndRejected() {
        Finding done = completedProcedure(ProcedureKind.HOUSEHOLD_EXIT).progress(Rule.EX_H_3, DONE, REJECTED,
                REMAINING);
        Procedure rejected = accepted(Procedure.start(ProcedureKind.HOUSEHOLD_EXIT), new ProcedureEvent.Rejected(
                Step.VILLAGE_PROPOSAL, LocalDate.of(2019, 11, 1), "resident team", "income not stable"));
        Finding no = rejected.progress(Rule.EX_H_3, DONE, REJECTED, REMAINING);

        assertThat(done.passed()).isTrue();
        assertThat(done.message()).isEqualTo("done");
        assertThat(no.passed()).isFalse();
        assertThat(no.message()).isEqualTo("rejected");
        assertThat(no.messageZh()).isEqualTo("未通过");
    }

    @Test
    @DisplayName("EX-C-3: Step lists read in plain words")
    void stepListsInPlainWords() {
        assertThat(Step.englishList("PUBLIC_NOTICE, ANNOUNCEMENT")).isEqualTo("public notice; announcement");
        assertThat(Step.chineseList("PUBLIC_NOTICE, ANNOUNCEMENT")).isEqualTo("公示、公告");
        assertThat(Step.PUBLIC_NOTICE.isNotice()).isTrue();
        assertThat(Step.ANNOUNCEMENT.isNotice()).isFalse();
    }

    // ---------------------------------------------------------------- properties

    // The domains of these properties are small: they are checked on every value rather than on a sample.

    /** Every procedure kind, with every step offered after 0 to 7 steps were taken (all of them, at most). */
    static Stream<Arguments> kindsStepsAndStepsTaken() {
        return Stream.of(ProcedureKind.values()).flatMap(kind -> Stream.of(Step.values())
                .flatMap(step -> IntStream.rangeClosed(0, 7).mapToObj(taken -> Arguments.of(kind, step, taken))));
    }

    @ParameterizedTest(name = "{0} after {2} steps: {1}")
    @MethodSource("kindsStepsAndStepsTaken")
    @DisplayName("PROC-REG, PROC-EXIT, EX-C-3: any step other than next() is refused and leaves the procedure unchanged")
    void onlyTheNextStepIsAccepted(ProcedureKind kind, Step step, int taken) {
        Procedure p = Procedure.start(kind);
        LocalDate day = LocalDate.of(2019, 1, 1);
        List<Step> steps = kind.steps();
        for (Step s : steps.subList(0, Math.min(taken, steps.size() - 1))) {
            p = accepted(p, s.isNotice() ? notice(s, day, day.plusDays(10)) : completed(s, day));
            day = day.plusDays(11);
        }
        Step expected = p.next();
        ProcedureEvent event = step.isNotice() ? notice(step, day, day.plusDays(10)) : completed(step, day);

        ProcedureResult result = p.apply(event, NATIONAL);

        if (step == expected) {
            assertThat(result).isInstanceOf(ProcedureResult.Accepted.class);
            assertThat(result.procedure().trail()).hasSize(p.trail().size() + 1);
        } else {
            assertThat(result).isInstanceOf(ProcedureResult.Refused.class);
            assertThat(result.procedure()).isSameAs(p);
        }
    }

    /** Notices of -2 to 20 days under a NOTICE_DAYS of 1 to 15. */
    static Stream<Arguments> noticeDaysAndRequired() {
        return IntStream.rangeClosed(-2, 20).boxed().flatMap(days -> IntStream.rangeClosed(1, 15)
                .mapToObj(required -> Arguments.of(days, required)));
    }

    @ParameterizedTest(name = "a notice of {0} days, {1} required")
    @MethodSource("noticeDaysAndRequired")
    @DisplayName("PROC-REG: a notice is accepted exactly when it lasts at least NOTICE_DAYS calendar days")
    void noticeLengthBoundary(int days, int required) {
        PolicyParameters parameters = NATIONAL.withParameter(ParameterKey.NOTICE_DAYS, BigDecimal.valueOf(required),
                "test", "test notice length");
        LocalDate posted = LocalDate.of(2019, 3, 1);

        ProcedureResult result = registrationAtFirstNotice().apply(
                notice(Step.VILLAGE_NOTICE, posted, posted.plusDays(days - 1)), parameters);

        assertThat(result instanceof ProcedureResult.Accepted).isEqualTo(days >= required);
    }
}

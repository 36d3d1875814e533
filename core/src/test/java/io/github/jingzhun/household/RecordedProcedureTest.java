package io.github.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.procedure.ProcedureEvent;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.Step;
import io.github.jingzhun.procedure.StepRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A household's procedures and monitoring history as recorded: what a valid record is, and what it reads as. */
class RecordedProcedureTest {

    private static final LocalDate DAY = LocalDate.of(2019, 11, 4);

    static RecordedStep done(Step step, LocalDate date) {
        return RecordedStep.builder().withStep(step).withDate(date).withActor("village committee").build();
    }

    static RecordedStep notice(Step step, LocalDate start, LocalDate end) {
        return RecordedStep.builder().withStep(step).withNoticeStart(start).withNoticeEnd(end)
                .withActor("village committee").build();
    }

    private static List<Problem> problems(Runnable build) {
        try {
            build.run();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("built");
    }

    @Nested
    class Steps {

        @Test
        void aStepIsTakenOnADayAndReadsAsCompleted() {
            RecordedStep step = done(Step.VILLAGE_PROPOSAL, DAY);
            assertThat(step.day()).isEqualTo(DAY);
            assertThat(step.rejects()).isFalse();
            assertThat(step.trailEntry()).isEqualTo(new StepRecord(Step.VILLAGE_PROPOSAL, DAY, "village committee",
                    null, null));
            assertThat(step.event()).isEqualTo(new ProcedureEvent.Completed(Step.VILLAGE_PROPOSAL, DAY,
                    "village committee"));
        }

        @Test
        void aNoticeRunsFromItsStartToItsEndAndReadsAsANoticeCompleted() {
            RecordedStep step = notice(Step.PUBLIC_NOTICE, DAY, DAY.plusDays(6));
            assertThat(step.day()).isEqualTo(DAY.plusDays(6));
            assertThat(step.trailEntry()).isEqualTo(new StepRecord(Step.PUBLIC_NOTICE, DAY.plusDays(6),
                    "village committee", DAY, null));
            assertThat(step.event()).isEqualTo(new ProcedureEvent.NoticeCompleted(Step.PUBLIC_NOTICE, DAY,
                    DAY.plusDays(6), "village committee", false));
        }

        @Test
        void anUpheldObjectionEndsTheProcedureWithOrWithoutAReason() {
            RecordedStep upheld = RecordedStep.builder().from(notice(Step.PUBLIC_NOTICE, DAY, DAY.plusDays(6)))
                    .withObjectionUpheld(true).build();
            assertThat(upheld.rejects()).isTrue();
            assertThat(upheld.trailEntry().rejection()).isEqualTo("an objection to the notice was upheld");
            assertThat(upheld.event()).isEqualTo(new ProcedureEvent.NoticeCompleted(Step.PUBLIC_NOTICE, DAY,
                    DAY.plusDays(6), "village committee", true));
            RecordedStep reasoned = RecordedStep.builder().from(upheld).withRejectionReason("a car owned").build();
            assertThat(reasoned.trailEntry().rejection()).isEqualTo("a car owned");
        }

        @Test
        void aRejectionReadsAsRejectedAndAnAbsentActorAsBlank() {
            RecordedStep step = RecordedStep.builder().withStep(Step.TOWNSHIP_VERIFICATION).withDate(DAY)
                    .withRejectionReason("income not verified").build();
            assertThat(step.rejects()).isTrue();
            assertThat(step.event()).isEqualTo(new ProcedureEvent.Rejected(Step.TOWNSHIP_VERIFICATION, DAY, "",
                    "income not verified"));
            assertThat(step.trailEntry().actor()).isEmpty();
        }

        @Test
        void aNoticeRejectingBeforePostingHasADateAndAReason() {
            RecordedStep step = RecordedStep.builder().withStep(Step.VILLAGE_NOTICE).withDate(DAY).withActor("x")
                    .withRejectionReason("not eligible").build();
            assertThat(step.day()).isEqualTo(DAY);
            assertThat(step.trailEntry().postedOn()).isNull();
            assertThat(step.event()).isInstanceOf(ProcedureEvent.Rejected.class);
            assertThat(problems(() -> RecordedStep.builder().withStep(Step.VILLAGE_NOTICE).withDate(DAY).build()))
                    .extracting(Problem::path).containsExactly("noticeStart");
            assertThat(problems(() -> RecordedStep.builder().withStep(Step.VILLAGE_NOTICE).withDate(DAY)
                    .withRejectionReason("x").withObjectionUpheld(true).build()))
                    .extracting(Problem::path).containsExactly("objectionUpheld");
        }

        @Test
        void aNoticeMayEndOnTheDayItStartsButNotBefore() {
            assertThat(notice(Step.PUBLIC_NOTICE, DAY, DAY).day()).isEqualTo(DAY);
            assertThat(problems(() -> notice(Step.PUBLIC_NOTICE, DAY, DAY.minusDays(1)))).containsExactly(
                    new Problem("noticeEnd", "dates out of order: the notice ends before it starts (noticeStart "
                            + "2019-11-04)"));
        }

        @Test
        void aNoticeHasBothEndsAndNoDate() {
            assertThat(problems(() -> RecordedStep.builder().withStep(Step.PUBLIC_NOTICE).withNoticeStart(DAY)
                    .withDate(DAY).build())).containsExactly(new Problem("noticeEnd", "required with noticeStart"),
                            new Problem("date", "a posted notice is dated by noticeStart and noticeEnd only"));
            assertThat(problems(() -> RecordedStep.builder().withStep(Step.PUBLIC_NOTICE).withNoticeEnd(DAY).build()))
                    .containsExactly(new Problem("noticeStart", "required with noticeEnd"));
        }

        @Test
        void anotherStepHasADateAndNoNotice() {
            assertThat(problems(() -> RecordedStep.builder().withStep(Step.FILED).withNoticeStart(DAY)
                    .withNoticeEnd(DAY).withObjectionUpheld(true).build())).extracting(Problem::path)
                    .containsExactly("date", "noticeStart", "noticeEnd", "objectionUpheld");
        }

        @Test
        void blankTextIsRefused() {
            assertThat(problems(() -> RecordedStep.builder().withStep(Step.FILED).withDate(DAY).withActor("")
                    .withRejectionReason(" ").build())).extracting(Problem::path)
                    .containsExactly("actor", "rejectionReason");
        }

        @Test
        void textWithALoneSurrogateIsRefusedAsNoUtf8CouldHoldIt() {
            assertThat(problems(() -> RecordedStep.builder().withStep(Step.FILED).withDate(DAY)
                    .withActor("county\ud800office").withRejectionReason("\udc00").build()))
                    .extracting(Problem::path, Problem::message).containsExactly(
                            tuple("actor", "must be valid Unicode: no lone surrogate (half of a surrogate pair)"),
                            tuple("rejectionReason", "must be valid Unicode: no lone surrogate (half of a surrogate "
                                    + "pair)"));
            assertThat(RecordedStep.builder().withStep(Step.FILED).withDate(DAY).withActor("县扶贫办\ud83d\ude00")
                    .build().getActor()).endsWith("\ud83d\ude00");
        }
    }

    @Nested
    class Procedures {

        @Test
        void theEventsAndTrailFollowTheRecord() {
            RecordedProcedure p = RecordedProcedure.builder().withKind(ProcedureKind.HOUSEHOLD_EXIT)
                    .addEvents(done(Step.VILLAGE_PROPOSAL, DAY), notice(Step.PUBLIC_NOTICE, DAY, DAY.plusDays(7)))
                    .build();
            assertThat(p.events()).extracting(ProcedureEvent::step).containsExactly(Step.VILLAGE_PROPOSAL,
                    Step.PUBLIC_NOTICE);
            assertThat(p.trail()).extracting(StepRecord::date).containsExactly(DAY, DAY.plusDays(7));
        }

        @Test
        void aProcedureHasAStepAndOnlyItsKindsSteps() {
            assertThat(problems(() -> RecordedProcedure.builder().withKind(ProcedureKind.REGISTRATION).build()))
                    .containsExactly(new Problem("events", "a recorded procedure has at least one step"));
            assertThat(problems(() -> RecordedProcedure.builder().withKind(ProcedureKind.MONITORING_INCLUSION)
                    .addEvents(done(Step.MONITORING_REPORT, DAY), done(Step.FILED, DAY)).build()))
                    .extracting(Problem::path).containsExactly("events[1].step");
        }

        @Test
        void aCountysProcedureIsNotAHouseholds() {
            assertThat(problems(() -> RecordedProcedure.builder().withKind(ProcedureKind.COUNTY_EXIT)
                    .addEvents(done(Step.COUNTY_APPLICATION, DAY)).build())).containsExactly(new Problem("kind",
                            "COUNTY_EXIT is a county's procedure, not a household's"));
        }

        @Test
        void theLatestProcedureOfAKindStands() {
            RecordedProcedure first = RecordedProcedure.builder().withKind(ProcedureKind.HOUSEHOLD_EXIT)
                    .addEvents(done(Step.VILLAGE_PROPOSAL, DAY)).build();
            RecordedProcedure registration = RecordedProcedure.builder().withKind(ProcedureKind.REGISTRATION)
                    .addEvents(done(Step.APPLICATION, DAY)).build();
            RecordedProcedure second = RecordedProcedure.builder().from(first)
                    .withEvents(List.of(done(Step.VILLAGE_PROPOSAL, DAY.plusYears(1)))).build();
            Household household = io.github.jingzhun.Households.worked();
            assertThat(household.latestProcedure(ProcedureKind.HOUSEHOLD_EXIT)).isNull();
            Household recorded = Household.builder().from(household).addProcedures(first, registration, second)
                    .build();
            assertThat(recorded.latestProcedure(ProcedureKind.HOUSEHOLD_EXIT)).isSameAs(second);
            assertThat(recorded.latestProcedure(ProcedureKind.REGISTRATION)).isSameAs(registration);
            assertThat(recorded.latestProcedure(ProcedureKind.RISK_ELIMINATION)).isNull();
            // registered again after an exit (a relapse): that exit no longer stands; an exit after it does
            assertThat(recorded.registeredAfterExit()).isFalse();
            assertThat(Household.builder().from(household).addProcedures(first, registration).build()
                    .registeredAfterExit()).isTrue();
            assertThat(Household.builder().from(household).addProcedures(registration, first).build()
                    .registeredAfterExit()).isFalse();
            assertThat(Household.builder().from(household).addProcedures(registration).build()
                    .registeredAfterExit()).isFalse();
        }
    }

    @Nested
    class Monitoring {

        @Test
        void theRiskMayBeEliminatedOnTheDayOfInclusionButNotBefore() {
            MonitoringHistory same = MonitoringHistory.builder().withIncludedOn(DAY).withEliminatedOn(DAY).build();
            assertThat(same.getEliminatedOn()).isEqualTo(DAY);
            assertThat(problems(() -> MonitoringHistory.builder().withIncludedOn(DAY)
                    .withEliminatedOn(DAY.minusDays(1)).build())).containsExactly(new Problem("eliminatedOn",
                            "dates out of order: before includedOn 2019-11-04"));
        }

        @Test
        void monthsAreInOrderEachOnce() {
            IncomeObservation july = IncomeObservation.of(YearMonth.of(2019, 7), Yuan.of(5000));
            IncomeObservation august = IncomeObservation.of(YearMonth.of(2019, 8), Yuan.of(-10));
            assertThat(MonitoringHistory.builder().withIncludedOn(DAY).addIncome(july, august).build().getIncome())
                    .containsExactly(july, august);
            assertThat(problems(() -> MonitoringHistory.builder().withIncludedOn(DAY).addIncome(july, july)
                    .build())).extracting(Problem::path).containsExactly("income[1].month");
            assertThat(problems(() -> MonitoringHistory.builder().withIncludedOn(DAY).addIncome(august, july)
                    .build())).extracting(Problem::path).containsExactly("income[1].month");
            assertThat(AppliedMeasure.of(MeasureCategory.HEALTH, DAY).getAppliedOn()).isEqualTo(DAY);
        }
    }

    @Test
    void nothingBuildsWithoutItsRequiredParts() {
        assertThatThrownBy(() -> RecordedStep.builder().withDate(DAY).build())
                .isInstanceOf(IllegalStateException.class);
    }
}

package io.github.jingzhun.exit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.Households;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.RecordedProcedure;
import io.github.jingzhun.household.RecordedStep;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.Procedure;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.Step;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EX-H-3 from the household's record: the steps remaining after its latest exit procedure's last regular step. */
class RecordedExitTest {

    private static final YearParameters Y2019 = PolicyParameters.national().forYear(Year.of(2019));
    private static final LocalDate START = LocalDate.of(2019, 11, 4);

    /** The first {@code steps} steps of an exit procedure, regular, the notice {@code noticeDays} long. */
    private static RecordedProcedure exit(int steps, int noticeDays) {
        return Households.procedure(ProcedureKind.HOUSEHOLD_EXIT, steps, noticeDays, START);
    }

    private static Household registered(RecordedProcedure... procedures) {
        return Households.household("522727").withStatus(Status.registered(LocalDate.of(2015, 10, 1)))
                .addMembers(Households.adult())
                .addIncome(Households.income(2019).withWage(Yuan.of(6000)).build())
                .addProcedures(procedures).build();
    }

    private static ExitDecision decide(Household h) {
        return HouseholdExit.decide(h, Y2019, Indicators.evaluate(h, Y2019));
    }

    private static Finding exh3(ExitDecision decision) {
        return decision.findings().stream().filter(f -> f.rule() == Rule.EX_H_3).findFirst().orElseThrow();
    }

    @Test
    void withNoExitRecordedEveryStepRemainsEXH3() {
        ExitDecision d = decide(registered());
        assertThat(d.remainingSteps()).isEqualTo(ProcedureKind.HOUSEHOLD_EXIT.steps());
        assertThat(exh3(d).observed()).isEqualByComparingTo("7");
    }

    @Test
    void anExitUnderWayLeavesTheStepsAfterItsLastEXH3() {
        ExitDecision d = decide(registered(exit(4, 7)));
        assertThat(d.remainingSteps()).containsExactly(Step.TOWNSHIP_VERIFICATION, Step.ANNOUNCEMENT,
                Step.DEREGISTRATION);
        assertThat(exh3(d).message()).isEqualTo("Exit steps remaining: township verification; announcement; "
                + "deregistration");
        assertThat(exh3(d).passed()).isFalse();
    }

    @Test
    void aNoticeOneDayShortMustBePostedAgainEXH3() {
        assertThat(decide(registered(exit(4, 6))).remainingSteps()).containsExactly(Step.PUBLIC_NOTICE,
                Step.TOWNSHIP_VERIFICATION, Step.ANNOUNCEMENT, Step.DEREGISTRATION);
        assertThat(decide(registered(exit(4, 7))).remainingSteps()).hasSize(3);
    }

    @Test
    void aCompleteExitLeavesNothingEXH3() {
        ExitDecision d = decide(registered(exit(7, 7)));
        assertThat(d.remainingSteps()).isEmpty();
        assertThat(exh3(d).passed()).isTrue();
    }

    @Test
    void theLatestExitProcedureStandsEXH3() {
        assertThat(decide(registered(exit(7, 7), exit(2, 7))).remainingSteps()).hasSize(5);
        assertThat(decide(registered(exit(2, 7), exit(6, 7))).remainingSteps()).containsExactly(Step.DEREGISTRATION);
    }

    @Test
    void aProcedureGivenByTheCallerTakesThePlaceOfTheRecordEXH3() {
        Household h = registered(exit(4, 7));
        ExitDecision given = HouseholdExit.decide(h, Y2019, Indicators.evaluate(h, Y2019),
                Procedure.start(ProcedureKind.HOUSEHOLD_EXIT));
        assertThat(given.remainingSteps()).hasSize(7);
        assertThat(HouseholdExit.decide(h, Y2019, Indicators.evaluate(h, Y2019), null).remainingSteps()).hasSize(7);
    }

    @Test
    void otherProceduresAndOtherStatesDoNotCountEXH3() {
        RecordedProcedure registration = RecordedProcedure.builder().withKind(ProcedureKind.REGISTRATION)
                .addEvents(RecordedStep.builder().withStep(Step.APPLICATION).withDate(START).build()).build();
        assertThat(decide(registered(registration)).remainingSteps()).hasSize(7);
        Household exited = Household.builder().from(registered(exit(3, 7)))
                .withStatus(Status.exited(LocalDate.of(2015, 10, 1), LocalDate.of(2018, 12, 1))).build();
        assertThat(decide(exited).remainingSteps()).isEmpty();
        assertThat(exh3(decide(exited)).message()).isEqualTo("The household exited on 2018-12-01");
        Household never = Household.builder().from(registered(exit(3, 7))).withStatus(Status.notRegistered()).build();
        assertThat(decide(never).remainingSteps()).isEmpty();
        assertThat(List.of(exh3(decide(never)).passed())).containsExactly(false);
    }
}

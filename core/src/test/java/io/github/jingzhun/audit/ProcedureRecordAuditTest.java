package io.github.jingzhun.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jingzhun.Households;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.exit.ExitDecision;
import io.github.jingzhun.exit.HouseholdExit;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.RecordedProcedure;
import io.github.jingzhun.household.RecordedStep;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.Step;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AUD-7 over the procedures a household's record holds, and the record's state against them. */
class ProcedureRecordAuditTest {

    private static final YearParameters Y2019 = PolicyParameters.national().forYear(Year.of(2019));
    private static final LocalDate START = LocalDate.of(2015, 8, 3);

    /** The first {@code steps} steps of a procedure, regular, each notice {@code noticeDays} long. */
    static RecordedProcedure procedure(ProcedureKind kind, int steps, int noticeDays) {
        return Households.procedure(kind, steps, noticeDays, START);
    }

    private static Household household(Status status, RecordedProcedure... procedures) {
        return Households.household("522727").withStatus(status).withContactCadre("CADRE-1")
                .addMembers(Households.adult()).addIncome(Households.income(2019).withWage(Yuan.of(9000)).build())
                .addProcedures(procedures).build();
    }

    /** A procedure with one of its steps changed. */
    private static RecordedProcedure withStep(RecordedProcedure procedure, int index,
            UnaryOperator<RecordedStep.Builder> change) {
        List<RecordedStep> events = new ArrayList<>(procedure.getEvents());
        events.set(index, change.apply(RecordedStep.builder().from(events.get(index))).build());
        return RecordedProcedure.builder().from(procedure).withEvents(events).build();
    }

    private static List<Finding> aud7(Household h) {
        return HouseholdAudit.check(h, Y2019).stream().filter(f -> f.rule() == Rule.AUD_7).toList();
    }

    private static final Status REGISTERED = Status.registered(LocalDate.of(2015, 10, 1));
    private static final Status EXITED = Status.exited(LocalDate.of(2015, 10, 1), LocalDate.of(2018, 12, 20));

    @Test
    void regularProceduresAgreeingWithTheStateHaveNoFindingAUD7() {
        assertThat(aud7(household(REGISTERED, procedure(ProcedureKind.REGISTRATION, 6, 7),
                procedure(ProcedureKind.HOUSEHOLD_EXIT, 4, 7)))).isEmpty();
        assertThat(aud7(household(EXITED, procedure(ProcedureKind.REGISTRATION, 6, 7),
                procedure(ProcedureKind.HOUSEHOLD_EXIT, 7, 7), procedure(ProcedureKind.MONITORING_INCLUSION, 6, 5))))
                .isEmpty();
        assertThat(aud7(household(Status.notRegistered(), procedure(ProcedureKind.REGISTRATION, 3, 7)))).isEmpty();
        assertThat(aud7(household(REGISTERED))).isEmpty();
    }

    @Test
    void eachTrailIsAuditedWithItsPlaceInTheRecordAUD7() {
        List<Finding> findings = aud7(household(REGISTERED, procedure(ProcedureKind.REGISTRATION, 6, 7),
                procedure(ProcedureKind.HOUSEHOLD_EXIT, 4, 5)));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("procedures[1].events[3] PUBLIC_NOTICE");
            assertThat(f.observed()).isEqualByComparingTo("5");
            assertThat(f.threshold()).isEqualByComparingTo("7");
            assertThat(f.message()).isEqualTo("procedures[1].events[3] (public notice) was up for 5 of the 7 days "
                    + "required");
        });
    }

    @ParameterizedTest(name = "monitoring notice of {0} days: flagged {1}")
    @CsvSource({"4, true", "5, false"})
    void aMonitoringNoticeIsMeasuredAgainstItsOwnParameterAUD7(int days, boolean flagged) {
        assertThat(aud7(household(EXITED, procedure(ProcedureKind.REGISTRATION, 6, 7),
                procedure(ProcedureKind.HOUSEHOLD_EXIT, 7, 7), procedure(ProcedureKind.MONITORING_INCLUSION, 6,
                        days)))).hasSize(flagged ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} with exit steps {1}: {2}")
    @CsvSource({
        "EXITED, 6, recorded EXITED, but its HOUSEHOLD_EXIT procedure (procedures[1]) did not reach its last step",
        "REGISTERED, 7, recorded REGISTERED, but its HOUSEHOLD_EXIT procedure (procedures[1]) reached its last step"})
    void aStateAtOddsWithTheExitProcedureIsFlaggedAUD7(String state, int steps, String reading) {
        Household h = household(state.equals("EXITED") ? EXITED : REGISTERED,
                procedure(ProcedureKind.REGISTRATION, 6, 7), procedure(ProcedureKind.HOUSEHOLD_EXIT, steps, 7));
        assertThat(aud7(h)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("procedures[1] HOUSEHOLD_EXIT " + state);
            assertThat(f.message()).startsWith("The household is " + reading);
            assertThat(f.messageZh()).contains("procedures[1]");
        });
    }

    @Test
    void aHouseholdRegisteredAgainAfterItExitedIsRegisteredAUD7() {
        // a relapse: registered, exited to deregistration, registered again; the exit no longer stands
        Household relapsed = household(REGISTERED, procedure(ProcedureKind.REGISTRATION, 6, 7),
                procedure(ProcedureKind.HOUSEHOLD_EXIT, 7, 7), procedure(ProcedureKind.REGISTRATION, 6, 7));
        assertThat(aud7(relapsed)).isEmpty();
        // and its exit starts over (EX-H-3): every step remains
        assertThat(PovertyPolicy.national().assess(relapsed, Year.of(2019)).exit().remainingSteps())
                .isEqualTo(ProcedureKind.HOUSEHOLD_EXIT.steps());
        assertThat(aud7(household(REGISTERED, procedure(ProcedureKind.REGISTRATION, 6, 7),
                procedure(ProcedureKind.HOUSEHOLD_EXIT, 7, 7), procedure(ProcedureKind.REGISTRATION, 5, 7))))
                .extracting(Finding::subject).containsExactly("procedures[2] REGISTRATION REGISTERED");
        // a registration before the exit does not
        assertThat(aud7(household(REGISTERED, procedure(ProcedureKind.REGISTRATION, 6, 7),
                procedure(ProcedureKind.REGISTRATION, 6, 7), procedure(ProcedureKind.HOUSEHOLD_EXIT, 7, 7))))
                .extracting(Finding::subject).containsExactly("procedures[2] HOUSEHOLD_EXIT REGISTERED");
    }

    @Test
    void aStateAtOddsWithTheRegistrationIsFlaggedAUD7() {
        assertThat(aud7(household(REGISTERED, procedure(ProcedureKind.REGISTRATION, 5, 7)))).singleElement()
                .extracting(Finding::subject).isEqualTo("procedures[0] REGISTRATION REGISTERED");
        assertThat(aud7(household(Status.notRegistered(), procedure(ProcedureKind.REGISTRATION, 6, 7))))
                .singleElement().extracting(Finding::message).isEqualTo("The household is recorded NOT_REGISTERED, "
                        + "but its REGISTRATION procedure (procedures[0]) reached its last step: the state and the "
                        + "procedure disagree");
    }

    @Test
    void aRejectedLastStepIsNotReachedAndTheLatestProcedureCountsAUD7() {
        RecordedProcedure complete = procedure(ProcedureKind.HOUSEHOLD_EXIT, 7, 7);
        RecordedProcedure rejected = withStep(complete, 6, step -> step.withRejectionReason("data disagree"));
        assertThat(aud7(household(REGISTERED, procedure(ProcedureKind.REGISTRATION, 6, 7), rejected))).isEmpty();
        assertThat(aud7(household(EXITED, procedure(ProcedureKind.REGISTRATION, 6, 7), rejected)))
                .extracting(Finding::subject).containsExactly("procedures[1] HOUSEHOLD_EXIT EXITED");
        assertThat(aud7(household(EXITED, procedure(ProcedureKind.REGISTRATION, 6, 7), rejected, complete)))
                .isEmpty();
    }

    @Test
    void aProcedureReachesItsLastStepAsItReplaysAUD7() {
        // every exit step recorded, but the appraisal rejected it: the exit did not reach deregistration
        RecordedProcedure complete = procedure(ProcedureKind.HOUSEHOLD_EXIT, 7, 7);
        RecordedProcedure rejectedEarly = withStep(complete, 1, step -> step.withRejectionReason("not agreed"));
        RecordedProcedure registration = procedure(ProcedureKind.REGISTRATION, 6, 7);
        assertThat(aud7(household(REGISTERED, registration, rejectedEarly))).extracting(Finding::subject)
                .hasSize(5).allMatch(s -> s.startsWith("procedures[1].events["));
        assertThat(aud7(household(EXITED, registration, rejectedEarly))).extracting(Finding::subject)
                .contains("procedures[1] HOUSEHOLD_EXIT EXITED").hasSize(6);
        // every step recorded, but the notice too short: the replay stops there, as EX-H-3 reads it
        RecordedProcedure shortNotice = procedure(ProcedureKind.HOUSEHOLD_EXIT, 7, 6);
        assertThat(aud7(household(REGISTERED, registration, shortNotice))).extracting(Finding::subject)
                .containsExactly("procedures[1].events[3] PUBLIC_NOTICE");
        assertThat(aud7(household(EXITED, registration, shortNotice))).extracting(Finding::subject)
                .containsExactly("procedures[1].events[3] PUBLIC_NOTICE", "procedures[1] HOUSEHOLD_EXIT EXITED");
    }

    @Test
    void aNoticeEndedByAnUpheldObjectionIsARejectionNotAShortNoticeAUD7() {
        RecordedProcedure proposed = procedure(ProcedureKind.HOUSEHOLD_EXIT, 4, 3);
        RecordedProcedure objected = withStep(proposed, 3, step -> step.withObjectionUpheld(true));
        Household h = household(REGISTERED, procedure(ProcedureKind.REGISTRATION, 6, 7), objected);
        assertThat(aud7(h)).isEmpty();
        assertThat(aud7(household(REGISTERED, procedure(ProcedureKind.REGISTRATION, 6, 7), proposed)))
                .extracting(Finding::subject).containsExactly("procedures[1].events[3] PUBLIC_NOTICE");
        // rejected: the household is proposed again, every step remaining
        ExitDecision exit = HouseholdExit.decide(h, Y2019, Indicators.evaluate(h, Y2019));
        assertThat(exit.remainingSteps()).isEqualTo(ProcedureKind.HOUSEHOLD_EXIT.steps());
        assertThat(exit.findings()).anyMatch(f -> f.rule() == Rule.EX_H_3
                && f.message().startsWith("The exit procedure was rejected"));
    }

    @Test
    void procedureFindingsComeBetweenAUD6AndAUD8() {
        Household h = Households.household("522727").withStatus(REGISTERED).addMembers(Households.adult())
                .addProcedures(procedure(ProcedureKind.REGISTRATION, 6, 3)).build();
        assertThat(HouseholdAudit.check(h, Y2019)).extracting(Finding::rule).containsSubsequence(Rule.AUD_6,
                Rule.AUD_7, Rule.AUD_8);
    }

    /** A seeded trail of a kind: steps drawn at random, dates that may go backwards, actors and notices missing. */
    private static RecordedProcedure irregular(Random random) {
        ProcedureKind kind = List.of(ProcedureKind.REGISTRATION, ProcedureKind.HOUSEHOLD_EXIT,
                ProcedureKind.MONITORING_INCLUSION).get(random.nextInt(3));
        List<Step> steps = kind.steps();
        RecordedProcedure.Builder b = RecordedProcedure.builder().withKind(kind);
        LocalDate day = START;
        int next = 0;
        for (int i = 1 + random.nextInt(steps.size() + 2); i > 0; i--) {
            // mostly the next step; now and then any, which skips, repeats or reorders
            Step step = steps.get(random.nextInt(4) == 0 ? random.nextInt(steps.size())
                    : Math.min(next++, steps.size() - 1));
            day = day.plusDays(random.nextInt(12) - 3);
            RecordedStep.Builder s = RecordedStep.builder().withStep(step)
                    .withActor(random.nextInt(5) == 0 ? null : "office");
            if (step.isNotice() && random.nextInt(4) == 0) {
                s.withDate(day).withRejectionReason("not poor");
            } else if (step.isNotice()) {
                s.withNoticeStart(day).withNoticeEnd(day.plusDays(random.nextInt(9))).withObjectionUpheld(
                        random.nextInt(6) == 0);
            } else {
                s.withDate(day).withRejectionReason(random.nextInt(6) == 0 ? "refused" : null);
            }
            b.addEvents(s.build());
        }
        return b.build();
    }

    @Test
    void aRecordedProcedureIsAuditedAsItsTrailIsAUD7() {
        Set<String> wordings = new TreeSet<>();
        for (long seed = 0; seed < 300; seed++) {
            RecordedProcedure procedure = irregular(new Random(seed));
            List<Finding> fromTrail = ProcedureAudit.check(procedure.getKind(), procedure.trail(),
                    PolicyParameters.national());
            List<Finding> fromRecord = aud7(household(REGISTERED, procedure)).stream()
                    .filter(f -> f.subject() != null && f.subject().startsWith("procedures[0].events["))
                    .toList();

            assertThat(fromRecord).as("seed %d", seed)
                    .extracting(f -> trail(f.subject()), Finding::observed, Finding::threshold,
                            f -> trail(f.message()), f -> trail(f.messageZh()))
                    .containsExactlyElementsOf(fromTrail.stream().map(f -> tuple(f.subject(), f.observed(),
                            f.threshold(), f.message(), f.messageZh())).toList());
            fromTrail.forEach(f -> wordings.add(f.message().replaceAll("^trail\\[\\d+\\] \\([^)]*\\)", "")
                    .replaceAll("\\d+", "N")));
        }
        assertThat(wordings).as("the kinds of irregularity seen").hasSizeGreaterThanOrEqualTo(5);
    }

    private static String trail(String text) {
        return text.replace("procedures[0].events[", "trail[");
    }
}

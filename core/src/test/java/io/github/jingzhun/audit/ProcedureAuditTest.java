package io.github.jingzhun.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.ParameterValue;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.procedure.Procedure;
import io.github.jingzhun.procedure.ProcedureEvent;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.ProcedureResult;
import io.github.jingzhun.procedure.Step;
import io.github.jingzhun.procedure.StepRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** ProcedureAudit: AUD-7 on recorded procedure trails. */
@DisplayName("AUD-7 a procedure out of order, a notice too short, dates going backwards")
class ProcedureAuditTest {

    static final PolicyParameters NATIONAL = PolicyParameters.national();
    static final LocalDate START = LocalDate.of(2019, 3, 1);

    /**
     * A regular trail of a procedure: one step every three days, each notice posted the day after the previous
     * step and lasting {@code noticeDays}.
     */
    static List<StepRecord> regular(ProcedureKind kind, int noticeDays) {
        List<StepRecord> trail = new ArrayList<>();
        LocalDate day = START;
        for (Step step : kind.steps()) {
            if (step.isNotice()) {
                LocalDate posted = day.plusDays(1);
                day = posted.plusDays(noticeDays - 1); // both ends counted
                trail.add(new StepRecord(step, day, "village committee", posted, null));
            } else {
                trail.add(new StepRecord(step, day, "township office", null, null));
            }
            day = day.plusDays(3);
        }
        return trail;
    }

    @Test
    @DisplayName("AUD-7 a county's exit year agrees with its recorded exit procedure")
    void aCountysExitYearAgreesWithItsProcedure() {
        List<StepRecord> done = regular(ProcedureKind.COUNTY_EXIT, 7);
        List<StepRecord> underWay = done.subList(0, done.size() - 1);
        List<StepRecord> rejectedLast = new ArrayList<>(underWay);
        StepRecord last = done.get(done.size() - 1);
        rejectedLast.add(new StepRecord(last.step(), last.date(), last.actor(), null, "not announced"));
        java.time.Year exited = java.time.Year.of(2019);

        assertThat(ProcedureAudit.countyExit(exited, done, NATIONAL)).isNull();
        assertThat(ProcedureAudit.countyExit(null, underWay, NATIONAL)).isNull();
        assertThat(ProcedureAudit.countyExit(exited, List.of(), NATIONAL)).isNull();
        assertThat(ProcedureAudit.countyExit(null, List.of(), NATIONAL)).isNull();
        assertThat(ProcedureAudit.countyExit(exited, underWay, NATIONAL)).satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.AUD_7);
            assertThat(f.passed()).isFalse();
            assertThat(f.subject()).isEqualTo("2019");
            assertThat(f.message()).isEqualTo("The county is recorded as exited in 2019, but its exit procedure "
                    + "(exitProcedure) did not reach its last step");
            assertThat(f.messageZh()).isEqualTo("本县记录于2019年退出，但其退出程序（exitProcedure）未完成最后一步");
        });
        assertThat(ProcedureAudit.countyExit(exited, rejectedLast, NATIONAL)).isNotNull();
        assertThat(ProcedureAudit.countyExit(null, done, NATIONAL)).satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.AUD_7);
            assertThat(f.passed()).isFalse();
            assertThat(f.subject()).isNull();
            assertThat(f.message()).isEqualTo("The county's exit procedure (exitProcedure) reached its last step, "
                    + "but no exit year is recorded: the record and the procedure disagree");
        });
    }

    static List<StepRecord> registration() {
        return regular(ProcedureKind.REGISTRATION, 7);
    }

    static List<Finding> audit(List<StepRecord> trail) {
        return ProcedureAudit.check(ProcedureKind.REGISTRATION, trail, NATIONAL);
    }

    static StepRecord redate(StepRecord r, LocalDate date) {
        return new StepRecord(r.step(), date, r.actor(), r.postedOn(), r.rejection());
    }

    @ParameterizedTest
    @EnumSource(ProcedureKind.class)
    void aRegularTrailHasNoFindingAUD7(ProcedureKind kind) {
        assertThat(ProcedureAudit.check(kind, regular(kind, 7), NATIONAL)).isEmpty();
    }

    @Test
    void aTrailInProgressIsNotIrregularAUD7() {
        assertThat(audit(registration().subList(0, 3))).isEmpty();
        assertThat(audit(List.of())).isEmpty();
    }

    @Test
    void aSkippedStepIsFlaggedAUD7() {
        List<StepRecord> trail = new ArrayList<>(registration());
        trail.remove(1);
        assertThat(audit(trail)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.AUD_7);
            assertThat(f.subject()).isEqualTo("trail[1] VILLAGE_NOTICE: DEMOCRATIC_APPRAISAL");
            assertThat(f.message()).isEqualTo("Steps were skipped before trail[1] (village committee check and first "
                    + "notice): democratic appraisal by village representatives");
            assertThat(f.messageZh()).isEqualTo("trail[1]（村委会审核并第一次公示）之前跳过了以下步骤：村民代表民主评议");
        });
    }

    @Test
    void severalSkippedStepsAreOneFindingAUD7() {
        List<StepRecord> trail = List.of(registration().get(0), registration().get(4));
        assertThat(audit(trail)).singleElement().extracting(Finding::subject)
                .isEqualTo("trail[1] COUNTY_ANNOUNCEMENT: DEMOCRATIC_APPRAISAL, VILLAGE_NOTICE, TOWNSHIP_NOTICE");
    }

    @Test
    void twoStepsSwappedAreASkipThenAStepOutOfOrderAUD7() {
        List<StepRecord> r = registration();
        // The appraisal comes after the village notice, dated after it so that only the order is wrong.
        List<StepRecord> trail = List.of(r.get(0), r.get(2), redate(r.get(1), r.get(2).date()), r.get(3));
        List<Finding> findings = audit(trail);
        assertThat(findings).extracting(Finding::subject)
                .containsExactly("trail[1] VILLAGE_NOTICE: DEMOCRATIC_APPRAISAL", "trail[2] DEMOCRATIC_APPRAISAL");
        assertThat(findings.get(1).message()).isEqualTo("trail[2] (democratic appraisal by village representatives) "
                + "is out of order: it repeats a step or comes after a later one");
        assertThat(findings.get(1).messageZh()).startsWith("trail[2]（村民代表民主评议）顺序错误");
    }

    @Test
    void aRepeatedStepIsOutOfOrderAUD7() {
        List<StepRecord> trail = new ArrayList<>(registration());
        trail.add(redate(trail.get(5), trail.get(5).date()));
        assertThat(audit(trail)).singleElement().extracting(Finding::subject).isEqualTo("trail[6] FILED");
    }

    @Test
    void aStepOfAnotherProcedureIsFlaggedAUD7() {
        List<StepRecord> trail = new ArrayList<>(registration().subList(0, 2));
        trail.add(new StepRecord(Step.DEREGISTRATION, START.plusDays(20), "township office", null, null));
        assertThat(audit(trail)).singleElement().extracting(Finding::message)
                .isEqualTo("trail[2] (deregistration) is not a step of this procedure");
    }

    @ParameterizedTest(name = "notice of {0} days: flagged {1}")
    @CsvSource({"6, true", "7, false", "8, false", "1, true"})
    @DisplayName("AUD-7 a notice shorter than NOTICE_DAYS (7)")
    void noticeLengthAUD7(int days, boolean flagged) {
        List<Finding> findings = audit(regular(ProcedureKind.REGISTRATION, days));
        assertThat(findings).hasSize(flagged ? 2 : 0);
        if (flagged) {
            assertThat(findings.get(0).observed()).isEqualTo(BigDecimal.valueOf(days));
            assertThat(findings.get(0).threshold()).isEqualByComparingTo("7");
            assertThat(findings.get(0).subject()).isEqualTo("trail[2] VILLAGE_NOTICE");
            assertThat(findings.get(1).subject()).isEqualTo("trail[3] TOWNSHIP_NOTICE");
            assertThat(findings.get(0).message()).isEqualTo("trail[2] (village committee check and first notice) "
                    + "was up for " + days + " of the 7 days required");
        }
    }

    @ParameterizedTest(name = "a notice posted on {0}: flagged {1}")
    @CsvSource({"2009-12-31, true", "2010-01-01, false"})
    @DisplayName("AUD-7 a notice posted before the first notice length in force (1 January 2010) cannot be checked")
    void aNoticePostedBeforeAnyNoticeLengthIsFlaggedAUD7(LocalDate posted, boolean flagged) {
        // the first three steps of a regular registration, moved so that its notice is posted on that day
        long shift = ChronoUnit.DAYS.between(registration().get(2).postedOn(), posted);
        List<StepRecord> trail = registration().subList(0, 3).stream().map(r -> new StepRecord(r.step(),
                r.date().plusDays(shift), r.actor(), r.postedOn() == null ? null : r.postedOn().plusDays(shift),
                r.rejection())).toList();

        List<Finding> findings = audit(trail);

        assertThat(findings).hasSize(flagged ? 1 : 0);
        if (flagged) {
            assertThat(findings.get(0).subject()).isEqualTo("trail[2] VILLAGE_NOTICE");
            assertThat(findings.get(0).message()).isEqualTo("trail[2] (village committee check and first notice) "
                    + "was posted before any notice length was in force: it cannot be checked");
        }
    }

    @Test
    void theNoticeLengthInForceOnThePostingDayAppliesAUD7() {
        // From 2019-03-10 this set asks for 5 days: the village notice (posted 2019-03-08) still needs 7, the
        // township notice (posted 2019-03-17) only 5.
        PolicyParameters five = NATIONAL.withParameter(new ParameterValue(ParameterKey.NOTICE_DAYS,
                new BigDecimal("5"), LocalDate.of(2019, 3, 10), "county rule", "some counties use 5 days"));
        List<Finding> findings = ProcedureAudit.check(ProcedureKind.REGISTRATION,
                regular(ProcedureKind.REGISTRATION, 5), five);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("trail[2] VILLAGE_NOTICE");
            assertThat(f.threshold()).isEqualByComparingTo("7");
        });
    }

    @Test
    void aStepDatedBeforeThePreviousOneIsFlaggedAUD7() {
        List<StepRecord> trail = new ArrayList<>(registration());
        trail.set(1, redate(trail.get(1), trail.get(0).date().minusDays(1)));
        assertThat(audit(trail)).singleElement().extracting(Finding::message)
                .isEqualTo("trail[1] (democratic appraisal by village representatives) is dated before the previous "
                        + "step");
    }

    @Test
    void aStepOnTheSameDayAsThePreviousIsFineAUD7() {
        List<StepRecord> trail = new ArrayList<>(registration());
        trail.set(1, redate(trail.get(1), trail.get(0).date()));
        assertThat(audit(trail)).isEmpty();
    }

    @Test
    void aNoticePostedBeforeThePreviousStepIsFlaggedAUD7() {
        List<StepRecord> trail = new ArrayList<>(registration());
        StepRecord notice = trail.get(2);
        trail.set(2, new StepRecord(notice.step(), notice.date(), notice.actor(), trail.get(1).date().minusDays(1),
                null));
        assertThat(audit(trail)).extracting(Finding::message)
                .containsExactly("trail[2] (village committee check and first notice) is dated before the previous "
                        + "step");
    }

    @Test
    void aNoticeEndingBeforeItWasPostedIsFlaggedOnceAUD7() {
        List<StepRecord> trail = new ArrayList<>(registration());
        StepRecord notice = trail.get(2);
        trail.set(2, new StepRecord(notice.step(), notice.postedOn().minusDays(1), notice.actor(),
                notice.postedOn(), null));
        assertThat(audit(trail)).extracting(Finding::message)
                .containsExactly("trail[2] (village committee check and first notice) ends before it was posted");
    }

    @Test
    void aNoticeWithoutAPostingDateIsFlaggedAUD7() {
        List<StepRecord> trail = new ArrayList<>(registration());
        StepRecord notice = trail.get(3);
        trail.set(3, new StepRecord(notice.step(), notice.date(), notice.actor(), null, null));
        assertThat(audit(trail)).singleElement().extracting(Finding::subject).isEqualTo("trail[3] TOWNSHIP_NOTICE");
    }

    @Test
    void aPostingDateOnAStepThatIsNoNoticeIsFlaggedAUD7() {
        List<StepRecord> trail = new ArrayList<>(registration());
        StepRecord application = trail.get(0);
        trail.set(0, new StepRecord(application.step(), application.date(), application.actor(),
                application.date().minusDays(1), null));
        assertThat(audit(trail)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("trail[0] APPLICATION");
            assertThat(f.message()).endsWith(" is not a notice, yet records a posting date");
        });
    }

    @Test
    void aNoticeStepThatRejectedNeedsNoPostingDateAUD7() {
        List<StepRecord> trail = new ArrayList<>(registration().subList(0, 3));
        StepRecord notice = trail.get(2);
        trail.set(2, new StepRecord(notice.step(), notice.date(), notice.actor(), null, "income above the line"));
        assertThat(audit(trail)).isEmpty();
    }

    @Test
    void stepsAfterARejectionAreFlaggedAUD7() {
        List<StepRecord> trail = new ArrayList<>(registration());
        StepRecord appraisal = trail.get(1);
        trail.set(1, new StepRecord(appraisal.step(), appraisal.date(), appraisal.actor(), null, "not poor"));
        assertThat(audit(trail)).extracting(Finding::subject).containsExactly("trail[2] VILLAGE_NOTICE",
                "trail[3] TOWNSHIP_NOTICE", "trail[4] COUNTY_ANNOUNCEMENT", "trail[5] FILED");
        assertThat(audit(trail.subList(0, 2))).isEmpty();
    }

    @Test
    void aStepWithoutAnActorIsFlaggedAUD7() {
        List<StepRecord> trail = new ArrayList<>(registration());
        trail.set(0, new StepRecord(Step.APPLICATION, START, " ", null, null));
        assertThat(audit(trail)).singleElement().extracting(Finding::messageZh)
                .isEqualTo("trail[0]（农户申请）未记录经办人");
    }

    // ---- against the procedure's own state machine -----------------------------------------------------------

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    // A trail is regular for the audit exactly when Procedure accepts every one of its steps in turn: the audit and
    // the state machine agree on what PROC-REG, PROC-EXIT and EX-C-3 allow.

    /** A procedure's trail, perhaps mutated, and the parameters to audit it with. */
    record Case(ProcedureKind kind, List<StepRecord> trail, PolicyParameters parameters) {

        static Case random(long seed) {
            Random random = new Random(seed);
            ProcedureKind kind = ProcedureKind.values()[random.nextInt(ProcedureKind.values().length)];
            PolicyParameters parameters = random.nextBoolean() ? NATIONAL
                    : NATIONAL.withParameter(new ParameterValue(ParameterKey.NOTICE_DAYS, new BigDecimal("5"),
                            START.plusDays(random.nextInt(30)), "county rule", "some counties use 5 days"));
            List<StepRecord> trail = new ArrayList<>(ProcedureAuditTest.regular(kind, 5 + random.nextInt(4)));
            int mutations = random.nextInt(3);
            for (int i = 0; i < mutations && !trail.isEmpty(); i++) {
                mutate(trail, random);
            }
            return new Case(kind, trail, parameters);
        }

        boolean isRegular() {
            return ProcedureAudit.check(kind, trail, parameters).isEmpty();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("AUD-7 agrees with the procedure state machine on random trails")
    void agreesWithTheProcedureStateMachineAUD7(long seed) {
        Case c = Case.random(seed);
        assertThat(c.isRegular()).as("trail %s", c.trail()).isEqualTo(accepted(c.kind(), c.trail(), c.parameters()));
    }

    @Test
    void theRandomTrailsAreBothRegularAndIrregular() {
        long regular = seeds().mapToObj(Case::random).filter(Case::isRegular).count();
        assertThat(regular).isBetween(50L, 250L);
    }

    private static void mutate(List<StepRecord> trail, Random random) {
        int i = random.nextInt(trail.size());
        StepRecord r = trail.get(i);
        switch (random.nextInt(9)) {
            case 0 -> trail.remove(i);
            case 1 -> {
                if (i + 1 < trail.size()) {
                    trail.set(i, trail.get(i + 1));
                    trail.set(i + 1, r);
                }
            }
            case 2 -> trail.add(i, r);
            case 3 -> trail.set(i, new StepRecord(r.step(), r.date().minusDays(1 + random.nextInt(10)), r.actor(),
                    r.postedOn(), r.rejection()));
            case 4 -> {
                LocalDate posted = r.postedOn();
                if (posted != null) {
                    trail.set(i, new StepRecord(r.step(), posted.plusDays(random.nextInt(9) - 1), r.actor(), posted,
                            r.rejection()));
                }
            }
            case 5 -> trail.set(i, new StepRecord(r.step(), r.date(), "", r.postedOn(), r.rejection()));
            case 6 -> trail.set(i, new StepRecord(r.step(), r.date(), r.actor(), r.postedOn(), "rejected"));
            case 7 -> trail.subList(i, trail.size()).clear();
            default -> trail.set(i, new StepRecord(r.step(), r.date(), r.actor(), null, r.rejection()));
        }
    }

    private static boolean accepted(ProcedureKind kind, List<StepRecord> trail, PolicyParameters parameters) {
        Procedure procedure = Procedure.start(kind);
        for (StepRecord r : trail) {
            ProcedureResult result = procedure.apply(event(r), parameters);
            if (result instanceof ProcedureResult.Refused) {
                return false;
            }
            procedure = result.procedure();
        }
        return true;
    }

    private static ProcedureEvent event(StepRecord r) {
        LocalDate posted = r.postedOn();
        if (r.step().isNotice() && posted != null) {
            return new ProcedureEvent.NoticeCompleted(r.step(), posted, r.date(), r.actor(), r.rejection() != null);
        }
        if (r.rejection() != null) {
            return new ProcedureEvent.Rejected(r.step(), r.date(), r.actor(), r.rejection());
        }
        return new ProcedureEvent.Completed(r.step(), r.date(), r.actor());
    }
}

package io.github.jingzhun.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** PROC-MON: monitoring inclusion and risk elimination (MON-4). */
class MonitoringProcedureTest {

    private static final PolicyParameters NATIONAL = PolicyParameters.national();
    private static final List<Step> STEPS = List.of(Step.MONITORING_REPORT, Step.DATA_COMPARISON,
            Step.VILLAGE_APPRAISAL_NOTICE, Step.TOWNSHIP_REVIEW, Step.COUNTY_APPROVAL, Step.ANNOUNCEMENT);
    private static final LocalDate REPORTED = LocalDate.of(2019, 3, 1);
    private static final LocalDate COMPARED = LocalDate.of(2019, 3, 4);
    private static final LocalDate POSTED = LocalDate.of(2019, 3, 5);

    private static Procedure accepted(ProcedureResult result) {
        assertThat(result).isInstanceOf(ProcedureResult.Accepted.class);
        return result.procedure();
    }

    private static Finding refused(ProcedureResult result) {
        assertThat(result).isInstanceOf(ProcedureResult.Refused.class);
        return ((ProcedureResult.Refused) result).reason();
    }

    /** A procedure with its report and data comparison done: the village notice is next. */
    private static Procedure atNotice(ProcedureKind kind) {
        Procedure p = Procedure.start(kind);
        p = accepted(p.apply(new ProcedureEvent.Completed(Step.MONITORING_REPORT, REPORTED, "CADRE-0017"), NATIONAL));
        return accepted(p.apply(new ProcedureEvent.Completed(Step.DATA_COMPARISON, COMPARED, "township office"),
                NATIONAL));
    }

    /** A notice of {@code days} calendar days, both the posting and the last day counted. */
    private static ProcedureEvent.NoticeCompleted notice(int days) {
        return new ProcedureEvent.NoticeCompleted(Step.VILLAGE_APPRAISAL_NOTICE, POSTED, POSTED.plusDays(days - 1),
                "village committee", false);
    }

    @Test
    @DisplayName("PROC-MON: monitoring inclusion's steps in order: report, comparison, village notice, township, county, announcement")
    void inclusionSteps() {
        assertThat(ProcedureKind.MONITORING_INCLUSION.steps()).containsExactlyElementsOf(STEPS);
        assertThat(ProcedureKind.MONITORING_INCLUSION.rule()).isEqualTo(Rule.PROC_MON);
        assertThat(ProcedureKind.MONITORING_INCLUSION.noticeDays()).isEqualTo(ParameterKey.MONITORING_NOTICE_DAYS);
    }

    @Test
    @DisplayName("PROC-MON: risk elimination mirrors inclusion: the same steps, rule and notice")
    void eliminationMirrorsInclusion() {
        assertThat(ProcedureKind.RISK_ELIMINATION.steps()).containsExactlyElementsOf(STEPS);
        assertThat(ProcedureKind.RISK_ELIMINATION.rule()).isEqualTo(Rule.PROC_MON);
        assertThat(ProcedureKind.RISK_ELIMINATION.noticeDays()).isEqualTo(ParameterKey.MONITORING_NOTICE_DAYS);
    }

    @Test
    @DisplayName("PROC-MON: only the village appraisal is a public notice")
    void onlyTheVillageAppraisalIsANotice() {
        assertThat(STEPS).filteredOn(Step::isNotice).containsExactly(Step.VILLAGE_APPRAISAL_NOTICE);
    }

    @Test
    @DisplayName("PROC-MON: the monitoring notice is 5 days by default (MONITORING_NOTICE_DAYS)")
    void noticeIsFiveDaysByDefault() {
        assertThat(NATIONAL.inForce(ParameterKey.MONITORING_NOTICE_DAYS, POSTED).value()).isEqualByComparingTo("5");
    }

    @ParameterizedTest
    @EnumSource(names = {"MONITORING_INCLUSION", "RISK_ELIMINATION"})
    @DisplayName("PROC-MON: a notice of 4 days is refused, with the days observed and required")
    void fourDayNoticeIsRefused(ProcedureKind kind) {
        Procedure before = atNotice(kind);

        ProcedureResult result = before.apply(notice(4), NATIONAL);

        Finding reason = refused(result);
        assertThat(result.procedure()).isEqualTo(before);
        assertThat(reason.rule()).isEqualTo(Rule.PROC_MON);
        assertThat(reason.passed()).isFalse();
        assertThat(reason.observed()).isEqualByComparingTo("4");
        assertThat(reason.threshold()).isEqualByComparingTo("5");
        assertThat(reason.message()).isEqualTo("The notice was up for 4 of the 5 days required");
        assertThat(reason.messageZh()).isEqualTo("公示4天，少于规定的5天");
        assertThat(before.next()).isEqualTo(Step.VILLAGE_APPRAISAL_NOTICE);
    }

    @ParameterizedTest
    @EnumSource(names = {"MONITORING_INCLUSION", "RISK_ELIMINATION"})
    @DisplayName("PROC-MON: a notice of exactly 5 days is accepted and recorded with its dates")
    void fiveDayNoticeIsAccepted(ProcedureKind kind) {
        Procedure after = accepted(atNotice(kind).apply(notice(5), NATIONAL));

        assertThat(after.state()).isEqualTo(Procedure.State.IN_PROGRESS);
        assertThat(after.trail()).hasSize(3);
        StepRecord record = after.trail().get(2);
        assertThat(record.step()).isEqualTo(Step.VILLAGE_APPRAISAL_NOTICE);
        assertThat(record.postedOn()).isEqualTo(POSTED);
        assertThat(record.date()).isEqualTo(LocalDate.of(2019, 3, 9));
        assertThat(record.rejection()).isNull();
        assertThat(after.next()).isEqualTo(Step.TOWNSHIP_REVIEW);
    }

    @ParameterizedTest
    @EnumSource(names = {"MONITORING_INCLUSION", "RISK_ELIMINATION"})
    @DisplayName("PROC-MON: every step in order completes the procedure")
    void stepsInOrderComplete(ProcedureKind kind) {
        Procedure p = accepted(atNotice(kind).apply(notice(5), NATIONAL));
        p = accepted(p.apply(new ProcedureEvent.Completed(Step.TOWNSHIP_REVIEW, LocalDate.of(2019, 3, 12),
                "township government"), NATIONAL));
        p = accepted(p.apply(new ProcedureEvent.Completed(Step.COUNTY_APPROVAL, LocalDate.of(2019, 3, 15),
                "county rural revitalisation bureau"), NATIONAL));
        p = accepted(p.apply(new ProcedureEvent.Completed(Step.ANNOUNCEMENT, LocalDate.of(2019, 3, 16),
                "county government"), NATIONAL));

        assertThat(p.state()).isEqualTo(Procedure.State.COMPLETED);
        assertThat(p.trail()).extracting(StepRecord::step).containsExactlyElementsOf(STEPS);
        assertThat(p.remaining()).isEmpty();
        assertThat(p.next()).isNull();
    }

    @Test
    @DisplayName("PROC-MON: steps cannot be skipped: data comparison before the report is refused")
    void stepsCannotBeSkipped() {
        Procedure start = Procedure.start(ProcedureKind.MONITORING_INCLUSION);

        Finding reason = refused(start.apply(new ProcedureEvent.Completed(Step.DATA_COMPARISON, COMPARED,
                "township office"), NATIONAL));

        assertThat(reason.rule()).isEqualTo(Rule.PROC_MON);
        assertThat(reason.message())
                .isEqualTo("Steps cannot be skipped or reordered: the next step is household report, cadre visit or "
                        + "department data alert, not data comparison");
    }

    @Test
    @DisplayName("PROC-MON: the village appraisal notice cannot be completed without its notice dates")
    void noticeNeedsItsDates() {
        Finding reason = refused(atNotice(ProcedureKind.MONITORING_INCLUSION).apply(
                new ProcedureEvent.Completed(Step.VILLAGE_APPRAISAL_NOTICE, POSTED, "village committee"), NATIONAL));

        assertThat(reason.rule()).isEqualTo(Rule.PROC_MON);
        assertThat(reason.message()).isEqualTo(
                "Give the days the village appraisal and notice was posted and ended: a public notice's length is "
                        + "checked from them");
    }

    @Test
    @DisplayName("PROC-MON: an upheld objection to the monitoring notice rejects the procedure")
    void upheldObjectionRejects() {
        Procedure p = accepted(atNotice(ProcedureKind.MONITORING_INCLUSION).apply(new ProcedureEvent.NoticeCompleted(
                Step.VILLAGE_APPRAISAL_NOTICE, POSTED, POSTED.plusDays(5), "village committee", true), NATIONAL));

        assertThat(p.state()).isEqualTo(Procedure.State.REJECTED);
        assertThat(p.trail().get(2).rejection()).isEqualTo("an objection to the notice was upheld");
        assertThat(p.remaining()).isEmpty();
    }

    @Test
    @DisplayName("PROC-MON: the notice follows MONITORING_NOTICE_DAYS: at 7 days, a 6-day notice is refused")
    void noticeFollowsTheParameter() {
        PolicyParameters seven = NATIONAL.withParameter(ParameterKey.MONITORING_NOTICE_DAYS, new BigDecimal("7"),
                "county notice", "a longer notice for monitoring");
        Procedure p = atNotice(ProcedureKind.MONITORING_INCLUSION);

        assertThat(refused(p.apply(notice(6), seven)).message())
                .isEqualTo("The notice was up for 6 of the 7 days required");
        assertThat(p.apply(notice(7), seven)).isInstanceOf(ProcedureResult.Accepted.class);
    }

    @Test
    @DisplayName("PROC-MON: the registration notice (NOTICE_DAYS) does not govern the monitoring notice")
    void registrationNoticeDoesNotGovernMonitoring() {
        PolicyParameters registrationTen = NATIONAL.withParameter(ParameterKey.NOTICE_DAYS, new BigDecimal("10"),
                "county notice", "a longer registration notice");

        assertThat(atNotice(ProcedureKind.MONITORING_INCLUSION).apply(notice(5), registrationTen))
                .isInstanceOf(ProcedureResult.Accepted.class);
    }

    @Test
    @DisplayName("PROC-REG vs PROC-MON: a registration notice needs 7 days: 5 and 6 are refused, 7 accepted")
    void registrationNoticeNeedsSevenDays() {
        Procedure p = Procedure.start(ProcedureKind.REGISTRATION);
        p = accepted(p.apply(new ProcedureEvent.Completed(Step.APPLICATION, REPORTED, "household"), NATIONAL));
        p = accepted(p.apply(new ProcedureEvent.Completed(Step.DEMOCRATIC_APPRAISAL, COMPARED,
                "village representatives"), NATIONAL));

        for (int days : new int[] {5, 6}) {
            Finding reason = refused(p.apply(new ProcedureEvent.NoticeCompleted(Step.VILLAGE_NOTICE, POSTED,
                    POSTED.plusDays(days - 1), "village committee", false), NATIONAL));
            assertThat(reason.rule()).isEqualTo(Rule.PROC_REG);
            assertThat(reason.message())
                    .isEqualTo("The notice was up for " + days + " of the 7 days required");
        }
        assertThat(p.apply(new ProcedureEvent.NoticeCompleted(Step.VILLAGE_NOTICE, POSTED, POSTED.plusDays(6),
                "village committee", false), NATIONAL)).isInstanceOf(ProcedureResult.Accepted.class);
    }
}

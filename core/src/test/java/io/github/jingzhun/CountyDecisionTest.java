package io.github.jingzhun;

import static io.github.jingzhun.Households.adult;
import static io.github.jingzhun.Households.household;
import static io.github.jingzhun.Households.income;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.exit.EvaluationSample;
import io.github.jingzhun.identification.AreaPopulation;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.Step;
import io.github.jingzhun.procedure.StepRecord;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CountyDecisionTest {

    private static final Year Y2019 = Year.of(2019);
    private static final YearParameters P2019 = PolicyParameters.national().forYear(Y2019);
    private static final CountyCode CODE = CountyCode.parse("522727");
    private static final LocalDate DAY = LocalDate.of(2019, 1, 10);

    /** A designated county whose exit procedure is on record up to its public notice, posted on day 61. */
    private static County county(LocalDate noticeEnds) {
        return County.builder().withCode(CODE).withDesignated(true)
                .withEvaluation(EvaluationSample.of(1000, 0, 1000, 0, 100, 100))
                .addExitProcedure(new StepRecord(Step.COUNTY_APPLICATION, DAY, "county", null, null),
                        new StepRecord(Step.CITY_REVIEW, DAY.plusDays(30), "city", null, null),
                        new StepRecord(Step.PROVINCIAL_VERIFICATION, DAY.plusDays(60), "province", null, null),
                        new StepRecord(Step.PUBLIC_NOTICE, noticeEnds, "province", DAY.plusDays(61), null))
                .build();
    }

    private static AreaPopulation oneHousehold() {
        return AreaPopulation.of(List.of(household("522727").addMembers(adult())
                .addIncome(income(2019).build()).build()), Y2019);
    }

    @Test
    @DisplayName("AUD-7: a county's exit notice shorter than required is an irregularity of its procedure")
    void aShortCountyNoticeIsAnAuditFinding() {
        CountyDecision six = CountyDecision.decide(CODE, county(DAY.plusDays(66)), 1, oneHousehold(), P2019);
        CountyDecision seven = CountyDecision.decide(CODE, county(DAY.plusDays(67)), 1, oneHousehold(), P2019);

        assertThat(six.audit()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.AUD_7);
            assertThat(f.passed()).isFalse();
            assertThat(f.observed()).isEqualByComparingTo("6");
            assertThat(f.threshold()).isEqualByComparingTo("7");
        });
        assertThat(six.allFindings()).endsWith(six.audit().get(0));
        assertThat(six.toString()).contains("AUD-7");
        assertThat(seven.audit()).isEmpty();
        assertThat(seven.allFindings()).extracting(Finding::rule).doesNotContain(Rule.AUD_7);
    }

    @Test
    @DisplayName("AUD-7: a county's exit year and its recorded exit procedure must agree")
    void anExitYearMustAgreeWithTheProcedure() {
        County underWay = county(DAY.plusDays(67));
        County announced = County.builder().from(underWay).addExitProcedure(
                new StepRecord(Step.PROVINCIAL_ANNOUNCEMENT, DAY.plusDays(80), "province", null, null)).build();
        County exited = County.builder().from(announced).withApplicationYear(Y2019).withExitYear(Y2019).build();
        County exitedUnderWay = County.builder().from(underWay).withApplicationYear(Y2019).withExitYear(Y2019)
                .build();

        assertThat(CountyDecision.decide(CODE, exitedUnderWay, 1, oneHousehold(), P2019).audit()).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("The county is recorded as exited in 2019, but its "
                        + "exit procedure (exitProcedure) did not reach its last step"));
        assertThat(CountyDecision.decide(CODE, announced, 1, oneHousehold(), P2019).audit()).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("The county's exit procedure (exitProcedure) "
                        + "reached its last step, but no exit year is recorded"));
        assertThat(CountyDecision.decide(CODE, exited, 1, oneHousehold(), P2019).audit()).isEmpty();
        assertThat(CountyDecision.decide(CODE, underWay, 1, oneHousehold(), P2019).audit()).isEmpty();
        // an older record holding no procedure says nothing against its exit year
        assertThat(CountyDecision.decide(CODE, County.builder().from(exited).withExitProcedure(List.of()).build(), 1,
                oneHousehold(), P2019).audit()).isEmpty();
    }

    @Test
    @DisplayName("AUD-7: a county with no record has no procedure, so nothing to audit")
    void aCountyWithNoRecordHasNoAudit() {
        assertThat(CountyDecision.decide(CODE, null, 1, oneHousehold(), P2019).audit()).isEmpty();
    }
}

package io.github.jingzhun.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.Geography;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class YearParametersTest {

    private static final Year Y2019 = Year.of(2019);
    private static final PolicyParameters NATIONAL = PolicyParameters.national();
    private static final CountyCode QIANNAN_COUNTY = CountyCode.parse("522727");
    private static final CountyCode GUIYANG_COUNTY = CountyCode.parse("520102");
    private static final CountyCode GANSU_COUNTY = CountyCode.parse("621126");
    private static final RegionalLine GUIZHOU = new RegionalLine(52, Y2019, Yuan.of(3500), "Guizhou notice",
            "provincial line above the national line");
    private static final RegionalLine QIANNAN = new RegionalLine(5227, Y2019, Yuan.of(3800), "Qiannan notice",
            "prefecture line above the provincial line");

    @Test
    @DisplayName("ID-STD: by default the national line is applied, standard NATIONAL")
    void nationalLineIsAppliedByDefault() {
        YearParameters p = NATIONAL.forYear(Y2019);
        YearParameters.LineApplied line = p.line(QIANNAN_COUNTY);

        assertThat(line).isSameAs(p.nationalLine());
        assertThat(line.amount()).isEqualTo(Yuan.of(3218));
        assertThat(line.standard()).isEqualTo(Standard.NATIONAL);
        assertThat(line.source()).isNotBlank();
    }

    @Test
    @DisplayName("ID-STD: the finding states that the national line of the year was applied")
    void nationalLineFindingStatesWhichLine() {
        Finding f = NATIONAL.forYear(Y2019).line(QIANNAN_COUNTY).finding();

        assertThat(f.rule()).isEqualTo(Rule.ID_STD);
        assertThat(f.passed()).isTrue();
        assertThat(f.threshold()).isEqualTo(new BigDecimal("3218.00"));
        assertThat(f.message()).isEqualTo("The national poverty line of 2019, 3218.00 yuan per person, was applied");
        assertThat(f.messageZh()).isEqualTo("适用2019年国家扶贫标准，每人3218.00元");
    }

    @Test
    @DisplayName("ID-STD: a provincial line for 52 replaces the national line in 522727 (PROVINCIAL)")
    void provincialLineReplacesTheNationalLineWithinTheProvince() {
        YearParameters p = NATIONAL.withRegionalLine(GUIZHOU).forYear(Y2019);
        YearParameters.LineApplied line = p.line(QIANNAN_COUNTY);

        assertThat(line.amount()).isEqualTo(Yuan.of(3500));
        assertThat(line.standard()).isEqualTo(Standard.PROVINCIAL);
        assertThat(line.source()).isEqualTo("Guizhou notice");
        assertThat(line.finding().rule()).isEqualTo(Rule.ID_STD);
        assertThat(line.finding().threshold()).isEqualTo(new BigDecimal("3500.00"));
        assertThat(line.finding().message())
                .isEqualTo("The provincial poverty line of area 52 for 2019, 3500.00 yuan per person, was applied");
        assertThat(line.finding().messageZh()).isEqualTo("适用地区52的2019年省级扶贫标准，每人3500.00元");
        assertThat(p.nationalLine().amount()).isEqualTo(Yuan.of(3218));
    }

    @Test
    @DisplayName("ID-STD: a provincial line for 52 does not apply in 621126 (Gansu)")
    void provincialLineDoesNotApplyInAnotherProvince() {
        YearParameters.LineApplied line = NATIONAL.withRegionalLine(GUIZHOU).forYear(Y2019).line(GANSU_COUNTY);

        assertThat(line.amount()).isEqualTo(Yuan.of(3218));
        assertThat(line.standard()).isEqualTo(Standard.NATIONAL);
        assertThat(line.finding().message()).startsWith("The national poverty line of 2019");
    }

    @Test
    @DisplayName("ID-STD: a city line for 5227 takes precedence over the province's (CITY)")
    void cityLineTakesPrecedenceOverTheProvincialLine() {
        YearParameters p = NATIONAL.withRegionalLine(GUIZHOU).withRegionalLine(QIANNAN).forYear(Y2019);

        YearParameters.LineApplied inCity = p.line(QIANNAN_COUNTY);
        assertThat(inCity.amount()).isEqualTo(Yuan.of(3800));
        assertThat(inCity.standard()).isEqualTo(Standard.CITY);
        assertThat(inCity.finding().message())
                .isEqualTo("The city poverty line of area 5227 for 2019, 3800.00 yuan per person, was applied");
        assertThat(inCity.finding().messageZh()).isEqualTo("适用地区5227的2019年市级扶贫标准，每人3800.00元");

        YearParameters.LineApplied elsewhereInProvince = p.line(GUIYANG_COUNTY);
        assertThat(elsewhereInProvince.amount()).isEqualTo(Yuan.of(3500));
        assertThat(elsewhereInProvince.standard()).isEqualTo(Standard.PROVINCIAL);

        assertThat(p.line(GANSU_COUNTY).standard()).isEqualTo(Standard.NATIONAL);
    }

    @Test
    @DisplayName("ID-STD: a city line without a provincial one leaves the rest of the province national")
    void cityLineAloneAppliesOnlyInTheCity() {
        YearParameters p = NATIONAL.withRegionalLine(QIANNAN).forYear(Y2019);

        assertThat(p.line(QIANNAN_COUNTY).standard()).isEqualTo(Standard.CITY);
        assertThat(p.line(GUIYANG_COUNTY).standard()).isEqualTo(Standard.NATIONAL);
        assertThat(p.line(GUIYANG_COUNTY).amount()).isEqualTo(Yuan.of(3218));
    }

    @Test
    @DisplayName("ID-STD: a regional line applies only to its own income year")
    void regionalLineAppliesOnlyInItsYear() {
        PolicyParameters p = NATIONAL.withRegionalLine(GUIZHOU);

        assertThat(p.forYear(Year.of(2018)).line(QIANNAN_COUNTY).standard()).isEqualTo(Standard.NATIONAL);
        assertThat(p.forYear(Year.of(2018)).line(QIANNAN_COUNTY).amount()).isEqualTo(Yuan.of(2995));
        assertThat(p.forYear(Year.of(2020)).line(QIANNAN_COUNTY).amount()).isEqualTo(Yuan.of(4000));
    }

    @Test
    @DisplayName("IND-STD: the national set keeps the national standards")
    void standardsFindingPassesForTheNationalSet() {
        Finding f = NATIONAL.forYear(Y2019).standardsFinding();

        assertThat(f.rule()).isEqualTo(Rule.IND_STD);
        assertThat(f.passed()).isTrue();
        assertThat(f.subject()).isEqualTo("national");
        assertThat(f.message())
                .isEqualTo("Parameter set 'national' keeps the national standards, neither raised nor lowered");
        assertThat(f.messageZh()).isEqualTo("参数集“national”执行国家标准，既不拔高也不降低");
    }

    @Test
    @DisplayName("IND-STD: a changed set fails the standards finding and lists its reasons as deviations")
    void standardsFindingFailsForAChangedSetWhoseDeviationsGiveReasons() {
        PolicyParameters scenario = PolicyParameters.builder().from(NATIONAL).withName("scenario").build()
                .withParameter(ParameterKey.NOTICE_DAYS, BigDecimal.valueOf(5), "county rule", "five-day notice");
        YearParameters p = scenario.forYear(Y2019);

        assertThat(p.standardsFinding().rule()).isEqualTo(Rule.IND_STD);
        assertThat(p.standardsFinding().passed()).isFalse();
        assertThat(p.standardsFinding().message()).isEqualTo(
                "Parameter set 'scenario' departs from the national standards, with reasons; see its deviations");
        assertThat(p.standardsFinding().messageZh()).isEqualTo("参数集“scenario”偏离国家标准（附理由），详见偏离清单");
        assertThat(p.parameters().deviations()).extracting(Deviation::reason).containsExactly("five-day notice");
    }

    @Test
    @DisplayName("IND-STD: a set with only a regional line also departs from the national standards")
    void standardsFindingFailsForASetWithARegionalLine() {
        assertThat(NATIONAL.withRegionalLine(GUIZHOU).forYear(Y2019).standardsFinding().passed()).isFalse();
    }

    @Test
    void valuesSourcesAndSwitchesAreThoseInForce() {
        YearParameters p = NATIONAL.forYear(Y2019);

        assertThat(p.year()).isEqualTo(Y2019);
        assertThat(p.parameters()).isSameAs(NATIONAL);
        assertThat(p.geography()).isEqualTo(Geography.national());
        assertThat(p.value(ParameterKey.MONITORING_LINE_MULTIPLE)).isEqualByComparingTo("1.5");
        assertThat(p.intValue(ParameterKey.NOTICE_DAYS)).isEqualTo(7);
        assertThat(p.source(ParameterKey.NOTICE_DAYS)).startsWith("PRACTICE, ");
        assertThat(p.source(ParameterKey.MONITORING_LINE_MULTIPLE)).startsWith("MON2020 applied to income years");
        assertThat(NATIONAL.forYear(Year.of(2020)).source(ParameterKey.MONITORING_LINE_MULTIPLE))
                .startsWith("MON2020, monitoring range");
        assertThat(p.isOn(ParameterKey.EXCLUDE_PRIVATE_CAR)).isTrue();
        assertThat(p.remainingPercent(ParameterKey.INCOME_FALL_PERCENT)).isEqualByComparingTo("70");
        assertThat(p.remainingPercent(ParameterKey.MONITORING_LINE_MULTIPLE)).isEqualByComparingTo("98.5");
    }

    @Test
    void educationAgeIsReckonedOn1September() {
        assertThat(NATIONAL.forYear(Y2019).educationReferenceDay()).isEqualTo(MonthDay.of(9, 1));
    }

    @Test
    void intValueOfAFractionalValueIsAnError() {
        YearParameters p = NATIONAL.forYear(Y2019);

        assertThatThrownBy(() -> p.intValue(ParameterKey.MONITORING_LINE_MULTIPLE))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void switchIsOnAtOneAndOffAtZero() {
        PolicyParameters off = NATIONAL.withParameter(ParameterKey.EXCLUDE_PRIVATE_CAR, BigDecimal.ZERO, "county rule",
                "cars used for transport to market");

        assertThat(off.forYear(Y2019).isOn(ParameterKey.EXCLUDE_PRIVATE_CAR)).isFalse();
        assertThat(off.forYear(Y2019).isOn(ParameterKey.EXCLUDE_PUBLIC_EMPLOYEE)).isTrue();
        assertThatThrownBy(() -> NATIONAL.withParameter(ParameterKey.EXCLUDE_PRIVATE_CAR, BigDecimal.valueOf(2),
                "county rule", "neither on nor off"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EXCLUDE_PRIVATE_CAR 2 from 2010-01-01 must be a whole number from 0 to 1");
    }

    @Test
    @DisplayName("ID-STD: a what-if line of 4,000 for 2019 is the set's own, departing from the national 3,218.00")
    void aWhatIfLineSaysWhoseLineItIsAndThatItDeparts() {
        PolicyParameters raised = PolicyParameters.builder().from(NATIONAL).withName("what-if").build()
                .withPovertyLine(Y2019, Yuan.of(4000), "scenario", "what if the 2019 line were 4,000 yuan?");
        Finding f = raised.forYear(Y2019).line(QIANNAN_COUNTY).finding();

        assertThat(f.rule()).isEqualTo(Rule.ID_STD);
        assertThat(f.threshold()).isEqualTo(new BigDecimal("4000.00"));
        assertThat(f.subject()).isEqualTo("what-if");
        assertThat(f.message()).isEqualTo("The poverty line of 2019 set by parameter set 'what-if', 4000.00 yuan per "
                + "person, was applied; it departs from the national line of 3218.00 yuan");
        assertThat(f.messageZh()).isEqualTo("适用参数集“what-if”设定的2019年扶贫标准，每人4000.00元；偏离国家标准每人3218.00元");
        // a year whose line the set keeps reads as the national line
        assertThat(raised.forYear(Year.of(2018)).line(QIANNAN_COUNTY).finding().message())
                .isEqualTo("The national poverty line of 2018, 2995.00 yuan per person, was applied");
    }

    @Test
    @DisplayName("ID-STD: a line one fen off the national line is the set's own")
    void aLineOneFenOffIsTheSetsOwn() {
        PolicyParameters set = NATIONAL.withPovertyLine(Y2019, Yuan.parse("3218.01"), "test", "one fen more");
        assertThat(set.forYear(Y2019).nationalLine().finding().message())
                .startsWith("The poverty line of 2019 set by parameter set 'national', 3218.01 yuan");
    }

    @Test
    @DisplayName("ID-STD: a line for a year the national set does not cover says so")
    void aLineForAYearWithoutANationalLineSaysSo() {
        PolicyParameters set = NATIONAL.withPovertyLine(Year.of(2021), Yuan.of(4100), "test", "a later year");
        Finding f = set.forYear(Year.of(2021)).nationalLine().finding();
        assertThat(f.message()).isEqualTo("The poverty line of 2021 set by parameter set 'national', 4100.00 yuan per "
                + "person, was applied; the national parameters have no line for 2021");
        assertThat(f.messageZh()).endsWith("；国家参数无2021年标准");
        assertThat(set.forYear(Year.of(2021)).monitoringThreshold(QIANNAN_COUNTY).finding().message())
                .isEqualTo("The monitoring threshold is 6150.00 yuan per person: 1.5 times the line of 4100.00, of "
                        + "parameter set 'national'");
    }

    @Test
    @DisplayName("MON-1: a multiple of a line of the set's own, or of a city's, names the line, the set and the "
            + "national threshold")
    void aMonitoringThresholdFromALineThatDepartsSaysSo() {
        PolicyParameters whatIf = PolicyParameters.builder().from(NATIONAL).withName("what-if").build()
                .withPovertyLine(Y2019, Yuan.of(4000), "test", "a higher line");
        Finding f = whatIf.forYear(Y2019).monitoringThreshold(QIANNAN_COUNTY).finding();
        assertThat(f.subject()).isEqualTo("what-if");
        assertThat(f.message()).isEqualTo("The monitoring threshold is 6000.00 yuan per person: 1.5 times the line of "
                + "4000.00, of parameter set 'what-if'; the national threshold is 4827.00 yuan");
        assertThat(f.messageZh()).isEqualTo("监测标准为每人6000.00元，即参数集“what-if”扶贫标准每人4000.00元的1.5倍；国家监测标准为"
                + "每人4827.00元");

        PolicyParameters city = PolicyParameters.builder().from(NATIONAL).withName("qiannan").build()
                .withRegionalLine(QIANNAN).withParameter(ParameterKey.MONITORING_LINE_MULTIPLE, new BigDecimal("2"),
                        "test", "a wider range");
        assertThat(city.forYear(Y2019).monitoringThreshold(QIANNAN_COUNTY).finding().message()).isEqualTo(
                "The monitoring threshold is 7600.00 yuan per person: 2 times the line of area 5227, 3800.00, of "
                        + "parameter set 'qiannan', with the multiple it sets (the national multiple is 1.5); the "
                        + "national threshold is 4827.00 yuan");
    }

    @Test
    @DisplayName("MON-1: a multiple of the set's own names the set and the national multiple")
    void aMonitoringMultipleOfTheSetsOwnSaysSo() {
        PolicyParameters set = PolicyParameters.builder().from(NATIONAL).withName("guizhou").build()
                .withParameter(ParameterKey.MONITORING_LINE_MULTIPLE, new BigDecimal("2"), "provincial notice",
                        "a higher monitoring range");
        Finding f = set.forYear(Y2019).monitoringThreshold(QIANNAN_COUNTY).finding();
        assertThat(f.threshold()).isEqualTo(new BigDecimal("6436.00"));
        assertThat(f.message()).isEqualTo("The monitoring threshold is 6436.00 yuan per person: 2 times the line, the "
                + "multiple parameter set 'guizhou' sets; the national multiple is 1.5");
        assertThat(f.messageZh()).isEqualTo("监测标准为每人6436.00元，即扶贫标准的2倍（参数集“guizhou”设定的倍数；国家标准为1.5倍）");
        assertThat(NATIONAL.forYear(Y2019).monitoringThreshold(QIANNAN_COUNTY).finding().message())
                .isEqualTo("The monitoring threshold is 4827.00 yuan per person: 1.5 times the line");
    }

    @Test
    @DisplayName("MON-1: a threshold the set gives for a year names the set and the national threshold")
    void aMonitoringThresholdOfTheSetsOwnSaysSo() {
        PolicyParameters set = PolicyParameters.builder().from(NATIONAL).withName("guizhou")
                .withMonitoringThresholds(List.of(new PovertyLine(Y2019, Yuan.of(5000), "notice", "higher range")))
                .withRegionalMonitoringThresholds(List.of(new RegionalLine(52, Y2019, Yuan.of(6000), "notice", "higher"))).build();
        assertThat(set.forYear(Y2019).monitoringThreshold(GANSU_COUNTY).finding().messageZh())
                .isEqualTo("参数集“guizhou”设定的2019年监测标准为每人5000.00元；国家监测标准为每人4827.00元");
        assertThat(set.forYear(Y2019).monitoringThreshold(GUIYANG_COUNTY).finding().message())
                .isEqualTo("The monitoring threshold of area 52 for 2019 set by parameter set 'guizhou' is 6000.00 "
                        + "yuan per person; the national threshold is 4827.00 yuan");
        assertThat(set.forYear(Y2019).monitoringThreshold(GUIYANG_COUNTY).finding().messageZh())
                .isEqualTo("参数集“guizhou”设定的52地区2019年监测标准为每人6000.00元；国家监测标准为每人4827.00元");
    }

    @Test
    @DisplayName("MON-1 with INC-3: an income exactly the threshold times the members is not below it; a fen less is")
    void monitoringThresholdIsStrictAtEquality() {
        YearParameters p = NATIONAL.forYear(Y2019);

        assertThat(p.isBelowMonitoringThreshold(QIANNAN_COUNTY, Yuan.of(4827 * 3), 3)).isFalse();
        assertThat(p.isBelowMonitoringThreshold(QIANNAN_COUNTY, Yuan.ofFen(482_700L * 3 - 1), 3)).isTrue();
        assertThat(p.exactMonitoringThreshold(QIANNAN_COUNTY)).isEqualTo(new BigDecimal("4827.00"));
    }

    @Test
    @DisplayName("MON-1: a multiple of a line that falls between fen is compared exactly, not rounded to the fen first")
    void aThresholdBetweenFenIsComparedExactly() {
        // 1.5 × 3218.01 = 4827.015 yuan per person, shown as 4827.02; two members: 9654.03 yuan exactly
        YearParameters p = NATIONAL.withPovertyLine(Y2019, Yuan.parse("3218.01"), "what-if", "a line a fen higher")
                .forYear(Y2019);

        assertThat(p.monitoringThreshold(QIANNAN_COUNTY).amount()).isEqualTo(Yuan.parse("4827.02"));
        assertThat(p.exactMonitoringThreshold(QIANNAN_COUNTY)).isEqualTo(new BigDecimal("4827.015"));
        assertThat(p.isBelowMonitoringThreshold(QIANNAN_COUNTY, Yuan.parse("9654.03"), 2)).isFalse();
        assertThat(p.isBelowMonitoringThreshold(QIANNAN_COUNTY, Yuan.parse("9654.02"), 2)).isTrue();
    }

    @Test
    @DisplayName("MON-1: where a regional line applies, the default threshold is the multiple of that line")
    void theDefaultThresholdFollowsTheRegionalLine() {
        YearParameters p = NATIONAL.withRegionalLine(GUIZHOU).forYear(Y2019);

        assertThat(p.monitoringThreshold(QIANNAN_COUNTY).amount()).isEqualTo(Yuan.of(5250));
        assertThat(p.monitoringThreshold(GANSU_COUNTY).amount()).isEqualTo(Yuan.of(4827));
        assertThat(p.isBelowMonitoringThreshold(QIANNAN_COUNTY, Yuan.of(5250), 1)).isFalse();
        assertThat(p.isBelowMonitoringThreshold(GANSU_COUNTY, Yuan.of(5000), 1)).isFalse();
    }

    @Test
    @DisplayName("MON-1: a threshold the set gives for the year stands where a regional line applies; it is not a multiple")
    void aThresholdForTheYearIsNotReplacedByAMultipleOfARegionalLine() {
        PolicyParameters set = PolicyParameters.builder().from(NATIONAL).withName("guizhou")
                .withMonitoringThresholds(List.of(new PovertyLine(Y2019, Yuan.of(5000), "notice", "higher range")))
                .build().withRegionalLine(GUIZHOU);

        assertThat(set.forYear(Y2019).monitoringThreshold(QIANNAN_COUNTY).amount()).isEqualTo(Yuan.of(5000));
    }

    @Test
    @DisplayName("compare: a surveyed number against a parameter, whole or not, exactly")
    void numbersCompareWithWholeAndFractionalValues() {
        YearParameters national = NATIONAL.forYear(Y2019);
        int litres = national.intValue(ParameterKey.WATER_LITRES_MIN);
        YearParameters fractional = NATIONAL.withParameter(ParameterKey.WATER_LITRES_MIN, new BigDecimal("20.5"),
                "what-if", "half a litre more").forYear(Y2019);

        assertThat(national.compare(litres, ParameterKey.WATER_LITRES_MIN)).isZero();
        assertThat(national.compare(litres - 1L, ParameterKey.WATER_LITRES_MIN)).isNegative();
        assertThat(national.compare(litres + 1L, ParameterKey.WATER_LITRES_MIN)).isPositive();
        assertThat(fractional.compare(20, ParameterKey.WATER_LITRES_MIN)).isNegative();
        assertThat(fractional.compare(21, ParameterKey.WATER_LITRES_MIN)).isPositive();
    }

    @Test
    @DisplayName("the days ages are reckoned on: 1 September for education, 31 December for working age")
    void referenceDaysAreThoseOfTheIncomeYear() {
        YearParameters p = NATIONAL.forYear(Y2019);

        assertThat(p.educationReferenceDate()).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(p.lastDay()).isEqualTo(LocalDate.of(2019, 12, 31));
    }
}

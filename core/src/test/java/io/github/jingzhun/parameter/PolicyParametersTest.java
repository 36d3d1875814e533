package io.github.jingzhun.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyParametersTest {

    private static final PolicyParameters NATIONAL = PolicyParameters.national();
    private static final String SOURCE = "Guizhou provincial notice";
    private static final String REASON = "higher cost of living in the province";

    @ParameterizedTest(name = "income year {0}: line {1}")
    @CsvSource({
        "2010, 2300", "2011, 2536", "2012, 2625", "2013, 2736", "2014, 2800", "2015, 2855",
        "2016, 2952", "2017, 2952", "2018, 2995", "2019, 3218", "2020, 4000"})
    @DisplayName("Parameters: the national line of every income year 2010..2020, with a source")
    void nationalLineOfEveryIncomeYearIsThePolicyTable(int year, long yuan) {
        YearParameters.LineApplied line = NATIONAL.forYear(Year.of(year)).nationalLine();

        assertThat(line.amount()).isEqualTo(Yuan.of(yuan));
        assertThat(line.standard()).isEqualTo(Standard.NATIONAL);
        assertThat(line.source()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "SHOCK_SHARE_PERCENT | -1 | must be from 0.01 to 10000",
        "SHOCK_SHARE_PERCENT | 0.009 | must be from 0.01 to 10000",
        "MONITORING_LINE_MULTIPLE | 10000000000000 | must be from 1 to 100",
        "MONITORING_LINE_MULTIPLE | 0 | must be from 1 to 100",
        "INCOME_JUMP_MULTIPLE | 0 | must be above 0 and at most 100",
        "EDUCATION_REFERENCE_MONTH | 13 | must be a whole number from 1 to 12",
        "EDUCATION_REFERENCE_DAY | 0 | must be a whole number from 1 to 31",
        "EDUCATION_AGE_MIN | 5.5 | must be a whole number from 0 to 150",
        "EDUCATION_AGE_MIN | -1 | must be a whole number from 0 to 150",
        "RISK_STABLE_MONTHS | 0.5 | must be a whole number from 0 to 1200",
        "INCOME_FALL_PERCENT | 100.01 | must be from 0 to 100",
        "MICROCREDIT_MAX_YUAN | 50000.001 | must be whole fen from 0 to 1000000000",
        "LAST_NEW_REGISTRATION_YEAR | 20200 | must be a whole number from 1900 to 2100",
        "LAST_NEW_REGISTRATION_YEAR | 1899 | must be a whole number from 1900 to 2100",
        "EDUCATION_AGE_MAX | 151 | must be a whole number from 0 to 150",
        "MICROCREDIT_MAX_YUAN | 1000000000.01 | must be whole fen from 0 to 1000000000",
        "MICROCREDIT_MAX_YUAN | -0.01 | must be whole fen from 0 to 1000000000",
        "SHOCK_SHARE_PERCENT | 10000.01 | must be from 0.01 to 10000",
        "MONITORING_LINE_MULTIPLE | 100.01 | must be from 1 to 100",
        "EXCLUDE_PRIVATE_CAR | -1 | must be a whole number from 0 to 1",
        "WATER_LITRES_MIN | 100001 | must be from 0 to 100000",
        "NOTICE_DAYS | 3661 | must be a whole number from 0 to 3660",
        "RISK_STABLE_MONTHS | 1201 | must be a whole number from 0 to 1200",
        "CADRE_MAX_HOUSEHOLDS | 1000001 | must be a whole number from 0 to 1000000"})
    @DisplayName("a value no rule can read is refused with the set, naming the parameter, the value and its range")
    void valueOutOfItsRangeIsRefused(ParameterKey key, String value, String problem) {
        assertThatThrownBy(() -> NATIONAL.withParameter(key, new BigDecimal(value), SOURCE, REASON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(key + " " + value + " from 2010-01-01 " + problem);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"SHOCK_SHARE_PERCENT, 0.01", "SHOCK_SHARE_PERCENT, 10000", "MONITORING_LINE_MULTIPLE, 100",
        "MONITORING_LINE_MULTIPLE, 1", "INCOME_JUMP_MULTIPLE, 0.01", "EDUCATION_REFERENCE_MONTH, 12",
        "EDUCATION_REFERENCE_MONTH, 1", "EDUCATION_REFERENCE_DAY, 30", "EDUCATION_REFERENCE_DAY, 1",
        "INCOME_FALL_PERCENT, 100", "INCOME_FALL_PERCENT, 0", "EDUCATION_AGE_MIN, 0", "EDUCATION_AGE_MAX, 150",
        "EDUCATION_AGE_MIN, 6.00", "LAST_NEW_REGISTRATION_YEAR, 1900", "LAST_NEW_REGISTRATION_YEAR, 2100",
        "MICROCREDIT_MAX_YUAN, 50000.10", "MICROCREDIT_MAX_YUAN, 0", "MICROCREDIT_MAX_YUAN, 1000000000",
        "EXCLUDE_PRIVATE_CAR, 0", "WATER_LITRES_MIN, 0", "WATER_LITRES_MIN, 100000"})
    void valueAtTheEndOfItsRangeIsKept(ParameterKey key, BigDecimal value) {
        assertThat(NATIONAL.withParameter(key, value, SOURCE, REASON).forYear(Year.of(2019)).value(key))
                .isEqualByComparingTo(value);
    }

    @Test
    @DisplayName("IND-EDU: a reference month and day that make no day of the year are refused; 29 February is a day")
    void educationReferenceDayMustBeADayOfTheYear() {
        PolicyParameters february = NATIONAL.withParameter(ParameterKey.EDUCATION_REFERENCE_MONTH,
                BigDecimal.valueOf(2), SOURCE, REASON);

        assertThat(february.withParameter(ParameterKey.EDUCATION_REFERENCE_DAY, BigDecimal.valueOf(29), SOURCE,
                REASON).forYear(Year.of(2019)).educationReferenceDate()).isEqualTo(LocalDate.of(2019, 2, 28));
        assertThatThrownBy(() -> february.withParameter(ParameterKey.EDUCATION_REFERENCE_DAY, BigDecimal.valueOf(30),
                SOURCE, REASON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageFindingMatch("values\\[\\d+]\\.value: EDUCATION_REFERENCE_MONTH 2 and "
                        + "EDUCATION_REFERENCE_DAY 30 from 2010-01-01 make no day of the year");
    }

    @ParameterizedTest
    @CsvSource({"EDUCATION_AGE_MIN, EDUCATION_AGE_MAX", "MICROCREDIT_AGE_MIN, MICROCREDIT_AGE_MAX",
        "WORKING_AGE_MIN, WORKING_AGE_MAX", "WORKING_AGE_MIN, HEALTHY_LOST_AGE_MAX"})
    @DisplayName("IND-EDU, MS-9, AUD-6: a lowest age above the highest is refused; equal to it, a single age, is kept")
    void aLowestAgeAboveTheHighestIsRefused(ParameterKey lowest, ParameterKey highest) {
        BigDecimal bottom = NATIONAL.forYear(Year.of(2019)).value(lowest);
        assertThat(NATIONAL.withParameter(highest, bottom, SOURCE, REASON).forYear(Year.of(2019)).value(highest))
                .isEqualByComparingTo(bottom);
        BigDecimal below = bottom.subtract(BigDecimal.ONE);
        assertThatThrownBy(() -> NATIONAL.withParameter(highest, below, SOURCE, REASON))
                .isInstanceOf(IllegalArgumentException.class)
                // placed at the value that changed, not at the list of values
                .hasMessageFindingMatch("values\\[\\d+]\\.value: " + lowest + " " + bottom.toPlainString()
                        + " is above " + highest + " " + below.toPlainString() + " from ")
                .hasMessageEndingWith(", so no age is between them");
    }

    @Test
    void nationalSetCoversExactlyIncomeYears2010To2020() {
        assertThat(NATIONAL.getPovertyLines()).extracting(PovertyLine::year)
                .containsExactlyElementsOf(IntStream.rangeClosed(2010, 2020).mapToObj(Year::of).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {2017, 2018, 2019})
    @DisplayName("Parameters: the starred years keep the note that their source is weaker")
    void starredYearsKeepTheWeakerSourceNote(int year) {
        assertThat(NATIONAL.forYear(Year.of(year)).nationalLine().source()).containsIgnoringCase("weaker source");
    }

    @ParameterizedTest
    @ValueSource(ints = {2010, 2011, 2016, 2020})
    void unstarredYearsDoNotClaimAWeakerSource(int year) {
        assertThat(NATIONAL.forYear(Year.of(year)).nationalLine().source()).doesNotContainIgnoringCase("weaker");
    }

    @ParameterizedTest
    @ValueSource(ints = {2009, 2021})
    @DisplayName("Parameters: a year with no line is an error naming the year, never a guess")
    void yearWithoutALineIsAnErrorNamingTheYear(int year) {
        assertThatThrownBy(() -> NATIONAL.forYear(Year.of(year)))
                .isInstanceOf(MissingParameterException.class)
                .hasMessageContaining("income year " + year)
                .hasMessageContaining("never guessed")
                .hasMessageContaining("national");
    }

    @ParameterizedTest
    @EnumSource(ParameterKey.class)
    void everyParameterKeyHasANationalValueWithASource(ParameterKey key) {
        for (int year = 2010; year <= 2020; year++) {
            YearParameters p = NATIONAL.forYear(Year.of(year));
            assertThat(p.value(key)).as("%s in %d", key, year).isNotNull();
            assertThat(p.source(key)).as("%s in %d", key, year).isNotBlank();
        }
    }

    @Test
    @DisplayName("IND-STD: the national set has no deviations")
    void nationalSetHasNoDeviations() {
        assertThat(NATIONAL.deviations()).isEmpty();
        assertThat(NATIONAL.getName()).isEqualTo("national");
        assertThat(NATIONAL.getRegionalLines()).isEmpty();
    }

    @Test
    @DisplayName("IND-STD: a changed 2019 line is listed as a deviation with the national 3218.00 and the reason")
    void changedLineIsListedAsADeviationWithTheNationalValue() {
        PolicyParameters changed = NATIONAL.withPovertyLine(Year.of(2019), Yuan.of(4000), SOURCE, REASON);

        assertThat(changed.deviations()).containsExactly(
                new Deviation("line 2019", new BigDecimal("3218.00"), new BigDecimal("4000.00"), REASON));
        assertThat(changed.forYear(Year.of(2019)).nationalLine().amount()).isEqualTo(Yuan.of(4000));
        assertThat(changed.forYear(Year.of(2019)).nationalLine().source()).isEqualTo(SOURCE);
        assertThat(changed.forYear(Year.of(2018)).nationalLine().amount()).isEqualTo(Yuan.of(2995));
    }

    @Test
    @DisplayName("IND-STD: a changed scalar is listed with its national default and reason")
    void changedParameterIsListedAsADeviation() {
        PolicyParameters changed = NATIONAL.withParameter(ParameterKey.NOTICE_DAYS, BigDecimal.valueOf(5), SOURCE,
                "county practice of five days");

        assertThat(changed.deviations()).containsExactly(new Deviation("NOTICE_DAYS", new BigDecimal("7"),
                BigDecimal.valueOf(5), "county practice of five days"));
    }

    @Test
    @DisplayName("IND-STD: two departures of one key name the day each is in force from")
    void departuresOfOneKeyOnTwoDaysAreTold() {
        PolicyParameters changed = NATIONAL.withParameter(ParameterKey.NOTICE_DAYS, BigDecimal.valueOf(5), SOURCE,
                "county practice of five days").withParameter(new ParameterValue(ParameterKey.NOTICE_DAYS,
                BigDecimal.valueOf(6), LocalDate.of(2020, 1, 1), SOURCE, "six days from 2020"));

        assertThat(changed.deviations()).extracting(Deviation::parameter).containsExactly(
                "NOTICE_DAYS from " + NationalParameters.BASELINE, "NOTICE_DAYS from 2020-01-01");
    }

    @Test
    @DisplayName("IND-STD: a line for a year the national set lacks is a deviation with no national value")
    void lineForAnUncoveredYearIsADeviationWithoutNationalValue() {
        PolicyParameters extended = NATIONAL.withPovertyLine(Year.of(2021), Yuan.of(4100), SOURCE, REASON);

        assertThat(extended.deviations()).containsExactly(
                new Deviation("line 2021", null, new BigDecimal("4100.00"), REASON));
        assertThat(extended.forYear(Year.of(2021)).nationalLine().amount()).isEqualTo(Yuan.of(4100));
    }

    @Test
    @DisplayName("IND-STD: a regional line is always a deviation")
    void regionalLineIsADeviation() {
        PolicyParameters guizhou = NATIONAL.withRegionalLine(
                new RegionalLine(52, Year.of(2019), Yuan.of(3500), SOURCE, REASON));

        assertThat(guizhou.deviations()).containsExactly(
                new Deviation("line 2019 in 52", new BigDecimal("3218.00"), new BigDecimal("3500.00"), REASON));
    }

    @Test
    @DisplayName("ID-STD: a regional line is above the set's own line for the year, else the national default")
    void regionalLineIsAboveTheLineTheSetApplies() {
        PolicyParameters raised = NATIONAL.withPovertyLine(Year.of(2019), Yuan.of(4000), SOURCE, REASON);
        assertThatThrownBy(() -> raised.withRegionalLine(
                new RegionalLine(52, Year.of(2019), Yuan.of(3500), SOURCE, REASON)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the line of 52 for 2019 is below the national line 4000.00, and a province "
                        + "or city may only set a higher line (ID-STD)");
        assertThatThrownBy(() -> raised.withRegionalLine(
                new RegionalLine(52, Year.of(2019), Yuan.of(4000), SOURCE, REASON)))
                .hasMessageContaining("the line of 52 for 2019 is the national line 4000.00");
        PolicyParameters above = raised.withRegionalLine(
                new RegionalLine(52, Year.of(2019), Yuan.parse("4000.01"), SOURCE, REASON));
        assertThat(above.forYear(Year.of(2019)).line(CountyCode.parse("520121")).amount())
                .isEqualTo(Yuan.parse("4000.01"));
        assertThatThrownBy(() -> NATIONAL.withRegionalLine(
                new RegionalLine(52, Year.of(2019), Yuan.of(3218), SOURCE, REASON)))
                .hasMessageContaining("the line of 52 for 2019 is the national line 3218.00");
        assertThat(NATIONAL.withRegionalLine(new RegionalLine(52, Year.of(2019), Yuan.parse("3218.01"), SOURCE,
                REASON)).getRegionalLines()).hasSize(1);
    }

    @Test
    void valueEqualToTheNationalDefaultIsNoDeviation() {
        PolicyParameters same = NATIONAL.withParameter(ParameterKey.NOTICE_DAYS, new BigDecimal("7.0"), SOURCE,
                "restated");

        assertThat(same.deviations()).isEmpty();
    }

    @Test
    @DisplayName("IND-STD: a changed value whose reason is null is rejected")
    void changedValueWithoutAReasonIsRejected() {
        ParameterValue noReason = new ParameterValue(ParameterKey.NOTICE_DAYS, BigDecimal.valueOf(5),
                LocalDate.of(2010, 1, 1), SOURCE, null);

        assertThatThrownBy(() -> NATIONAL.withParameter(noReason))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NOTICE_DAYS")
                .hasMessageContaining("national default 7")
                .hasMessageContaining("must give a reason (IND-STD)");
    }

    @Test
    @DisplayName("IND-STD: a line for a year with no national line must give a reason, and says there is none")
    void aLineOfAYearWithoutANationalOneNeedsAReason() {
        assertThatThrownBy(() -> NATIONAL.withPovertyLine(Year.of(2021), Yuan.of(4100), SOURCE, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2021 departs from the national default (there is none) and must give a "
                        + "reason (IND-STD)");
    }

    @Test
    @DisplayName("IND-STD: a changed line whose reason is null is rejected")
    void changedLineWithoutAReasonIsRejected() {
        List<PovertyLine> lines = new ArrayList<>(NATIONAL.getPovertyLines());
        lines.removeIf(l -> l.year().equals(Year.of(2019)));
        lines.add(new PovertyLine(Year.of(2019), Yuan.of(4000), SOURCE, null));

        assertThatThrownBy(() -> PolicyParameters.builder().from(NATIONAL).withPovertyLines(lines).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2019")
                .hasMessageContaining("national default 3218.00")
                .hasMessageContaining("(IND-STD)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    @DisplayName("IND-STD: a blank reason is no reason")
    void changedValueWithABlankReasonIsRejected(String reason) {
        assertThatThrownBy(() -> NATIONAL.withParameter(ParameterKey.SHOCK_SHARE_PERCENT, BigDecimal.valueOf(40),
                SOURCE, reason)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IND-STD");
        assertThatThrownBy(() -> NATIONAL.withPovertyLine(Year.of(2019), Yuan.of(4000), SOURCE, reason))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IND-STD");
    }

    @Test
    void withParameterReplacesAllVersionsOfTheKey() {
        PolicyParameters dated = NATIONAL.withParameter(new ParameterValue(ParameterKey.NOTICE_DAYS,
                BigDecimal.valueOf(10), LocalDate.of(2016, 1, 1), SOURCE, "longer notice from 2016"));
        PolicyParameters replaced = dated.withParameter(ParameterKey.NOTICE_DAYS, BigDecimal.valueOf(5), SOURCE,
                "five days throughout");

        assertThat(replaced.getValues()).filteredOn(v -> v.key() == ParameterKey.NOTICE_DAYS)
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.value()).isEqualByComparingTo("5");
                    assertThat(v.since()).isEqualTo(LocalDate.of(2010, 1, 1));
                    assertThat(v.reason()).isEqualTo("five days throughout");
                });
        assertThat(replaced.forYear(Year.of(2010)).intValue(ParameterKey.NOTICE_DAYS)).isEqualTo(5);
        assertThat(replaced.forYear(Year.of(2020)).intValue(ParameterKey.NOTICE_DAYS)).isEqualTo(5);
    }

    @Test
    void datedValueReplacesOnlyTheValueOfTheSameDate() {
        ParameterValue from2016 = new ParameterValue(ParameterKey.NOTICE_DAYS, BigDecimal.valueOf(10),
                LocalDate.of(2016, 1, 1), SOURCE, "longer notice from 2016");
        PolicyParameters twice = NATIONAL.withParameter(from2016).withParameter(new ParameterValue(
                ParameterKey.NOTICE_DAYS, BigDecimal.valueOf(9), LocalDate.of(2016, 1, 1), SOURCE, "nine days"));

        assertThat(twice.getValues()).filteredOn(v -> v.key() == ParameterKey.NOTICE_DAYS)
                .extracting(ParameterValue::value)
                .containsExactly(new BigDecimal("7"), BigDecimal.valueOf(9));
    }

    @Test
    @DisplayName("a value since 2019-07-01 applies to income year 2019 (as of 31 December) but not 2018")
    void valueFromMidYearAppliesToThatIncomeYearButNotTheYearBefore() {
        PolicyParameters p = NATIONAL.withParameter(new ParameterValue(ParameterKey.NOTICE_DAYS,
                BigDecimal.valueOf(5), LocalDate.of(2019, 7, 1), "county notice", "shorter notice"));

        assertThat(p.forYear(Year.of(2018)).intValue(ParameterKey.NOTICE_DAYS)).isEqualTo(7);
        assertThat(p.forYear(Year.of(2019)).intValue(ParameterKey.NOTICE_DAYS)).isEqualTo(5);
        assertThat(p.forYear(Year.of(2019)).source(ParameterKey.NOTICE_DAYS)).isEqualTo("county notice");
        assertThat(p.forYear(Year.of(2020)).intValue(ParameterKey.NOTICE_DAYS)).isEqualTo(5);
    }

    @Test
    @DisplayName("a value since 31 December applies to that income year; since 1 January only to the next")
    void valuesAreResolvedAsOf31DecemberToTheDay() {
        PolicyParameters lastDay = NATIONAL.withParameter(new ParameterValue(ParameterKey.NOTICE_DAYS,
                BigDecimal.valueOf(5), LocalDate.of(2019, 12, 31), SOURCE, "shorter notice"));
        PolicyParameters nextDay = NATIONAL.withParameter(new ParameterValue(ParameterKey.NOTICE_DAYS,
                BigDecimal.valueOf(5), LocalDate.of(2020, 1, 1), SOURCE, "shorter notice"));

        assertThat(lastDay.forYear(Year.of(2019)).intValue(ParameterKey.NOTICE_DAYS)).isEqualTo(5);
        assertThat(nextDay.forYear(Year.of(2019)).intValue(ParameterKey.NOTICE_DAYS)).isEqualTo(7);
        assertThat(nextDay.forYear(Year.of(2020)).intValue(ParameterKey.NOTICE_DAYS)).isEqualTo(5);
    }

    @Test
    void theLatestValueInForceWinsWhateverTheOrderOfTheList() {
        List<ParameterValue> values = new ArrayList<>(NATIONAL.getValues());
        values.add(0, new ParameterValue(ParameterKey.NOTICE_DAYS, BigDecimal.valueOf(5), LocalDate.of(2018, 1, 1),
                SOURCE, "from 2018"));
        values.add(0, new ParameterValue(ParameterKey.NOTICE_DAYS, BigDecimal.valueOf(6), LocalDate.of(2015, 1, 1),
                SOURCE, "from 2015"));
        PolicyParameters p = PolicyParameters.builder().from(NATIONAL).withValues(values).build();

        assertThat(p.forYear(Year.of(2014)).intValue(ParameterKey.NOTICE_DAYS)).isEqualTo(7);
        assertThat(p.forYear(Year.of(2015)).intValue(ParameterKey.NOTICE_DAYS)).isEqualTo(6);
        assertThat(p.forYear(Year.of(2017)).intValue(ParameterKey.NOTICE_DAYS)).isEqualTo(6);
        assertThat(p.forYear(Year.of(2018)).intValue(ParameterKey.NOTICE_DAYS)).isEqualTo(5);
    }

    @Test
    void parameterWithNoValueInForceInTheYearIsMissingNotGuessed() {
        List<ParameterValue> values = new ArrayList<>(NATIONAL.getValues());
        values.removeIf(v -> v.key() == ParameterKey.NOTICE_DAYS);
        values.add(new ParameterValue(ParameterKey.NOTICE_DAYS, BigDecimal.valueOf(7), LocalDate.of(2015, 1, 1),
                SOURCE, null));
        PolicyParameters late = PolicyParameters.builder().from(NATIONAL).withValues(values).build();

        assertThatThrownBy(() -> late.forYear(Year.of(2014)))
                .isInstanceOf(MissingParameterException.class)
                .hasMessage("parameter set 'national' has no value of NOTICE_DAYS in force on 2014-12-31; it is in force "
                        + "from 2015-01-01");
        assertThatThrownBy(() -> NATIONAL.withPovertyLine(Year.of(2009), Yuan.of(2000), SOURCE, "a year before")
                .forYear(Year.of(2009))).isInstanceOf(MissingParameterException.class)
                .hasMessageStartingWith("parameter set 'national' has no value of ")
                .hasMessageContaining(" other parameters in force on 2009-12-31; all of them are in force from "
                        + "2010-01-01");
        assertThat(late.forYear(Year.of(2015)).intValue(ParameterKey.NOTICE_DAYS)).isEqualTo(7);
    }

    @Test
    void setWithoutAValueForEveryKeyIsRejected() {
        List<ParameterValue> values = new ArrayList<>(NATIONAL.getValues());
        values.removeIf(v -> v.key() == ParameterKey.NOTICE_DAYS);

        assertThatThrownBy(() -> PolicyParameters.builder().from(NATIONAL).withValues(values).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no value for [NOTICE_DAYS]");
    }

    @Test
    void twoValuesOfOneKeyFromTheSameDayAreRejected() {
        ParameterValue again = new ParameterValue(ParameterKey.NOTICE_DAYS, BigDecimal.valueOf(7),
                LocalDate.of(2010, 1, 1), SOURCE, null);

        assertThatThrownBy(() -> PolicyParameters.builder().from(NATIONAL).addValues(again).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two values of NOTICE_DAYS from 2010-01-01");
    }

    @Test
    void twoLinesForOneYearAreRejected() {
        PovertyLine again = new PovertyLine(Year.of(2019), Yuan.of(3218), SOURCE, null);

        assertThatThrownBy(() -> PolicyParameters.builder().from(NATIONAL).addPovertyLines(again).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two lines for 2019");
    }

    @Test
    void twoRegionalLinesOfOneAreaAndYearAreRejected() {
        RegionalLine first = new RegionalLine(52, Year.of(2019), Yuan.of(3500), SOURCE, REASON);
        RegionalLine second = new RegionalLine(52, Year.of(2019), Yuan.of(3600), SOURCE, REASON);

        assertThatThrownBy(() -> PolicyParameters.builder().from(NATIONAL).addRegionalLines(first, second).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two values of 52 for 2019");
    }

    @Test
    @DisplayName("MON-1: two regional monitoring thresholds of one area and year are refused, as two lines are")
    void twoRegionalMonitoringThresholdsOfOneAreaAndYearAreRejected() {
        RegionalLine first = new RegionalLine(5227, Year.of(2019), Yuan.of(6000), SOURCE, REASON);
        RegionalLine second = new RegionalLine(5227, Year.of(2019), Yuan.of(6500), SOURCE, REASON);

        assertThatThrownBy(() -> PolicyParameters.builder().from(NATIONAL)
                .addRegionalMonitoringThresholds(first, second).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regionalMonitoringThresholds[1]: two values of 5227 for 2019");
    }

    @Test
    @DisplayName("MON-1: a national threshold equal to the line is kept; one fen below it is refused")
    void aMonitoringThresholdBelowTheLineIsRefused() {
        PovertyLine atLine = new PovertyLine(Year.of(2019), Yuan.of(3218), SOURCE, REASON);
        assertThat(PolicyParameters.builder().from(NATIONAL).addMonitoringThresholds(atLine).build()
                .forYear(Year.of(2019)).exactMonitoringThreshold(CountyCode.parse("621126")))
                .isEqualByComparingTo("3218.00");
        PovertyLine below = new PovertyLine(Year.of(2019), Yuan.parse("3217.99"), SOURCE, REASON);
        assertThatThrownBy(() -> PolicyParameters.builder().from(NATIONAL).addMonitoringThresholds(below).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("monitoringThresholds[0].amount: the monitoring threshold 3217.99 for 2019 is "
                        + "below the line 3218.00 in force in the country, where a poor household would not be "
                        + "monitored (MON-1)");
    }

    @Test
    @DisplayName("MON-1: a regional threshold is checked against every line in force in its area, a city's too")
    void aRegionalMonitoringThresholdBelowALineInItsAreaIsRefused() {
        RegionalLine cityLine = new RegionalLine(5227, Year.of(2019), Yuan.of(3600), SOURCE, REASON);
        RegionalLine provinceThreshold = new RegionalLine(52, Year.of(2019), Yuan.of(3400), SOURCE, REASON);
        // Above the national line, so the province keeps it; but the city's line is higher.
        assertThatThrownBy(() -> PolicyParameters.builder().from(NATIONAL).addRegionalLines(cityLine)
                .addRegionalMonitoringThresholds(provinceThreshold).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regionalMonitoringThresholds[0].amount: the monitoring threshold 3400.00 for "
                        + "2019 is below the line 3600.00 in force in 5227");
        // The city's own threshold, at its line, is what applies there: the set is kept.
        RegionalLine cityThreshold = new RegionalLine(5227, Year.of(2019), Yuan.of(3600), SOURCE, REASON);
        PolicyParameters kept = PolicyParameters.builder().from(NATIONAL).addRegionalLines(cityLine)
                .addRegionalMonitoringThresholds(provinceThreshold, cityThreshold).build();
        assertThat(kept.forYear(Year.of(2019)).exactMonitoringThreshold(CountyCode.parse("522727")))
                .isEqualByComparingTo("3600.00");
        // A year's national threshold below a province's line is refused where that line is in force.
        PovertyLine national = new PovertyLine(Year.of(2019), Yuan.of(3500), SOURCE, REASON);
        RegionalLine provinceLine = new RegionalLine(52, Year.of(2019), Yuan.of(3501), SOURCE, REASON);
        assertThatThrownBy(() -> PolicyParameters.builder().from(NATIONAL).addRegionalLines(provinceLine)
                .addMonitoringThresholds(national).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("monitoringThresholds[0].amount: the monitoring threshold 3500.00 for 2019 is "
                        + "below the line 3501.00 in force in 52");
    }

    @Test
    @DisplayName("MON-1 and ID-STD: a threshold below the line is reported beside a regional line below the national")
    void aThresholdBelowTheLineIsReportedBesideOtherProblems() {
        RegionalLine low = new RegionalLine(52, Year.of(2019), Yuan.of(3000), SOURCE, REASON);
        PovertyLine threshold = new PovertyLine(Year.of(2019), Yuan.of(3000), SOURCE, REASON);
        assertThatThrownBy(() -> PolicyParameters.builder().from(NATIONAL).addRegionalLines(low)
                .addMonitoringThresholds(threshold).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regionalLines[0].amount: the line of 52 for 2019 is below the national line")
                .hasMessageContaining("monitoringThresholds[0].amount: the monitoring threshold 3000.00 for 2019 is "
                        + "below the line 3218.00 in force in the country");
    }

    @Test
    @DisplayName("MON-1: a multiple of the line of one is kept; below one, a threshold below the line, is refused")
    void aMonitoringMultipleBelowOneIsRefused() {
        assertThat(NATIONAL.withParameter(ParameterKey.MONITORING_LINE_MULTIPLE, BigDecimal.ONE, SOURCE, REASON)
                .forYear(Year.of(2019)).exactMonitoringThreshold(CountyCode.parse("621126")))
                .isEqualByComparingTo("3218.00");
        assertThatThrownBy(() -> NATIONAL.withParameter(ParameterKey.MONITORING_LINE_MULTIPLE,
                new BigDecimal("0.99"), SOURCE, REASON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MONITORING_LINE_MULTIPLE 0.99 from 2010-01-01 must be from 1 to 100");
    }

    @Test
    void withRegionalLineReplacesTheLineOfTheSameAreaAndYear() {
        PolicyParameters p = NATIONAL
                .withRegionalLine(new RegionalLine(52, Year.of(2019), Yuan.of(3500), SOURCE, REASON))
                .withRegionalLine(new RegionalLine(52, Year.of(2019), Yuan.of(3600), SOURCE, REASON))
                .withRegionalLine(new RegionalLine(52, Year.of(2018), Yuan.of(3300), SOURCE, REASON));

        assertThat(p.getRegionalLines()).extracting(RegionalLine::amount)
                .containsExactly(Yuan.of(3600), Yuan.of(3300));
    }

    @Test
    void blankNameOrVersionIsRejected() {
        assertThatThrownBy(() -> PolicyParameters.builder().from(NATIONAL).withName(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name: must not be blank");
        assertThatThrownBy(() -> PolicyParameters.builder().from(NATIONAL).withVersion("").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version: must not be blank");
    }

    @Test
    @DisplayName("a name or version that output could not print as it is, is refused, and the refused name is not echoed")
    void aNameOrVersionThatMayNotBePrintedIsRejected() {
        assertThatThrownBy(() -> PolicyParameters.builder().from(NATIONAL).withName("guizhou\u0007").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid parameter set '?': name: " + PlainText.PROBLEM);
        assertThatThrownBy(() -> PolicyParameters.builder().from(NATIONAL).withVersion("2019\n").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid parameter set 'national': version: " + PlainText.PROBLEM);
    }

    @Test
    void copiesLeaveTheOriginalUnchanged() {
        PolicyParameters before = PolicyParameters.builder().from(NATIONAL).build();

        PolicyParameters changed = NATIONAL
                .withPovertyLine(Year.of(2019), Yuan.of(4000), SOURCE, REASON)
                .withParameter(ParameterKey.NOTICE_DAYS, BigDecimal.valueOf(5), SOURCE, REASON)
                .withRegionalLine(new RegionalLine(52, Year.of(2019), Yuan.of(4500), SOURCE, REASON));

        assertThat(changed).isNotEqualTo(NATIONAL);
        assertThat(NATIONAL).isEqualTo(before);
        assertThat(NATIONAL.deviations()).isEmpty();
        assertThat(NATIONAL.forYear(Year.of(2019)).nationalLine().amount()).isEqualTo(Yuan.of(3218));
        assertThat(NATIONAL.forYear(Year.of(2019)).intValue(ParameterKey.NOTICE_DAYS)).isEqualTo(7);
        assertThat(NATIONAL.getRegionalLines()).isEmpty();
        assertThat(PolicyParameters.national()).isSameAs(NATIONAL);
    }

    @Test
    void toStringNamesTheSetItsYearsAndItsDeviationCount() {
        assertThat(NATIONAL).hasToString("PolicyParameters{national 2021.2, lines [2010, 2011, 2012, 2013, 2014, "
                + "2015, 2016, 2017, 2018, 2019, 2020], deviations 0}");
        assertThat(NATIONAL.withPovertyLine(Year.of(2019), Yuan.of(4000), SOURCE, REASON).toString())
                .endsWith("deviations 1}");
    }
}

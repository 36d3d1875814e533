package io.github.jingzhun.parameter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.decision.Source;
import io.github.jingzhun.money.Yuan;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NationalParametersTest {

    /** The published defaults, key by key. */
    private static final Map<ParameterKey, String> POLICY_TABLE = new EnumMap<>(ParameterKey.class);

    static {
        POLICY_TABLE.put(ParameterKey.EDUCATION_AGE_MIN, "6");
        POLICY_TABLE.put(ParameterKey.EDUCATION_AGE_MAX, "15");
        POLICY_TABLE.put(ParameterKey.EDUCATION_REFERENCE_MONTH, "9");
        POLICY_TABLE.put(ParameterKey.EDUCATION_REFERENCE_DAY, "1");
        POLICY_TABLE.put(ParameterKey.WATER_LITRES_MIN, "60");
        POLICY_TABLE.put(ParameterKey.WATER_LITRES_MIN_SCARCE, "40");
        POLICY_TABLE.put(ParameterKey.WATER_ROUND_TRIP_MINUTES_MAX, "20");
        POLICY_TABLE.put(ParameterKey.WATER_GUARANTEE_PERCENT_MIN, "95");
        POLICY_TABLE.put(ParameterKey.WATER_GUARANTEE_PERCENT_MIN_SCARCE, "90");
        POLICY_TABLE.put(ParameterKey.NOTICE_DAYS, "7");
        POLICY_TABLE.put(ParameterKey.EXIT_INCIDENCE_PERCENT_MAX, "2");
        POLICY_TABLE.put(ParameterKey.EXIT_INCIDENCE_PERCENT_MAX_WEST, "3");
        POLICY_TABLE.put(ParameterKey.WRONG_EXIT_PERCENT_MAX, "2");
        POLICY_TABLE.put(ParameterKey.MISSED_IDENTIFICATION_PERCENT_MAX, "2");
        POLICY_TABLE.put(ParameterKey.RECOGNITION_PERCENT_MIN, "90");
        POLICY_TABLE.put(ParameterKey.COUNTY_TRANSITION_YEARS, "5");
        POLICY_TABLE.put(ParameterKey.NATIONAL_TRANSITION_END_YEAR, "2025");
        POLICY_TABLE.put(ParameterKey.MONITORING_LINE_MULTIPLE, "1.5");
        POLICY_TABLE.put(ParameterKey.MONITORING_NOTICE_DAYS, "5");
        POLICY_TABLE.put(ParameterKey.SHOCK_SHARE_PERCENT, "50");
        POLICY_TABLE.put(ParameterKey.INCOME_FALL_PERCENT, "30");
        POLICY_TABLE.put(ParameterKey.RISK_STABLE_MONTHS, "6");
        POLICY_TABLE.put(ParameterKey.RISK_MONITORED_MONTHS, "6");
        POLICY_TABLE.put(ParameterKey.MICROCREDIT_MAX_YUAN, "50000");
        POLICY_TABLE.put(ParameterKey.MICROCREDIT_MAX_YEARS, "3");
        POLICY_TABLE.put(ParameterKey.MICROCREDIT_AGE_MIN, "18");
        POLICY_TABLE.put(ParameterKey.MICROCREDIT_AGE_MAX, "65");
        POLICY_TABLE.put(ParameterKey.CADRE_MAX_HOUSEHOLDS, "30");
        POLICY_TABLE.put(ParameterKey.INCOME_JUMP_MULTIPLE, "3");
        POLICY_TABLE.put(ParameterKey.POOR_VILLAGE_INCIDENCE_MULTIPLE, "2");
        POLICY_TABLE.put(ParameterKey.POOR_VILLAGE_INCOME_PERCENT, "60");
        POLICY_TABLE.put(ParameterKey.AUDIT_INCOME_CEILING_YUAN, "100000");
        POLICY_TABLE.put(ParameterKey.WORKING_AGE_MIN, "16");
        POLICY_TABLE.put(ParameterKey.WORKING_AGE_MAX, "65");
        POLICY_TABLE.put(ParameterKey.HEALTHY_LOST_AGE_MAX, "60");
        POLICY_TABLE.put(ParameterKey.EXCLUDE_PUBLIC_EMPLOYEE, "1");
        POLICY_TABLE.put(ParameterKey.EXCLUDE_PRIVATE_CAR, "1");
        POLICY_TABLE.put(ParameterKey.EXCLUDE_TOWN_COMMERCIAL_HOUSING, "1");
        POLICY_TABLE.put(ParameterKey.EXCLUDE_REGISTERED_ENTERPRISE, "1");
        POLICY_TABLE.put(ParameterKey.EDUCATION_COSTS_SHARE_PERCENT, "50"); // the MON-3 share
        POLICY_TABLE.put(ParameterKey.LAST_NEW_REGISTRATION_YEAR, "2020"); // AUD-10
    }

    static Stream<Arguments> policyTable() {
        return POLICY_TABLE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void theTableBelowCoversEveryKey() {
        assertThat(POLICY_TABLE.keySet()).isEqualTo(EnumSet.allOf(ParameterKey.class));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("policyTable")
    @DisplayName("every scalar default has the published value in every income year, sourced and dated")
    void everyDefaultIsThePublishedValueInEveryYear(ParameterKey key, String expected) {
        for (int year = 2010; year <= 2020; year++) {
            assertThat(NationalParameters.value(key, LocalDate.of(year, 12, 31))).isEqualByComparingTo(expected);
        }
        assertThat(NationalParameters.VALUES).filteredOn(v -> v.key() == key).isNotEmpty().allSatisfy(v -> {
            assertThat(v.reason()).isNull();
            assertThat(Source.cited(v.source())).as(v.source()).isNotEmpty();
            assertThat(v.source()).matches(Source.cited(v.source()).get(0).key() + "[ ,].+");
        });
        assertThat(NationalParameters.VALUES).filteredOn(v -> v.key() == key)
                .anySatisfy(v -> assertThat(v.since()).isBeforeOrEqualTo(NationalParameters.BASELINE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    @DisplayName("a value takes effect when its source did; a value earlier than its source says it is a reading")
    void aValueTakesEffectWhenItsSourceDid(ParameterValue value) {
        Source source = Source.cited(value.source()).get(0);
        String date = source.date();
        if (date == null) {
            assertThat(value.since()).isEqualTo(NationalParameters.BASELINE);
            assertThat(source).isIn(Source.PRACTICE, Source.JINGZHUN);
            return;
        }
        LocalDate issued = date.length() == 4 ? LocalDate.of(Integer.parseInt(date), 1, 1)
                : date.length() == 7 ? LocalDate.parse(date + "-01") : LocalDate.parse(date);
        if (value.since().isBefore(issued)) {
            assertThat(value.since()).isEqualTo(NationalParameters.BASELINE);
            assertThat(value.source()).isEqualTo(source.key()
                    + " applied to income years before it took effect (Jingzhun's reading)");
        } else {
            assertThat(value.source()).doesNotContain("applied to income years before");
        }
    }

    static Stream<ParameterValue> values() {
        return NationalParameters.VALUES.stream();
    }

    @Test
    @DisplayName("a value of a 2020 document does not silently apply to 2019: 2019 reads the earlier value")
    void aLaterDocumentDoesNotSilentlyApplyToEarlierYears() {
        PolicyParameters national = PolicyParameters.national();
        assertThat(national.inForce(ParameterKey.MONITORING_LINE_MULTIPLE, LocalDate.of(2019, 12, 31)).source())
                .isEqualTo("MON2020 applied to income years before it took effect (Jingzhun's reading)");
        assertThat(national.inForce(ParameterKey.MONITORING_LINE_MULTIPLE, LocalDate.of(2020, 3, 19)).since())
                .isEqualTo(NationalParameters.BASELINE);
        assertThat(national.inForce(ParameterKey.MONITORING_LINE_MULTIPLE, LocalDate.of(2020, 3, 20)).source())
                .startsWith("MON2020, monitoring range");
        assertThat(national.inForce(ParameterKey.WATER_LITRES_MIN, LocalDate.of(2017, 12, 31)).source())
                .startsWith("WATER2004, ");
        assertThat(national.inForce(ParameterKey.WATER_LITRES_MIN, LocalDate.of(2018, 12, 31)).source())
                .startsWith("WATER2018, ");
        assertThat(national.inForce(ParameterKey.EDUCATION_AGE_MAX, LocalDate.of(2010, 12, 31)).since())
                .isEqualTo(LocalDate.of(2006, 9, 1));
    }

    @Test
    @DisplayName("the national set assesses every income year from 2010 to 2020")
    void everyIncomeYearResolves() {
        for (int year = 2010; year <= 2020; year++) {
            YearParameters parameters = PolicyParameters.national().forYear(Year.of(year));
            assertThat(parameters.year()).isEqualTo(Year.of(year));
        }
    }

    @Test
    @DisplayName("the national value of a date before every value is the first value")
    void beforeTheFirstValueTheFirstValueIsTheNationalOne() {
        assertThat(NationalParameters.value(ParameterKey.WATER_LITRES_MIN, LocalDate.of(2000, 1, 1)))
                .isEqualByComparingTo("60");
    }

    @Test
    @DisplayName("the defaults start at 1 January 2010, the first income year")
    void baselineIsTheFirstDayOfTheFirstIncomeYear() {
        assertThat(NationalParameters.BASELINE).isEqualTo(LocalDate.of(2010, 1, 1));
    }

    @Test
    @DisplayName("ID-H-2: every exclusion is switched on by default, as practice")
    void exclusionsAreOnByDefault() {
        assertThat(NationalParameters.VALUES).filteredOn(v -> v.key().name().startsWith("EXCLUDE_"))
                .hasSize(4)
                .allSatisfy(v -> assertThat(v.source()).startsWith("PRACTICE, "));
    }

    @Test
    void everyLineCitesItsSource() {
        assertThat(NationalParameters.LINES).allSatisfy(l -> assertThat(Source.cited(l.source())).isNotEmpty()
                .first().satisfies(s -> assertThat(l.source()).startsWith(s.key() + ", ")));
    }

    @Test
    void lineOfAYearIsTheTableLineOrNull() {
        assertThat(NationalParameters.lineOf(Year.of(2019))).isNotNull()
                .extracting(PovertyLine::amount).isEqualTo(Yuan.of(3218));
        assertThat(NationalParameters.lineOf(Year.of(2009))).isNull();
        assertThat(NationalParameters.lineOf(Year.of(2021))).isNull();
    }

    @Test
    void nationalLinesCarryNoReasonBecauseTheyAreTheStandard() {
        assertThat(NationalParameters.LINES).allSatisfy(l -> assertThat(l.reason()).isNull());
    }

    @Test
    void theNationalSetIsTheOnePublished() {
        assertThat(NationalParameters.SET).isSameAs(PolicyParameters.national());
        assertThat(NationalParameters.SET.getVersion()).isNotBlank();
    }
}

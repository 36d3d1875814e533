package io.github.jingzhun.parameter;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** POLICY.md §2a and §5, key by key. */
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
    @DisplayName("§2a: every scalar default is the policy's, with a source, in force from the baseline")
    void everyDefaultIsThePolicyTableValue(ParameterKey key, String expected) {
        assertThat(NationalParameters.value(key)).isEqualByComparingTo(expected);
        assertThat(NationalParameters.VALUES).filteredOn(v -> v.key() == key).singleElement().satisfies(v -> {
            assertThat(v.source()).isNotBlank();
            assertThat(v.reason()).isNull();
            assertThat(v.since()).isEqualTo(NationalParameters.BASELINE);
        });
    }

    @Test
    @DisplayName("§2a: the defaults are in force from 1 January 2010, the first income year")
    void baselineIsTheFirstDayOfTheFirstIncomeYear() {
        assertThat(NationalParameters.BASELINE).isEqualTo(LocalDate.of(2010, 1, 1));
    }

    @Test
    @DisplayName("ID-H-2: every exclusion is switched on by default [practice]")
    void exclusionsAreOnByDefault() {
        assertThat(NationalParameters.VALUES).filteredOn(v -> v.key().name().startsWith("EXCLUDE_"))
                .hasSize(4)
                .allSatisfy(v -> assertThat(v.source()).contains("[practice]"));
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

package io.github.jingzhun.parameter;

import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The national defaults of POLICY.md §2a, as data with a source per value. */
final class NationalParameters {

    /**
     * The first day of the defaults: the 2011–2020 programme measured income from 2010 at 2010 prices; later
     * documents ([X2019], [WATER2018], [MON2020]) restated these standards for the whole programme.
     */
    static final LocalDate BASELINE = LocalDate.of(2010, 1, 1);

    private static final String NBS = "National Bureau of Statistics rural poverty monitoring, current-price line";
    private static final String WEAK = "weaker source: reported current-price line, not confirmed in an NBS table";

    static final List<PovertyLine> LINES = List.of(
            line(2010, 2300, "[W2021] 2,300 yuan per person per year at 2010 prices"),
            line(2011, 2536, NBS),
            line(2012, 2625, NBS),
            line(2013, 2736, NBS),
            line(2014, 2800, NBS),
            line(2015, 2855, NBS),
            line(2016, 2952, NBS),
            line(2017, 2952, WEAK),
            line(2018, 2995, WEAK),
            line(2019, 3218, WEAK),
            line(2020, 4000, "[W2021] about 4,000 yuan at 2020 prices"));

    static final List<ParameterValue> VALUES = List.of(
            value(ParameterKey.EDUCATION_AGE_MIN, "6", "Compulsory Education Law: ages 6 to 15"),
            value(ParameterKey.EDUCATION_AGE_MAX, "15", "Compulsory Education Law: ages 6 to 15"),
            value(ParameterKey.EDUCATION_REFERENCE_MONTH, "9", "school year starts on 1 September"),
            value(ParameterKey.EDUCATION_REFERENCE_DAY, "1", "school year starts on 1 September"),
            value(ParameterKey.WATER_LITRES_MIN, "60", "[WATER2018]"),
            value(ParameterKey.WATER_LITRES_MIN_SCARCE, "40", "[WATER2018] water-scarce areas"),
            value(ParameterKey.WATER_ROUND_TRIP_MINUTES_MAX, "20", "[WATER2018]"),
            value(ParameterKey.WATER_GUARANTEE_PERCENT_MIN, "95", "[WATER2018]"),
            value(ParameterKey.WATER_GUARANTEE_PERCENT_MIN_SCARCE, "90", "[WATER2018] water-scarce areas"),
            value(ParameterKey.NOTICE_DAYS, "7", "[EXIT2016] two notices, one announcement; notice of 7 days"),
            value(ParameterKey.EXIT_INCIDENCE_PERCENT_MAX, "2", "[EXIT2016]"),
            value(ParameterKey.EXIT_INCIDENCE_PERCENT_MAX_WEST, "3", "[EXIT2016] western region"),
            value(ParameterKey.WRONG_EXIT_PERCENT_MAX, "2", "[EXIT2016] third-party evaluation"),
            value(ParameterKey.MISSED_IDENTIFICATION_PERCENT_MAX, "2", "[EXIT2016] third-party evaluation"),
            value(ParameterKey.RECOGNITION_PERCENT_MIN, "90", "[EXIT2016] third-party evaluation"),
            value(ParameterKey.COUNTY_TRANSITION_YEARS, "5", "[W2021] five-year transition, four no-removals"),
            value(ParameterKey.NATIONAL_TRANSITION_END_YEAR, "2025", "[W2021] transition period to 2025"),
            value(ParameterKey.MONITORING_LINE_MULTIPLE, "1.5", "[MON2020] local practice: 1.5 times the line"),
            value(ParameterKey.MONITORING_NOTICE_DAYS, "5", "[MON2020]"),
            value(ParameterKey.SHOCK_SHARE_PERCENT, "50", "[MON2020] rigid spending above half of net income"),
            value(ParameterKey.INCOME_FALL_PERCENT, "30", "[practice] fall of per-capita income"),
            value(ParameterKey.RISK_STABLE_MONTHS, "6", "[MON2020] risk elimination"),
            value(ParameterKey.RISK_MONITORED_MONTHS, "6", "[MON2020] risk elimination"),
            value(ParameterKey.MICROCREDIT_MAX_YUAN, "50000", "[practice] national poverty microcredit policy"),
            value(ParameterKey.MICROCREDIT_MAX_YEARS, "3", "[practice] national poverty microcredit policy"),
            value(ParameterKey.MICROCREDIT_AGE_MIN, "18", "[practice] national poverty microcredit policy"),
            value(ParameterKey.MICROCREDIT_AGE_MAX, "65", "[practice] national poverty microcredit policy"),
            value(ParameterKey.CADRE_MAX_HOUSEHOLDS, "30", "[practice]"),
            value(ParameterKey.INCOME_JUMP_MULTIPLE, "3", "[X2017] no reduction in figures only"),
            value(ParameterKey.POOR_VILLAGE_INCIDENCE_MULTIPLE, "2", "[W2021] practice 一高一低一无"),
            value(ParameterKey.POOR_VILLAGE_INCOME_PERCENT, "60", "[W2021] practice 一高一低一无"),
            value(ParameterKey.AUDIT_INCOME_CEILING_YUAN, "100000", "POLICY.md AUD-6 registry consistency check"),
            value(ParameterKey.WORKING_AGE_MIN, "16", "POLICY.md AUD-6 registry consistency check"),
            value(ParameterKey.WORKING_AGE_MAX, "65", "POLICY.md AUD-6 registry consistency check"),
            value(ParameterKey.HEALTHY_LOST_AGE_MAX, "60", "POLICY.md AUD-6 registry consistency check"),
            value(ParameterKey.EXCLUDE_PUBLIC_EMPLOYEE, "1", "[practice] exclusion, on by default"),
            value(ParameterKey.EXCLUDE_PRIVATE_CAR, "1", "[practice] exclusion, on by default"),
            value(ParameterKey.EXCLUDE_TOWN_COMMERCIAL_HOUSING, "1", "[practice] exclusion, on by default"),
            value(ParameterKey.EXCLUDE_REGISTERED_ENTERPRISE, "1", "[practice] exclusion, on by default"),
            value(ParameterKey.EDUCATION_COSTS_SHARE_PERCENT, "50",
                    "[MON2020] the rigid-spending share of net income, applied to education costs"),
            value(ParameterKey.LAST_NEW_REGISTRATION_YEAR, "2020",
                    "[W2021] the registry of the campaign to end absolute poverty by 2020; from 2021 households at "
                            + "risk are monitored [MON2020]"));

    static final PolicyParameters SET = PolicyParameters.builder()
            .withName("national")
            .withVersion("2021.1")
            .withValues(VALUES)
            .withPovertyLines(LINES)
            .build();

    private NationalParameters() {}

    private static PovertyLine line(int year, long yuan, String source) {
        return new PovertyLine(Year.of(year), Yuan.of(yuan), source, null);
    }

    private static ParameterValue value(ParameterKey key, String value, String source) {
        return new ParameterValue(key, new BigDecimal(value), BASELINE, source, null);
    }

    static BigDecimal value(ParameterKey key) {
        for (ParameterValue value : VALUES) {
            if (value.key() == key) {
                return value.value();
            }
        }
        throw new IllegalStateException("no national default for " + key);
    }

    static @Nullable PovertyLine lineOf(Year year) {
        for (PovertyLine line : LINES) {
            if (line.year().equals(year)) {
                return line;
            }
        }
        return null;
    }
}

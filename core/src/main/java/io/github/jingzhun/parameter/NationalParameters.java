package io.github.jingzhun.parameter;

import io.github.jingzhun.decision.Source;
import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The national defaults as data: every value with the date it took effect and a citation of its source by key
 * ({@link Source}).
 *
 * <p>A value's {@code since} is the day its source took effect; where the source is dated to a month or a year
 * only, the first day of that month or year. Values are resolved on 31 December of the income year, so the day
 * within a year never changes a decision. Where a value's source took effect after {@link #BASELINE}, the set also
 * holds the same value from the baseline, cited as that source "applied to income years before it took effect":
 * Jingzhun's reading is that the programme's income years 2010 to 2020 are all assessed by the standard the later
 * document set, which mostly codified what was already practice, rather than left without a value. A province or
 * researcher who knows an earlier value gives it in their own parameter set.
 */
final class NationalParameters {

    /** The first day of the first income year of the programme, 2010, whose line is 2,300 yuan at 2010 prices. */
    static final LocalDate BASELINE = LocalDate.of(2010, 1, 1);

    private static final String NBS = "NBS, the 2010 line at the prices of the year";
    private static final String REPORTED = "NBS, the 2010 line at the prices of the year, as reported; not confirmed "
            + "in a published NBS table (a weaker source)";

    static final List<PovertyLine> LINES = List.of(
            line(2010, 2300, "W2021, 2,300 yuan per person per year at 2010 prices"),
            line(2011, 2536, NBS),
            line(2012, 2625, NBS),
            line(2013, 2736, NBS),
            line(2014, 2800, NBS),
            line(2015, 2855, NBS),
            line(2016, 2952, NBS),
            line(2017, 2952, REPORTED),
            line(2018, 2995, REPORTED),
            line(2019, 3218, REPORTED),
            line(2020, 4000, "W2021, about 4,000 yuan per person per year at 2020 prices"));

    private static final LocalDate EDULAW = LocalDate.of(2006, 9, 1);
    private static final LocalDate WATER2004 = LocalDate.of(2004, 11, 1);
    private static final LocalDate WATER2018 = LocalDate.of(2018, 1, 1);
    private static final LocalDate REG2014 = LocalDate.of(2014, 1, 1);
    private static final LocalDate EXIT2016 = LocalDate.of(2016, 4, 1);
    private static final LocalDate EVAL2017 = LocalDate.of(2017, 10, 1);
    private static final LocalDate MICRO2014 = LocalDate.of(2014, 1, 1);
    private static final LocalDate MICRO2019 = LocalDate.of(2019, 7, 1);
    private static final LocalDate MON2020 = LocalDate.of(2020, 3, 20);
    private static final LocalDate LINK2020 = LocalDate.of(2020, 12, 16);

    static final List<ParameterValue> VALUES = List.of(
            value(ParameterKey.EDUCATION_AGE_MIN, "6", EDULAW,
                    "EDULAW, articles 2 and 11: nine years of compulsory education from the age of six"),
            value(ParameterKey.EDUCATION_AGE_MAX, "15", EDULAW,
                    "EDULAW, articles 2 and 11: nine years of compulsory education from the age of six"),
            value(ParameterKey.EDUCATION_REFERENCE_MONTH, "9", BASELINE,
                    "PRACTICE, school age reckoned at the start of the school year, 1 September"),
            value(ParameterKey.EDUCATION_REFERENCE_DAY, "1", BASELINE,
                    "PRACTICE, school age reckoned at the start of the school year, 1 September"),
            value(ParameterKey.WATER_LITRES_MIN, "60", WATER2004,
                    "WATER2004, criterion of quantity: 40 to 60 litres per person per day by region is safe"),
            value(ParameterKey.WATER_LITRES_MIN, "60", WATER2018, "WATER2018, criterion of water quantity"),
            value(ParameterKey.WATER_LITRES_MIN_SCARCE, "40", WATER2004,
                    "WATER2004, criterion of quantity: 40 litres per person per day is safe in the driest regions"),
            value(ParameterKey.WATER_LITRES_MIN_SCARCE, "40", WATER2018,
                    "WATER2018, criterion of water quantity, water-scarce areas"),
            value(ParameterKey.WATER_ROUND_TRIP_MINUTES_MAX, "20", WATER2004,
                    "WATER2004, criterion of convenience: a round trip of at most 20 minutes is basically safe"),
            value(ParameterKey.WATER_ROUND_TRIP_MINUTES_MAX, "20", WATER2018,
                    "WATER2018, criterion of convenience of water use"),
            value(ParameterKey.WATER_GUARANTEE_PERCENT_MIN, "95", WATER2004,
                    "WATER2004, criterion of supply guarantee: at least 95% is safe"),
            value(ParameterKey.WATER_GUARANTEE_PERCENT_MIN, "95", WATER2018,
                    "WATER2018, criterion of supply guarantee"),
            value(ParameterKey.WATER_GUARANTEE_PERCENT_MIN_SCARCE, "90", WATER2004,
                    "WATER2004, criterion of supply guarantee: at least 90% in severely water-scarce areas"),
            value(ParameterKey.WATER_GUARANTEE_PERCENT_MIN_SCARCE, "90", WATER2018,
                    "WATER2018, criterion of supply guarantee, water-scarce areas"),
            value(ParameterKey.NOTICE_DAYS, "7", BASELINE,
                    "PRACTICE, notices of seven days in the procedures of REG2014 and EXIT2016"),
            earlier(ParameterKey.EXIT_INCIDENCE_PERCENT_MAX, "2", Source.EXIT2016),
            value(ParameterKey.EXIT_INCIDENCE_PERCENT_MAX, "2", EXIT2016,
                    "EXIT2016, exit standards of poor villages and counties: incidence below 2%"),
            earlier(ParameterKey.EXIT_INCIDENCE_PERCENT_MAX_WEST, "3", Source.EXIT2016),
            value(ParameterKey.EXIT_INCIDENCE_PERCENT_MAX_WEST, "3", EXIT2016,
                    "EXIT2016, exit standards of poor villages and counties: below 3% in the western region"),
            earlier(ParameterKey.WRONG_EXIT_PERCENT_MAX, "2", Source.EVAL2017),
            value(ParameterKey.WRONG_EXIT_PERCENT_MAX, "2", EVAL2017,
                    "EVAL2017, indicators of the evaluation: wrong-exit rate below 2%"),
            earlier(ParameterKey.MISSED_IDENTIFICATION_PERCENT_MAX, "2", Source.EVAL2017),
            value(ParameterKey.MISSED_IDENTIFICATION_PERCENT_MAX, "2", EVAL2017,
                    "EVAL2017, indicators of the evaluation: missed-identification rate below 2%"),
            earlier(ParameterKey.RECOGNITION_PERCENT_MIN, "90", Source.EVAL2017),
            value(ParameterKey.RECOGNITION_PERCENT_MIN, "90", EVAL2017,
                    "EVAL2017, indicators of the evaluation: public recognition of at least 90%"),
            earlier(ParameterKey.COUNTY_TRANSITION_YEARS, "5", Source.LINK2020),
            value(ParameterKey.COUNTY_TRANSITION_YEARS, "5", LINK2020,
                    "LINK2020, a transition period of five years, with the four no-removals of X2019"),
            earlier(ParameterKey.NATIONAL_TRANSITION_END_YEAR, "2025", Source.LINK2020),
            value(ParameterKey.NATIONAL_TRANSITION_END_YEAR, "2025", LINK2020,
                    "LINK2020, a transition period of five years after 2020"),
            earlier(ParameterKey.MONITORING_LINE_MULTIPLE, "1.5", Source.MON2020),
            value(ParameterKey.MONITORING_LINE_MULTIPLE, "1.5", MON2020,
                    "MON2020, monitoring range: income below about 1.5 times the national line; MON2021 keeps 1.5 "
                            + "times as the floor"),
            value(ParameterKey.MONITORING_NOTICE_DAYS, "5", BASELINE,
                    "PRACTICE, a notice of five days when a household enters monitoring"),
            value(ParameterKey.SHOCK_SHARE_PERCENT, "50", BASELINE,
                    "PRACTICE, half of net income; MON2020 names rigid spending that clearly exceeds income without "
                            + "a share"),
            value(ParameterKey.INCOME_FALL_PERCENT, "30", BASELINE,
                    "PRACTICE, a fall of 30%; MON2020 names a sharp fall of income without a figure"),
            value(ParameterKey.RISK_STABLE_MONTHS, "6", BASELINE,
                    "PRACTICE, six months, in the risk elimination of MON2020 and MON2021"),
            value(ParameterKey.RISK_MONITORED_MONTHS, "6", BASELINE,
                    "PRACTICE, six months, in the risk elimination of MON2020 and MON2021"),
            earlier(ParameterKey.MICROCREDIT_MAX_YUAN, "50000", Source.MICRO2014),
            value(ParameterKey.MICROCREDIT_MAX_YUAN, "50000", MICRO2014,
                    "MICRO2014, loans of up to 50,000 yuan, without collateral or guarantor"),
            earlier(ParameterKey.MICROCREDIT_MAX_YEARS, "3", Source.MICRO2014),
            value(ParameterKey.MICROCREDIT_MAX_YEARS, "3", MICRO2014, "MICRO2014, loans for up to three years"),
            value(ParameterKey.MICROCREDIT_AGE_MIN, "18", BASELINE, "PRACTICE, adult borrowers"),
            earlier(ParameterKey.MICROCREDIT_AGE_MAX, "65", Source.MICRO2019),
            value(ParameterKey.MICROCREDIT_AGE_MAX, "65", MICRO2019,
                    "MICRO2019, the upper age of borrowers may be relaxed to 65"),
            value(ParameterKey.CADRE_MAX_HOUSEHOLDS, "30", BASELINE,
                    "PRACTICE, at most 30 households paired with one contact cadre"),
            value(ParameterKey.INCOME_JUMP_MULTIPLE, "3", BASELINE,
                    "PRACTICE, a threefold rise as the sign of poverty reduced in figures only, which X2017 forbids"),
            earlier(ParameterKey.POOR_VILLAGE_INCIDENCE_MULTIPLE, "2", Source.REG2014),
            value(ParameterKey.POOR_VILLAGE_INCIDENCE_MULTIPLE, "2", REG2014,
                    "REG2014, poor villages by one high, one low, one none: incidence twice the province's"),
            earlier(ParameterKey.POOR_VILLAGE_INCOME_PERCENT, "60", Source.REG2014),
            value(ParameterKey.POOR_VILLAGE_INCOME_PERCENT, "60", REG2014,
                    "REG2014, poor villages by one high, one low, one none: income below 60% of the province's"),
            value(ParameterKey.AUDIT_INCOME_CEILING_YUAN, "100000", BASELINE,
                    "JINGZHUN, registry consistency check: an implausible per-capita income"),
            value(ParameterKey.WORKING_AGE_MIN, "16", BASELINE, "JINGZHUN, registry consistency check: working age"),
            value(ParameterKey.WORKING_AGE_MAX, "65", BASELINE, "JINGZHUN, registry consistency check: working age"),
            value(ParameterKey.HEALTHY_LOST_AGE_MAX, "60", BASELINE,
                    "JINGZHUN, registry consistency check: a healthy member recorded as having lost labour capacity"),
            value(ParameterKey.EXCLUDE_PUBLIC_EMPLOYEE, "1", BASELINE, "PRACTICE, an exclusion, on by default"),
            value(ParameterKey.EXCLUDE_PRIVATE_CAR, "1", BASELINE, "PRACTICE, an exclusion, on by default"),
            value(ParameterKey.EXCLUDE_TOWN_COMMERCIAL_HOUSING, "1", BASELINE, "PRACTICE, an exclusion, on by default"),
            value(ParameterKey.EXCLUDE_REGISTERED_ENTERPRISE, "1", BASELINE, "PRACTICE, an exclusion, on by default"),
            value(ParameterKey.EDUCATION_COSTS_SHARE_PERCENT, "50", BASELINE,
                    "PRACTICE, half of net income, the share of rigid spending that MON-3 uses, applied to education "
                            + "costs"),
            earlier(ParameterKey.LAST_NEW_REGISTRATION_YEAR, "2020", Source.LINK2020),
            value(ParameterKey.LAST_NEW_REGISTRATION_YEAR, "2020", LINK2020,
                    "LINK2020, absolute poverty ended in 2020; from 2021 households at risk are monitored, not newly "
                            + "registered"));

    static final PolicyParameters SET = PolicyParameters.builder()
            .withName("national")
            .withVersion("2021.2")
            .withValues(VALUES)
            .withPovertyLines(LINES)
            .build();

    private NationalParameters() {}

    private static PovertyLine line(int year, long yuan, String source) {
        return new PovertyLine(Year.of(year), Yuan.of(yuan), source, null);
    }

    private static ParameterValue value(ParameterKey key, String value, LocalDate since, String source) {
        return new ParameterValue(key, new BigDecimal(value), since, source, null);
    }

    /** The value a later source set, applied from the baseline to the income years before that source. */
    private static ParameterValue earlier(ParameterKey key, String value, Source later) {
        return value(key, value, BASELINE, later.key() + " applied to income years before it took effect "
                + "(Jingzhun's reading)");
    }

    /**
     * The national value of a parameter in force on a date; before the first value, the first value.
     *
     * @param key the parameter
     * @param date the date
     * @return the value
     */
    static BigDecimal value(ParameterKey key, LocalDate date) {
        ParameterValue inForce = null;
        ParameterValue first = null;
        for (ParameterValue value : VALUES) {
            if (value.key() != key) {
                continue;
            }
            if (first == null || value.since().isBefore(first.since())) {
                first = value;
            }
            if (!value.since().isAfter(date) && (inForce == null || value.since().isAfter(inForce.since()))) {
                inForce = value;
            }
        }
        if (first == null) {
            throw new IllegalStateException("no national default for " + key);
        }
        return (inForce != null ? inForce : first).value();
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

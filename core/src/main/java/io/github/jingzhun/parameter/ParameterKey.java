package io.github.jingzhun.parameter;

import io.github.jingzhun.decision.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The scalar policy parameters: every threshold a rule compares with, other than the lines and monitoring
 * thresholds given per income year ({@link LineKey}). Each is a number in the unit named; switches are 1 (on) or 0
 * (off). Percentages are in percent (2 means 2%). A parameter set holds dated values of every key.
 *
 * <p>Each key names the rules that read it, so the parameters of a rule are derived from here
 * ({@link #readBy(Rule)}), never listed twice.
 */
public enum ParameterKey {
    /** Youngest compulsory-education age, on the reference day (IND-EDU). */
    EDUCATION_AGE_MIN("years", Rule.IND_EDU),
    /** Oldest compulsory-education age, inclusive, on the reference day (IND-EDU). */
    EDUCATION_AGE_MAX("years", Rule.IND_EDU),
    /** Month of the day on which school age is reckoned (IND-EDU). */
    EDUCATION_REFERENCE_MONTH("month", Rule.IND_EDU),
    /** Day of month on which school age is reckoned (IND-EDU). */
    EDUCATION_REFERENCE_DAY("day", Rule.IND_EDU),
    /** Least water quantity (IND-WATER). */
    WATER_LITRES_MIN("litres per person per day", Rule.IND_WATER),
    /** Least water quantity in water-scarce areas (IND-WATER). */
    WATER_LITRES_MIN_SCARCE("litres per person per day", Rule.IND_WATER),
    /** Longest round trip to fetch water when not piped to the yard (IND-WATER). */
    WATER_ROUND_TRIP_MINUTES_MAX("minutes", Rule.IND_WATER),
    /** Least supply guarantee rate (IND-WATER). */
    WATER_GUARANTEE_PERCENT_MIN("percent", Rule.IND_WATER),
    /** Least supply guarantee rate in water-scarce areas (IND-WATER). */
    WATER_GUARANTEE_PERCENT_MIN_SCARCE("percent", Rule.IND_WATER),
    /** Shortest public notice (PROC-REG, PROC-EXIT, EX-C-3; checked by AUD-7). */
    NOTICE_DAYS("days", Rule.PROC_REG, Rule.PROC_EXIT, Rule.EX_C_3, Rule.AUD_7),
    /** Village and county exit: poverty incidence must be strictly below this (EX-V-1, EX-C-1). */
    EXIT_INCIDENCE_PERCENT_MAX("percent", Rule.EX_V_1, Rule.EX_C_1),
    /** Village and county exit in WEST: poverty incidence must be strictly below this (EX-V-1, EX-C-1). */
    EXIT_INCIDENCE_PERCENT_MAX_WEST("percent", Rule.EX_V_1, Rule.EX_C_1),
    /** County evaluation: wrong-exit rate strictly below this (EX-C-2, ST-4). */
    WRONG_EXIT_PERCENT_MAX("percent", Rule.EX_C_2, Rule.ST_4),
    /** County evaluation: missed-identification rate strictly below this (EX-C-2, ST-4). */
    MISSED_IDENTIFICATION_PERCENT_MAX("percent", Rule.EX_C_2, Rule.ST_4),
    /** County evaluation: public recognition at least this (EX-C-2, ST-4). */
    RECOGNITION_PERCENT_MIN("percent", Rule.EX_C_2, Rule.ST_4),
    /** Years an exited county keeps its support policies (GR-1). */
    COUNTY_TRANSITION_YEARS("years", Rule.GR_1),
    /** Last year of the national transition period (GR-1). */
    NATIONAL_TRANSITION_END_YEAR("year", Rule.GR_1),
    /** Monitoring threshold as a multiple of the poverty line applied (MON-1, and so EX-H-4). */
    MONITORING_LINE_MULTIPLE("multiple of the line", Rule.MON_1, Rule.EX_H_4),
    /** Shortest monitoring notice (PROC-MON). */
    MONITORING_NOTICE_DAYS("days", Rule.PROC_MON, Rule.AUD_7),
    /**
     * Rigid spending above this share of net income is a shock (MON-3); out-of-pocket medical costs or disaster
     * losses above it suggest a cause (ID-H-5).
     */
    SHOCK_SHARE_PERCENT("percent of net income", Rule.MON_3, Rule.ID_H_5),
    /** A fall of per-capita income of at least this is a trigger (MON-3). */
    INCOME_FALL_PERCENT("percent", Rule.MON_3),
    /** Months of stable income before a risk is eliminated (MON-4). */
    RISK_STABLE_MONTHS("months", Rule.MON_4),
    /** Months monitored before a risk is eliminated (MON-4). */
    RISK_MONITORED_MONTHS("months", Rule.MON_4),
    /** Largest microcredit loan (MS-9). */
    MICROCREDIT_MAX_YUAN("yuan", Rule.MS_9),
    /** Longest microcredit term (MS-9). */
    MICROCREDIT_MAX_YEARS("years", Rule.MS_9),
    /** Youngest microcredit borrower (MS-9). */
    MICROCREDIT_AGE_MIN("years", Rule.MS_9),
    /** Oldest microcredit borrower (MS-9). */
    MICROCREDIT_AGE_MAX("years", Rule.MS_9),
    /** Most households paired with one contact cadre (AUD-8). */
    CADRE_MAX_HOUSEHOLDS("households", Rule.AUD_8),
    /** Year-on-year per-capita income rise above this multiple is suspect (AUD-5). */
    INCOME_JUMP_MULTIPLE("multiple", Rule.AUD_5),
    /** Poor village: incidence at least this multiple of the province's rural incidence (ID-V-1). */
    POOR_VILLAGE_INCIDENCE_MULTIPLE("multiple", Rule.ID_V_1),
    /** Poor village: villagers' per-capita income below this share of the province's rural average (ID-V-1). */
    POOR_VILLAGE_INCOME_PERCENT("percent", Rule.ID_V_1),
    /** Registry check: per-capita net income above this is implausible (AUD-6). */
    AUDIT_INCOME_CEILING_YUAN("yuan per person", Rule.AUD_6),
    /** Registry check: youngest working age (AUD-6). */
    WORKING_AGE_MIN("years", Rule.AUD_6),
    /** Registry check: oldest working age for extreme-poverty support households (AUD-6). */
    WORKING_AGE_MAX("years", Rule.AUD_6),
    /** Registry check: oldest age at which a healthy member recorded LOST is suspect (AUD-6). */
    HEALTHY_LOST_AGE_MAX("years", Rule.AUD_6),
    /** Switch: exclude households with a public employee on the state payroll (ID-H-2). */
    EXCLUDE_PUBLIC_EMPLOYEE("switch", Rule.ID_H_2),
    /** Switch: exclude households owning a private car not used for production (ID-H-2). */
    EXCLUDE_PRIVATE_CAR("switch", Rule.ID_H_2),
    /** Switch: exclude households owning commercial housing in a town (ID-H-2). */
    EXCLUDE_TOWN_COMMERCIAL_HOUSING("switch", Rule.ID_H_2),
    /** Switch: exclude households with a member running a registered enterprise (ID-H-2). */
    EXCLUDE_REGISTERED_ENTERPRISE("switch", Rule.ID_H_2),
    /** Education costs above this share of net income are high and suggest EDUCATION_COSTS (ID-H-5). */
    EDUCATION_COSTS_SHARE_PERCENT("percent of net income", Rule.ID_H_5),
    /**
     * The last income year in which a poor household could still be newly registered: up to it, a household
     * identified poor but not registered was missed (AUD-10); after it, such a household is monitored (MON-2).
     */
    LAST_NEW_REGISTRATION_YEAR("year", Rule.AUD_10, Rule.MON_2);

    private final String unit;
    private final Range range;
    private final Set<Rule> rules;

    ParameterKey(String unit, Rule first, Rule... more) {
        this.unit = unit;
        this.range = rangeOf(unit);
        this.rules = Collections.unmodifiableSet(EnumSet.of(first, more));
    }

    /**
     * The unit of the value.
     *
     * @return the unit, such as {@code percent}
     */
    public String unit() {
        return unit;
    }

    /**
     * The values this parameter may take, by its unit: counts (ages, terms, days, months, years, households) are
     * whole numbers, switches 1 or 0, percentages of a rate from 0 to 100, shares of income from 0.01 to 10,000
     * percent, multiples above 0, amounts in whole fen; each is bounded, so that no rule's arithmetic overflows and no
     * search for what would change a decision runs without end. A parameter set with a value outside is refused.
     *
     * @return the range in words, such as {@code a whole number from 1 to 12}, not null
     */
    public String range() {
        return range.toString();
    }

    /** Why a value cannot be this parameter's, or null if it can. */
    @Nullable String problem(BigDecimal value) {
        return range.admits(value) ? null : "must be " + range;
    }

    private static Range rangeOf(String unit) {
        return switch (unit) {
            case "years" -> Range.whole(0, 150);
            case "month" -> Range.whole(1, 12);
            case "day" -> Range.whole(1, 31);
            case "days" -> Range.whole(0, 3_660);
            case "months" -> Range.whole(0, 1_200);
            case "households" -> Range.whole(0, 1_000_000);
            case "year" -> Range.whole(1_900, 2_100);
            case "switch" -> Range.whole(0, 1);
            case "percent" -> new Range(BigDecimal.ZERO, false, 100, -1);
            case "litres per person per day", "minutes" -> new Range(BigDecimal.ZERO, false, 100_000, -1);
            case "percent of net income" -> new Range(new BigDecimal("0.01"), false, 10_000, -1);
            case "multiple" -> new Range(BigDecimal.ZERO, true, 100, -1);
            // MON-1: a threshold below the line would leave a poor household unmonitored (MON-2).
            case "multiple of the line" -> new Range(BigDecimal.ONE, false, 100, -1);
            case "yuan", "yuan per person" -> new Range(BigDecimal.ZERO, false, 1_000_000_000, 2);
            default -> throw new IllegalStateException("no range of values for the unit " + unit);
        };
    }

    /**
     * From the least (itself excluded when {@code aboveLeast}) to the most, with at most so many decimals (0 for a
     * whole number, -1 for any).
     */
    private record Range(BigDecimal least, boolean aboveLeast, long most, int decimals) {

        static Range whole(long least, long most) {
            return new Range(BigDecimal.valueOf(least), false, most, 0);
        }

        boolean admits(BigDecimal value) {
            int low = value.compareTo(least);
            return (aboveLeast ? low > 0 : low >= 0) && value.compareTo(BigDecimal.valueOf(most)) <= 0
                    && (decimals < 0 || value.stripTrailingZeros().scale() <= decimals);
        }

        @Override
        public String toString() {
            String kind = decimals == 0 ? "a whole number " : decimals == 2 ? "whole fen " : "";
            return kind + (aboveLeast ? "above " + least.toPlainString() + " and at most " + most
                    : "from " + least.toPlainString() + " to " + most);
        }
    }

    /**
     * The rules that read this parameter.
     *
     * @return the rules, in the rulebook's order, at least one, not null
     */
    public Set<Rule> rules() {
        return rules;
    }

    /**
     * The parameters a rule reads.
     *
     * @param rule the rule, not null
     * @return the keys whose {@link #rules()} contain the rule, in this enum's order, not null
     */
    public static List<ParameterKey> readBy(Rule rule) {
        List<ParameterKey> keys = new ArrayList<>();
        for (ParameterKey key : values()) {
            if (key.rules.contains(rule)) {
                keys.add(key);
            }
        }
        return keys;
    }
}

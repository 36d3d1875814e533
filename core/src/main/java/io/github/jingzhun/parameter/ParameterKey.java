package io.github.jingzhun.parameter;

/**
 * The scalar policy parameters of POLICY.md §2a, other than the poverty lines. Each is a number in the unit named;
 * switches are 1 (on) or 0 (off). Percentages are in percent (2 means 2%).
 */
public enum ParameterKey {
    /** Youngest compulsory-education age, on the reference day (IND-EDU). */
    EDUCATION_AGE_MIN("years", "IND-EDU"),
    /** Oldest compulsory-education age, inclusive, on the reference day (IND-EDU). */
    EDUCATION_AGE_MAX("years", "IND-EDU"),
    /** Month of the day on which school age is reckoned (IND-EDU). */
    EDUCATION_REFERENCE_MONTH("month", "IND-EDU"),
    /** Day of month on which school age is reckoned (IND-EDU). */
    EDUCATION_REFERENCE_DAY("day", "IND-EDU"),
    /** Least water quantity (IND-WATER). */
    WATER_LITRES_MIN("litres per person per day", "IND-WATER"),
    /** Least water quantity in water-scarce areas (IND-WATER). */
    WATER_LITRES_MIN_SCARCE("litres per person per day", "IND-WATER"),
    /** Longest round trip to fetch water when not piped to the yard (IND-WATER). */
    WATER_ROUND_TRIP_MINUTES_MAX("minutes", "IND-WATER"),
    /** Least supply guarantee rate (IND-WATER). */
    WATER_GUARANTEE_PERCENT_MIN("percent", "IND-WATER"),
    /** Least supply guarantee rate in water-scarce areas (IND-WATER). */
    WATER_GUARANTEE_PERCENT_MIN_SCARCE("percent", "IND-WATER"),
    /** Shortest public notice (PROC-REG, PROC-EXIT). */
    NOTICE_DAYS("days", "PROC-REG, PROC-EXIT"),
    /** Village and county exit: poverty incidence must be strictly below this (EX-V-1, EX-C-1). */
    EXIT_INCIDENCE_PERCENT_MAX("percent", "EX-V-1, EX-C-1"),
    /** Village and county exit in WEST: poverty incidence must be strictly below this (EX-V-1, EX-C-1). */
    EXIT_INCIDENCE_PERCENT_MAX_WEST("percent", "EX-V-1, EX-C-1"),
    /** County evaluation: wrong-exit rate strictly below this (EX-C-2). */
    WRONG_EXIT_PERCENT_MAX("percent", "EX-C-2"),
    /** County evaluation: missed-identification rate strictly below this (EX-C-2). */
    MISSED_IDENTIFICATION_PERCENT_MAX("percent", "EX-C-2"),
    /** County evaluation: public recognition at least this (EX-C-2). */
    RECOGNITION_PERCENT_MIN("percent", "EX-C-2"),
    /** Years an exited county keeps its support policies (GR-1). */
    COUNTY_TRANSITION_YEARS("years", "GR-1"),
    /** Last year of the national transition period (GR-1). */
    NATIONAL_TRANSITION_END_YEAR("year", "GR-1"),
    /** Monitoring threshold as a multiple of the year's poverty line (MON-1). */
    MONITORING_LINE_MULTIPLE("multiple of the line", "MON-1"),
    /** Shortest monitoring notice (PROC-MON). */
    MONITORING_NOTICE_DAYS("days", "PROC-MON"),
    /** Rigid spending above this share of net income is a shock (MON-3); also "high" education costs (ID-H-5). */
    SHOCK_SHARE_PERCENT("percent of net income", "MON-3, ID-H-5"),
    /** A fall of per-capita income of at least this is a trigger (MON-3). */
    INCOME_FALL_PERCENT("percent", "MON-3"),
    /** Months of stable income before a risk is eliminated (MON-4). */
    RISK_STABLE_MONTHS("months", "MON-4"),
    /** Months monitored before a risk is eliminated (MON-4). */
    RISK_MONITORED_MONTHS("months", "MON-4"),
    /** Largest microcredit loan (MS-9). */
    MICROCREDIT_MAX_YUAN("yuan", "MS-9"),
    /** Longest microcredit term (MS-9). */
    MICROCREDIT_MAX_YEARS("years", "MS-9"),
    /** Youngest microcredit borrower (MS-9). */
    MICROCREDIT_AGE_MIN("years", "MS-9"),
    /** Oldest microcredit borrower (MS-9). */
    MICROCREDIT_AGE_MAX("years", "MS-9"),
    /** Most households paired with one contact cadre (AUD-8). */
    CADRE_MAX_HOUSEHOLDS("households", "AUD-8"),
    /** Year-on-year per-capita income rise above this multiple is suspect (AUD-5). */
    INCOME_JUMP_MULTIPLE("multiple", "AUD-5"),
    /** Poor village: incidence at least this multiple of the province's rural incidence (ID-V-1). */
    POOR_VILLAGE_INCIDENCE_MULTIPLE("multiple", "ID-V-1"),
    /** Poor village: villagers' per-capita income below this share of the province's rural average (ID-V-1). */
    POOR_VILLAGE_INCOME_PERCENT("percent", "ID-V-1"),
    /** Registry check: per-capita net income above this is implausible (AUD-6). */
    AUDIT_INCOME_CEILING_YUAN("yuan per person", "AUD-6"),
    /** Registry check: youngest working age (AUD-6). */
    WORKING_AGE_MIN("years", "AUD-6"),
    /** Registry check: oldest working age for extreme-poverty support households (AUD-6). */
    WORKING_AGE_MAX("years", "AUD-6"),
    /** Registry check: oldest age at which a healthy member recorded LOST is suspect (AUD-6). */
    HEALTHY_LOST_AGE_MAX("years", "AUD-6"),
    /** Switch: exclude households with a public employee on the state payroll (ID-H-2). */
    EXCLUDE_PUBLIC_EMPLOYEE("switch", "ID-H-2"),
    /** Switch: exclude households owning a private car not used for production (ID-H-2). */
    EXCLUDE_PRIVATE_CAR("switch", "ID-H-2"),
    /** Switch: exclude households owning commercial housing in a town (ID-H-2). */
    EXCLUDE_TOWN_COMMERCIAL_HOUSING("switch", "ID-H-2"),
    /** Switch: exclude households with a member running a registered enterprise (ID-H-2). */
    EXCLUDE_REGISTERED_ENTERPRISE("switch", "ID-H-2"),
    /** Education costs above this share of net income are high and suggest EDUCATION_COSTS (ID-H-5). */
    EDUCATION_COSTS_SHARE_PERCENT("percent of net income", "ID-H-5"),
    /**
     * The last income year in which a poor household could still be newly registered: up to it, a household
     * identified poor but not registered was missed (AUD-10); after it, such a household is monitored (MON-2).
     */
    LAST_NEW_REGISTRATION_YEAR("year", "AUD-10, MON-2");

    private final String unit;
    private final String rules;

    ParameterKey(String unit, String rules) {
        this.unit = unit;
        this.rules = rules;
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
     * The rule ids of POLICY.md that use this parameter.
     *
     * @return the rule ids, comma-separated
     */
    public String rules() {
        return rules;
    }
}

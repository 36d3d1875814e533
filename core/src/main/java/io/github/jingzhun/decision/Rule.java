package io.github.jingzhun.decision;

import java.util.HashMap;
import java.util.Map;

/**
 * The rules of POLICY.md that Jingzhun decides, each with its stable id. A finding cites exactly one rule.
 */
public enum Rule {
    /** Net household income. */
    INC_1("INC-1", "net household income"),
    /** Per-capita net income. */
    INC_2("INC-2", "per-capita net income"),
    /** Exact comparison with a line. */
    INC_3("INC-3", "exact comparison with a line"),
    /** Stable income without one-off transfers. */
    INC_4("INC-4", "stable income"),
    /** Food assured. */
    IND_FOOD("IND-FOOD", "food assured"),
    /** Clothing assured. */
    IND_CLOTHING("IND-CLOTHING", "clothing assured"),
    /** Compulsory education guaranteed. */
    IND_EDU("IND-EDU", "compulsory education guaranteed"),
    /** Basic medical care guaranteed. */
    IND_MED("IND-MED", "basic medical care guaranteed"),
    /** Safe housing guaranteed. */
    IND_HOUSE("IND-HOUSE", "safe housing guaranteed"),
    /** Safe drinking water. */
    IND_WATER("IND-WATER", "safe drinking water"),
    /** Standards neither raised nor lowered. */
    IND_STD("IND-STD", "standards neither raised nor lowered"),
    /** Income test. */
    ID_H_1("ID-H-1", "income test"),
    /** Exclusions. */
    ID_H_2("ID-H-2", "exclusions"),
    /** Identification outcome and guarantee gaps. */
    ID_H_3("ID-H-3", "outcome and guarantee gaps"),
    /** Household type. */
    ID_H_4("ID-H-4", "household type"),
    /** Derived causes of poverty. */
    ID_H_5("ID-H-5", "derived causes"),
    /** Standard of the line applied. */
    ID_STD("ID-STD", "standard of the line applied"),
    /** Poor village identification. */
    ID_V_1("ID-V-1", "poor village identification"),
    /** Registration procedure: two notices, one announcement. */
    PROC_REG("PROC-REG", "registration procedure"),
    /** Development measure for a household with labour capacity. */
    MS_1("MS-1", "development measure for labour capacity"),
    /** Social security for a household without labour capacity. */
    MS_2("MS-2", "social security without labour capacity"),
    /** Relocation only with consent. */
    MS_3("MS-3", "relocation only with consent"),
    /** Eco-job in an ecological protection zone. */
    MS_4("MS-4", "ecological eco-job"),
    /** Education: return to school and subsidies. */
    MS_5("MS-5", "education"),
    /** Health support and insurance enrolment. */
    MS_6("MS-6", "health"),
    /** Disability support. */
    MS_7("MS-7", "disability"),
    /** Skills training, then employment. */
    MS_8("MS-8", "skills training then employment"),
    /** Poverty-alleviation microcredit. */
    MS_9("MS-9", "microcredit"),
    /** Housing renovation. */
    MS_10("MS-10", "housing"),
    /** Safe drinking water. */
    MS_11("MS-11", "water"),
    /** Motivation, never a plain cash handout. */
    MS_12("MS-12", "motivation"),
    /** Asset income and village infrastructure. */
    MS_13("MS-13", "asset income and infrastructure"),
    /** Coverage of every cause and gap. */
    MS_14("MS-14", "coverage"),
    /** Household exit: stable income above the line. */
    EX_H_1("EX-H-1", "stable income above the line"),
    /** Household exit: every indicator met. */
    EX_H_2("EX-H-2", "every indicator met"),
    /** Household exit procedure. */
    EX_H_3("EX-H-3", "household exit procedure"),
    /** Paper-exit guard. */
    EX_H_4("EX-H-4", "paper-exit guard"),
    /** Village exit. */
    EX_V_1("EX-V-1", "village exit"),
    /** County exit: incidence. */
    EX_C_1("EX-C-1", "county exit incidence"),
    /** County exit: third-party evaluation. */
    EX_C_2("EX-C-2", "county evaluation"),
    /** County exit procedure. */
    EX_C_3("EX-C-3", "county exit procedure"),
    /** Exit procedure of a household. */
    PROC_EXIT("PROC-EXIT", "exit procedure"),
    /** Transition period after exit. */
    GR_1("GR-1", "transition period"),
    /** Monitoring threshold. */
    MON_1("MON-1", "monitoring threshold"),
    /** Monitoring categories. */
    MON_2("MON-2", "monitoring categories"),
    /** Monitoring triggers. */
    MON_3("MON-3", "monitoring triggers"),
    /** Risk elimination. */
    MON_4("MON-4", "risk elimination"),
    /** Monitoring procedure. */
    PROC_MON("PROC-MON", "monitoring procedure"),
    /** Poverty incidence. */
    ST_1("ST-1", "poverty incidence"),
    /** Foster–Greer–Thorbecke measures. */
    ST_2("ST-2", "Foster-Greer-Thorbecke measures"),
    /** Alkire–Foster multidimensional measures. */
    ST_3("ST-3", "Alkire-Foster measures"),
    /** Evaluation rates from a sample. */
    ST_4("ST-4", "evaluation rates"),
    /** Progress by area and period. */
    ST_5("ST-5", "progress"),
    /** The same ID number twice. */
    AUD_1("AUD-1", "duplicate ID number"),
    /** An invalid ID number. */
    AUD_2("AUD-2", "invalid ID number"),
    /** A registered household hit by an exclusion. */
    AUD_3("AUD-3", "registered household excluded"),
    /** An exit that relied on one-off transfers. */
    AUD_4("AUD-4", "exit on one-off transfers"),
    /** An implausible income jump. */
    AUD_5("AUD-5", "income jump"),
    /** Unsupported causes and registry consistency. */
    AUD_6("AUD-6", "registry consistency"),
    /** A procedure out of order or a short notice. */
    AUD_7("AUD-7", "procedure irregularity"),
    /** Contact cadres and resident officials. */
    AUD_8("AUD-8", "assistance responsibility"),
    /** Cross-department comparison. */
    AUD_9("AUD-9", "cross-department comparison"),
    /** Two parameter sets over one population. */
    SC_1("SC-1", "parameter scenario"),
    /** Shocks to households. */
    SC_2("SC-2", "shock scenario"),
    /** A household not registered though identified poor while new registration was open. */
    AUD_10("AUD-10", "missed identification");

    private static final Map<String, Rule> BY_ID = new HashMap<>();

    static {
        for (Rule rule : values()) {
            BY_ID.put(rule.id, rule);
        }
    }

    private final String id;
    private final String title;

    Rule(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /**
     * Obtains a rule from its id in POLICY.md.
     *
     * @param id the id, such as {@code ID-H-1}, not null
     * @return the rule, not null
     * @throws IllegalArgumentException if no rule has that id
     */
    public static Rule parse(String id) {
        Rule rule = BY_ID.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("unknown rule id: " + id);
        }
        return rule;
    }

    /**
     * The stable id of POLICY.md.
     *
     * @return the id, such as {@code ID-H-1}
     */
    public String id() {
        return id;
    }

    /**
     * A short English title.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * Returns the stable id.
     *
     * @return the id, such as {@code ID-H-1}
     */
    @Override
    public String toString() {
        return id;
    }
}

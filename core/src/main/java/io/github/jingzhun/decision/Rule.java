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
    ID_V_1("ID-V-1", "poor village identification");

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

package io.github.jingzhun.indicator;

import io.github.jingzhun.decision.Rule;

/** The six guarantee indicators: two assurances, three guarantees and safe water (两不愁三保障及饮水安全). */
public enum Indicator {
    /** Food assured (不愁吃), IND-FOOD. */
    FOOD(Rule.IND_FOOD),
    /** Clothing assured (不愁穿), IND-CLOTHING. */
    CLOTHING(Rule.IND_CLOTHING),
    /** Compulsory education guaranteed (义务教育有保障), IND-EDU. */
    EDUCATION(Rule.IND_EDU),
    /** Basic medical care guaranteed (基本医疗有保障), IND-MED. */
    MEDICAL(Rule.IND_MED),
    /** Safe housing guaranteed (住房安全有保障), IND-HOUSE. */
    HOUSING(Rule.IND_HOUSE),
    /** Safe drinking water (饮水安全有保障), IND-WATER. */
    WATER(Rule.IND_WATER);

    private final Rule rule;

    Indicator(Rule rule) {
        this.rule = rule;
    }

    /**
     * The rule that decides this indicator.
     *
     * @return the rule, not null
     */
    public Rule rule() {
        return rule;
    }
}

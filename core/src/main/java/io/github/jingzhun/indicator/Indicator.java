package io.github.jingzhun.indicator;

import io.github.jingzhun.decision.Labelled;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.decision.Rule;

/** The six guarantee indicators: two assurances, three guarantees and safe water (两不愁三保障及饮水安全). */
public enum Indicator implements Labelled {
    /** Food assured (不愁吃), IND-FOOD. */
    FOOD(Rule.IND_FOOD, "food", "吃饭"),
    /** Clothing assured (不愁穿), IND-CLOTHING. */
    CLOTHING(Rule.IND_CLOTHING, "clothing", "穿衣"),
    /** Compulsory education guaranteed (义务教育有保障), IND-EDU. */
    EDUCATION(Rule.IND_EDU, "compulsory education", "义务教育"),
    /** Basic medical care guaranteed (基本医疗有保障), IND-MED. */
    MEDICAL(Rule.IND_MED, "basic medical care", "基本医疗"),
    /** Safe housing guaranteed (住房安全有保障), IND-HOUSE. */
    HOUSING(Rule.IND_HOUSE, "safe housing", "住房安全"),
    /** Safe drinking water (饮水安全有保障), IND-WATER. */
    WATER(Rule.IND_WATER, "safe drinking water", "饮水安全");

    private final Rule rule;
    private final Wording label;

    Indicator(Rule rule, String english, String chinese) {
        this.rule = rule;
        this.label = Wording.of(english, chinese);
    }

    @Override
    public Wording label() {
        return label;
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

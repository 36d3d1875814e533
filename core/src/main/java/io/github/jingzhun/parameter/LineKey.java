package io.github.jingzhun.parameter;

import io.github.jingzhun.decision.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The parameters given per income year as an amount in yuan per person per year: the poverty lines and the
 * monitoring thresholds, national-level and regional. Where a {@link ParameterKey} names dated scalar values, a line
 * key names one list of a {@link PolicyParameters} set, with one amount per income year (and area).
 *
 * <p>Each key names the rules that read it, so the parameters of a rule are derived from here and from
 * {@link ParameterKey} ({@link #readBy(Rule)}), never listed twice.
 */
public enum LineKey {
    /** The national-level poverty line of each income year ({@link PolicyParameters#getPovertyLines()}). */
    POVERTY_LINE("povertyLines", "poverty line", Rule.INC_3, Rule.ID_H_1, Rule.ID_STD, Rule.IND_STD, Rule.EX_H_1,
            Rule.EX_H_4, Rule.MON_1, Rule.ST_2, Rule.ST_3, Rule.AUD_4, Rule.SC_1),
    /** A province's or city's own, higher line ({@link PolicyParameters#getRegionalLines()}). */
    REGIONAL_LINE("regionalLines", "provincial or city poverty line", Rule.ID_H_1, Rule.ID_STD, Rule.IND_STD,
            Rule.EX_H_1, Rule.EX_H_4, Rule.MON_1, Rule.AUD_4),
    /** A monitoring threshold set for an income year ({@link PolicyParameters#getMonitoringThresholds()}). */
    MONITORING_THRESHOLD("monitoringThresholds", "monitoring threshold", Rule.MON_1, Rule.IND_STD, Rule.EX_H_4),
    /** A province's or city's own monitoring threshold ({@link PolicyParameters#getRegionalMonitoringThresholds()}). */
    REGIONAL_MONITORING_THRESHOLD("regionalMonitoringThresholds", "provincial or city monitoring threshold",
            Rule.MON_1, Rule.IND_STD, Rule.EX_H_4);

    private final String field;
    private final String description;
    private final Set<Rule> rules;

    LineKey(String field, String description, Rule first, Rule... more) {
        this.field = field;
        this.description = description;
        this.rules = Collections.unmodifiableSet(EnumSet.of(first, more));
    }

    /**
     * The field of a parameter set that holds the amounts, as a parameter set's JSON names it.
     *
     * @return the field, such as {@code povertyLines}, not null
     */
    public String field() {
        return field;
    }

    /**
     * What the amounts are, in English.
     *
     * @return the description, such as {@code poverty line}, not null
     */
    public String description() {
        return description;
    }

    /**
     * The unit of every amount.
     *
     * @return {@code yuan per person per year}
     */
    public String unit() {
        return "yuan per person per year";
    }

    /**
     * The rules that read these amounts.
     *
     * @return the rules, in the rulebook's order, at least one, not null
     */
    public Set<Rule> rules() {
        return rules;
    }

    /**
     * The line parameters a rule reads.
     *
     * @param rule the rule, not null
     * @return the keys whose {@link #rules()} contain the rule, in this enum's order, not null
     */
    public static List<LineKey> readBy(Rule rule) {
        List<LineKey> keys = new ArrayList<>();
        for (LineKey key : values()) {
            if (key.rules.contains(rule)) {
                keys.add(key);
            }
        }
        return keys;
    }
}

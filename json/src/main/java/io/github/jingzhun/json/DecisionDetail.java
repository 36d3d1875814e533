package io.github.jingzhun.json;

/**
 * How much of each decision is written: the outcomes alone, with the findings that failed, or everything. The
 * outcomes — identification, indicator statuses, measures, exit and monitoring — are written at every level; the
 * levels differ only in the findings, which are most of a decision's bytes. A decision written below
 * {@link #FULL} says so in its {@code detail} field.
 *
 * <p>A finding names its rule; its messages can be rendered by whoever reads it, from the rule id: in Java,
 * {@link io.github.jingzhun.decision.Rule#parse(String)} gives the rule's title and statement in English and Chinese,
 * and the rulebook ({@code core/RULEBOOK.md}) has an anchor for each rule.
 */
public enum DecisionDetail {
    /** The outcomes only: no findings (nor the {@code audit}), so no messages. */
    OUTCOMES,
    /**
     * The outcomes and the findings that failed ({@code passed} false), each with its rule, observed value,
     * threshold and subject, without its messages; a list with no failed finding is left out. Findings of one rule
     * that differ only in their messages (MON-4's reasons a risk stands) then read alike, and an active monitoring
     * trigger, which has {@code passed} true, is left out: the full level says why.
     */
    FAILED,
    /** Everything: every finding with its English and Chinese messages. The default. */
    FULL
}

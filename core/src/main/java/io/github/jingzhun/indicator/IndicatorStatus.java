package io.github.jingzhun.indicator;

/** How a household stands on one indicator. */
public enum IndicatorStatus {
    /** Every criterion of the indicator is met. */
    MET,
    /** At least one criterion is not met: a guarantee gap. */
    UNMET,
    /** The indicator does not concern the household, such as education with no member of school age. */
    NOT_APPLICABLE
}

package io.github.jingzhun.indicator;

import io.github.jingzhun.decision.Finding;
import java.util.List;

/**
 * How a household stands on one indicator, with the findings of each criterion.
 *
 * @param indicator the indicator, not null
 * @param status MET, UNMET or NOT_APPLICABLE, not null
 * @param findings one finding per criterion checked, not null
 */
public record IndicatorResult(Indicator indicator, IndicatorStatus status, List<Finding> findings) {

    /**
     * Creates a result, copying the findings.
     *
     * @param indicator the indicator, not null
     * @param status MET, UNMET or NOT_APPLICABLE, not null
     * @param findings one finding per criterion checked, not null
     */
    public IndicatorResult {
        findings = List.copyOf(findings);
    }

    static IndicatorResult of(Indicator indicator, List<Finding> findings) {
        for (int i = 0; i < findings.size(); i++) {
            if (!findings.get(i).passed()) {
                return new IndicatorResult(indicator, IndicatorStatus.UNMET, findings);
            }
        }
        return new IndicatorResult(indicator, IndicatorStatus.MET, findings);
    }
}

package io.github.jingzhun.monitoring;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.LazyFindings;
import java.util.List;

/**
 * The outcome of reviewing a monitored household's risk (MON-4).
 *
 * @param monitoringCase the case after the review: eliminated, rolled back or unchanged, not null
 * @param findings one finding per condition of elimination, and the outcome, not null
 */
public record RiskReview(MonitoringCase monitoringCase, List<Finding> findings) {

    /**
     * Creates a review, copying its findings.
     *
     * @param monitoringCase the case after the review: eliminated, rolled back or unchanged, not null
     * @param findings one finding per condition of elimination, and the outcome, not null
     */
    public RiskReview {
        // Findings still to be built stay so: copying them would build them.
        findings = LazyFindings.copyOf(findings);
    }
}

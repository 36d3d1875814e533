package io.github.jingzhun.monitoring;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.LazyFindings;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a household is to be monitored against relapse into poverty, in which category, and why; for a
 * household with a monitoring history, whether its risk is eliminated (MON-4).
 *
 * @param monitored whether the household is to be monitored (MON-2)
 * @param category the category when monitored, else null
 * @param findings the threshold (MON-1), each trigger that fired (MON-3) and the category (MON-2), not null
 * @param riskElimination the review of the household's risk from its monitoring history (MON-4), or null when it
 *     has none
 */
public record MonitoringDecision(boolean monitored, @Nullable MonitoringCategory category, List<Finding> findings,
        @Nullable RiskReview riskElimination) {

    /**
     * Creates a monitoring decision, copying its findings.
     *
     * @param monitored whether the household is to be monitored (MON-2)
     * @param category the category when monitored, else null
     * @param findings the threshold (MON-1), each trigger that fired (MON-3) and the category (MON-2), not null
     * @param riskElimination the review of the household's risk from its monitoring history (MON-4), or null
     * @throws IllegalArgumentException if a monitored household has no category or an unmonitored one has one
     */
    public MonitoringDecision {
        if (monitored != (category != null)) {
            throw new IllegalArgumentException("a monitored household has a category, and only then");
        }
        findings = LazyFindings.copyOf(findings);
    }

    /**
     * Creates a monitoring decision with no risk review.
     *
     * @param monitored whether the household is to be monitored (MON-2)
     * @param category the category when monitored, else null
     * @param findings the threshold (MON-1), each trigger that fired (MON-3) and the category (MON-2), not null
     * @throws IllegalArgumentException if a monitored household has no category or an unmonitored one has one
     */
    public MonitoringDecision(boolean monitored, @Nullable MonitoringCategory category, List<Finding> findings) {
        this(monitored, category, findings, null);
    }

    /**
     * This decision with a review of the household's risk.
     *
     * @param review the review (MON-4), not null
     * @return the decision, not null
     */
    public MonitoringDecision withRiskElimination(RiskReview review) {
        return new MonitoringDecision(monitored, category, findings, review);
    }
}

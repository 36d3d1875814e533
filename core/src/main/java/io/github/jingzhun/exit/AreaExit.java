package io.github.jingzhun.exit;

import io.github.jingzhun.decision.Finding;
import java.math.BigDecimal;
import java.util.List;

/**
 * Whether a village or county may exit poverty, and why (EX-V-1, EX-C-1..3).
 *
 * @param eligible true when every required condition holds
 * @param incidencePercent the area's poverty incidence in percent, rounded to two decimals for display
 * @param findings the reasons, each citing its rule, not null
 */
public record AreaExit(boolean eligible, BigDecimal incidencePercent, List<Finding> findings) {

    /**
     * Creates an area exit decision, copying its findings.
     *
     * @param eligible true when every required condition holds
     * @param incidencePercent the area's poverty incidence in percent, rounded to two decimals for display
     * @param findings the reasons, each citing its rule, not null
     */
    public AreaExit {
        findings = List.copyOf(findings);
    }
}

package io.github.jingzhun.exit;

import io.github.jingzhun.decision.Finding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Whether a village may exit poverty, and why (EX-V-1): its incidence decides; its road, electricity, safe water,
 * clinic and collective income are considered as findings.
 *
 * @param eligible true when the incidence is below the threshold of the village's region
 * @param incidencePercent the village's poverty incidence in percent, rounded to two decimals for display
 * @param findings the incidence finding, then one finding per facility considered, each citing EX-V-1, not null
 */
public record VillageExit(boolean eligible, BigDecimal incidencePercent, List<Finding> findings) {

    /**
     * Creates a village exit decision, copying its findings.
     *
     * @param eligible true when the incidence is below the threshold of the village's region
     * @param incidencePercent the village's poverty incidence in percent, rounded to two decimals for display
     * @param findings the reasons, each citing EX-V-1, not null
     */
    public VillageExit {
        Objects.requireNonNull(incidencePercent, "incidencePercent");
        findings = List.copyOf(findings);
    }
}

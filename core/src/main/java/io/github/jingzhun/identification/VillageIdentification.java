package io.github.jingzhun.identification;

import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Whether a village is a poor village (贫困村) in a year, and why (ID-V-1).
 *
 * @param village the village, not null
 * @param poor true when all three conditions of ID-V-1 hold
 * @param incidencePercent registered poor persons ÷ population, in percent, rounded to two decimals for display
 * @param perCapitaIncome villagers' per-capita net income, rounded half-up to the fen for display
 * @param benchmark the province's figures the village was compared with, not null
 * @param findings one finding per condition, then one on the benchmark's source, not null
 */
public record VillageIdentification(VillageCode village, boolean poor, BigDecimal incidencePercent,
        Yuan perCapitaIncome, ProvincialBenchmark benchmark, List<Finding> findings) {

    /**
     * Creates a village identification, copying the findings.
     *
     * @param village the village, not null
     * @param poor true when all three conditions of ID-V-1 hold
     * @param incidencePercent registered poor persons ÷ population, in percent, rounded to two decimals
     * @param perCapitaIncome villagers' per-capita net income, rounded half-up to the fen
     * @param benchmark the province's figures the village was compared with, not null
     * @param findings the findings, not null
     */
    public VillageIdentification {
        Objects.requireNonNull(village, "village");
        Objects.requireNonNull(incidencePercent, "incidencePercent");
        Objects.requireNonNull(perCapitaIncome, "perCapitaIncome");
        Objects.requireNonNull(benchmark, "benchmark");
        findings = List.copyOf(findings);
    }
}

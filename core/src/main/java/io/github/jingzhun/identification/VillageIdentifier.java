package io.github.jingzhun.identification;

import static io.github.jingzhun.identification.Wordings.*;

import io.github.jingzhun.area.ProvinceCode;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.util.List;

/**
 * Poor-village identification, ID-V-1 [REG2014], [W2021], the practice of "一高一低一无": poverty incidence at
 * least twice the province's rural incidence, with at least one registered poor person; villagers' per-capita
 * income below 60% of the province's rural average; and no collective-economy income. All three must hold. A pure
 * function of the village's facts, the sums of its households (read once, as a stream, by the caller) and the
 * province's benchmark.
 */
public final class VillageIdentifier {


    private VillageIdentifier() {}

    /**
     * Identifies a village for an income year from the sums of its households. Incidence is over the village's
     * rural population when one is on record and at least the persons read (see
     * {@link AreaPopulation#incidence(Integer)}); income is over the households read.
     *
     * @param village the village's own facts, not null
     * @param households the sums of the village's households for the year, with at least one household
     * @param benchmark the province's rural figures for the year, not null
     * @param parameters the year's parameters, not null
     * @return the identification with one finding per condition and one on the benchmark, not null
     * @throws IllegalArgumentException if no household was summed, the sums or the benchmark are of another year
     *     than the parameters, or the benchmark is of another province than the village
     */
    public static VillageIdentification identify(Village village, AreaPopulation households,
            ProvincialBenchmark benchmark, YearParameters parameters) {
        if (households.persons() == 0) {
            throw new IllegalArgumentException("village " + village.getCode() + " has no households");
        }
        if (!households.year().equals(parameters.year()) || !benchmark.year().equals(parameters.year())) {
            throw new IllegalArgumentException("the households, benchmark and parameters of village "
                    + village.getCode() + " must be of one income year");
        }
        if (!benchmark.province().equals(ProvinceCode.of(village.getCode().county()))) {
            throw new IllegalArgumentException("village " + village.getCode() + " is compared with the figures of "
                    + "its own province, not of province " + benchmark.province());
        }
        Incidence incidence = households.incidence(village.getRuralPopulation());

        // incidence ≥ multiple × the province's rural incidence, exactly; a village with no registered poor person
        // is not of high incidence, even where the province's incidence (or the multiple) is zero
        BigDecimal multiple = parameters.value(ParameterKey.POOR_VILLAGE_INCIDENCE_MULTIPLE);
        boolean high = incidence.poorPersons() > 0 && benchmark.isAtLeastMultiple(incidence, multiple);

        // per-capita income < share × the province's average, exactly
        BigDecimal share = parameters.value(ParameterKey.POOR_VILLAGE_INCOME_PERCENT);
        boolean low = benchmark.isBelowShare(households.netIncome(), households.persons(), share);

        boolean noCollective = village.getCollectiveIncome().isZero();
        BigDecimal percent = incidence.percent();
        BigDecimal incidenceThreshold = benchmark.incidenceThresholdPercent(multiple);
        BigDecimal perCapita = households.perCapitaIncome().toBigDecimal();
        BigDecimal incomeThreshold = benchmark.incomeThreshold(share);
        // Each is decided exactly; where the figures shown round across the threshold, the message says so. Per-capita
        // income and its threshold are both shown rounded half-up to the fen, so an income exactly not below the
        // threshold is never shown below it; the other way round it can be.
        boolean shownHigh = percent.compareTo(incidenceThreshold) >= 0;
        boolean shownLow = perCapita.compareTo(incomeThreshold) < 0;
        List<Finding> findings = List.of(
                Finding.of(Rule.ID_V_1, high, percent, incidenceThreshold, null, high
                        ? shownHigh ? HIGH_INCIDENCE : HIGH_INCIDENCE_ROUNDED
                        : !shownHigh ? LOW_INCIDENCE : incidence.poorPersons() == 0 ? NO_POOR_PERSON
                        : LOW_INCIDENCE_ROUNDED),
                Finding.of(Rule.ID_V_1, low, perCapita, incomeThreshold, null, low
                        ? shownLow ? LOW_INCOME : LOW_INCOME_ROUNDED
                        : HIGH_INCOME),
                Finding.of(Rule.ID_V_1, noCollective, village.getCollectiveIncome().toBigDecimal(),
                        Yuan.ZERO.toBigDecimal(), null, noCollective ? NO_COLLECTIVE : COLLECTIVE),
                Finding.of(Rule.ID_V_1, benchmark.isPublished(), benchmark.source(),
                        benchmark.wording()));
        return new VillageIdentification(village.getCode(), high && low && noCollective, incidence.percent(),
                households.perCapitaIncome(), benchmark, findings);
    }
}

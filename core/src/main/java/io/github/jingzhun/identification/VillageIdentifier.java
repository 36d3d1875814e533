package io.github.jingzhun.identification;

import io.github.jingzhun.area.Village;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.util.List;

/**
 * Poor-village identification, ID-V-1 [W2021, practice "一高一低一无"]: poverty incidence at least twice the
 * province's rural incidence; villagers' per-capita income below 60% of the province's rural average; and no
 * collective-economy income. All three must hold. A pure function of the village's facts, the sums of its
 * households (read once, as a stream, by the caller) and the province's benchmark.
 */
public final class VillageIdentifier {

    private static final Wording HIGH_INCIDENCE = Wording.of(
            "Poverty incidence {observed}% is at least {threshold}%, the multiple of the province's rural incidence",
            "贫困发生率{observed}%，不低于全省农村贫困发生率的规定倍数{threshold}%");
    private static final Wording LOW_INCIDENCE = Wording.of(
            "Poverty incidence {observed}% is below {threshold}%, the multiple of the province's rural incidence",
            "贫困发生率{observed}%，低于全省农村贫困发生率的规定倍数{threshold}%");
    private static final Wording LOW_INCOME = Wording.of(
            "Villagers' per-capita net income {observed} is below {threshold}, the share of the province's average",
            "农民人均纯收入{observed}元，低于全省平均水平的规定比例{threshold}元");
    private static final Wording HIGH_INCOME = Wording.of(
            "Villagers' per-capita net income {observed} is not below {threshold}, the share of the province's average",
            "农民人均纯收入{observed}元，不低于全省平均水平的规定比例{threshold}元");
    private static final Wording NO_COLLECTIVE = Wording.of(
            "The village has no collective-economy income", "村无集体经济收入");
    private static final Wording COLLECTIVE = Wording.of(
            "The village has collective-economy income of {observed}", "村集体经济收入{observed}元");
    private static final Wording PUBLISHED = Wording.of(
            "The province's rural incidence and per-capita income are published figures ({subject})",
            "全省农村贫困发生率和农民人均纯收入为公布数据（{subject}）");
    private static final Wording COMPUTED = Wording.of(
            "No published figures of the province were given: its rural incidence and per-capita income were "
                    + "{subject}",
            "未提供全省公布数据，全省农村贫困发生率和农民人均纯收入系由读入的建档立卡数据计算，并非统计部门公布数");

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
     * @throws IllegalArgumentException if no household was summed, or the sums or the benchmark are of another
     *     year than the parameters
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
        Incidence incidence = households.incidence(village.getRuralPopulation());

        // incidence ≥ multiple × the province's rural incidence, exactly
        BigDecimal multiple = parameters.value(ParameterKey.POOR_VILLAGE_INCIDENCE_MULTIPLE);
        boolean high = benchmark.isAtLeastMultiple(incidence, multiple);

        // per-capita income < share × the province's average, exactly
        BigDecimal share = parameters.value(ParameterKey.POOR_VILLAGE_INCOME_PERCENT);
        boolean low = benchmark.isBelowShare(households.netIncome(), households.persons(), share);

        boolean noCollective = village.getCollectiveIncome().isZero();
        List<Finding> findings = List.of(
                Finding.of(Rule.ID_V_1, high, incidence.percent(), benchmark.incidenceThresholdPercent(multiple),
                        null, high ? HIGH_INCIDENCE : LOW_INCIDENCE),
                Finding.of(Rule.ID_V_1, low, households.perCapitaIncome().toBigDecimal(),
                        benchmark.incomeThreshold(share), null, low ? LOW_INCOME : HIGH_INCOME),
                Finding.of(Rule.ID_V_1, noCollective, village.getCollectiveIncome().toBigDecimal(), BigDecimal.ZERO,
                        null, noCollective ? NO_COLLECTIVE : COLLECTIVE),
                Finding.of(Rule.ID_V_1, benchmark.isPublished(), benchmark.source(),
                        benchmark.isPublished() ? PUBLISHED : COMPUTED));
        return new VillageIdentification(village.getCode(), high && low && noCollective, incidence.percent(),
                households.perCapitaIncome(), benchmark, findings);
    }
}

package io.github.jingzhun.identification;

import io.github.jingzhun.area.Village;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.statistics.Incidence;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Poor-village identification, ID-V-1 [W2021, practice "一高一低一无"]: poverty incidence at least twice the
 * province's rural incidence; villagers' per-capita income below 60% of the province's rural average; and no
 * collective-economy income. All three must hold. A pure function; households are read once, as a stream.
 */
public final class VillageIdentifier {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
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

    private VillageIdentifier() {}

    /**
     * Identifies a village for an income year.
     *
     * @param village the village's own facts, not null
     * @param households the village's registered households, each with an income record for the year, not empty
     * @param benchmark the province's rural figures for the year, not null
     * @param parameters the year's parameters, not null
     * @return the identification with one finding per condition, not null
     * @throws IllegalArgumentException if there are no households or one has no income record for the year
     */
    public static VillageIdentification identify(Village village, Iterable<Household> households,
            ProvincialBenchmark benchmark, YearParameters parameters) {
        long persons = 0;
        long poorPersons = 0;
        long incomeFen = 0;
        for (Household h : households) {
            IncomeRecord record = h.incomeOf(parameters.year());
            if (record == null) {
                throw new IllegalArgumentException("household " + h.getId() + " has no income record for "
                        + parameters.year() + ": the village cannot be identified");
            }
            persons += h.size();
            if (h.getStatus().getState() == RegistrationState.REGISTERED) {
                poorPersons += h.size();
            }
            incomeFen = Math.addExact(incomeFen, record.netIncome().fen());
        }
        if (persons == 0) {
            throw new IllegalArgumentException("village " + village.getCode() + " has no households");
        }
        Incidence incidence = new Incidence(poorPersons, persons);
        BigDecimal population = BigDecimal.valueOf(persons);

        // incidence ≥ multiple × the province's rural incidence, exactly
        BigDecimal thresholdPercent = parameters.value(ParameterKey.POOR_VILLAGE_INCIDENCE_MULTIPLE)
                .multiply(benchmark.ruralIncidencePercent());
        boolean high = !incidence.isBelow(thresholdPercent);

        // income < share × provincial average, exactly: income × 100 < share% × average × persons
        BigDecimal sharePercent = parameters.value(ParameterKey.POOR_VILLAGE_INCOME_PERCENT);
        BigDecimal incomeThreshold = benchmark.ruralAverageIncome().toBigDecimal().multiply(sharePercent);
        boolean low = Yuan.ofFen(incomeFen).toBigDecimal().multiply(HUNDRED)
                .compareTo(incomeThreshold.multiply(population)) < 0;
        Yuan perCapita = Yuan.ofFen(incomeFen).perCapita(Math.toIntExact(persons));

        boolean noCollective = village.getCollectiveIncome().fen() == 0;
        List<Finding> findings = List.of(
                Finding.of(Rule.ID_V_1, high, incidence.percent(), thresholdPercent, null, high ? HIGH_INCIDENCE : LOW_INCIDENCE),
                Finding.of(Rule.ID_V_1, low, perCapita.toBigDecimal(),
                        incomeThreshold.divide(HUNDRED, 2, RoundingMode.HALF_UP), null, low ? LOW_INCOME : HIGH_INCOME),
                Finding.of(Rule.ID_V_1, noCollective, village.getCollectiveIncome().toBigDecimal(), BigDecimal.ZERO,
                        null, noCollective ? NO_COLLECTIVE : COLLECTIVE));
        return new VillageIdentification(village.getCode(), high && low && noCollective, incidence.percent(), perCapita,
                findings);
    }
}

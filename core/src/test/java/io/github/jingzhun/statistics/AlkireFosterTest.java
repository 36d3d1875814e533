package io.github.jingzhun.statistics;

import static io.github.jingzhun.statistics.Populations.GUIZHOU;
import static io.github.jingzhun.statistics.Populations.HEBEI;
import static io.github.jingzhun.statistics.Populations.YEAR;
import static io.github.jingzhun.statistics.Populations.conditions;
import static io.github.jingzhun.statistics.Populations.household;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.jingzhun.Households;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.indicator.IndicatorStatus;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.statistics.MultidimensionalPoverty.IndicatorMeasures;
import io.github.jingzhun.statistics.MultidimensionalPoverty.SubgroupMeasures;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ST-3: the Alkire–Foster measures, worked by hand and as properties over random populations. */
class AlkireFosterTest {

    private static final PovertyPolicy NATIONAL = PovertyPolicy.national();
    private static final double EPSILON = 1e-12;
    private static final Function<Household, String> COUNTY = h -> h.getArea().getCounty().toString();
    /** FOOD 1/4, HOUSING 1/4, INCOME 1/2, k = 1/2. */
    private static final AlkireFoster MEASURE = AlkireFoster.of(
            Map.of(Dimension.FOOD, 0.25, Dimension.HOUSING, 0.25, Dimension.INCOME, 0.5), 0.5);

    static LongStream seeds() {
        return Populations.seeds();
    }

    /**
     * Five households, 12 persons, against the 2019 line of 3,218 yuan:
     * <pre>
     * id  county  persons  food  housing  income gap            score                 poor
     * H1  522727  2        ok    SAFE     (6436 − 3218) ÷ 6436 = 0.5  0.5             yes
     * H2  522727  1        no    D        none                  0.25 + 0.25 = 0.5     yes
     * H3  130123  3        no    SAFE     none                  0.25                  no (censored)
     * H4  130123  4        ok    SAFE     none                  0                     no
     * H5  130123  2        no    SAFE     net 0: gap 1          0.25 + 0.5 = 0.75     yes
     * </pre>
     */
    private static List<Household> fiveHouseholds() {
        return List.of(
                household("H1", GUIZHOU, 2, 3_218).build(),
                household("H2", GUIZHOU, 1, 10_000).withConditions(conditions(false, HousingSafety.DILAPIDATED_D))
                        .build(),
                household("H3", HEBEI, 3, 50_000).withConditions(conditions(false, HousingSafety.SAFE)).build(),
                household("H4", HEBEI, 4, 50_000).build(),
                household("H5", HEBEI, 2, 0).withConditions(conditions(false, HousingSafety.SAFE)).build());
    }

    @Test
    @DisplayName("ST-3: H, A, M0, M1 and M2 of five households worked by hand")
    void st3WorkedByHand() {
        MultidimensionalPoverty af = MEASURE.measure(fiveHouseholds(), NATIONAL, YEAR);

        // n = 2 + 1 + 3 + 4 + 2 = 12; poor H1 (2) + H2 (1) + H5 (2) = 5.
        assertThat(af.persons()).isEqualTo(12);
        assertThat(af.poorPersons()).isEqualTo(5);
        // H = 5 ÷ 12
        assertThat(af.h()).isCloseTo(5.0 / 12, within(EPSILON));
        // Σ poor scores = 2 × 0.5 + 1 × 0.5 + 2 × 0.75 = 3; A = 3 ÷ 5 = 0.6
        assertThat(af.a()).isCloseTo(0.6, within(EPSILON));
        // M0 = 3 ÷ 12 = 0.25 = H × A
        assertThat(af.m0()).isCloseTo(0.25, within(EPSILON));
        // M1 = (¼ × 3 food + ¼ × 1 housing + ½ × (2 × 0.5 + 2 × 1) income gaps) ÷ 12 = 2.5 ÷ 12
        assertThat(af.m1()).isCloseTo(2.5 / 12, within(EPSILON));
        // M2 = (¼ × 3 + ¼ × 1 + ½ × (2 × 0.25 + 2 × 1)) ÷ 12 = 2.25 ÷ 12 = 0.1875
        assertThat(af.m2()).isCloseTo(0.1875, within(EPSILON));
        assertThat(af.cutoff()).isEqualTo(0.5);
    }

    @Test
    @DisplayName("ST-3: raw and censored headcount ratios and contributions by indicator, by hand")
    void st3IndicatorsWorkedByHand() {
        MultidimensionalPoverty af = MEASURE.measure(fiveHouseholds(), NATIONAL, YEAR);

        assertThat(af.indicators()).extracting(IndicatorMeasures::dimension)
                .containsExactly(Dimension.FOOD, Dimension.HOUSING, Dimension.INCOME);
        // FOOD: deprived H2 (1) + H3 (3) + H5 (2) = 6 of 12; censored without H3: 3 of 12.
        // Contribution ¼ × 3/12 ÷ 0.25 = 0.25.
        IndicatorMeasures food = af.indicator(Dimension.FOOD);
        assertThat(food.weight()).isEqualTo(0.25);
        assertThat(food.uncensoredHeadcountRatio()).isCloseTo(0.5, within(EPSILON));
        assertThat(food.censoredHeadcountRatio()).isCloseTo(0.25, within(EPSILON));
        assertThat(food.contribution()).isCloseTo(0.25, within(EPSILON));
        // HOUSING: H2 (1) of 12, poor: 1/12 both; contribution ¼ × 1/12 ÷ 0.25 = 1/12.
        IndicatorMeasures housing = af.indicator(Dimension.HOUSING);
        assertThat(housing.uncensoredHeadcountRatio()).isCloseTo(1.0 / 12, within(EPSILON));
        assertThat(housing.censoredHeadcountRatio()).isCloseTo(1.0 / 12, within(EPSILON));
        assertThat(housing.contribution()).isCloseTo(1.0 / 12, within(EPSILON));
        // INCOME: H1 (2) + H5 (2) = 4 of 12, all poor; contribution ½ × 4/12 ÷ 0.25 = 2/3.
        IndicatorMeasures income = af.indicator(Dimension.INCOME);
        assertThat(income.uncensoredHeadcountRatio()).isCloseTo(4.0 / 12, within(EPSILON));
        assertThat(income.censoredHeadcountRatio()).isCloseTo(4.0 / 12, within(EPSILON));
        assertThat(income.contribution()).isCloseTo(2.0 / 3, within(EPSILON));
        // 0.25 + 1/12 + 2/3 = 1
    }

    @Test
    @DisplayName("ST-3: decomposition by county, by hand")
    void st3SubgroupsWorkedByHand() {
        MultidimensionalPoverty af = MEASURE.measure(fiveHouseholds(), NATIONAL, YEAR, COUNTY);

        assertThat(af.subgroups()).extracting(SubgroupMeasures::subgroup).containsExactly(HEBEI, GUIZHOU);
        // 522727: H1, H2: 3 persons, all poor; scores 2 × 0.5 + 0.5 = 1.5; M0 = 1.5 ÷ 3 = 0.5, A = 0.5.
        // Share 3 ÷ 12 = 0.25; contribution 0.25 × 0.5 ÷ 0.25 = 0.5.
        SubgroupMeasures guizhou = af.subgroup(GUIZHOU);
        assertThat(guizhou).isNotNull();
        assertThat(guizhou.persons()).isEqualTo(3);
        assertThat(guizhou.poorPersons()).isEqualTo(3);
        assertThat(guizhou.populationShare()).isEqualTo(0.25);
        assertThat(guizhou.h()).isEqualTo(1.0);
        assertThat(guizhou.a()).isCloseTo(0.5, within(EPSILON));
        assertThat(guizhou.m0()).isCloseTo(0.5, within(EPSILON));
        assertThat(guizhou.contribution()).isCloseTo(0.5, within(EPSILON));
        // 130123: H3, H4, H5: 9 persons, poor H5 (2), score 0.75: H = 2/9, A = 0.75, M0 = 1.5 ÷ 9 = 1/6.
        // Share 9 ÷ 12 = 0.75; contribution 0.75 × 1/6 ÷ 0.25 = 0.5.
        SubgroupMeasures hebei = af.subgroup(HEBEI);
        assertThat(hebei).isNotNull();
        assertThat(hebei.persons()).isEqualTo(9);
        assertThat(hebei.h()).isCloseTo(2.0 / 9, within(EPSILON));
        assertThat(hebei.a()).isCloseTo(0.75, within(EPSILON));
        assertThat(hebei.m0()).isCloseTo(1.0 / 6, within(EPSILON));
        assertThat(hebei.populationShare()).isEqualTo(0.75);
        assertThat(hebei.contribution()).isCloseTo(0.5, within(EPSILON));
        assertThat(af.subgroup("110101")).isNull();
    }

    @Test
    @DisplayName("ST-3: findings cite ST-3 and state H, A, M0, M1, M2")
    void st3Findings() {
        MultidimensionalPoverty af = MEASURE.measure(fiveHouseholds(), NATIONAL, YEAR);

        assertThat(af.findings()).extracting(Finding::rule).containsOnly(Rule.ST_3);
        assertThat(af.findings()).extracting(Finding::observed).containsExactly(new BigDecimal("41.67"),
                new BigDecimal("60.00"), new BigDecimal("0.2500"), new BigDecimal("0.2083"), new BigDecimal("0.1875"));
        assertThat(af.findings().get(0).message()).isEqualTo("Alkire-Foster H of income year 2019: 41.67% of persons "
                + "are multidimensionally poor at cutoff k = 0.5");
        assertThat(af.findings().get(2).messageZh()).isEqualTo("2019年调整后多维贫困指数M0 = H × A：0.2500");
    }

    @Test
    @DisplayName("ST-3: without income every gap is 1, so M2 = M1 = M0, and there are no M1, M2 findings")
    void st3DichotomousOnly() {
        AlkireFoster measure = AlkireFoster.equalWeights(EnumSet.of(Dimension.FOOD, Dimension.HOUSING), 0.5);
        MultidimensionalPoverty af = measure.measure(fiveHouseholds(), NATIONAL, YEAR);

        // Deprived in FOOD or HOUSING (score ≥ ½): H2 (1), H3 (3), H5 (2) = 6 of 12; scores 1, ½, ½.
        // M0 = (1 × 1 + 3 × 0.5 + 2 × 0.5) ÷ 12 = 3.5 ÷ 12
        assertThat(af.h()).isCloseTo(0.5, within(EPSILON));
        assertThat(af.m0()).isCloseTo(3.5 / 12, within(EPSILON));
        assertThat(af.m1()).isEqualTo(af.m0());
        assertThat(af.m2()).isEqualTo(af.m0());
        assertThat(af.findings()).hasSize(3);
    }

    @Test
    @DisplayName("ST-3: NOT_APPLICABLE counts as not deprived")
    void st3NotApplicableIsNotDeprived() {
        // Adults only: IND-EDU is NOT_APPLICABLE.
        Household adults = household("ADULTS", GUIZHOU, 2, 1_000).build();
        IndicatorReport report = Indicators.evaluate(adults, NATIONAL.parametersFor(YEAR));
        assertThat(report.status(Indicator.EDUCATION)).isEqualTo(IndicatorStatus.NOT_APPLICABLE);

        MultidimensionalPoverty af = AlkireFoster.equalWeights(Set.of(Dimension.EDUCATION), 1)
                .measure(List.of(adults), NATIONAL, YEAR);

        assertThat(af.persons()).isEqualTo(2);
        assertThat(af.h()).isZero();
        assertThat(af.indicator(Dimension.EDUCATION).uncensoredHeadcountRatio()).isZero();
    }

    @Test
    @DisplayName("ST-3: weights such as 1/3 reach a cutoff of 2/3 as written")
    void st3ThirdsReachTwoThirds() {
        AlkireFoster measure = AlkireFoster.equalWeights(
                EnumSet.of(Dimension.FOOD, Dimension.HOUSING, Dimension.INCOME), 2.0 / 3);
        // H2 is deprived in FOOD and HOUSING: 1/3 + 1/3 reaches 2/3.
        MultidimensionalPoverty af = measure.measure(fiveHouseholds().subList(1, 2), NATIONAL, YEAR);

        assertThat(af.h()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("ST-3: a weight counts each member that many times")
    void st3WeightCountsMembers() {
        AlkireFoster.Accumulator accumulator = MEASURE.accumulator(NATIONAL, YEAR);
        List<Household> five = fiveHouseholds();
        accumulator.add(five.get(0), 2); // H1: 4 persons, score 0.5
        accumulator.add(five.get(3), 1); // H4: 4 persons, not deprived
        MultidimensionalPoverty af = accumulator.result();

        // H = 4 ÷ 8; M0 = 4 × 0.5 ÷ 8 = 0.25
        assertThat(af.persons()).isEqualTo(8);
        assertThat(af.h()).isEqualTo(0.5);
        assertThat(af.m0()).isCloseTo(0.25, within(EPSILON));
    }

    @Test
    @DisplayName("ST-3: no persons gives zero measures and a failing finding")
    void st3NoPersons() {
        MultidimensionalPoverty af = MEASURE.measure(List.of(), NATIONAL, YEAR, COUNTY);

        assertThat(af.h()).isZero();
        assertThat(af.m0()).isZero();
        assertThat(af.subgroups()).isEmpty();
        assertThat(af.indicator(Dimension.FOOD).contribution()).isZero();
        assertThat(af.findings()).singleElement().satisfies(f -> assertThat(f.passed()).isFalse());
    }

    @Test
    @DisplayName("ST-3: a measure needs dimensions, weights summing to 1 and k in (0, 1]")
    void st3RefusesBadDefinitions() {
        assertThatThrownBy(() -> AlkireFoster.of(Map.of(), 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlkireFoster.of(Map.of(Dimension.FOOD, 0.5, Dimension.WATER, 0.4), 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> AlkireFoster.of(Map.of(Dimension.FOOD, 1.5, Dimension.WATER, -0.5), 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlkireFoster.equalWeights(Set.of(Dimension.FOOD), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlkireFoster.equalWeights(Set.of(Dimension.FOOD), 1.01))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MEASURE.accumulator(NATIONAL, YEAR).add(Households.worked(), -1))
                .isInstanceOf(IllegalArgumentException.class);
        AlkireFoster.Accumulator one = MEASURE.accumulator(NATIONAL, YEAR);
        assertThatThrownBy(() -> one.combine(MEASURE.accumulator(NATIONAL, YEAR, COUNTY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("ST-3: each refusal says what is wrong: no dimension, a weight of 0 or below, weights not summing to 1")
    void st3RefusalsSayWhy() {
        assertThatThrownBy(() -> AlkireFoster.of(Map.of(), 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("choose at least one dimension");
        // Weights of 0 and -0.25 are refused even though the weights sum to 1.
        assertThatThrownBy(() -> AlkireFoster.of(Map.of(Dimension.FOOD, 0.0, Dimension.WATER, 1.0), 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the weight of FOOD must be in (0, 1], not 0.0");
        assertThatThrownBy(() -> AlkireFoster.of(Map.of(Dimension.FOOD, -0.25, Dimension.HOUSING, 0.75,
                Dimension.WATER, 0.5), 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the weight of FOOD must be in (0, 1], not -0.25");
        assertThatThrownBy(() -> AlkireFoster.of(Map.of(Dimension.FOOD, 0.5, Dimension.WATER, 0.75), 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the weights must sum to 1, not 1.25");
    }

    @Test
    @DisplayName("ST-3: the edges of the ranges are allowed: one dimension of weight exactly 1, a cutoff of exactly 1")
    void st3EdgesOfTheRangesAreAllowed() {
        AlkireFoster measure = AlkireFoster.of(Map.of(Dimension.FOOD, 1.0), 1);
        MultidimensionalPoverty af = measure.measure(fiveHouseholds(), NATIONAL, YEAR);

        // Deprived in FOOD: H2 (1) + H3 (3) + H5 (2) = 6 of 12.
        assertThat(measure.weights()).containsExactly(Map.entry(Dimension.FOOD, 1.0));
        assertThat(af.h()).isCloseTo(0.5, within(EPSILON));
    }

    @Test
    @DisplayName("ST-3: M1 and M2 use the income gaps wherever INCOME stands among the dimensions chosen")
    void st3IncomeGapsWhereverIncomeStands() {
        // Built here rather than shared, so that building it is part of what is tested. INCOME is the last of three.
        AlkireFoster measure = AlkireFoster.of(
                Map.of(Dimension.FOOD, 0.25, Dimension.HOUSING, 0.25, Dimension.INCOME, 0.5), 0.5);
        AlkireFoster incomeSecond = AlkireFoster.of(Map.of(Dimension.FOOD, 0.5, Dimension.INCOME, 0.5), 0.5);

        MultidimensionalPoverty af = measure.measure(fiveHouseholds(), NATIONAL, YEAR);
        MultidimensionalPoverty second = incomeSecond.measure(fiveHouseholds(), NATIONAL, YEAR);

        // As st3WorkedByHand: M1 = 2.5 ÷ 12, M2 = 0.1875, with their findings.
        assertThat(af.m1()).isCloseTo(2.5 / 12, within(EPSILON));
        assertThat(af.m2()).isCloseTo(0.1875, within(EPSILON));
        assertThat(af.findings()).hasSize(5);
        // FOOD ½, INCOME ½, k = ½: poor H1 (2, gap 0.5), H2 (1, food), H3 (3, food), H5 (2, food and gap 1).
        // M1 = (½ × 6 food + ½ × (2 × 0.5 + 2 × 1)) ÷ 12 = 4.5 ÷ 12; M2 = (½ × 6 + ½ × (2 × 0.25 + 2)) ÷ 12 = 4.25 ÷ 12
        assertThat(second.m1()).isCloseTo(4.5 / 12, within(EPSILON));
        assertThat(second.m2()).isCloseTo(4.25 / 12, within(EPSILON));
        assertThat(second.findings()).extracting(Finding::message).last().asString().startsWith("Alkire-Foster M2");
    }

    @Test
    @DisplayName("ST-3: accumulators combined give every figure of one accumulator over all households")
    void st3CombinedAccumulatorsGiveTheWholeResult() {
        List<Household> five = fiveHouseholds();
        AlkireFoster.Accumulator first = MEASURE.accumulator(NATIONAL, YEAR, COUNTY);
        AlkireFoster.Accumulator rest = MEASURE.accumulator(NATIONAL, YEAR, COUNTY);
        // Each part holds some of each county, so subgroups merge as well as the totals.
        first.add(five.get(0));
        first.add(five.get(2));
        five.subList(3, 5).forEach(rest::add);
        rest.add(five.get(1));

        MultidimensionalPoverty combined = first.combine(rest).result();
        MultidimensionalPoverty whole = MEASURE.measure(five, NATIONAL, YEAR, COUNTY);

        assertThat(combined.persons()).isEqualTo(12);
        assertThat(combined.poorPersons()).isEqualTo(5);
        assertThat(combined.m1()).isCloseTo(whole.m1(), within(EPSILON));
        assertThat(combined.m2()).isCloseTo(0.1875, within(EPSILON));
        for (Dimension d : List.of(Dimension.FOOD, Dimension.HOUSING, Dimension.INCOME)) {
            assertThat(combined.indicator(d).uncensoredHeadcountRatio()).as("%s raw", d)
                    .isCloseTo(whole.indicator(d).uncensoredHeadcountRatio(), within(EPSILON));
            assertThat(combined.indicator(d).censoredHeadcountRatio()).as("%s censored", d)
                    .isCloseTo(whole.indicator(d).censoredHeadcountRatio(), within(EPSILON));
        }
        assertThat(combined.indicator(Dimension.FOOD).uncensoredHeadcountRatio()).isCloseTo(0.5, within(EPSILON));
        SubgroupMeasures hebei = combined.subgroup(HEBEI);
        assertThat(hebei).isNotNull();
        assertThat(hebei.persons()).isEqualTo(9);
        assertThat(hebei.m0()).isCloseTo(1.0 / 6, within(EPSILON));
    }

    @Test
    @DisplayName("ST-3: with no persons every headcount ratio is 0, not a division by zero")
    void st3NoPersonsHeadcountRatiosAreZero() {
        MultidimensionalPoverty af = MEASURE.measure(List.of(), NATIONAL, YEAR);

        assertThat(af.indicators()).hasSize(3).allSatisfy(i -> {
            assertThat(i.uncensoredHeadcountRatio()).isZero();
            assertThat(i.censoredHeadcountRatio()).isZero();
            assertThat(i.contribution()).isZero();
        });
        assertThat(af.findings()).singleElement().extracting(Finding::message)
                .isEqualTo("No persons were counted for income year 2019: the measures are 0");
    }

    @Test
    @DisplayName("ST-3: measures are equal only with the same dimensions, the same weights and the same cutoff")
    void st3EqualityNeedsEverything() {
        AlkireFoster foodHousing = AlkireFoster.of(Map.of(Dimension.FOOD, 0.25, Dimension.HOUSING, 0.75), 0.5);

        assertThat(foodHousing)
                .isEqualTo(AlkireFoster.of(Map.of(Dimension.FOOD, 0.25, Dimension.HOUSING, 0.75), 0.5))
                .isNotEqualTo(AlkireFoster.of(Map.of(Dimension.FOOD, 0.25, Dimension.WATER, 0.75), 0.5))
                .isNotEqualTo(AlkireFoster.of(Map.of(Dimension.FOOD, 0.75, Dimension.HOUSING, 0.25), 0.5))
                .isNotEqualTo(AlkireFoster.of(Map.of(Dimension.FOOD, 0.25, Dimension.HOUSING, 0.75), 0.75))
                .isNotEqualTo(foodHousing.toString());
    }

    @Test
    @DisplayName("ST-3: accumulators of another measure or year do not combine")
    void st3CombineOnlyTheSameMeasureAndYear() {
        AlkireFoster.Accumulator one = MEASURE.accumulator(NATIONAL, YEAR);
        AlkireFoster other = AlkireFoster.of(Map.of(Dimension.FOOD, 0.5, Dimension.INCOME, 0.5), 0.5);

        assertThatThrownBy(() -> one.combine(other.accumulator(NATIONAL, YEAR)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different measures");
        assertThatThrownBy(() -> one.combine(MEASURE.accumulator(NATIONAL, Year.of(2018))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different measures");
        assertThat(one.combine(MEASURE.accumulator(NATIONAL, YEAR)).result().persons()).isZero();
    }

    @Test
    @DisplayName("ST-3: measures differing in cutoff, weights or dimensions differ in hash code too")
    void st3HashCodesSpread() {
        AlkireFoster other = AlkireFoster.of(Map.of(Dimension.FOOD, 0.5, Dimension.HOUSING, 0.25,
                Dimension.INCOME, 0.25), 0.5);
        AlkireFoster otherDimensions = AlkireFoster.of(Map.of(Dimension.FOOD, 0.25, Dimension.WATER, 0.25,
                Dimension.INCOME, 0.5), 0.5);

        assertThat(List.of(AlkireFoster.of(MEASURE.weights(), 0.75), other, otherDimensions))
                .allSatisfy(m -> assertThat(m.hashCode()).isNotEqualTo(MEASURE.hashCode()));
    }

    @Test
    @DisplayName("ST-3: a measure is a value: weights in dimension order, equality, description")
    void st3MeasureIsAValue() {
        AlkireFoster same = AlkireFoster.of(new EnumMap<>(Map.of(Dimension.INCOME, 0.5, Dimension.HOUSING, 0.25,
                Dimension.FOOD, 0.25)), 0.5);

        assertThat(same).isEqualTo(MEASURE).hasSameHashCodeAs(MEASURE);
        assertThat(MEASURE.weights().keySet()).containsExactly(Dimension.FOOD, Dimension.HOUSING, Dimension.INCOME);
        assertThat(MEASURE.cutoff()).isEqualTo(0.5);
        assertThat(MEASURE).hasToString("AlkireFoster{FOOD=0.25, HOUSING=0.25, INCOME=0.5, k=0.5}");
        assertThat(MEASURE).isNotEqualTo(AlkireFoster.of(MEASURE.weights(), 0.75));
    }

    /** A random measure over 1 to 7 dimensions with random positive weights summing to 1 and a random k. */
    private static AlkireFoster randomMeasure(Random random) {
        Map<Dimension, Double> raw = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            if (raw.isEmpty() || random.nextBoolean()) {
                raw.put(d, 1.0 + random.nextInt(4));
            }
        }
        double sum = raw.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<Dimension, Double> weights = new EnumMap<>(Dimension.class);
        raw.forEach((d, w) -> weights.put(d, w / sum));
        return AlkireFoster.of(weights, 0.1 + 0.9 * random.nextDouble());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @DisplayName("ST-3 property: M0 = H × A and M2 <= M1 <= M0")
    void st3M0IsHTimesA(long seed) {
        Random random = new Random(seed);
        MultidimensionalPoverty af = randomMeasure(random).measure(Populations.random(seed), NATIONAL, YEAR);

        assertThat(af.m0()).isCloseTo(af.h() * af.a(), within(EPSILON));
        assertThat(af.m1()).isLessThanOrEqualTo(af.m0() + EPSILON);
        assertThat(af.m2()).isLessThanOrEqualTo(af.m1() + EPSILON);
        assertThat(af.a()).isBetween(0.0, 1.0 + EPSILON);
        if (af.poorPersons() > 0) {
            assertThat(af.a()).isGreaterThanOrEqualTo(af.cutoff() - 1e-9);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @DisplayName("ST-3 property: subgroup contributions sum to 1 and population-weighted M0s to the total M0")
    void st3SubgroupContributionsSumToTheTotal(long seed) {
        Random random = new Random(seed);
        MultidimensionalPoverty af = randomMeasure(random).measure(Populations.random(seed), NATIONAL, YEAR,
                COUNTY);

        double weightedM0 = 0;
        double contributions = 0;
        long persons = 0;
        for (SubgroupMeasures s : af.subgroups()) {
            weightedM0 += s.populationShare() * s.m0();
            contributions += s.contribution();
            persons += s.persons();
        }
        assertThat(persons).isEqualTo(af.persons());
        assertThat(weightedM0).isCloseTo(af.m0(), within(EPSILON));
        assertThat(contributions).isCloseTo(af.m0() > 0 ? 1 : 0, within(EPSILON));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @DisplayName("ST-3 property: indicator contributions sum to 100% and weighted censored ratios to M0")
    void st3IndicatorContributionsSumTo100Percent(long seed) {
        Random random = new Random(seed);
        MultidimensionalPoverty af = randomMeasure(random).measure(Populations.random(seed), NATIONAL, YEAR);

        double contributions = 0;
        double m0 = 0;
        for (IndicatorMeasures m : af.indicators()) {
            contributions += m.contribution();
            m0 += m.weight() * m.censoredHeadcountRatio();
            assertThat(m.censoredHeadcountRatio()).isLessThanOrEqualTo(m.uncensoredHeadcountRatio());
        }
        assertThat(contributions).isCloseTo(af.m0() > 0 ? 1 : 0, within(EPSILON));
        assertThat(m0).isCloseTo(af.m0(), within(EPSILON));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @DisplayName("ST-3 property: an integer weight w equals the household duplicated w times")
    void st3WeightEqualsDuplication(long seed) {
        Random random = new Random(seed);
        AlkireFoster measure = randomMeasure(random);
        List<Household> population = Populations.random(seed);
        AlkireFoster.Accumulator weighted = measure.accumulator(NATIONAL, YEAR, COUNTY);
        List<Household> duplicated = new ArrayList<>();
        for (Household h : population) {
            int w = random.nextInt(5);
            weighted.add(h, w);
            for (int i = 0; i < w; i++) {
                duplicated.add(h);
            }
        }
        MultidimensionalPoverty byWeight = weighted.result();
        MultidimensionalPoverty byCopies = measure.measure(duplicated, NATIONAL, YEAR, COUNTY);

        assertThat(byWeight.persons()).isEqualTo(byCopies.persons());
        assertThat(byWeight.poorPersons()).isEqualTo(byCopies.poorPersons());
        assertThat(byWeight.m0()).isCloseTo(byCopies.m0(), within(EPSILON));
        assertThat(byWeight.m2()).isCloseTo(byCopies.m2(), within(EPSILON));
        assertThat(byWeight.subgroups()).extracting(SubgroupMeasures::persons)
                .isEqualTo(byCopies.subgroups().stream().map(SubgroupMeasures::persons).toList());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @DisplayName("ST-3 property: the income dimension deprives exactly FGT's poor (ID-H-1), and H falls as k rises")
    void st3IncomeMatchesFgtAndHFallsWithK(long seed) {
        List<Household> population = Populations.random(seed);
        FosterGreerThorbecke fgt = FosterGreerThorbecke.of(population, NATIONAL, YEAR);
        Set<Dimension> all = EnumSet.allOf(Dimension.class);

        MultidimensionalPoverty union = AlkireFoster.equalWeights(all, 1.0 / 7).measure(population, NATIONAL, YEAR);
        MultidimensionalPoverty middle = AlkireFoster.equalWeights(all, 3.0 / 7).measure(population, NATIONAL, YEAR);
        MultidimensionalPoverty intersection = AlkireFoster.equalWeights(all, 1).measure(population, NATIONAL, YEAR);
        MultidimensionalPoverty incomeOnly = AlkireFoster.equalWeights(Set.of(Dimension.INCOME), 1)
                .measure(population, NATIONAL, YEAR);

        assertThat(union.indicator(Dimension.INCOME).uncensoredHeadcountRatio()).isEqualTo(fgt.p0());
        // With income alone, H = P0 and M1 = P1, M2 = P2.
        assertThat(incomeOnly.h()).isEqualTo(fgt.p0());
        assertThat(incomeOnly.m1()).isCloseTo(fgt.p1(), within(EPSILON));
        assertThat(incomeOnly.m2()).isCloseTo(fgt.p2(), within(EPSILON));
        assertThat(union.h()).isGreaterThanOrEqualTo(middle.h());
        assertThat(middle.h()).isGreaterThanOrEqualTo(intersection.h());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @DisplayName("ST-3 property: a parallel stream gives the sequential result")
    void st3ParallelEqualsSequential(long seed) {
        Random random = new Random(seed);
        AlkireFoster measure = randomMeasure(random);
        List<Household> population = Populations.random(seed);

        MultidimensionalPoverty sequential = measure.measure(population, NATIONAL, YEAR, COUNTY);
        MultidimensionalPoverty parallel = population.parallelStream()
                .collect(measure.collector(NATIONAL, YEAR, COUNTY));
        MultidimensionalPoverty withoutGroups = population.parallelStream().collect(measure.collector(NATIONAL, YEAR));

        assertThat(parallel.poorPersons()).isEqualTo(sequential.poorPersons());
        assertThat(parallel.m0()).isCloseTo(sequential.m0(), within(EPSILON));
        assertThat(parallel.m1()).isCloseTo(sequential.m1(), within(EPSILON));
        assertThat(parallel.subgroups()).hasSameSizeAs(sequential.subgroups());
        assertThat(withoutGroups.m0()).isCloseTo(sequential.m0(), within(EPSILON));
        assertThat(withoutGroups.subgroups()).isEmpty();
    }
}

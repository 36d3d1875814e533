package io.github.jingzhun.statistics;

import static io.github.jingzhun.statistics.Populations.GUIZHOU;
import static io.github.jingzhun.statistics.Populations.YEAR;
import static io.github.jingzhun.statistics.Populations.household;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.jingzhun.Households;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.identification.Outcome;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.PolicyParameters;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ST-2: the Foster–Greer–Thorbecke measures, worked by hand and as properties over random populations. */
class FosterGreerThorbeckeTest {

    private static final PovertyPolicy NATIONAL = PovertyPolicy.national();
    private static final double EPSILON = 1e-12;

    static LongStream seeds() {
        return Populations.seeds();
    }

    /** Four households against a line of 4,000 yuan: 10 persons, 5 below the line. */
    private static List<Household> fourHouseholds() {
        return List.of(
                household("A", GUIZHOU, 2, 6_000).build(),   // 3,000 per person: gap (8000 − 6000) ÷ 8000 = 0.25
                household("B", GUIZHOU, 1, 4_000).build(),   // exactly at the line: not poor (ID-H-1)
                household("C", GUIZHOU, 3, -300).build(),    // negative net income: the gap counts as 1
                household("D", GUIZHOU, 4, 20_000).build()); // 5,000 per person: not poor
    }

    @Test
    @DisplayName("ST-2: P0, P1 and P2 of four households worked by hand")
    void st2WorkedByHand() {
        FosterGreerThorbecke.Accumulator accumulator = FosterGreerThorbecke.accumulator(YEAR, Yuan.of(4000));
        fourHouseholds().forEach(accumulator::add);
        FosterGreerThorbecke fgt = accumulator.result();

        // Persons 2 + 1 + 3 + 4 = 10; below the line A (2) and C (3) = 5.
        assertThat(fgt.persons()).isEqualTo(10);
        assertThat(fgt.poorPersons()).isEqualTo(5);
        // P0 = 5 ÷ 10
        assertThat(fgt.p0()).isEqualTo(0.5);
        // P1 = (2 × 0.25 + 3 × 1) ÷ 10 = 3.5 ÷ 10
        assertThat(fgt.p1()).isCloseTo(0.35, within(EPSILON));
        // P2 = (2 × 0.25² + 3 × 1²) ÷ 10 = 3.125 ÷ 10
        assertThat(fgt.p2()).isCloseTo(0.3125, within(EPSILON));
        assertThat(fgt.year()).isEqualTo(YEAR);
    }

    @Test
    @DisplayName("ST-2: the findings cite ST-2 and state P0, P1, P2 in percent")
    void st2Findings() {
        FosterGreerThorbecke fgt = fourHouseholds().stream().collect(FosterGreerThorbecke.collector(YEAR,
                Yuan.of(4000)));

        assertThat(fgt.findings()).extracting(Finding::rule).containsOnly(Rule.ST_2);
        assertThat(fgt.findings()).extracting(Finding::observed)
                .containsExactly(new BigDecimal("50.00"), new BigDecimal("35.00"), new BigDecimal("31.25"));
        assertThat(fgt.findings().get(0).message())
                .isEqualTo("FGT P0 (headcount ratio) of income year 2019: 50.00% of persons live below the line");
        assertThat(fgt.findings().get(0).messageZh()).isEqualTo("2019年FGT P0（贫困发生率）：50.00%的人口低于扶贫标准");
    }

    @Test
    @DisplayName("ST-2 with ID-H-1: one fen below the line is poor, at the line is not")
    void st2OneFenBelowTheLineIsPoor() {
        // 2019 line 3,218: 2 members at 6,435.99 are below 6,436.00; at 6,436.00 they are not.
        Household below = Households.household(GUIZHOU).addMembers(Households.adult(), Households.adult())
                .addIncome(Households.income(2019).withWage(Yuan.parse("6435.99")).build()).build();
        Household at = household("AT", GUIZHOU, 2, 6_436).build();

        FosterGreerThorbecke fgt = FosterGreerThorbecke.of(List.of(below, at), NATIONAL, YEAR);

        assertThat(fgt.poorPersons()).isEqualTo(2);
        assertThat(fgt.p0()).isEqualTo(0.5);
        // P1 = 2 × (0.01 ÷ 6436) ÷ 4
        assertThat(fgt.p1()).isCloseTo(2 * (1.0 / 643_600) / 4, within(EPSILON));
    }

    @Test
    @DisplayName("ST-2 uses the line each household is identified by (ID-STD): the worked household's gap")
    void st2AgainstThePolicyLine() {
        // Worked household: net 6,400 for 2 members against 2 × 3,218 = 6,436: gap 36 ÷ 6,436.
        FosterGreerThorbecke fgt = FosterGreerThorbecke.of(List.of(Households.worked()), NATIONAL, YEAR);

        assertThat(fgt.p0()).isEqualTo(1.0);
        assertThat(fgt.p1()).isCloseTo(36.0 / 6436, within(EPSILON));
        assertThat(fgt.p2()).isCloseTo((36.0 / 6436) * (36.0 / 6436), within(EPSILON));
    }

    @Test
    @DisplayName("ST-2: a weight of 3 counts each member three times")
    void st2WeightCountsMembers() {
        FosterGreerThorbecke.Accumulator accumulator = FosterGreerThorbecke.accumulator(YEAR, Yuan.of(4000));
        accumulator.add(household("A", GUIZHOU, 2, 6_000).build(), 3);  // 6 persons, gap 0.25
        accumulator.add(household("D", GUIZHOU, 4, 20_000).build(), 1); // 4 persons, not poor
        FosterGreerThorbecke fgt = accumulator.result();

        // P0 = 6 ÷ 10; P1 = 6 × 0.25 ÷ 10 = 0.15; P2 = 6 × 0.0625 ÷ 10 = 0.0375
        assertThat(fgt.persons()).isEqualTo(10);
        assertThat(fgt.p0()).isEqualTo(0.6);
        assertThat(fgt.p1()).isCloseTo(0.15, within(EPSILON));
        assertThat(fgt.p2()).isCloseTo(0.0375, within(EPSILON));
    }

    @Test
    @DisplayName("ST-2: no persons gives zero measures and a failing finding")
    void st2NoPersons() {
        FosterGreerThorbecke fgt = FosterGreerThorbecke.of(List.of(), NATIONAL, YEAR);

        assertThat(fgt.persons()).isZero();
        assertThat(fgt.p0()).isZero();
        assertThat(fgt.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.ST_2);
            assertThat(f.passed()).isFalse();
        });
    }

    @Test
    @DisplayName("ST-2: a weight of 0 adds nothing, and asks nothing of the household, not even its income record")
    void st2WeightZeroAddsNothing() {
        FosterGreerThorbecke.Accumulator accumulator = FosterGreerThorbecke.accumulator(YEAR, Yuan.of(4000));
        Household withoutIncome = Households.household(GUIZHOU).addMembers(Households.adult()).build();

        accumulator.add(withoutIncome, 0);
        accumulator.add(household("A", GUIZHOU, 2, 6_000).build(), 0);

        assertThat(accumulator.result().persons()).isZero();
        assertThatThrownBy(() -> accumulator.add(withoutIncome, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no income record");
    }

    @Test
    @DisplayName("ST-2 with ID-H-1: the gap of a household at or above the line is exactly 0, never negative")
    void st2GapAtOrAboveTheLineIsZero() {
        long line = 400_000; // 4,000.00 yuan per person

        assertThat(FosterGreerThorbecke.gapRatio(household("B", GUIZHOU, 1, 4_000).build(), YEAR, line)).isZero();
        assertThat(FosterGreerThorbecke.gapRatio(household("D", GUIZHOU, 4, 20_000).build(), YEAR, line)).isZero();
        assertThat(FosterGreerThorbecke.gapRatio(household("A", GUIZHOU, 2, 6_000).build(), YEAR, line))
                .isEqualTo(0.25);
        assertThat(FosterGreerThorbecke.gapRatio(household("Z", GUIZHOU, 1, 0).build(), YEAR, line)).isEqualTo(1);
        assertThat(FosterGreerThorbecke.gapRatio(household("C", GUIZHOU, 3, -300).build(), YEAR, line)).isEqualTo(1);
    }

    @Test
    @DisplayName("ST-2: bad input is refused loudly")
    void st2RefusesBadInput() {
        assertThatThrownBy(() -> FosterGreerThorbecke.accumulator(YEAR, Yuan.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FosterGreerThorbecke.accumulator(YEAR, Yuan.of(4000))
                .add(household("A", GUIZHOU, 1, 1).build(), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FosterGreerThorbecke.of(List.of(household("A", GUIZHOU, 1, 1).build()), NATIONAL,
                Year.of(2018))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no income record");
        assertThatThrownBy(() -> new FosterGreerThorbecke(YEAR, 1, 2, 0, 0, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        FosterGreerThorbecke.Accumulator y2019 = FosterGreerThorbecke.accumulator(YEAR, Yuan.of(4000));
        assertThatThrownBy(() -> y2019.combine(FosterGreerThorbecke.accumulator(YEAR, Yuan.of(3000))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("ST-2: a negative count of poor persons is refused; accumulators of another year or line do not combine")
    void st2RefusesEachInconsistency() {
        assertThatThrownBy(() -> new FosterGreerThorbecke(YEAR, 5, -1, 0, 0, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 <= poor persons <= persons");
        FosterGreerThorbecke.Accumulator fixed = FosterGreerThorbecke.accumulator(YEAR, Yuan.of(4000));
        assertThatThrownBy(() -> fixed.combine(FosterGreerThorbecke.accumulator(Year.of(2018), Yuan.of(4000))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different years or lines");
        assertThatThrownBy(() -> fixed.combine(FosterGreerThorbecke.accumulator(NATIONAL, YEAR)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different years or lines");
        FosterGreerThorbecke.Accumulator policy = FosterGreerThorbecke.accumulator(NATIONAL, YEAR);
        assertThatThrownBy(() -> policy.combine(FosterGreerThorbecke.accumulator(NATIONAL, Year.of(2018))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different years or lines");
        assertThat(fixed.combine(FosterGreerThorbecke.accumulator(YEAR, Yuan.of(4000))).result().persons()).isZero();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @DisplayName("ST-2 property: P2 <= P1 <= P0")
    void st2P2NeverExceedsP1NorP1P0(long seed) {
        FosterGreerThorbecke fgt = FosterGreerThorbecke.of(Populations.random(seed), NATIONAL, YEAR);

        assertThat(fgt.p2()).isLessThanOrEqualTo(fgt.p1());
        assertThat(fgt.p1()).isLessThanOrEqualTo(fgt.p0());
        assertThat(fgt.p2()).isGreaterThanOrEqualTo(0);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @DisplayName("ST-2 property: P0 is the headcount ratio of persons below the line by ID-H-1")
    void st2P0IsTheHeadcountRatioOfIdH1(long seed) {
        List<Household> population = Populations.random(seed);
        long persons = 0;
        long poor = 0;
        for (Household h : population) {
            persons += h.size();
            // ID-H-1 says poor by income whether or not an exclusion then applies.
            if (NATIONAL.assess(h, YEAR).identification().outcome() != Outcome.NOT_ELIGIBLE) {
                poor += h.size();
            }
        }

        FosterGreerThorbecke fgt = FosterGreerThorbecke.of(population, NATIONAL, YEAR);

        assertThat(fgt.persons()).isEqualTo(persons);
        assertThat(fgt.poorPersons()).isEqualTo(poor);
        assertThat(fgt.p0()).isEqualTo((double) poor / persons);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @DisplayName("ST-2 property: an integer weight w equals the household duplicated w times")
    void st2WeightEqualsDuplication(long seed) {
        Random random = new Random(seed);
        List<Household> population = Populations.random(seed);
        FosterGreerThorbecke.Accumulator weighted = FosterGreerThorbecke.accumulator(NATIONAL, YEAR);
        List<Household> duplicated = new ArrayList<>();
        for (Household h : population) {
            int w = random.nextInt(5);
            weighted.add(h, w);
            for (int i = 0; i < w; i++) {
                duplicated.add(h);
            }
        }
        FosterGreerThorbecke byWeight = weighted.result();
        FosterGreerThorbecke byCopies = FosterGreerThorbecke.of(duplicated, NATIONAL, YEAR);

        assertThat(byWeight.persons()).isEqualTo(byCopies.persons());
        assertThat(byWeight.poorPersons()).isEqualTo(byCopies.poorPersons());
        assertThat(byWeight.p0()).isEqualTo(byCopies.p0());
        assertThat(byWeight.p1()).isCloseTo(byCopies.p1(), within(EPSILON));
        assertThat(byWeight.p2()).isCloseTo(byCopies.p2(), within(EPSILON));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @DisplayName("ST-2 property: raising the line never lowers P0, P1 or P2")
    void st2RaisingTheLineNeverLowersP0(long seed) {
        Random random = new Random(seed);
        List<Household> population = Populations.random(seed);
        Yuan line = Yuan.ofFen(100_000 + random.nextInt(600_000));
        Yuan higher = line.plus(Yuan.ofFen(random.nextInt(100_000)));
        PolicyParameters raised = PolicyParameters.national().withPovertyLine(YEAR, higher, "test", "line raised");

        FosterGreerThorbecke low = population.stream().collect(FosterGreerThorbecke.collector(YEAR, line));
        FosterGreerThorbecke high = population.stream().collect(FosterGreerThorbecke.collector(YEAR, higher));
        FosterGreerThorbecke policy = FosterGreerThorbecke.of(population, PovertyPolicy.of(raised), YEAR);

        assertThat(high.p0()).isGreaterThanOrEqualTo(low.p0());
        assertThat(high.p1()).isGreaterThanOrEqualTo(low.p1());
        assertThat(high.p2()).isGreaterThanOrEqualTo(low.p2());
        assertThat(policy).isEqualTo(high);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @DisplayName("ST-2 property: a parallel stream gives the sequential result")
    void st2ParallelEqualsSequential(long seed) {
        List<Household> population = Populations.random(seed);
        FosterGreerThorbecke sequential = FosterGreerThorbecke.of(population, NATIONAL, YEAR);
        FosterGreerThorbecke parallel = population.parallelStream()
                .collect(FosterGreerThorbecke.collector(NATIONAL, YEAR));

        assertThat(parallel.persons()).isEqualTo(sequential.persons());
        assertThat(parallel.poorPersons()).isEqualTo(sequential.poorPersons());
        assertThat(parallel.p1()).isCloseTo(sequential.p1(), within(EPSILON));
        assertThat(parallel.p2()).isCloseTo(sequential.p2(), within(EPSILON));
    }
}

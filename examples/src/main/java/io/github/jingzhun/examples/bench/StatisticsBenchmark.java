package io.github.jingzhun.examples.bench;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.area.Area;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.household.Education;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Relation;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.statistics.AlkireFoster;
import io.github.jingzhun.statistics.Dimension;
import io.github.jingzhun.statistics.FosterGreerThorbecke;
import io.github.jingzhun.statistics.MultidimensionalPoverty;
import io.github.jingzhun.statistics.Progress;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The poverty statistics (ST-1..5) over ten million persons in one pass: 3,333,334 households of three
 * members, income year 2019. Each operation is one pass over the whole population.
 *
 * <p>Households stream past and are never held: the stream hands out, in turn, the households of a pool of 4,096
 * distinct random ones built once (some poor, some with guarantee gaps, registered, exited or neither, in 24
 * counties), so memory stays constant and the time measured is the statistics', not the building of households.
 * The fork runs with a 256 MB heap, far too small to hold ten million persons, to show that nothing is kept.
 *
 * <p>Run with {@code mvn -B -q -pl examples -am test-compile exec:exec@bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class StatisticsBenchmark {

    /** Households per pass: with three members each, 10,000,002 persons. */
    static final long HOUSEHOLDS = 3_333_334;
    private static final int POOL = 4096;
    private static final Year YEAR = Year.of(2019);
    private static final PovertyPolicy POLICY = PovertyPolicy.national();
    private static final AlkireFoster ALL_DIMENSIONS = AlkireFoster.equalWeights(EnumSet.allOf(Dimension.class),
            2.0 / 7);
    private static final Function<Household, String> COUNTY = h -> h.getArea().getCounty().toString();
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] PROVINCES = {52, 53, 62, 45, 41, 13};
    private static final HousingSafety[] SAFETY = HousingSafety.values();

    private Household[] pool = new Household[0];

    /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
    public StatisticsBenchmark() {
        // state is built in setUp
    }

    /** Builds the pool of distinct households that the passes stream. */
    @Setup
    public void setUp() {
        Random random = new Random(2019);
        pool = new Household[POOL];
        for (int i = 0; i < POOL; i++) {
            pool[i] = household(random, i);
        }
    }

    /**
     * ST-2: P0, P1, P2 against the line of each household's county.
     *
     * @return the measures
     */
    @Benchmark
    public FosterGreerThorbecke fgt() {
        return households().collect(FosterGreerThorbecke.collector(POLICY, YEAR));
    }

    /**
     * ST-3: all six indicators and income, equal weights, k = 2/7, decomposed by county.
     *
     * @return the measures
     */
    @Benchmark
    public MultidimensionalPoverty alkireFoster() {
        return households().collect(ALL_DIMENSIONS.collector(POLICY, YEAR, COUNTY));
    }

    /**
     * ST-5: registered, exited, relapsed and remaining by county.
     *
     * @return the progress
     */
    @Benchmark
    public Progress progress() {
        return households().collect(Progress.collector(POLICY, YEAR));
    }

    /**
     * ST-2, ST-3 and ST-5 together, each household read once.
     *
     * @return the three results
     */
    @Benchmark
    public List<Object> allInOnePass() {
        return households().collect(() -> new All(), All::add, All::combine).results();
    }

    /**
     * ST-2, ST-3 and ST-5 together on a parallel stream (the machine's cores), each household read once.
     *
     * @return the three results
     */
    @Benchmark
    public List<Object> allInOnePassParallel() {
        return households().parallel().collect(() -> new All(), All::add, All::combine).results();
    }

    private Stream<Household> households() {
        Household[] households = pool;
        return LongStream.range(0, HOUSEHOLDS).mapToObj(i -> households[(int) (i % POOL)]);
    }

    /** The three accumulators fed by one pass. */
    private static final class All {

        private final FosterGreerThorbecke.Accumulator fgt = FosterGreerThorbecke.accumulator(POLICY, YEAR);
        private final AlkireFoster.Accumulator af = ALL_DIMENSIONS.accumulator(POLICY, YEAR, COUNTY);
        private final Progress.Accumulator progress = Progress.accumulator(POLICY, YEAR);

        void add(Household household) {
            fgt.add(household);
            af.add(household);
            progress.add(household);
        }

        void combine(All other) {
            fgt.combine(other.fgt);
            af.combine(other.af);
            progress.combine(other.progress);
        }

        List<Object> results() {
            return List.of(fgt.result(), af.result(), progress.result());
        }
    }

    /**
     * A random household of three members (head, spouse, and a child of school age or a grandparent), with a 2019
     * per-capita income from 1,000 to 7,000 yuan, random food, housing and water, and any registration state.
     */
    private static Household household(Random random, int index) {
        CountyCode county = CountyCode.of(PROVINCES[random.nextInt(PROVINCES.length)] * 10000 + 101
                + random.nextInt(4));
        Household.Builder b = Household.builder().withId("BENCH-" + index).withArea(Area.of(county));
        b.addMembers(member(random, Relation.HEAD, LocalDate.of(1960 + random.nextInt(30), 3, 1), Labour.ORDINARY));
        b.addMembers(member(random, Relation.SPOUSE, LocalDate.of(1960 + random.nextInt(30), 5, 1), Labour.WEAK));
        if (random.nextBoolean()) {
            b.addMembers(member(random, Relation.CHILD, LocalDate.of(2006 + random.nextInt(7), 7, 1), Labour.NONE));
        } else {
            b.addMembers(member(random, Relation.PARENT, LocalDate.of(1935 + random.nextInt(15), 9, 1), Labour.LOST));
        }
        b.addIncome(IncomeRecord.builder().withYear(YEAR)
                .withWage(Yuan.ofFen(3 * 100L * (1000 + random.nextInt(6000)) + random.nextInt(100))).build());
        b.withConditions(LivingConditions.builder().withFoodAssured(random.nextInt(10) > 0)
                .withClothingAssured(random.nextInt(20) > 0)
                .withHousing(Housing.of(SAFETY[random.nextInt(SAFETY.length)], random.nextInt(5) > 0,
                        random.nextInt(5) > 0))
                .withWater(Water.builder().withQualityMeetsStandard(random.nextInt(10) > 0)
                        .withLitresPerPersonPerDay(40 + random.nextInt(40)).withPipedToYard(random.nextBoolean())
                        .withFetchRoundTripMinutes(5 + random.nextInt(25)).withGuaranteeRatePercent(88 + random.nextInt(12))
                        .build())
                .build());
        switch (random.nextInt(3)) {
            case 0 -> b.withStatus(Status.registered(LocalDate.of(2014 + random.nextInt(6), 10, 1)));
            case 1 -> b.withStatus(Status.exited(LocalDate.of(2014, 10, 1),
                    LocalDate.of(2016 + random.nextInt(5), 6, 30)));
            default -> b.withStatus(Status.notRegistered());
        }
        return b.build();
    }

    private static Member member(Random random, Relation relation, LocalDate birth, Labour labour) {
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        boolean pupil = relation == Relation.CHILD;
        return Member.builder().withIdNumber(ResidentId.parse(idNumber(birth, sex, random))).withName("Bench")
                .withSex(sex).withBirthDate(birth).withRelation(relation).withEducation(Education.PRIMARY)
                .withSchooling(!pupil ? Schooling.NOT_SCHOOL_AGE
                        : random.nextInt(10) == 0 ? Schooling.DROPPED_OUT : Schooling.ENROLLED)
                .withHealth(random.nextInt(8) == 0 ? Health.CHRONIC_ILLNESS : Health.HEALTHY).withLabour(labour)
                .withMedicalInsurance(random.nextInt(20) > 0).build();
    }

    /** A valid GB 11643 ID number for a birth date and sex (the 17th digit odd for men), with its check digit. */
    private static String idNumber(LocalDate birth, Sex sex, Random random) {
        int sequence = random.nextInt(500) * 2 + (sex == Sex.MALE ? 1 : 0);
        String first17 = "522727" + birth.toString().replace("-", "") + String.format("%03d", sequence % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}

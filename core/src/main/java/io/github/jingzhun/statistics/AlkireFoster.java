package io.github.jingzhun.statistics;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.indicator.IndicatorStatus;
import io.github.jingzhun.parameter.MissingParameterException;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.statistics.MultidimensionalPoverty.IndicatorMeasures;
import io.github.jingzhun.statistics.MultidimensionalPoverty.SubgroupMeasures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * An Alkire–Foster multidimensional poverty measure (ST-3): the dimensions chosen, their weights and the poverty
 * cutoff k. It measures populations into {@link MultidimensionalPoverty}.
 *
 * <p>Each person takes the deprivations of the household: in a guarantee indicator when it is UNMET
 * (NOT_APPLICABLE is not a deprivation), in {@link Dimension#INCOME} when the household is poor by ID-H-1. The
 * deprivation score is the sum of the weights of the dimensions deprived; a person is multidimensionally poor when
 * the score is at least k, and the deprivations of persons who are not poor are censored. Then H = q ÷ n, A = the
 * mean score of the q poor, M0 = H × A, and M1 and M2 weigh each censored deprivation by its normalised gap
 * (income) or its square; a dichotomous deprivation has a gap of 1.
 *
 * <p>Weights are {@code double}s that sum to 1; a score within 10⁻⁹ of k counts as reaching it, so weights such
 * as 1/3, which no {@code double} holds exactly, behave as written. Which deprivation patterns are poor is decided
 * once, when the measure is made. Immutable and thread-safe.
 */
public final class AlkireFoster {

    /** How far below k a score may fall, by rounding of weights such as 1/3, and still reach it. */
    private static final double TOLERANCE = 1e-9;
    private static final Wording H = Wording.of(
            "Alkire-Foster H of income year {subject}: {observed}% of persons are multidimensionally poor at cutoff "
                    + "k = {threshold}",
            "{subject}年多维贫困发生率H：{observed}%的人口处于多维贫困（临界值k = {threshold}）");
    private static final Wording A = Wording.of(
            "Alkire-Foster A of income year {subject}: the poor are deprived in {observed}% of the weighted "
                    + "indicators on average",
            "{subject}年多维贫困强度A：贫困人口平均在{observed}%的加权指标上被剥夺");
    private static final Wording M0 = Wording.of(
            "Alkire-Foster M0 = H × A of income year {subject}: {observed}",
            "{subject}年调整后多维贫困指数M0 = H × A：{observed}");
    private static final Wording M1 = Wording.of(
            "Alkire-Foster M1 (adjusted poverty gap) of income year {subject}: {observed}",
            "{subject}年调整后贫困深度M1：{observed}");
    private static final Wording M2 = Wording.of(
            "Alkire-Foster M2 (adjusted squared poverty gap) of income year {subject}: {observed}",
            "{subject}年调整后贫困强度M2：{observed}");
    private static final Wording NO_PERSONS = Wording.of(
            "No persons were counted for income year {subject}: the measures are 0",
            "{subject}年无统计人口，各项指标记为0");

    private final Dimension[] dimensions;
    private final double[] weights;
    private final double cutoff;
    /** Whether a person with the deprivations of each bit mask (bit i: dimension i) is poor. */
    private final boolean[] poorByMask;
    /** The bit of the income dimension, or 0 if income is not chosen. */
    private final int incomeBit;

    private AlkireFoster(Map<Dimension, Double> weights, double cutoff) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("choose at least one dimension");
        }
        if (!(cutoff > 0 && cutoff <= 1)) {
            throw new IllegalArgumentException("the cutoff k must be in (0, 1], not " + cutoff);
        }
        EnumMap<Dimension, Double> sorted = new EnumMap<>(weights);
        this.dimensions = sorted.keySet().toArray(new Dimension[0]);
        this.weights = new double[dimensions.length];
        double sum = 0;
        int income = 0;
        for (int i = 0; i < dimensions.length; i++) {
            double w = Objects.requireNonNull(sorted.get(dimensions[i]), "weight");
            if (!(w > 0 && w <= 1)) {
                throw new IllegalArgumentException("the weight of " + dimensions[i] + " must be in (0, 1], not " + w);
            }
            this.weights[i] = w;
            sum += w;
            if (dimensions[i] == Dimension.INCOME) {
                income = 1 << i;
            }
        }
        if (Math.abs(sum - 1) > TOLERANCE) {
            throw new IllegalArgumentException("the weights must sum to 1, not " + sum);
        }
        this.cutoff = cutoff;
        this.incomeBit = income;
        // ST-3 identification step, decided once per deprivation pattern: poor when the score reaches k.
        this.poorByMask = new boolean[1 << dimensions.length];
        for (int mask = 1; mask < poorByMask.length; mask++) {
            poorByMask[mask] = score(mask) >= cutoff - TOLERANCE;
        }
    }

    /**
     * A measure with chosen dimensions and weights.
     *
     * @param weights the weight of each dimension chosen, each in (0, 1], summing to 1; not empty
     * @param cutoff the poverty cutoff k, in (0, 1]
     * @return the measure, not null
     * @throws IllegalArgumentException if no dimension is chosen, a weight or the cutoff is out of range, or the
     *     weights do not sum to 1
     */
    public static AlkireFoster of(Map<Dimension, Double> weights, double cutoff) {
        return new AlkireFoster(weights, cutoff);
    }

    /**
     * A measure weighing each chosen dimension equally, 1 ÷ their number.
     *
     * @param dimensions the dimensions chosen, not empty
     * @param cutoff the poverty cutoff k, in (0, 1]
     * @return the measure, not null
     * @throws IllegalArgumentException if no dimension is chosen or the cutoff is out of range
     */
    public static AlkireFoster equalWeights(Set<Dimension> dimensions, double cutoff) {
        Map<Dimension, Double> weights = new EnumMap<>(Dimension.class);
        for (Dimension d : dimensions) {
            weights.put(d, 1.0 / dimensions.size());
        }
        return new AlkireFoster(weights, cutoff);
    }

    /**
     * The dimensions chosen, with their weights, in the order of {@link Dimension}.
     *
     * @return the weights, not null
     */
    public Map<Dimension, Double> weights() {
        Map<Dimension, Double> map = new EnumMap<>(Dimension.class);
        for (int i = 0; i < dimensions.length; i++) {
            map.put(dimensions[i], weights[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The poverty cutoff k.
     *
     * @return k, in (0, 1]
     */
    public double cutoff() {
        return cutoff;
    }

    /**
     * Measures households in one pass, without subgroups.
     *
     * @param households the households, read once, not null
     * @param policy the policy giving each year's parameters and lines, not null
     * @param year the income year, not null
     * @return the measures, not null
     * @throws MissingParameterException if the policy has no parameters for the year
     * @throws IllegalArgumentException if income is chosen and a household has no income record for the year
     */
    public MultidimensionalPoverty measure(Iterable<? extends Household> households, PovertyPolicy policy,
            Year year) {
        Accumulator accumulator = accumulator(policy, year);
        for (Household h : households) {
            accumulator.add(h);
        }
        return accumulator.result();
    }

    /**
     * Measures households in one pass, decomposed by subgroup.
     *
     * @param households the households, read once, not null
     * @param policy the policy giving each year's parameters and lines, not null
     * @param year the income year, not null
     * @param subgroup the subgroup of a household, such as its county or province; never null
     * @return the measures, not null
     * @throws MissingParameterException if the policy has no parameters for the year
     * @throws IllegalArgumentException if income is chosen and a household has no income record for the year
     */
    public MultidimensionalPoverty measure(Iterable<? extends Household> households, PovertyPolicy policy,
            Year year, Function<? super Household, String> subgroup) {
        Accumulator accumulator = accumulator(policy, year, subgroup);
        for (Household h : households) {
            accumulator.add(h);
        }
        return accumulator.result();
    }

    /**
     * An empty accumulator without subgroups.
     *
     * @param policy the policy giving each year's parameters and lines, not null
     * @param year the income year, not null
     * @return a new accumulator, not null
     * @throws MissingParameterException if the policy has no parameters for the year
     */
    public Accumulator accumulator(PovertyPolicy policy, Year year) {
        return new Accumulator(this, policy.parametersFor(year), null);
    }

    /**
     * An empty accumulator decomposing by subgroup; it keeps one small tally per subgroup.
     *
     * @param policy the policy giving each year's parameters and lines, not null
     * @param year the income year, not null
     * @param subgroup the subgroup of a household, such as its county or province; never null
     * @return a new accumulator, not null
     * @throws MissingParameterException if the policy has no parameters for the year
     */
    public Accumulator accumulator(PovertyPolicy policy, Year year, Function<? super Household, String> subgroup) {
        return new Accumulator(this, policy.parametersFor(year), Objects.requireNonNull(subgroup, "subgroup"));
    }

    /**
     * A collector of households, each of weight 1, without subgroups. It works on parallel streams.
     *
     * @param policy the policy giving each year's parameters and lines, not null
     * @param year the income year, not null
     * @return the collector, not null
     * @throws MissingParameterException if the policy has no parameters for the year
     */
    public Collector<Household, ?, MultidimensionalPoverty> collector(PovertyPolicy policy, Year year) {
        YearParameters parameters = policy.parametersFor(year);
        return Collector.of(() -> new Accumulator(this, parameters, null), Accumulator::add, Accumulator::combine,
                Accumulator::result, Collector.Characteristics.UNORDERED);
    }

    /**
     * A collector of households, each of weight 1, decomposing by subgroup. It works on parallel streams.
     *
     * @param policy the policy giving each year's parameters and lines, not null
     * @param year the income year, not null
     * @param subgroup the subgroup of a household, such as its county or province; never null
     * @return the collector, not null
     * @throws MissingParameterException if the policy has no parameters for the year
     */
    public Collector<Household, ?, MultidimensionalPoverty> collector(PovertyPolicy policy, Year year,
            Function<? super Household, String> subgroup) {
        YearParameters parameters = policy.parametersFor(year);
        Objects.requireNonNull(subgroup, "subgroup");
        return Collector.of(() -> new Accumulator(this, parameters, subgroup), Accumulator::add,
                Accumulator::combine, Accumulator::result, Collector.Characteristics.UNORDERED);
    }

    private double score(int mask) {
        double score = 0;
        for (int i = 0; i < dimensions.length; i++) {
            if ((mask & (1 << i)) != 0) {
                score += weights[i];
            }
        }
        return score;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof AlkireFoster other && cutoff == other.cutoff
                && Arrays.equals(dimensions, other.dimensions) && Arrays.equals(weights, other.weights);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(dimensions) + Arrays.hashCode(weights)) + Double.hashCode(cutoff);
    }

    /**
     * Returns the weights and cutoff, such as {@code AlkireFoster{FOOD=0.5, INCOME=0.5, k=0.5}}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        String w = weights().toString();
        return "AlkireFoster{" + w.substring(1, w.length() - 1) + ", k=" + cutoff + "}";
    }

    /**
     * Sums households in one pass, keeping a few numbers per dimension for the population and for each subgroup.
     * Accumulators of the same measure, year and subgroup key can be combined, so partial sums of a parallel
     * stream merge. Mutable and not thread-safe: one per thread.
     */
    public static final class Accumulator {

        private final AlkireFoster measure;
        private final YearParameters parameters;
        private final @Nullable Function<? super Household, String> subgroup;
        private final Tally total;
        private final Map<String, Tally> subgroups = new HashMap<>();

        private Accumulator(AlkireFoster measure, YearParameters parameters,
                @Nullable Function<? super Household, String> subgroup) {
            this.measure = measure;
            this.parameters = parameters;
            this.subgroup = subgroup;
            this.total = new Tally(measure.dimensions.length);
        }

        /**
         * Adds a household whose members each count once.
         *
         * @param household the household, not null
         * @throws IllegalArgumentException if income is chosen and the household has no income record for the
         *     year
         */
        public void add(Household household) {
            add(household, 1);
        }

        /**
         * Adds a household whose members each count {@code weight} times, as {@code weight} copies of it would; a
         * weight of 0 adds nothing.
         *
         * @param household the household, not null
         * @param weight how many persons each member stands for, not negative
         * @throws IllegalArgumentException if the weight is negative, or if income is chosen and the household
         *     has no income record for the year
         * @throws NullPointerException if the subgroup key of the household is null
         * @throws ArithmeticException if the count of persons overflows
         */
        public void add(Household household, long weight) {
            if (weight < 0) {
                throw new IllegalArgumentException("a weight is not negative, not " + weight);
            }
            if (weight == 0) {
                return;
            }
            Dimension[] dimensions = measure.dimensions;
            int mask = 0;
            double incomeGap = 0;
            for (int i = 0; i < dimensions.length; i++) {
                boolean deprived;
                if (dimensions[i] == Dimension.INCOME) {
                    // ST-3 income dimension: deprived when poor by ID-H-1, decided in fen (INC-3).
                    incomeGap = FosterGreerThorbecke.gapRatio(household, parameters.year(),
                            FosterGreerThorbecke.lineFen(household, parameters, 0));
                    deprived = incomeGap > 0;
                } else {
                    // ST-3: an UNMET indicator is a deprivation; NOT_APPLICABLE is not.
                    deprived = dimensions[i].status(household, parameters) == IndicatorStatus.UNMET;
                }
                if (deprived) {
                    mask |= 1 << i;
                }
            }
            long people = Math.multiplyExact(household.size(), weight);
            total.add(measure, mask, people, incomeGap);
            if (subgroup != null) {
                String key = Objects.requireNonNull(subgroup.apply(household), "subgroup key");
                subgroups.computeIfAbsent(key, k -> new Tally(dimensions.length)).add(measure, mask, people,
                        incomeGap);
            }
        }

        /**
         * Adds the sums of another accumulator of the same measure, year and subgroup key into this one.
         *
         * @param other the other accumulator, not null
         * @return this accumulator, not null
         * @throws IllegalArgumentException if the other measures differently
         */
        public Accumulator combine(Accumulator other) {
            if (!measure.equals(other.measure) || parameters != other.parameters || subgroup != other.subgroup) {
                throw new IllegalArgumentException("cannot combine Alkire-Foster sums of different measures, years "
                        + "or subgroups");
            }
            total.combine(other.total);
            other.subgroups.forEach((key, tally) -> subgroups.merge(key, tally, Tally::combine));
            return this;
        }

        /**
         * The measures of the households added so far.
         *
         * @return the measures, not null
         */
        public MultidimensionalPoverty result() {
            AlkireFoster m = measure;
            Year year = parameters.year();
            Figures all = total.figures(m);
            List<IndicatorMeasures> indicators = new ArrayList<>(m.dimensions.length);
            for (int i = 0; i < m.dimensions.length; i++) {
                double n = total.persons;
                double weighted = m.weights[i] * total.censored[i];
                // ST-3 contribution of an indicator: weight × censored headcount ÷ M0, the same as its share of
                // the weighted censored deprivations.
                indicators.add(new IndicatorMeasures(m.dimensions[i], m.weights[i],
                        total.persons == 0 ? 0 : total.raw[i] / n, total.persons == 0 ? 0 : total.censored[i] / n,
                        all.deprivations == 0 ? 0 : weighted / all.deprivations));
            }
            List<SubgroupMeasures> groups = new ArrayList<>(subgroups.size());
            for (Map.Entry<String, Tally> e : new TreeMap<>(subgroups).entrySet()) {
                Tally t = e.getValue();
                Figures f = t.figures(m);
                // ST-3 decomposition: population share × subgroup M0 ÷ total M0 = its weighted censored
                // deprivations ÷ the total's.
                groups.add(new SubgroupMeasures(e.getKey(), t.persons, t.poorPersons,
                        (double) t.persons / total.persons, f.h, f.a, f.m0, f.m1, f.m2,
                        all.deprivations == 0 ? 0 : f.deprivations / all.deprivations));
            }
            return new MultidimensionalPoverty(year, m.cutoff, total.persons, total.poorPersons, all.h, all.a,
                    all.m0, all.m1, all.m2, indicators, groups, findings(year.toString(), all));
        }

        private List<Finding> findings(String year, Figures f) {
            if (total.persons == 0) {
                return List.of(Finding.of(Rule.ST_3, false, null, null, year, NO_PERSONS));
            }
            List<Finding> findings = new ArrayList<>(5);
            findings.add(Finding.of(Rule.ST_3, true, FosterGreerThorbecke.percent(f.h),
                    BigDecimal.valueOf(measure.cutoff), year, H));
            findings.add(Finding.of(Rule.ST_3, true, FosterGreerThorbecke.percent(f.a), null, year, A));
            findings.add(Finding.of(Rule.ST_3, true, ratio(f.m0), null, year, M0));
            if (measure.incomeBit != 0) {
                findings.add(Finding.of(Rule.ST_3, true, ratio(f.m1), null, year, M1));
                findings.add(Finding.of(Rule.ST_3, true, ratio(f.m2), null, year, M2));
            }
            return findings;
        }

        private static BigDecimal ratio(double value) {
            return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
        }
    }

    /** The headline figures of a tally; {@code deprivations} is Σ weight × censored deprived persons. */
    private record Figures(double h, double a, double m0, double m1, double m2, double deprivations) {}

    /** The counts of a population or subgroup: persons, poor persons, and per dimension raw and censored counts. */
    private static final class Tally {

        long persons;
        long poorPersons;
        final long[] raw;
        final long[] censored;
        double incomeGaps;
        double squaredIncomeGaps;

        Tally(int dimensions) {
            raw = new long[dimensions];
            censored = new long[dimensions];
        }

        void add(AlkireFoster measure, int mask, long people, double incomeGap) {
            persons = Math.addExact(persons, people);
            for (int i = 0; i < raw.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    raw[i] += people;
                }
            }
            // ST-3 censoring: only the deprivations of the multidimensionally poor count in M0, M1 and M2.
            if (measure.poorByMask[mask]) {
                poorPersons += people;
                for (int i = 0; i < censored.length; i++) {
                    if ((mask & (1 << i)) != 0) {
                        censored[i] += people;
                    }
                }
                if ((mask & measure.incomeBit) != 0) {
                    incomeGaps += people * incomeGap;
                    squaredIncomeGaps += people * incomeGap * incomeGap;
                }
            }
        }

        Tally combine(Tally other) {
            persons = Math.addExact(persons, other.persons);
            poorPersons += other.poorPersons;
            for (int i = 0; i < raw.length; i++) {
                raw[i] += other.raw[i];
                censored[i] += other.censored[i];
            }
            incomeGaps += other.incomeGaps;
            squaredIncomeGaps += other.squaredIncomeGaps;
            return this;
        }

        /** ST-3: H = q ÷ n, A = Σ poor scores ÷ q, M0 = Σ poor scores ÷ n; M1, M2 with gaps and squared gaps. */
        Figures figures(AlkireFoster measure) {
            double deprivations = 0;
            double gaps = 0;
            double squaredGaps = 0;
            for (int i = 0; i < censored.length; i++) {
                double w = measure.weights[i];
                deprivations += w * censored[i];
                boolean cardinal = measure.dimensions[i].isCardinal();
                gaps += w * (cardinal ? incomeGaps : censored[i]);
                squaredGaps += w * (cardinal ? squaredIncomeGaps : censored[i]);
            }
            if (persons == 0) {
                return new Figures(0, 0, 0, 0, 0, 0);
            }
            double n = persons;
            return new Figures(poorPersons / n, poorPersons == 0 ? 0 : deprivations / poorPersons,
                    deprivations / n, gaps / n, squaredGaps / n, deprivations);
        }
    }
}

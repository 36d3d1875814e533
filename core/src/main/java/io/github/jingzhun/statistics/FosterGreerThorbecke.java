package io.github.jingzhun.statistics;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.MissingParameterException;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * The Foster–Greer–Thorbecke poverty measures (ST-2) of per-capita net income (INC-1, INC-2) against a poverty
 * line, over persons: P0, the headcount ratio; P1, the poverty gap index; P2, the squared poverty gap (severity).
 *
 * <p>With N persons, per-capita income y and line z, Pα = (1/N) Σ over persons below the line of ((z − y) ÷ z)^α.
 * Whether a person is below the line is decided exactly as ID-H-1 does (INC-3): net household income &lt; line ×
 * members, in fen; exactly at the line is not below. Only the gap ratio (z − y) ÷ z is a {@code double}. A negative
 * net income counts as no income in the gap, so a gap ratio is at most 1 and P2 ≤ P1 ≤ P0. Each household counts
 * its members, times an integer weight where one is given.
 *
 * <p>Computed in one pass with an {@link Accumulator} or a {@link #collector collector}, which holds four numbers
 * whatever the population. Immutable, thread-safe and value-based.
 *
 * @param year the income year, not null
 * @param persons the persons counted: members times weight, summed; not negative
 * @param poorPersons the persons below the line, at most {@code persons}
 * @param p0 the headcount ratio P0, poor persons ÷ persons; 0 for no persons
 * @param p1 the poverty gap index P1; 0 for no persons
 * @param p2 the squared poverty gap P2; 0 for no persons
 * @param findings the measures as findings citing ST-2, not null
 */
public record FosterGreerThorbecke(Year year, long persons, long poorPersons, double p0, double p1, double p2,
        List<Finding> findings) {

    private static final Wording P0 = Wording.of(
            "FGT P0 (headcount ratio) of income year {subject}: {observed}% of persons live below the line",
            "{subject}年FGT P0（贫困发生率）：{observed}%的人口低于扶贫标准");
    private static final Wording P1 = Wording.of(
            "FGT P1 (poverty gap index) of income year {subject}: {observed}%",
            "{subject}年FGT P1（贫困深度指数）：{observed}%");
    private static final Wording P2 = Wording.of(
            "FGT P2 (squared poverty gap, severity) of income year {subject}: {observed}%",
            "{subject}年FGT P2（贫困强度指数）：{observed}%");
    private static final Wording NO_PERSONS = Wording.of(
            "No persons were counted for income year {subject}: the measures are 0",
            "{subject}年无统计人口，各项指标记为0");

    /**
     * Creates the measures, checking the counts and copying the findings.
     *
     * @param year the income year, not null
     * @param persons the persons counted, not negative
     * @param poorPersons the persons below the line, at most {@code persons}
     * @param p0 the headcount ratio
     * @param p1 the poverty gap index
     * @param p2 the squared poverty gap
     * @param findings the findings, not null
     * @throws IllegalArgumentException if the counts are negative or the poor outnumber the persons
     */
    public FosterGreerThorbecke {
        Objects.requireNonNull(year, "year");
        if (poorPersons < 0 || persons < poorPersons) {
            throw new IllegalArgumentException("FGT needs 0 <= poor persons <= persons, not " + poorPersons + " of "
                    + persons);
        }
        findings = List.copyOf(findings);
    }

    /**
     * Measures households against the line each one is identified by: the policy's line of the income year for
     * the household's county (ID-STD, as ID-H-1 applies it).
     *
     * @param households the households, read once, not null
     * @param policy the policy, not null
     * @param year the income year, not null
     * @return the measures, not null
     * @throws MissingParameterException if the policy has no line for the year
     * @throws IllegalArgumentException if a household has no income record for the year
     */
    public static FosterGreerThorbecke of(Iterable<? extends Household> households, PovertyPolicy policy, Year year) {
        Accumulator accumulator = accumulator(policy, year);
        for (Household h : households) {
            accumulator.add(h);
        }
        return accumulator.result();
    }

    /**
     * An empty accumulator measuring against the line each household is identified by (ID-STD, ID-H-1).
     *
     * @param policy the policy, not null
     * @param year the income year, not null
     * @return a new accumulator, not null
     * @throws MissingParameterException if the policy has no line for the year
     */
    public static Accumulator accumulator(PovertyPolicy policy, Year year) {
        return new Accumulator(year, policy.parametersFor(year), 0);
    }

    /**
     * An empty accumulator measuring every household against one line, such as a line under study.
     *
     * @param year the income year, not null
     * @param line the line per person per year, positive
     * @return a new accumulator, not null
     * @throws IllegalArgumentException if the line is not positive
     */
    public static Accumulator accumulator(Year year, Yuan line) {
        if (line.fen() <= 0) {
            throw new IllegalArgumentException("a poverty line must be positive, not " + line);
        }
        return new Accumulator(Objects.requireNonNull(year, "year"), null, line.fen());
    }

    /**
     * A collector of households, each of weight 1, against the line each is identified by (ID-STD, ID-H-1). It
     * works on parallel streams.
     *
     * @param policy the policy, not null
     * @param year the income year, not null
     * @return the collector, not null
     * @throws MissingParameterException if the policy has no line for the year
     */
    public static Collector<Household, ?, FosterGreerThorbecke> collector(PovertyPolicy policy, Year year) {
        YearParameters parameters = policy.parametersFor(year);
        return Collector.of(() -> new Accumulator(year, parameters, 0), Accumulator::add, Accumulator::combine,
                Accumulator::result, Collector.Characteristics.UNORDERED);
    }

    /**
     * A collector of households, each of weight 1, against one line. It works on parallel streams.
     *
     * @param year the income year, not null
     * @param line the line per person per year, positive
     * @return the collector, not null
     * @throws IllegalArgumentException if the line is not positive
     */
    public static Collector<Household, ?, FosterGreerThorbecke> collector(Year year, Yuan line) {
        accumulator(year, line);
        return Collector.of(() -> accumulator(year, line), Accumulator::add, Accumulator::combine,
                Accumulator::result, Collector.Characteristics.UNORDERED);
    }

    /**
     * ID-H-1 with INC-3, then the normalised gap of ST-2: 0 when net income is not below line × members (decided
     * in fen), else (line × members − net) ÷ (line × members), counting a negative net income as none, so at most 1.
     */
    static double gapRatio(Household household, Year year, long lineFen) {
        IncomeRecord record = household.incomeOf(year);
        if (record == null) {
            throw new IllegalArgumentException("household " + household.getId() + " has no income record for "
                    + year + ": it cannot be measured");
        }
        long threshold = Math.multiplyExact(lineFen, household.size());
        long net = record.netIncome().fen();
        if (net >= threshold) {
            return 0;
        }
        if (net <= 0) {
            return 1;
        }
        return (double) (threshold - net) / threshold;
    }

    /** The line applied to a household: the fixed line, else the policy's for its county (ID-STD). */
    static long lineFen(Household household, @Nullable YearParameters parameters, long fixedLineFen) {
        return parameters == null ? fixedLineFen : parameters.line(household.getArea().getCounty()).amount().fen();
    }

    /** A ratio as a percentage with two decimals, for findings. */
    static BigDecimal percent(double ratio) {
        return BigDecimal.valueOf(ratio).movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Sums households in one pass, keeping four numbers whatever their count. Accumulators of the same line can be
     * combined, so partial sums of a parallel stream merge. Mutable and not thread-safe: one per thread.
     */
    public static final class Accumulator {

        private final Year year;
        private final @Nullable YearParameters parameters;
        private final long fixedLineFen;
        private long persons;
        private long poorPersons;
        private double gaps;
        private double squaredGaps;

        private Accumulator(Year year, @Nullable YearParameters parameters, long fixedLineFen) {
            this.year = year;
            this.parameters = parameters;
            this.fixedLineFen = fixedLineFen;
        }

        /**
         * Adds a household whose members each count once.
         *
         * @param household the household, not null
         * @throws IllegalArgumentException if the household has no income record for the year
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
         * @throws IllegalArgumentException if the weight is negative or the household has no income record for
         *     the year
         * @throws ArithmeticException if the count of persons overflows
         */
        public void add(Household household, long weight) {
            if (weight < 0) {
                throw new IllegalArgumentException("a weight is not negative, not " + weight);
            }
            if (weight == 0) {
                return;
            }
            long people = Math.multiplyExact(household.size(), weight);
            persons = Math.addExact(persons, people);
            // ST-2 over persons; below the line decided as ID-H-1 / INC-3 do, in fen.
            double gap = gapRatio(household, year, lineFen(household, parameters, fixedLineFen));
            if (gap > 0) {
                poorPersons += people;
                gaps += people * gap;
                squaredGaps += people * gap * gap;
            }
        }

        /**
         * Adds the sums of another accumulator of the same year and line into this one.
         *
         * @param other the other accumulator, not null
         * @return this accumulator, not null
         * @throws IllegalArgumentException if the other measures another year or line
         */
        public Accumulator combine(Accumulator other) {
            if (!year.equals(other.year) || parameters != other.parameters || fixedLineFen != other.fixedLineFen) {
                throw new IllegalArgumentException("cannot combine FGT sums of different years or lines");
            }
            persons = Math.addExact(persons, other.persons);
            poorPersons += other.poorPersons;
            gaps += other.gaps;
            squaredGaps += other.squaredGaps;
            return this;
        }

        /**
         * The measures of the households added so far.
         *
         * @return the measures, not null
         */
        public FosterGreerThorbecke result() {
            String subject = year.toString();
            if (persons == 0) {
                return new FosterGreerThorbecke(year, 0, 0, 0, 0, 0,
                        List.of(Finding.of(Rule.ST_2, false, null, null, subject, NO_PERSONS)));
            }
            double n = persons;
            double p0 = poorPersons / n;
            // Each term people × gap ≤ people and rounding is monotone, so P2 ≤ P1 ≤ P0 holds in doubles too.
            double p1 = gaps / n;
            double p2 = squaredGaps / n;
            return new FosterGreerThorbecke(year, persons, poorPersons, p0, p1, p2, List.of(
                    Finding.of(Rule.ST_2, true, percent(p0), null, subject, P0),
                    Finding.of(Rule.ST_2, true, percent(p1), null, subject, P1),
                    Finding.of(Rule.ST_2, true, percent(p2), null, subject, P2)));
        }
    }
}

package io.github.jingzhun.statistics;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.identification.HouseholdIdentifier;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.parameter.MissingParameterException;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * Progress of one period, an income year, by county (ST-5): persons registered, exited, relapsed and remaining.
 *
 * <p>Each household counts its members, by the status it has in the registry (with its dates):
 * <ul>
 * <li><b>registered</b>: on the registry at some time in the period: REGISTERED (on or before the period, or with
 * no date), or EXITED within or after the period;</li>
 * <li><b>exited</b>: EXITED with an exit date within the period's year;</li>
 * <li><b>remaining</b>: still registered at the end of the period: REGISTERED, or EXITED after the period;</li>
 * <li><b>relapsed</b>: EXITED before the period and identified ELIGIBLE again for the period (ID-H-3): its
 * income is back below the line.</li>
 * </ul>
 * So registered = exited + remaining. A household registered after the period is not counted, so one registry
 * snapshot can be read for several periods; a snapshot taken at the period works as well. Immutable, thread-safe
 * and value-based.
 *
 * @param period the income year, not null
 * @param counties the counts of each county with a household registered by the end of the period, in county
 *     order, not null
 * @param total the counts of all counties, not null
 * @param findings the total counts as findings citing ST-5; the relapse finding fails when anyone relapsed
 */
public record Progress(Year period, SortedMap<CountyCode, Counts> counties, Counts total, List<Finding> findings) {

    private static final Wording REGISTERED = Wording.of(
            "{observed} persons were registered in {subject}", "{subject}年建档立卡贫困人口{observed}人");
    private static final Wording EXITED = Wording.of(
            "{observed} persons exited in {subject}", "{subject}年脱贫退出{observed}人");
    private static final Wording RELAPSED = Wording.of(
            "{observed} exited persons fell back below the line in {subject}",
            "{subject}年已脱贫人口中{observed}人收入重新低于扶贫标准（返贫）");
    private static final Wording NO_RELAPSE = Wording.of(
            "No exited person fell back below the line in {subject}", "{subject}年已脱贫人口无返贫");
    private static final Wording REMAINING = Wording.of(
            "{observed} persons remained registered at the end of {subject}",
            "{subject}年末剩余建档立卡贫困人口{observed}人");

    /**
     * Creates the progress of a period, copying the counties.
     *
     * @param period the income year, not null
     * @param counties the counts of each county, not null
     * @param total the counts of all counties, not null
     * @param findings the findings, not null
     */
    public Progress {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(total, "total");
        counties = Collections.unmodifiableSortedMap(new TreeMap<>(counties));
        findings = List.copyOf(findings);
    }

    /**
     * Counts the progress of households in one pass.
     *
     * @param households the households, read once, not null
     * @param policy the policy that identifies exited households again, not null
     * @param period the income year, not null
     * @return the progress, not null
     * @throws MissingParameterException if the policy has no parameters for the period
     * @throws IllegalArgumentException if a household exited before the period has no income record for it
     */
    public static Progress of(Iterable<? extends Household> households, PovertyPolicy policy, Year period) {
        Accumulator accumulator = accumulator(policy, period);
        for (Household h : households) {
            accumulator.add(h);
        }
        return accumulator.result();
    }

    /**
     * An empty accumulator; it keeps four counts per county.
     *
     * @param policy the policy that identifies exited households again, not null
     * @param period the income year, not null
     * @return a new accumulator, not null
     * @throws MissingParameterException if the policy has no parameters for the period
     */
    public static Accumulator accumulator(PovertyPolicy policy, Year period) {
        return new Accumulator(policy.parametersFor(period));
    }

    /**
     * A collector of households. It works on parallel streams.
     *
     * @param policy the policy that identifies exited households again, not null
     * @param period the income year, not null
     * @return the collector, not null
     * @throws MissingParameterException if the policy has no parameters for the period
     */
    public static Collector<Household, ?, Progress> collector(PovertyPolicy policy, Year period) {
        YearParameters parameters = policy.parametersFor(period);
        return Collector.of(() -> new Accumulator(parameters), Accumulator::add, Accumulator::combine,
                Accumulator::result, Collector.Characteristics.UNORDERED);
    }

    /**
     * The counts of one county.
     *
     * @param county the county, not null
     * @return its counts; all zero if no household of it was counted
     */
    public Counts county(CountyCode county) {
        Counts counts = counties.get(county);
        return counts != null ? counts : Counts.NONE;
    }

    /**
     * Counts of persons (ST-5).
     *
     * @param registered persons on the registry at some time in the period
     * @param exited persons who exited in the period
     * @param relapsed persons who exited before the period and are identified poor again in it
     * @param remaining persons still registered at the end of the period
     */
    public record Counts(long registered, long exited, long relapsed, long remaining) {

        /** No persons at all. */
        public static final Counts NONE = new Counts(0, 0, 0, 0);

        /**
         * Creates counts, checking them.
         *
         * @param registered persons on the registry at some time in the period, not negative
         * @param exited persons who exited in the period, not negative
         * @param relapsed persons identified poor again, not negative
         * @param remaining persons still registered, not negative
         * @throws IllegalArgumentException if a count is negative or registered differs from exited + remaining
         */
        public Counts {
            if (registered < 0 || exited < 0 || relapsed < 0 || remaining < 0 || registered != exited + remaining) {
                throw new IllegalArgumentException("progress counts are not negative and registered = exited + "
                        + "remaining, not " + registered + ", " + exited + ", " + relapsed + ", " + remaining);
            }
        }

        /**
         * The sum of these counts and others.
         *
         * @param other the other counts, not null
         * @return the sums, not null
         * @throws ArithmeticException if a sum overflows
         */
        public Counts plus(Counts other) {
            return new Counts(Math.addExact(registered, other.registered), Math.addExact(exited, other.exited),
                    Math.addExact(relapsed, other.relapsed), Math.addExact(remaining, other.remaining));
        }
    }

    /**
     * Counts households in one pass, keeping four counts per county. Accumulators of the same period and policy
     * can be combined, so partial counts of a parallel stream merge. Mutable and not thread-safe: one per thread.
     */
    public static final class Accumulator {

        private static final int REGISTERED_AT = 0;
        private static final int EXITED_IN = 1;
        private static final int RELAPSED_IN = 2;
        private static final int REMAINING_AT = 3;

        private final YearParameters parameters;
        private final Map<CountyCode, long[]> counties = new HashMap<>();

        private Accumulator(YearParameters parameters) {
            this.parameters = parameters;
        }

        /**
         * Adds a household.
         *
         * @param household the household, not null
         * @throws IllegalArgumentException if the household exited before the period and has no income record for
         *     it
         */
        public void add(Household household) {
            Status status = household.getStatus();
            LocalDate registeredOn = status.getRegisteredOn();
            int period = parameters.year().getValue();
            if (status.getState() == RegistrationState.NOT_REGISTERED
                    || registeredOn != null && registeredOn.getYear() > period) {
                return;
            }
            long[] counts = counties.computeIfAbsent(household.getArea().getCounty(), c -> new long[4]);
            int persons = household.size();
            LocalDate exitedOn = status.getExitedOn();
            // ST-5: registered = exited in the period + remaining at its end.
            if (exitedOn == null || exitedOn.getYear() > period) {
                counts[REGISTERED_AT] += persons;
                counts[REMAINING_AT] += persons;
            } else if (exitedOn.getYear() == period) {
                counts[REGISTERED_AT] += persons;
                counts[EXITED_IN] += persons;
            } else if (HouseholdIdentifier.identify(household, parameters,
                    Indicators.evaluate(household, parameters)).isPoor()) {
                // ST-5 relapse: exited before the period, identified ELIGIBLE again for it (ID-H-1, ID-H-3).
                counts[RELAPSED_IN] += persons;
            }
        }

        /**
         * Adds the counts of another accumulator of the same period and policy into this one.
         *
         * @param other the other accumulator, not null
         * @return this accumulator, not null
         * @throws IllegalArgumentException if the other counts another period or policy
         */
        public Accumulator combine(Accumulator other) {
            if (parameters != other.parameters) {
                throw new IllegalArgumentException("cannot combine progress of different periods or policies");
            }
            other.counties.forEach((county, counts) -> counties.merge(county, counts, (a, b) -> {
                for (int i = 0; i < a.length; i++) {
                    a[i] = Math.addExact(a[i], b[i]);
                }
                return a;
            }));
            return this;
        }

        /**
         * The progress of the households added so far.
         *
         * @return the progress, not null
         */
        public Progress result() {
            SortedMap<CountyCode, Counts> byCounty = new TreeMap<>();
            Counts total = Counts.NONE;
            for (Map.Entry<CountyCode, long[]> e : counties.entrySet()) {
                long[] c = e.getValue();
                Counts counts = new Counts(c[REGISTERED_AT], c[EXITED_IN], c[RELAPSED_IN], c[REMAINING_AT]);
                byCounty.put(e.getKey(), counts);
                total = total.plus(counts);
            }
            String year = parameters.year().toString();
            return new Progress(parameters.year(), byCounty, total, List.of(
                    Finding.of(Rule.ST_5, true, BigDecimal.valueOf(total.registered()), null, year, REGISTERED),
                    Finding.of(Rule.ST_5, true, BigDecimal.valueOf(total.exited()), null, year, EXITED),
                    Finding.of(Rule.ST_5, total.relapsed() == 0, BigDecimal.valueOf(total.relapsed()), null, year,
                            total.relapsed() == 0 ? NO_RELAPSE : RELAPSED),
                    Finding.of(Rule.ST_5, true, BigDecimal.valueOf(total.remaining()), null, year, REMAINING)));
        }
    }
}

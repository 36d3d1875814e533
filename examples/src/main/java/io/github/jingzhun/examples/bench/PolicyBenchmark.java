package io.github.jingzhun.examples.bench;

import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.examples.population.SyntheticPopulation;
import io.github.jingzhun.explain.Changes;
import io.github.jingzhun.explain.Explanation;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.identification.Identification;
import io.github.jingzhun.identification.Outcome;
import java.time.Year;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The policy's cost for one household, in nanoseconds per household on one thread, over a pool of 4,096 distinct
 * households of the synthetic population (income year 2019) taken in turn:
 *
 * <ul>
 *   <li>{@code assess}: the full assessment — indicators, identification, measures, exit, monitoring and audit —
 *       with the identification's findings read (they are otherwise built on demand);
 *   <li>{@code assessAllFindings}: the full assessment with every finding of every part read, as a complete decision
 *       is written;
 *   <li>{@code assessOutcomes}: the full assessment with only its outcomes read, as an outcomes-only run writes it;
 *   <li>{@code assessAndExplain}: {@code assess}, then {@link Changes#of(PovertyPolicy, Household, Decision)} on the
 *       decision, as {@code assess --explain} does;
 *   <li>{@code explain}: {@code Changes.of} alone, on decisions made in advance;
 *   <li>{@code identify}: identification alone, as a registry screen uses it (outcome now, explanation on demand);
 *   <li>{@code handWritten}: the same rules of identification (ID-H-1 with INC-3, ID-H-2, ID-H-4) as a hand-written
 *       if/else over the same households, with the year's line fixed in advance: the baseline {@code identify} is
 *       measured against. The setup checks that both agree on every household of the pool.
 * </ul>
 *
 * <p>Run with {@code mvn -B -q -pl examples -am test-compile exec:exec@bench -Djmh.args="PolicyBenchmark -prof gc"};
 * {@code -prof gc} adds the bytes allocated per household ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class PolicyBenchmark {

    private static final int POOL = 4096;
    private static final Year YEAR = Year.of(2019);
    private static final PovertyPolicy POLICY = PovertyPolicy.national();

    private Household[] pool = new Household[0];
    private Decision[] decisions = new Decision[0];
    private long lineFen;
    private int next;

    /** Creates the benchmark. */
    public PolicyBenchmark() {
        // state is built in setUp
    }

    /**
     * Draws the pool, decides on every household of it for {@code explain}, and checks that the hand-written
     * baseline decides as the library does.
     */
    @Setup
    public void setUp() {
        SyntheticPopulation population = SyntheticPopulation.of(2019, YEAR);
        pool = population.households(POOL).toArray(Household[]::new);
        lineFen = POLICY.parametersFor(YEAR).line(pool[0].getArea().getCounty()).amount().fen();
        decisions = new Decision[POOL];
        for (int i = 0; i < POOL; i++) {
            decisions[i] = POLICY.assess(pool[i], YEAR);
        }
        for (Household h : pool) {
            if (POLICY.parametersFor(YEAR).line(h.getArea().getCounty()).amount().fen() != lineFen) {
                throw new IllegalStateException("the baseline assumes one line for every county of the pool");
            }
            Identification id = POLICY.identify(h, YEAR);
            IncomeRecord r = income(h);
            Outcome outcome = handWrittenOutcome(h, r);
            HouseholdType type = outcome == Outcome.ELIGIBLE ? handWrittenType(h, r) : null;
            if (outcome != id.outcome() || type != id.type()) {
                throw new IllegalStateException("the hand-written baseline disagrees with identify on " + h.getId());
            }
        }
    }

    private int nextIndex() {
        int i = next;
        next = (next + 1) & (POOL - 1);
        return i;
    }

    private Household nextHousehold() {
        return pool[nextIndex()];
    }

    /**
     * The full assessment of one household, with every finding.
     *
     * @param blackhole consumes the results
     * @return the decision
     */
    @Benchmark
    public Decision assess(Blackhole blackhole) {
        Decision decision = POLICY.assess(nextHousehold(), YEAR);
        blackhole.consume(decision.identification().findings());
        return decision;
    }

    /**
     * The full assessment of one household with every finding of every part read, as a complete decision is
     * written.
     *
     * @param blackhole consumes the results
     * @return the decision
     */
    @Benchmark
    public Decision assessAllFindings(Blackhole blackhole) {
        Decision decision = POLICY.assess(nextHousehold(), YEAR);
        blackhole.consume(decision.findings());
        return decision;
    }

    /**
     * The outcomes of the full assessment of one household, no finding read: what an outcomes-only run asks for.
     *
     * @param blackhole consumes the outcomes
     * @return the decision
     */
    @Benchmark
    public Decision assessOutcomes(Blackhole blackhole) {
        Decision decision = POLICY.assess(nextHousehold(), YEAR);
        blackhole.consume(decision.identification().outcome());
        blackhole.consume(decision.indicators().gaps());
        blackhole.consume(decision.measures().measures());
        blackhole.consume(decision.exit().eligible());
        blackhole.consume(decision.monitoring().category());
        return decision;
    }

    /**
     * The full assessment of one household, then what would change its decision.
     *
     * @param blackhole consumes the findings
     * @return the explanation
     */
    @Benchmark
    public Explanation assessAndExplain(Blackhole blackhole) {
        Household household = nextHousehold();
        Decision decision = POLICY.assess(household, YEAR);
        blackhole.consume(decision.identification().findings());
        return Changes.of(POLICY, household, decision);
    }

    /**
     * What would change a decision already made.
     *
     * @return the explanation
     */
    @Benchmark
    public Explanation explain() {
        int i = nextIndex();
        return Changes.of(POLICY, pool[i], decisions[i]);
    }

    /**
     * Identification of one household, explained on demand.
     *
     * @return the identification
     */
    @Benchmark
    public Identification identify() {
        return POLICY.identify(nextHousehold(), YEAR);
    }

    /**
     * The hand-written baseline of identification.
     *
     * @param blackhole consumes the outcome and the type
     */
    @Benchmark
    public void handWritten(Blackhole blackhole) {
        Household h = nextHousehold();
        IncomeRecord r = income(h);
        Outcome outcome = handWrittenOutcome(h, r);
        blackhole.consume(outcome);
        blackhole.consume(outcome == Outcome.ELIGIBLE ? handWrittenType(h, r) : null);
    }

    /** ID-H-1 and ID-H-2 as plain code: net income below line × members exactly; any exclusion fact excludes. */
    private Outcome handWrittenOutcome(Household h, IncomeRecord r) {
        long net = r.getWage().fen() + r.getProductionGross().fen() - r.getProductionCosts().fen()
                + r.getProperty().fen();
        for (Transfer t : r.getTransfers()) {
            net += t.getAmount().fen();
        }
        if (net >= lineFen * h.getMembers().size()) {
            return Outcome.NOT_ELIGIBLE;
        }
        for (Member m : h.getMembers()) {
            if (m.isPublicEmployee() || m.isRegisteredEnterprise()) {
                return Outcome.EXCLUDED;
            }
        }
        if (h.getAssets().isPrivateCar() || h.getAssets().isTownCommercialHousing()) {
            return Outcome.EXCLUDED;
        }
        return Outcome.ELIGIBLE;
    }

    /** ID-H-4 as plain code, for an eligible household. */
    private static HouseholdType handWrittenType(Household h, IncomeRecord r) {
        boolean extreme = false;
        boolean allowance = false;
        for (Transfer t : r.getTransfers()) {
            extreme |= t.getKind() == TransferKind.EXTREME_POVERTY_SUPPORT;
            allowance |= t.getKind() == TransferKind.MINIMUM_LIVING_ALLOWANCE;
        }
        if (extreme) {
            return HouseholdType.EXTREME_POVERTY_SUPPORT;
        }
        boolean labour = false;
        for (Member m : h.getMembers()) {
            labour |= m.getLabour().hasCapacity();
        }
        if (!labour && r.getWage().fen() == 0 && r.getProductionGross().fen() == 0 && r.getProperty().fen() == 0) {
            return HouseholdType.EXTREME_POVERTY_SUPPORT;
        }
        return allowance ? HouseholdType.MINIMUM_LIVING_ALLOWANCE : HouseholdType.GENERAL;
    }

    private static IncomeRecord income(Household h) {
        for (IncomeRecord r : h.getIncome()) {
            if (r.getYear().equals(YEAR)) {
                return r;
            }
        }
        throw new IllegalStateException("no income record for " + YEAR);
    }
}

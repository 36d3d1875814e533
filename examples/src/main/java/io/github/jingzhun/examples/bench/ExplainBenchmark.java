package io.github.jingzhun.examples.bench;

import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.examples.population.SyntheticPopulation;
import io.github.jingzhun.explain.Changes;
import io.github.jingzhun.explain.Explanation;
import io.github.jingzhun.household.Household;
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
 * What explanations cost, in nanoseconds per household on one thread, over the pool of {@link PolicyBenchmark}:
 * 4,096 distinct households of the synthetic population (income year 2019) taken in turn.
 *
 * <ul>
 *   <li>{@code assess}: the screening, as {@code PolicyBenchmark.assess} measures it: no explanation is asked for,
 *       and none is computed;
 *   <li>{@code assessAndExplain}: the same, then {@link Changes#of(PovertyPolicy, Household, Decision)} on the
 *       decision, as {@code assess --explain} does;
 *   <li>{@code explain}: {@code Changes.of} alone, on decisions made in advance.
 * </ul>
 *
 * <p>Run with {@code mvn -B -q -pl examples -am compile exec:exec@bench -Djmh.args="ExplainBenchmark -f 1 -wi 3
 * -i 5"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class ExplainBenchmark {

    private static final int POOL = 4096;
    private static final Year YEAR = Year.of(2019);
    private static final PovertyPolicy POLICY = PovertyPolicy.national();

    private Household[] pool = new Household[0];
    private Decision[] decisions = new Decision[0];
    private int next;

    /** Creates the benchmark. */
    public ExplainBenchmark() {
        // state is built in setUp
    }

    /** Draws the pool and decides on every household of it, for {@code explain}. */
    @Setup
    public void setUp() {
        pool = SyntheticPopulation.of(2019, YEAR).households(POOL).toArray(Household[]::new);
        decisions = new Decision[POOL];
        for (int i = 0; i < POOL; i++) {
            decisions[i] = POLICY.assess(pool[i], YEAR);
        }
    }

    private int nextIndex() {
        int i = next;
        next = (next + 1) & (POOL - 1);
        return i;
    }

    /**
     * The screening of one household, no explanation asked for.
     *
     * @param blackhole consumes the findings
     * @return the decision
     */
    @Benchmark
    public Decision assess(Blackhole blackhole) {
        Decision decision = POLICY.assess(pool[nextIndex()], YEAR);
        blackhole.consume(decision.identification().findings());
        return decision;
    }

    /**
     * The screening of one household, then what would change its decision.
     *
     * @param blackhole consumes the findings
     * @return the explanation
     */
    @Benchmark
    public Explanation assessAndExplain(Blackhole blackhole) {
        Household household = pool[nextIndex()];
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
}

package io.github.jingzhun;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.household.Household;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.statistics.Populations;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One policy instance shared by eight threads decides exactly as one thread does. */
class ConcurrencyTest {

    private static final Year YEAR = Year.of(2019);
    private static final int HOUSEHOLDS = 100_000;
    private static final int CHUNK = 10_000;
    private static final int THREADS = 8;

    @Test
    void onePolicySharedByEightThreadsDecidesAsOneThreadDoes() throws Exception {
        // A fresh policy, so that the threads also race to resolve the year's parameters.
        PovertyPolicy shared = PovertyPolicy.of(PolicyParameters.national());
        PovertyPolicy alone = PovertyPolicy.of(PolicyParameters.national());
        Random random = Draws.random(2019);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        int compared = 0;
        List<String> differing = new ArrayList<>();
        try {
            // In chunks, so memory holds one chunk of decisions at a time.
            for (int start = 0; start < HOUSEHOLDS; start += CHUNK) {
                List<Household> chunk = new ArrayList<>(CHUNK);
                for (int i = 0; i < CHUNK; i++) {
                    chunk.add(Populations.random(random, "HH-" + (start + i)));
                }
                Decision[] parallel = new Decision[CHUNK];
                List<Future<?>> work = new ArrayList<>(THREADS);
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    work.add(pool.submit(() -> {
                        for (int i = thread; i < CHUNK; i += THREADS) {
                            parallel[i] = shared.assess(chunk.get(i), YEAR);
                            parallel[i].toString(); // render every message on this thread too
                        }
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
                for (int i = 0; i < CHUNK; i++) {
                    Decision single = alone.assess(chunk.get(i), YEAR);
                    if (!single.equals(parallel[i]) || !single.toString().equals(parallel[i].toString())) {
                        differing.add(single.household());
                    }
                    compared++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(compared).isEqualTo(HOUSEHOLDS);
        assertThat(differing).isEmpty();
    }
}

package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.examples.population.SyntheticPopulation;
import io.github.jingzhun.household.Household;
import java.time.Year;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FanoutTest {

    private static Iterator<Household> households(int n) {
        return SyntheticPopulation.of(1, Year.of(2019)).households(n).iterator();
    }

    private static Function<Iterable<Household>, Object> ids() {
        return households -> {
            List<String> ids = new ArrayList<>();
            households.forEach(h -> ids.add(h.getId()));
            return ids;
        };
    }

    @Test
    void everyAnalysisSeesEveryHouseholdInOrder() throws Exception {
        List<Object> results = Fanout.run(households(3000), List.of(ids(), ids(), ids()));
        List<Object> alone = Fanout.run(households(3000), List.of(ids()));
        assertThat(results).hasSize(3).allSatisfy(r -> assertThat(r).isEqualTo(alone.get(0)));
        assertThat((List<?>) alone.get(0)).hasSize(3000);
    }

    @Test
    @Timeout(30)
    void aFailingAnalysisNeitherBlocksTheReadingNorIsLost() {
        Function<Iterable<Household>, Object> failing = households -> {
            households.iterator().next();
            throw new IllegalStateException("analysis failed");
        };
        assertThatThrownBy(() -> Fanout.run(households(5000), List.of(ids(), failing)))
                .isInstanceOf(IllegalStateException.class).hasMessage("analysis failed");
    }

    @Test
    @Timeout(30)
    void aFailingReadingEndsTheAnalysesAndIsThrown() {
        Iterator<Household> source = new Iterator<>() {
            private final Iterator<Household> in = households(2000);
            private int read;

            @Override
            public boolean hasNext() {
                if (read == 1500) {
                    throw new java.io.UncheckedIOException(new java.io.IOException("disk gone"));
                }
                return in.hasNext();
            }

            @Override
            public Household next() {
                read++;
                return in.next();
            }
        };
        assertThatThrownBy(() -> Fanout.run(source, List.of(ids(), ids())))
                .hasMessageContaining("disk gone");
    }
}

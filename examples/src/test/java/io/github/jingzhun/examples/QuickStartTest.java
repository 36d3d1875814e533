package io.github.jingzhun.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.Decision;
import io.github.jingzhun.identification.Outcome;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void readmeExampleIdentifiesAPoorHousehold() {
        Decision decision = QuickStart.decide();
        assertThat(decision.identification().outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(decision.toString()).contains("Per-capita net income 3000.00 is below the 2019 line 3218.00")
                .doesNotContain("Wang Fang");
    }
}

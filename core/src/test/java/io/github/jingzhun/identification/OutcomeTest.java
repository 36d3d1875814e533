package io.github.jingzhun.identification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    @DisplayName("ID-H-3: the outcomes are ELIGIBLE, EXCLUDED and NOT_ELIGIBLE, and nothing else")
    void outcomesAreThoseOfIdH3() {
        assertThat(Outcome.values()).extracting(Outcome::name)
                .containsExactly("ELIGIBLE", "EXCLUDED", "NOT_ELIGIBLE");
    }
}

package io.github.jingzhun.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    @DisplayName("ID-H-3: the outcomes are ELIGIBLE, EXCLUDED and NOT_ELIGIBLE, and nothing else")
    void outcomesAreThoseOfIdH3() {
        assertThat(Outcome.values()).extracting(Outcome::name)
                .containsExactly("ELIGIBLE", "EXCLUDED", "NOT_ELIGIBLE");
    }

    @Test
    @DisplayName("ID-H-3: each outcome reads in English and Chinese")
    void outcomesAreLabelledInBothLanguages() {
        assertThat(Outcome.values()).extracting(Outcome::english, Outcome::chinese).containsExactly(
                tuple("eligible (poor)", "识别为贫困户"),
                tuple("excluded", "符合收入条件但应予排除"),
                tuple("not eligible", "不符合识别条件"));
    }
}

package io.github.jingzhun.measure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.decision.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MeasureTest {

    @Test
    @DisplayName("MS-14: a measure reads as its category, rule, priority and what it addresses")
    void toStringNamesEverything() {
        Measure m = new Measure(MeasureCategory.HEALTH, Rule.MS_6, 1, List.of("MEDICAL", "members[1]"));

        assertThat(m).hasToString("HEALTH (MS-6, priority 1) for MEDICAL, members[1]");
    }

    @Test
    @DisplayName("MS-1: a measure is a development measure exactly when its category is one")
    void developmentFollowsTheCategory() {
        assertThat(new Measure(MeasureCategory.MICROCREDIT, Rule.MS_9, 3, List.of("LACK_OF_CAPITAL")).isDevelopment())
                .isTrue();
        assertThat(new Measure(MeasureCategory.SOCIAL_SECURITY, Rule.MS_2, 1, List.of("LACK_OF_LABOUR"))
                .isDevelopment()).isFalse();
    }

    @Test
    @DisplayName("MS-14: what a measure addresses is copied, so changing the caller's list changes nothing")
    void addressesAreCopied() {
        List<String> addresses = new ArrayList<>(List.of("WATER"));
        Measure m = new Measure(MeasureCategory.WATER, Rule.MS_11, 1, addresses);

        addresses.add("HOUSING");

        assertThat(m.addresses()).containsExactly("WATER");
    }
}

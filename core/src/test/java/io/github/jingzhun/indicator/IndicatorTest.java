package io.github.jingzhun.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jingzhun.decision.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    @Test
    @DisplayName("IND-*: the six indicators of 2A3G and safe water, each decided by its own rule and named in both languages")
    void indicatorsAreThoseOfPolicySectionFour() {
        assertThat(Indicator.values()).extracting(Indicator::rule, Indicator::english, Indicator::chinese)
                .containsExactly(
                        tuple(Rule.IND_FOOD, "food", "吃饭"),
                        tuple(Rule.IND_CLOTHING, "clothing", "穿衣"),
                        tuple(Rule.IND_EDU, "compulsory education", "义务教育"),
                        tuple(Rule.IND_MED, "basic medical care", "基本医疗"),
                        tuple(Rule.IND_HOUSE, "safe housing", "住房安全"),
                        tuple(Rule.IND_WATER, "safe drinking water", "饮水安全"));
    }
}

package io.github.jingzhun.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleTest {

    @ParameterizedTest
    @EnumSource(Rule.class)
    void parseRoundTripsEveryId(Rule rule) {
        assertThat(Rule.parse(rule.id())).isSameAs(rule);
        assertThat(rule).hasToString(rule.id());
        assertThat(rule.title()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ID-H-1", "ID-H-2", "ID-H-3", "ID-H-4", "ID-H-5", "ID-V-1", "ID-STD", "IND-STD",
        "INC-1", "INC-2", "INC-3", "INC-4", "IND-FOOD", "IND-CLOTHING", "IND-EDU", "IND-MED", "IND-HOUSE",
        "IND-WATER"})
    @DisplayName("every rule of POLICY.md §3–5 that the core decides has an id")
    void everyDecidedPolicyRuleIsKnown(String id) {
        assertThat(Rule.parse(id).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ID-H-6", "id-h-1", "ID_H_1", " ID-H-1", "ID-H-1 ", "", "AUD-11", "ID-V"})
    void unknownIdsAreRejectedNamingTheId(String id) {
        assertThatThrownBy(() -> Rule.parse(id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown rule id: " + id);
    }

    @Test
    void idsAreDistinctAndInThePolicyForm() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::id))
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[A-Z]+(-[A-Z0-9]+)+"));
    }

    @Test
    void enumNameIsTheIdWithUnderscores() {
        for (Rule rule : Rule.values()) {
            assertThat(rule.name()).isEqualTo(rule.id().replace('-', '_'));
        }
    }
}

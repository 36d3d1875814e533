package io.github.jingzhun.identification;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.parameter.ParameterKey;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExclusionTest {

    @Test
    @DisplayName("ID-H-2: each of the four exclusions has its own switch")
    void eachExclusionHasItsOwnSwitch() {
        assertThat(Exclusion.PUBLIC_EMPLOYEE.switchKey()).isEqualTo(ParameterKey.EXCLUDE_PUBLIC_EMPLOYEE);
        assertThat(Exclusion.PRIVATE_CAR.switchKey()).isEqualTo(ParameterKey.EXCLUDE_PRIVATE_CAR);
        assertThat(Exclusion.TOWN_COMMERCIAL_HOUSING.switchKey())
                .isEqualTo(ParameterKey.EXCLUDE_TOWN_COMMERCIAL_HOUSING);
        assertThat(Exclusion.REGISTERED_ENTERPRISE.switchKey()).isEqualTo(ParameterKey.EXCLUDE_REGISTERED_ENTERPRISE);
        assertThat(Arrays.stream(Exclusion.values()).map(Exclusion::switchKey)).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("ID-H-2: every switch is a switch of ID-H-2")
    void everySwitchIsAnIdH2Switch() {
        assertThat(Exclusion.values()).allSatisfy(e -> {
            assertThat(e.switchKey().unit()).isEqualTo("switch");
            assertThat(e.switchKey().rules()).containsExactly(Rule.ID_H_2);
        });
    }
}

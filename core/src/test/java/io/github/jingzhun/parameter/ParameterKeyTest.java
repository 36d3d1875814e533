package io.github.jingzhun.parameter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParameterKeyTest {

    @ParameterizedTest
    @EnumSource(ParameterKey.class)
    void everyKeyNamesItsUnitAndTheRulesThatUseIt(ParameterKey key) {
        assertThat(key.unit()).isNotBlank();
        assertThat(key.rules()).matches("[A-Z]+(-[A-Z0-9]+)+(, [A-Z]+(-[A-Z0-9]+)+)*");
    }

    @Test
    @DisplayName("ID-H-2: the four exclusion switches are switches of ID-H-2")
    void exclusionSwitchesAreSwitchesOfIdH2() {
        assertThat(Arrays.stream(ParameterKey.values()).filter(k -> k.unit().equals("switch")))
                .containsExactly(ParameterKey.EXCLUDE_PUBLIC_EMPLOYEE, ParameterKey.EXCLUDE_PRIVATE_CAR,
                        ParameterKey.EXCLUDE_TOWN_COMMERCIAL_HOUSING, ParameterKey.EXCLUDE_REGISTERED_ENTERPRISE)
                .allSatisfy(k -> assertThat(k.rules()).isEqualTo("ID-H-2"));
    }

    @Test
    @DisplayName("ID-V-1: the poor-village thresholds cite ID-V-1")
    void poorVillageThresholdsCiteIdV1() {
        assertThat(ParameterKey.POOR_VILLAGE_INCIDENCE_MULTIPLE.rules()).isEqualTo("ID-V-1");
        assertThat(ParameterKey.POOR_VILLAGE_INCOME_PERCENT.rules()).isEqualTo("ID-V-1");
        assertThat(ParameterKey.POOR_VILLAGE_INCOME_PERCENT.unit()).isEqualTo("percent");
    }

    @Test
    @DisplayName("ID-H-5: the shock share makes medical costs and disaster losses high; education costs have a share "
            + "of their own")
    void shockShareIsUsedByMon3AndIdH5() {
        assertThat(ParameterKey.SHOCK_SHARE_PERCENT.rules()).contains("MON-3").contains("ID-H-5");
        assertThat(ParameterKey.EDUCATION_COSTS_SHARE_PERCENT.rules()).isEqualTo("ID-H-5");
        assertThat(ParameterKey.EDUCATION_COSTS_SHARE_PERCENT.unit()).isEqualTo("percent of net income");
    }

    @Test
    @DisplayName("AUD-10: the last year of new registration is a year, read by AUD-10 and MON-2")
    void lastNewRegistrationYearCitesAud10AndMon2() {
        assertThat(ParameterKey.LAST_NEW_REGISTRATION_YEAR.unit()).isEqualTo("year");
        assertThat(ParameterKey.LAST_NEW_REGISTRATION_YEAR.rules()).isEqualTo("AUD-10, MON-2");
    }
}

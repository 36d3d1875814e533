package io.github.jingzhun.parameter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.decision.Rule;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParameterKeyTest {

    private static final Pattern KEY = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");

    @ParameterizedTest
    @EnumSource(ParameterKey.class)
    void everyKeyNamesItsUnitAndTheRulesThatReadIt(ParameterKey key) {
        assertThat(key.unit()).isNotBlank();
        assertThat(key.rules()).isNotEmpty();
        for (Rule rule : key.rules()) {
            assertThat(ParameterKey.readBy(rule)).contains(key);
        }
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    @DisplayName("a rule's statements name exactly the parameters it reads, in English and in Chinese")
    void statementsNameExactlyTheParametersTheRuleReads(Rule rule) {
        assertThat(named(rule.statement())).as(rule + " in English").isEqualTo(EnumSet.copyOf(readBy(rule)));
        assertThat(named(rule.statementZh())).as(rule + " in Chinese").isEqualTo(EnumSet.copyOf(readBy(rule)));
    }

    private static Set<ParameterKey> readBy(Rule rule) {
        Set<ParameterKey> keys = EnumSet.noneOf(ParameterKey.class);
        keys.addAll(ParameterKey.readBy(rule));
        return keys;
    }

    private static Set<ParameterKey> named(String statement) {
        Set<ParameterKey> keys = EnumSet.noneOf(ParameterKey.class);
        Matcher m = KEY.matcher(statement);
        while (m.find()) {
            for (ParameterKey key : ParameterKey.values()) {
                if (key.name().equals(m.group())) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    @Test
    void eachKeySaysInWordsTheValuesItMayTake() {
        assertThat(ParameterKey.EDUCATION_REFERENCE_MONTH.range()).isEqualTo("a whole number from 1 to 12");
        assertThat(ParameterKey.SHOCK_SHARE_PERCENT.range()).isEqualTo("from 0.01 to 10000");
        assertThat(ParameterKey.MONITORING_LINE_MULTIPLE.range()).isEqualTo("from 1 to 100");
        assertThat(ParameterKey.INCOME_JUMP_MULTIPLE.range()).isEqualTo("above 0 and at most 100");
        assertThat(ParameterKey.MICROCREDIT_MAX_YUAN.range()).isEqualTo("whole fen from 0 to 1000000000");
        assertThat(ParameterKey.EXCLUDE_PRIVATE_CAR.range()).isEqualTo("a whole number from 0 to 1");
    }

    @Test
    void theRulesOfAKeyCannotBeChanged() {
        Set<Rule> rules = ParameterKey.NOTICE_DAYS.rules();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.add(Rule.MS_1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("ID-H-2: the four exclusion switches are switches of ID-H-2")
    void exclusionSwitchesAreSwitchesOfIdH2() {
        assertThat(Arrays.stream(ParameterKey.values()).filter(k -> k.unit().equals("switch")))
                .containsExactly(ParameterKey.EXCLUDE_PUBLIC_EMPLOYEE, ParameterKey.EXCLUDE_PRIVATE_CAR,
                        ParameterKey.EXCLUDE_TOWN_COMMERCIAL_HOUSING, ParameterKey.EXCLUDE_REGISTERED_ENTERPRISE)
                .allSatisfy(k -> assertThat(k.rules()).containsExactly(Rule.ID_H_2));
        assertThat(ParameterKey.readBy(Rule.ID_H_2)).containsExactly(ParameterKey.EXCLUDE_PUBLIC_EMPLOYEE,
                ParameterKey.EXCLUDE_PRIVATE_CAR, ParameterKey.EXCLUDE_TOWN_COMMERCIAL_HOUSING,
                ParameterKey.EXCLUDE_REGISTERED_ENTERPRISE);
    }

    @Test
    @DisplayName("ID-V-1: the poor-village thresholds cite ID-V-1")
    void poorVillageThresholdsCiteIdV1() {
        assertThat(ParameterKey.readBy(Rule.ID_V_1)).containsExactly(ParameterKey.POOR_VILLAGE_INCIDENCE_MULTIPLE,
                ParameterKey.POOR_VILLAGE_INCOME_PERCENT);
        assertThat(ParameterKey.POOR_VILLAGE_INCOME_PERCENT.unit()).isEqualTo("percent");
    }

    @Test
    @DisplayName("ID-H-5: the shock share makes medical costs and disaster losses high; education costs have a share "
            + "of their own")
    void shockShareIsUsedByMon3AndIdH5() {
        assertThat(ParameterKey.SHOCK_SHARE_PERCENT.rules()).containsExactly(Rule.ID_H_5, Rule.MON_3);
        assertThat(ParameterKey.EDUCATION_COSTS_SHARE_PERCENT.rules()).containsExactly(Rule.ID_H_5);
        assertThat(ParameterKey.EDUCATION_COSTS_SHARE_PERCENT.unit()).isEqualTo("percent of net income");
    }

    @Test
    @DisplayName("AUD-10: the last year of new registration is a year, read by AUD-10 and MON-2")
    void lastNewRegistrationYearCitesAud10AndMon2() {
        assertThat(ParameterKey.LAST_NEW_REGISTRATION_YEAR.unit()).isEqualTo("year");
        assertThat(ParameterKey.LAST_NEW_REGISTRATION_YEAR.rules()).containsExactly(Rule.MON_2, Rule.AUD_10);
    }

    @Test
    @DisplayName("EX-H-4 reads the monitoring multiple, as it uses exactly the MON-1 threshold")
    void paperExitGuardReadsTheMonitoringMultiple() {
        assertThat(ParameterKey.MONITORING_LINE_MULTIPLE.rules()).containsExactly(Rule.EX_H_4, Rule.MON_1);
        assertThat(LineKey.readBy(Rule.EX_H_4)).contains(LineKey.MONITORING_THRESHOLD,
                LineKey.REGIONAL_MONITORING_THRESHOLD);
    }

    @Test
    void aRuleWithoutParametersReadsNone() {
        assertThat(ParameterKey.readBy(Rule.ID_H_4)).isEmpty();
        assertThat(LineKey.readBy(Rule.ID_H_4)).isEmpty();
    }
}

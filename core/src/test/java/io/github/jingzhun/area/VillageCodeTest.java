package io.github.jingzhun.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VillageCodeTest {

    @Test
    void parsesATwelveDigitVillageCodeAndItsCounty() {
        VillageCode village = VillageCode.parse("522727101201");
        assertThat(village).hasToString("522727101201");
        assertThat(village.county()).isEqualTo(CountyCode.of(522727));
    }

    @ParameterizedTest
    @ValueSource(strings = {"52272710120", "5227271012010", "", "52272710120a", "522727-01201"})
    void textThatIsNotTwelveDigitsIsRejected(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> VillageCode.parse(text))
                .withMessage("village code must be twelve digits: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"522727 01201", "522727198001011229", "11010519491231002X", "Wang Fang"})
    void textThatCouldBeANameOrAnIdNumberIsNotRepeated(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> VillageCode.parse(text))
                .withMessage("village code must be twelve digits: [?]");
    }

    @Test
    void villageWhoseCountyPartIsNotACountyIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> VillageCode.parse("710101101201"))
                .withMessageContaining("mainland province");
        assertThatIllegalArgumentException().isThrownBy(() -> VillageCode.parse("522700101201"))
                .withMessageContaining("ends in 00");
        assertThatIllegalArgumentException().isThrownBy(() -> VillageCode.parse("000000101201"))
                .withMessageContaining("mainland province");
    }

    @Test
    void equalsHashCodeAndOrderFollowTheCode() {
        VillageCode a = VillageCode.parse("522727101201");
        VillageCode b = VillageCode.parse(new StringBuilder("522727101201"));
        VillageCode c = VillageCode.parse("522727101202");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a).isNotEqualTo("522727101201");
        assertThat(a.compareTo(c)).isNegative();
        assertThat(c.compareTo(a)).isPositive();
        assertThat(a.compareTo(b)).isZero();
    }

    @Test
    void villagesOfDifferentCountiesDiffer() {
        assertThat(VillageCode.parse("522727101201")).isNotEqualTo(VillageCode.parse("522726101201"));
        assertThat(VillageCode.parse("522726101201").county()).isEqualTo(CountyCode.of(522726));
    }
}

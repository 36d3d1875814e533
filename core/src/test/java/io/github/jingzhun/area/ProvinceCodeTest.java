package io.github.jingzhun.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProvinceCodeTest {

    @Test
    void parsesTwoDigitsOfAMainlandProvince() {
        ProvinceCode guizhou = ProvinceCode.parse("52");

        assertThat(guizhou.code()).isEqualTo(52);
        assertThat(guizhou).hasToString("52").isEqualTo(ProvinceCode.of(52))
                .isEqualTo(ProvinceCode.of(CountyCode.of(522727))).hasSameHashCodeAs(ProvinceCode.of(52))
                .isNotEqualTo(ProvinceCode.of(53)).isNotEqualTo("52");
        assertThat(guizhou.compareTo(ProvinceCode.of(11))).isPositive();
        assertThat(ProvinceCode.of(11).compareTo(guizhou)).isNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "520", "", "5a"})
    void textThatIsNotTwoDigitsIsRejected(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> ProvinceCode.parse(text))
                .withMessage("province code must be two digits: " + text);
        assertThatIllegalArgumentException().isThrownBy(() -> ProvinceCode.parse(" " + text))
                .withMessage("province code must be two digits: [?]");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10, 71, 81, 99, 520})
    void codesOfNoMainlandProvinceAreRejected(int code) {
        assertThatIllegalArgumentException().isThrownBy(() -> ProvinceCode.of(code))
                .withMessageContaining("mainland province");
    }
}

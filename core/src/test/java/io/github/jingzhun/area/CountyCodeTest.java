package io.github.jingzhun.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountyCodeTest {

    @Test
    void parsesASixDigitCountyCode() {
        CountyCode county = CountyCode.parse("522727");
        assertThat(county.code()).isEqualTo(522727);
        assertThat(county).hasToString("522727");
        assertThat(county).isEqualTo(CountyCode.of(522727));
    }

    @Test
    void parseAcceptsAnyCharSequence() {
        assertThat(CountyCode.parse(new StringBuilder("110101")).code()).isEqualTo(110101);
    }

    @Test
    void provinceIsTheFirstTwoDigitsAndPrefectureTheFirstFour() {
        CountyCode county = CountyCode.of(513422);
        assertThat(county.province()).isEqualTo(51);
        assertThat(county.prefecture()).isEqualTo(5134);
    }

    @Test
    void isWithinItsProvincePrefectureAndItselfOnly() {
        CountyCode county = CountyCode.of(513422);
        assertThat(county.isWithin(51)).isTrue();
        assertThat(county.isWithin(5134)).isTrue();
        assertThat(county.isWithin(513422)).isTrue();
        assertThat(county.isWithin(52)).isFalse();
        assertThat(county.isWithin(5133)).isFalse();
        assertThat(county.isWithin(513421)).isFalse();
        assertThat(county.isWithin(5135)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"52272", "5227270", "", "52272a", "-52272"})
    void textThatIsNotSixAsciiDigitsIsRejected(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> CountyCode.parse(text))
                .withMessage("county code must be six digits: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"52 727", "５２２７２７", "522727198001011229", "Wang Fang", "王芳"})
    void textThatCouldBeANameOrAnIdNumberIsNotRepeated(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> CountyCode.parse(text))
                .withMessage("county code must be six digits: [?]");
    }

    @ParameterizedTest
    @ValueSource(ints = {710101, 810001, 820001, 660101, 990101})
    void provinceBeyondTheMainlandIsRejected(int code) {
        // 71 Taiwan, 81 Hong Kong, 82 Macao are not mainland provinces in GB/T 2260's sense here.
        assertThatIllegalArgumentException().isThrownBy(() -> CountyCode.of(code))
                .withMessageContaining("mainland province")
                .withMessageContaining(Integer.toString(code));
        assertThatIllegalArgumentException().isThrownBy(() -> CountyCode.parse(Integer.toString(code)))
                .withMessageContaining("mainland province");
    }

    @ParameterizedTest
    @ValueSource(ints = {160101, 240101, 300101, 380101, 470101, 550101, 600101})
    void unassignedProvinceCodeWithinTheRangeIsRejected(int code) {
        assertThatIllegalArgumentException().isThrownBy(() -> CountyCode.of(code))
                .withMessage("county code has no mainland province: " + code);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 109999, 99999, 1000000, -522727})
    void codeOutsideTheSixDigitRangeIsRejected(int code) {
        assertThatIllegalArgumentException().isThrownBy(() -> CountyCode.of(code))
                .withMessage("county code must have six digits and a mainland province: " + code);
    }

    @Test
    void theLowestCodeOfTheRangeIsAPrefectureCodeNotOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> CountyCode.of(110000))
                .withMessage("county code ends in 00, which names a prefecture: 110000");
    }

    @Test
    void lowestAndHighestMainlandCountiesAreAccepted() {
        assertThat(CountyCode.of(110001).province()).isEqualTo(11);
        assertThat(CountyCode.of(659999).province()).isEqualTo(65);
        assertThatIllegalArgumentException().isThrownBy(() -> CountyCode.of(109999));
        assertThatIllegalArgumentException().isThrownBy(() -> CountyCode.of(660001));
    }

    @ParameterizedTest
    @ValueSource(strings = {"522700", "520000", "110100", "650000"})
    void codeEndingIn00IsAPrefectureAndRejected(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> CountyCode.parse(text))
                .withMessage("county code ends in 00, which names a prefecture: " + text);
    }

    @Test
    void codesEndingIn01And99AreCounties() {
        assertThat(CountyCode.parse("522701").code()).isEqualTo(522701);
        assertThat(CountyCode.parse("522799").code()).isEqualTo(522799);
        assertThat(CountyCode.parse("522710").code()).isEqualTo(522710);
    }

    @Test
    void equalsHashCodeAndOrderFollowTheCode() {
        CountyCode a = CountyCode.of(522727);
        CountyCode b = CountyCode.parse("522727");
        CountyCode c = CountyCode.of(522728);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a).isNotEqualTo("522727");
        assertThat(a.compareTo(c)).isNegative();
        assertThat(c.compareTo(a)).isPositive();
        assertThat(a.compareTo(b)).isZero();
    }
}

package io.github.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdTest {

    private static final String WANG_FANG = "522727198001011229";
    private static final String LI_MING = "522727201005051230";

    @Test
    void jsonMdExampleNumbersAreValid() {
        assertThat(ResidentId.parse(WANG_FANG).unmasked()).isEqualTo(WANG_FANG);
        assertThat(ResidentId.parse(LI_MING).unmasked()).isEqualTo(LI_MING);
    }

    @Test
    void birthDateIsReadFromCharacters7To14() {
        assertThat(ResidentId.parse(WANG_FANG).birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(ResidentId.parse(LI_MING).birthDate()).isEqualTo(LocalDate.of(2010, 5, 5));
    }

    @Test
    @DisplayName("AUD-2: the 17th digit is odd for MALE, even for FEMALE")
    void seventeenthDigitOddIsMaleEvenIsFemaleAUD2() {
        assertThat(ResidentId.parse(WANG_FANG).sex()).isEqualTo(Sex.FEMALE); // 17th digit 2
        assertThat(ResidentId.parse(LI_MING).sex()).isEqualTo(Sex.MALE); // 17th digit 3
        for (int digit = 0; digit <= 9; digit++) {
            ResidentId id = ResidentId.parse(IdNumbers.withCheck("52272719800101" + "12" + digit));
            assertThat(id.sex()).as("17th digit %d", digit).isEqualTo(digit % 2 == 1 ? Sex.MALE : Sex.FEMALE);
        }
    }

    @Test
    void lowerCaseXIsAcceptedAsUpperCaseX() {
        String first17 = findDigitsWithCheckX();
        ResidentId upper = ResidentId.parse(first17 + "X");
        ResidentId lower = ResidentId.parse(first17 + "x");
        assertThat(lower).isEqualTo(upper).hasSameHashCodeAs(upper);
        assertThat(lower.unmasked()).isEqualTo(first17 + "X");
    }

    /** Seventeen digits of a 1980-01-01 number whose check character is X. */
    private static String findDigitsWithCheckX() {
        for (int seq = 0; seq < 1000; seq++) {
            String first17 = "52272719800101" + String.format("%03d", seq);
            if (IdNumbers.checkCharacter(first17) == 'X') {
                return first17;
            }
        }
        throw new AssertionError("no sequence gives the check character X");
    }

    @Test
    @DisplayName("AUD-2: a wrong check digit is rejected without showing the number")
    void wrongCheckDigitIsRejectedAUD2() {
        String wrong = "522727198001011228";
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.parse(wrong))
                .withMessage("ID number has a wrong check digit (GB 11643)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrong).doesNotContain("19800101"));
    }

    @Test
    @DisplayName("AUD-2: every check character but the right one is rejected")
    void everyOtherCheckCharacterIsRejectedAUD2() {
        String first17 = WANG_FANG.substring(0, 17);
        for (char c : "0123456789Xx".toCharArray()) {
            String candidate = first17 + c;
            if (Character.toUpperCase(c) == '9') {
                assertThat(ResidentId.parse(candidate).unmasked()).isEqualTo(WANG_FANG);
            } else {
                assertThatIllegalArgumentException().as("check character %s", c)
                        .isThrownBy(() -> ResidentId.parse(candidate))
                        .withMessageContaining("check digit");
            }
        }
    }

    @Test
    void swappedDigitsAreCaughtByTheCheckDigit() {
        // a typical transcription error: two adjacent digits swapped
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.parse("522727190801011229"))
                .withMessageContaining("check digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"19801301", "19800001", "19800132", "19800230", "19810229", "19800431", "19800100", "19000229"})
    void impossibleBirthDateIsRejected(String date) {
        String number = IdNumbers.withCheck("522727" + date + "123");
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.parse(number))
                .withMessage("ID number holds an impossible birth date")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(number).doesNotContain(date));
    }

    @Test
    void leapDayOfALeapYearIsAPossibleBirthDate() {
        ResidentId id = ResidentId.parse(IdNumbers.withCheck("52272720000229" + "123"));
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 15, 17, 19, 20})
    void numberOfOtherThanEighteenCharactersIsRejected(int length) {
        String text = (WANG_FANG + "12").substring(0, length);
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.parse(text))
                .withMessage("ID number must have 18 characters, not " + length);
    }

    @Test
    void oldFifteenDigitNumberIsRejectedWithoutShowingIt() {
        String old = "522727800101122";
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.parse(old))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(old));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X22727198001011229", "5227271980010112X9", "52272719800101 229", "52272719800101-229",
        "５22727198001011229"})
    void nonDigitInTheFirstSeventeenCharactersIsRejected(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.parse(text))
                .withMessage("ID number must have digits in its first 17 characters");
    }

    @ParameterizedTest
    @ValueSource(chars = {'A', 'Y', ' ', '-'})
    void checkCharacterOtherThanADigitOrXIsRejected(char check) {
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.parse(WANG_FANG.substring(0, 17) + check))
                .withMessageContaining("check digit");
    }

    @Test
    void toStringIsMaskedAfterTheAreaCode() {
        ResidentId id = ResidentId.parse(WANG_FANG);
        assertThat(id).hasToString("522727************");
        assertThat(id.toString()).hasSize(18).doesNotContain("19800101").doesNotContain(WANG_FANG);
    }

    @Test
    void differentNumbersSpreadOverHashCodes() {
        // Not required by equals, but a registry keys its maps by ID number: distinct numbers should not collide.
        assertThat(ResidentId.parse(WANG_FANG).hashCode()).isNotEqualTo(ResidentId.parse(LI_MING).hashCode());
    }

    @Test
    void equalNumbersAreEqual() {
        ResidentId a = ResidentId.parse(WANG_FANG);
        ResidentId b = ResidentId.parse(new StringBuilder(WANG_FANG));
        ResidentId c = ResidentId.parse(LI_MING);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
        assertThat(a).isNotEqualTo(WANG_FANG);
        // same masked text, different numbers: equality is on the full number
        assertThat(a.toString()).isEqualTo(c.toString());
    }
}

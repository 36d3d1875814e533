package io.github.jingzhun.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** IdNumberAudit: AUD-2 on raw ID numbers, for import validation. */
@DisplayName("AUD-2 a raw ID number: check digit, birth date and sex")
class IdNumberAuditTest {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String PATH = "members[1].idNumber";
    private static final LocalDate BIRTH = LocalDate.of(1980, 1, 1);

    /** The worked household's head: born 1980-01-01, female (17th digit 2). */
    private static final String VALID = "522727198001011229";

    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    static String wrongCheck(String first17) {
        return first17 + (check(first17) == '0' ? '1' : '0');
    }

    static void assertNamesNoNumber(List<Finding> findings, String number) {
        for (Finding f : findings) {
            assertThat(f.rule()).isEqualTo(Rule.AUD_2);
            assertThat(f.passed()).isFalse();
            for (String text : List.of(f.message(), f.messageZh(), String.valueOf(f.subject()), f.toString())) {
                // a fragment shorter than a birth date is no personal data (and "" is in every text)
                if (number.length() >= 8) {
                    assertThat(text).doesNotContain(number);
                }
                if (number.length() >= 14) {
                    assertThat(text).doesNotContain(number.substring(6, 14));
                }
                if (number.length() >= 17) {
                    assertThat(text).doesNotContain(number.substring(0, 17));
                }
            }
        }
    }

    @Test
    void aValidNumberThatAgreesHasNoFinding() {
        assertThat(IdNumberAudit.checkMember(1, VALID, BIRTH, Sex.FEMALE)).isEmpty();
    }

    @Test
    void aLowerCaseXCheckCharacterIsAcceptedAUD2() {
        String first17 = null;
        for (int seq = 0; first17 == null; seq += 2) {
            String candidate = "52272719800101" + String.format("%03d", seq);
            if (check(candidate) == 'X') {
                first17 = candidate;
            }
        }
        assertThat(IdNumberAudit.checkMember(0, first17 + "x", BIRTH, Sex.FEMALE)).isEmpty();
    }

    @Test
    void aWrongCheckDigitIsFlaggedWithThePathNotTheNumberAUD2() {
        String wrong = wrongCheck(VALID.substring(0, 17));
        List<Finding> findings = IdNumberAudit.checkMember(1, wrong, BIRTH, Sex.FEMALE);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo(PATH);
            assertThat(f.message()).isEqualTo("members[1].idNumber has a wrong check digit (GB 11643, AUD-2)");
            assertThat(f.messageZh()).isEqualTo("members[1].idNumber校验码错误（GB 11643，AUD-2）");
        });
        assertNamesNoNumber(findings, wrong);
    }

    @Test
    void everyWrongCheckCharacterIsFlaggedAUD2() {
        String first17 = VALID.substring(0, 17);
        for (char c : "0123456789X".toCharArray()) {
            List<Finding> findings = IdNumberAudit.checkMember(1, first17 + c, BIRTH, Sex.FEMALE);
            assertThat(findings).as("check character %s", c).hasSize(c == check(first17) ? 0 : 1);
        }
    }

    @Test
    void aWrongXInTheEighteenthPlaceIsAWrongCheckDigitNotANonDigitAUD2() {
        String first17 = VALID.substring(0, 17);
        for (String number : List.of(first17 + "X", first17 + "x")) {
            assertThat(IdNumberAudit.checkMember(1, number, BIRTH, Sex.FEMALE)).as(number).singleElement()
                    .extracting(Finding::message)
                    .isEqualTo("members[1].idNumber has a wrong check digit (GB 11643, AUD-2)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"52272719800101122", "5227271980010112290", ""})
    void aWrongLengthIsFlaggedWithTheLengthsAUD2(String number) {
        List<Finding> findings = IdNumberAudit.checkMember(1, number, BIRTH, Sex.FEMALE);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo(BigDecimal.valueOf(number.length()));
            assertThat(f.threshold()).isEqualTo(BigDecimal.valueOf(18));
        });
    }

    @Test
    void aLetterAmongTheFirst17IsFlaggedAUD2() {
        List<Finding> findings = IdNumberAudit.checkMember(1, "52272719800101A229", BIRTH, Sex.FEMALE);
        assertThat(findings).singleElement().extracting(Finding::message)
                .isEqualTo("members[1].idNumber must have digits in its first 17 characters (AUD-2)");
    }

    @Test
    void anImpossibleBirthDateIsFlaggedAUD2() {
        String first17 = "52272719801301122";
        List<Finding> findings = IdNumberAudit.checkMember(1, first17 + check(first17), BIRTH, Sex.FEMALE);
        assertThat(findings).singleElement().extracting(Finding::message)
                .isEqualTo("members[1].idNumber holds an impossible birth date (AUD-2)");
    }

    @Test
    void aBirthDateOneDayOffIsFlaggedAUD2() {
        List<Finding> findings = IdNumberAudit.checkMember(1, VALID, BIRTH.plusDays(1), Sex.FEMALE);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo(PATH);
            assertThat(f.message())
                    .isEqualTo("The birth date in members[1].idNumber differs from the member's birth date (AUD-2)");
        });
        assertNamesNoNumber(findings, VALID);
    }

    @Test
    void theOtherSexIsFlaggedAUD2() {
        // 17th digit 2 is even: FEMALE.
        List<Finding> findings = IdNumberAudit.checkMember(1, VALID, BIRTH, Sex.MALE);
        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("sex digit");
    }

    @Test
    void anOddSeventeenthDigitIsMaleAUD2() {
        // The worked household's child: 17th digit 3.
        assertThat(IdNumberAudit.checkMember(1, "522727201005051230", LocalDate.of(2010, 5, 5), Sex.MALE)).isEmpty();
        assertThat(IdNumberAudit.checkMember(1, "522727201005051230", LocalDate.of(2010, 5, 5), Sex.FEMALE))
                .hasSize(1);
    }

    @Test
    void bothDisagreementsAreReportedTogetherAUD2() {
        assertThat(IdNumberAudit.checkMember(1, VALID, BIRTH.minusDays(1), Sex.MALE)).hasSize(2);
    }

    @Test
    void withoutARecordedBirthDateOrSexOnlyTheNumberIsCheckedAUD2() {
        assertThat(IdNumberAudit.checkMember(1, VALID, null, null)).isEmpty();
        assertThat(IdNumberAudit.checkMember(1, wrongCheck(VALID.substring(0, 17)), null, null)).hasSize(1);
    }

    @Test
    void anyPathCanBeTheSubjectAUD2() {
        List<Finding> findings = IdNumberAudit.check("$.members[0].idNumber", VALID, BIRTH, Sex.MALE);
        assertThat(findings).singleElement().extracting(Finding::subject).isEqualTo("$.members[0].idNumber");
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    /** A number that is valid, or wrong in one random way: length, a character, the date or the check digit. */
    static String randomNumber(Random random) {
        LocalDate birth = LocalDate.ofEpochDay(LocalDate.of(1930, 1, 1).toEpochDay() + random.nextInt(365 * 85));
        String first17 = "522727" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        String number = first17 + check(first17);
        char[] chars = number.toCharArray();
        switch (random.nextInt(6)) {
            case 0 -> chars[random.nextInt(18)] = "0123456789Xx/ ".charAt(random.nextInt(14));
            case 1 -> chars[10 + random.nextInt(4)] = (char) ('0' + random.nextInt(10));
            case 2 -> {
                return number.substring(0, random.nextInt(18));
            }
            case 3 -> {
                return number + random.nextInt(10);
            }
            default -> {
                return number;
            }
        }
        return new String(chars);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("AUD-2 finds nothing exactly when ResidentId.parse accepts the number")
    void agreesWithResidentIdParseAUD2(long seed) {
        String number = randomNumber(new Random(seed));
        boolean parses;
        try {
            ResidentId.parse(number);
            parses = true;
        } catch (IllegalArgumentException e) {
            parses = false;
        }
        List<Finding> findings = IdNumberAudit.check(PATH, number, null, null);
        assertThat(findings).as("number %s", number).hasSize(parses ? 0 : 1);
        assertNamesNoNumber(findings, number);
    }
}

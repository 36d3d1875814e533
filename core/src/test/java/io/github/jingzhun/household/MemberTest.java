package io.github.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jingzhun.Households;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberTest {

    private static final LocalDate BIRTH = LocalDate.of(2010, 5, 5);

    /** A valid boy born 2010-05-05 with the worked household's number 522727201005051230. */
    private static Member.Builder liMing() {
        return Households.member(Sex.MALE, BIRTH)
                .withIdNumber(ResidentId.parse("522727201005051230"))
                .withName("Li Ming");
    }

    @Test
    void memberAgreeingWithTheIdNumberIsBuilt() {
        Member m = liMing().build();
        assertThat(m.getBirthDate()).isEqualTo(m.getIdNumber().birthDate());
        assertThat(m.getSex()).isEqualTo(m.getIdNumber().sex());
        assertThat(m.getName()).isEqualTo("Li Ming");
    }

    @Test
    @DisplayName("AUD-2: birth date disagreeing with the ID number is rejected at path idNumber")
    void birthDateDisagreeingWithTheIdNumberIsRejectedAUD2() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> liMing().withBirthDate(BIRTH.plusDays(1)).build())
                .satisfies(e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.path()).isEqualTo("idNumber");
                        assertThat(p.message()).contains("birth date").contains("AUD-2");
                    });
                    assertThat(e.getMessage()).isEqualTo(
                            "idNumber: birth date in the ID number disagrees with the birth date given (AUD-2)");
                });
    }

    @Test
    @DisplayName("AUD-2: a birth date one day either side of the ID number's is rejected")
    void birthDateOneDayEitherSideIsRejectedAUD2() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> liMing().withBirthDate(BIRTH.minusDays(1)).build());
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> liMing().withBirthDate(BIRTH.plusDays(1)).build());
        assertThat(liMing().withBirthDate(BIRTH).build().getBirthDate()).isEqualTo(BIRTH);
    }

    @Test
    @DisplayName("AUD-2: sex disagreeing with the ID number's 17th digit is rejected at path idNumber")
    void sexDisagreeingWithTheIdNumberIsRejectedAUD2() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> liMing().withSex(Sex.FEMALE).build())
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("idNumber");
                    assertThat(p.message()).contains("sex").contains("AUD-2");
                }));
    }

    @Test
    @DisplayName("AUD-2: a woman recorded with a man's number is rejected too")
    void femaleNumberRecordedAsMaleIsRejectedAUD2() {
        Member.Builder wangFang = Households.member(Sex.FEMALE, LocalDate.of(1980, 1, 1))
                .withIdNumber(ResidentId.parse("522727198001011229"));
        assertThat(wangFang.build().getSex()).isEqualTo(Sex.FEMALE);
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> wangFang.withSex(Sex.MALE).build())
                .satisfies(e -> assertThat(e.getMessage()).contains("AUD-2"));
    }

    @Test
    @DisplayName("AUD-2: birth date and sex both disagreeing are reported at once")
    void birthDateAndSexBothDisagreeingAreReportedAtOnceAUD2() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> liMing().withBirthDate(LocalDate.of(2011, 5, 5)).withSex(Sex.FEMALE).build())
                .satisfies(e -> {
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.problems()).extracting(Problem::path).containsOnly("idNumber");
                    assertThat(e.problems()).extracting(Problem::message)
                            .anySatisfy(m -> assertThat(m).contains("birth date"))
                            .anySatisfy(m -> assertThat(m).contains("sex"))
                            .allSatisfy(m -> assertThat(m).contains("AUD-2"));
                });
    }

    @Test
    void problemsOfFieldsCheckOnlyTheFieldsRead() {
        ResidentId id = ResidentId.parse("522727201005051230");
        assertThat(Member.problemsOfFields(id, Sex.FEMALE, BIRTH.plusDays(1), " ", 5, 13, WorkStatus.NOT_IN_WORK,
                true)).extracting(Problem::path, Problem::message).containsExactly(
                        tuple("idNumber", "birth date in the ID number disagrees with the birth date given (AUD-2)"),
                        tuple("idNumber", "sex digit of the ID number disagrees with the sex given (AUD-2)"),
                        tuple("name", "must not be blank"),
                        tuple("disabilityGrade", "must be between 1 and 4, not 5"),
                        tuple("migrantWorkMonths", "must be between 0 and 12, not 13"),
                        tuple("workStatus", "NOT_IN_WORK contradicts employed true"),
                        tuple("workStatus", "NOT_IN_WORK contradicts 13 months of migrant work"));
        assertThat(Member.problemsOfFields(null, Sex.FEMALE, BIRTH.plusDays(1), null, null, null,
                WorkStatus.NOT_IN_WORK, null)).isEmpty();
        assertThat(Member.problemsOfFields(id, null, null, "Li Ming", 4, 0, null, true)).isEmpty();
    }

    @Test
    void everyProblemOfAMemberIsReportedAtOnce() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> liMing().withSex(Sex.FEMALE).withBirthDate(BIRTH.plusYears(1)).withName(" ")
                        .withDisabilityGrade(5).withMigrantWorkMonths(13).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("idNumber", "idNumber", "name", "disabilityGrade", "migrantWorkMonths"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "　", "\u00a0", "\u00a0\u3000", "\u200b", "\u0000"})
    void blankNameIsRejected(String name) {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> liMing().withName(name).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("name", "must not be blank")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "Li\udc00Ming", "Li Ming\ud83d"})
    void aNameWithALoneSurrogateIsRejectedAsNoUtf8CouldHoldIt(String name) {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> liMing().withName(name).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path, Problem::message).containsExactly(
                        tuple("name", "must be valid Unicode: no lone surrogate (half of a surrogate pair)")));
        assertThat(liMing().withName("李明\ud83d\ude00").build().getName()).isEqualTo("李明\ud83d\ude00");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1, Integer.MAX_VALUE})
    void disabilityGradeOutsideOneToFourIsRejected(int grade) {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> liMing().withDisabilityGrade(grade).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("disabilityGrade", "must be between 1 and 4, not " + grade)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void disabilityGradeOneToFourIsAccepted(int grade) {
        Member m = liMing().withDisabilityGrade(grade).build();
        assertThat(m.getDisabilityGrade()).isEqualTo(grade);
        assertThat(m.isDisabled()).isTrue();
    }

    @Test
    void noDisabilityGradeMeansNotDisabled() {
        Member m = liMing().build();
        assertThat(m.getDisabilityGrade()).isNull();
        assertThat(m.isDisabled()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 11, 12})
    void migrantWorkMonthsZeroToTwelveAreAccepted(int months) {
        assertThat(liMing().withMigrantWorkMonths(months).build().getMigrantWorkMonths()).isEqualTo(months);
    }

    @ParameterizedTest
    @ValueSource(ints = {13, -1})
    void migrantWorkMonthsOutsideZeroToTwelveAreRejected(int months) {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> liMing().withMigrantWorkMonths(months).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("migrantWorkMonths", "must be between 0 and 12, not " + months)));
    }

    @Test
    void defaultsAreNoMigrantWorkAndNoExtraInsuranceOrEmployment() {
        Member m = liMing().build();
        assertThat(m.getMigrantWorkMonths()).isZero();
        assertThat(m.isSeriousIllnessInsurance()).isFalse();
        assertThat(m.isPensionInsurance()).isFalse();
        assertThat(m.isPublicEmployee()).isFalse();
        assertThat(m.isRegisteredEnterprise()).isFalse();
        assertThat(m.isEmployed()).isFalse();
    }

    @Test
    void ageTurnsOnTheBirthdayNotTheDayBefore() {
        Member m = liMing().build();
        assertThat(m.ageOn(LocalDate.of(2020, 5, 4))).isEqualTo(9);
        assertThat(m.ageOn(LocalDate.of(2020, 5, 5))).isEqualTo(10);
        assertThat(m.ageOn(LocalDate.of(2020, 5, 6))).isEqualTo(10);
    }

    @Test
    void ageOnTheBirthDateIsZeroAndBeforeBirthIsNegative() {
        Member m = liMing().build();
        assertThat(m.ageOn(BIRTH)).isZero();
        assertThat(m.ageOn(BIRTH.minusDays(1))).isZero();
        assertThat(m.ageOn(BIRTH.minusYears(1))).isEqualTo(-1);
        assertThat(m.ageOn(BIRTH.minusYears(1).minusDays(1))).isEqualTo(-1);
    }

    @Test
    void ageCountsWholeYearsAsTheCalendarDoesForAnyPairOfDates() {
        // The age read from the numbers yyyymmdd against the calendar's reading, leap days included.
        java.util.Random random = new java.util.Random(2019);
        LocalDate first = LocalDate.of(1896, 1, 1);
        for (int i = 0; i < 20_000; i++) {
            LocalDate birth = i % 10 == 0 ? LocalDate.of(1904 + 4 * random.nextInt(30), 2, 29)
                    : first.plusDays(random.nextInt(46_000));
            LocalDate date = i % 7 == 0 ? birth.plusYears(random.nextInt(201) - 100).plusDays(random.nextInt(3) - 1)
                    : first.plusDays(random.nextInt(60_000));
            Member m = Households.member(Sex.MALE, birth).build();
            assertThat(m.ageOn(date)).as("born %s, on %s", birth, date).isEqualTo(calendarAge(birth, date));
        }
    }

    /** Whole years from birth to date as the calendar counts them: back from birth, a year only when complete. */
    private static int calendarAge(LocalDate birth, LocalDate date) {
        int age = date.getYear() - birth.getYear();
        boolean beforeBirthday = date.getMonthValue() < birth.getMonthValue()
                || (date.getMonthValue() == birth.getMonthValue() && date.getDayOfMonth() < birth.getDayOfMonth());
        if (age > 0 && beforeBirthday) {
            return age - 1;
        }
        if (age < 0 && !beforeBirthday && !date.equals(birth.withYear(date.getYear()))) {
            return age + 1;
        }
        return age;
    }

    @Test
    void ageIsZeroForTheRestOfTheBirthYear() {
        Member m = liMing().build();
        assertThat(m.ageOn(BIRTH.plusDays(1))).isZero();
        assertThat(m.ageOn(LocalDate.of(2010, 12, 31))).isZero();
        assertThat(m.ageOn(LocalDate.of(2011, 5, 4))).isZero();
    }

    @Test
    void lessThanAFullYearBeforeBirthIsStillZero() {
        // Before birth the age counts whole years back, as after it counts them forward: -1 only a full year before.
        Member m = liMing().build();
        assertThat(m.ageOn(LocalDate.of(2009, 5, 6))).isZero();
        assertThat(m.ageOn(LocalDate.of(2009, 12, 31))).isZero();
        assertThat(m.ageOn(LocalDate.of(2009, 5, 5))).isEqualTo(-1);
        assertThat(m.ageOn(LocalDate.of(2008, 5, 6))).isEqualTo(-1);
        assertThat(m.ageOn(LocalDate.of(2008, 5, 5))).isEqualTo(-2);
    }

    @Test
    void memberBornOnALeapDayTurnsOneOnTheFirstOfMarch() {
        LocalDate leapDay = LocalDate.of(2000, 2, 29);
        Member m = Households.member(Sex.FEMALE, leapDay).build();
        assertThat(m.ageOn(LocalDate.of(2001, 2, 28))).isZero();
        assertThat(m.ageOn(LocalDate.of(2001, 3, 1))).isEqualTo(1);
        assertThat(m.ageOn(LocalDate.of(2004, 2, 28))).isEqualTo(3);
        assertThat(m.ageOn(LocalDate.of(2004, 2, 29))).isEqualTo(4);
    }

    @Test
    void toStringNeverContainsTheNameOrTheFullIdNumber() {
        Member m = liMing().withName("李明").build();
        assertThat(m.toString())
                .doesNotContain("李明")
                .doesNotContain("522727201005051230")
                .contains("sex=MALE");
    }

    @Test
    void equalMembersAreEqual() {
        assertThat(liMing().build()).isEqualTo(liMing().build()).hasSameHashCodeAs(liMing().build());
        assertThat(liMing().build()).isNotEqualTo(liMing().withName("Li Ming Jr").build());
    }
}

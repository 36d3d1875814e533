package io.github.jingzhun.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.Households;
import io.github.jingzhun.area.ClimateZone;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.Geography;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Relation;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The guarantee indicators (IND-*), rule by rule, at and either side of every threshold. */
class IndicatorsTest {

    static final YearParameters Y2019 = PolicyParameters.national().forYear(Year.of(2019));

    /** Guizhou, SOUTH zone. */
    static final String GUIZHOU = "522727";
    /** Gansu, NORTH zone. */
    static final String GANSU = "621126";
    /** Beijing, NORTH zone. */
    static final String BEIJING = "110101";

    static Household household(String county, LivingConditions conditions, Member... members) {
        return Households.household(county).withConditions(conditions).addMembers(members).build();
    }

    static Household household(LivingConditions conditions) {
        return household(GUIZHOU, conditions, Households.adult());
    }

    static Household withMembers(Member... members) {
        return household(GUIZHOU, Households.goodConditions().build(), members);
    }

    static Household withHousing(String county, Housing housing) {
        return household(county, Households.goodConditions().withHousing(housing).build(), Households.adult());
    }

    static Household withWater(Water water) {
        return household(Households.goodConditions().withWater(water).build());
    }

    static Member child(LocalDate birth, Schooling schooling) {
        return Households.member(Sex.FEMALE, birth).withRelation(Relation.CHILD).withLabour(Labour.NONE)
                .withSchooling(schooling).build();
    }

    static YearParameters nationalWith(ParameterKey key, String value) {
        return PolicyParameters.national()
                .withParameter(key, new BigDecimal(value), "test", "scenario for a unit test")
                .forYear(Year.of(2019));
    }

    static void assertNoFailedFinding(IndicatorResult result) {
        assertThat(result.findings()).isNotEmpty().allMatch(Finding::passed);
    }

    @Nested
    @DisplayName("IND-FOOD")
    class Food {

        @Test
        void foodAssuredIsMetCitingIndFood() {
            IndicatorResult result = Indicators.food(household(Households.goodConditions().build()));

            assertThat(result.indicator()).isEqualTo(Indicator.FOOD);
            assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.IND_FOOD);
                assertThat(f.passed()).isTrue();
                assertThat(f.message()).isEqualTo("Food is assured");
                assertThat(f.messageZh()).isEqualTo("不愁吃");
                assertThat(f.observed()).isNull();
                assertThat(f.subject()).isNull();
            });
        }

        @Test
        void foodNotAssuredIsUnmetCitingIndFood() {
            IndicatorResult result = Indicators.food(household(
                    Households.goodConditions().withFoodAssured(false).build()));

            assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.IND_FOOD);
                assertThat(f.passed()).isFalse();
                assertThat(f.message()).isEqualTo("Food is not assured");
                assertThat(f.messageZh()).isEqualTo("吃饭未得到保障");
                assertThat(f.toString()).startsWith("✗ IND-FOOD");
            });
        }

        @Test
        void foodIsDecidedByFoodAloneNotClothing() {
            IndicatorResult result = Indicators.food(household(
                    Households.goodConditions().withClothingAssured(false).build()));

            assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
        }
    }

    @Nested
    @DisplayName("IND-CLOTHING")
    class Clothing {

        @Test
        void clothingAssuredIsMetCitingIndClothing() {
            IndicatorResult result = Indicators.clothing(household(Households.goodConditions().build()));

            assertThat(result.indicator()).isEqualTo(Indicator.CLOTHING);
            assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.IND_CLOTHING);
                assertThat(f.passed()).isTrue();
                assertThat(f.message()).isEqualTo("Clothing, seasonal clothes and bedding, is assured");
                assertThat(f.messageZh()).isEqualTo("不愁穿（四季衣物和被褥）");
            });
        }

        @Test
        void clothingNotAssuredIsUnmetCitingIndClothing() {
            IndicatorResult result = Indicators.clothing(household(
                    Households.goodConditions().withClothingAssured(false).build()));

            assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.IND_CLOTHING);
                assertThat(f.passed()).isFalse();
                assertThat(f.message()).isEqualTo("Clothing, seasonal clothes and bedding, is not assured");
                assertThat(f.messageZh()).isEqualTo("穿衣（四季衣物和被褥）未得到保障");
                assertThat(f.toString()).startsWith("✗ IND-CLOTHING");
            });
        }

        @Test
        void clothingIsDecidedByClothingAloneNotFood() {
            IndicatorResult result = Indicators.clothing(household(
                    Households.goodConditions().withFoodAssured(false).build()));

            assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
        }
    }

    @Nested
    @DisplayName("IND-EDU (income year 2019, reference day 2019-09-01, ages 6 to 15 inclusive)")
    class Education {

        private IndicatorResult educationOfChild(LocalDate birth, Schooling schooling) {
            return Indicators.education(withMembers(Households.adult(), child(birth, schooling)), Y2019);
        }

        @ParameterizedTest(name = "IND-EDU: born {0}, aged {1} on 2019-09-01, is of school age")
        @CsvSource({
            "2013-08-31, 6", // youngest end, one day older than the boundary
            "2013-09-01, 6", // turns 6 exactly on the reference day
            "2010-05-05, 9",
            "2003-09-03, 15",
            "2003-09-02, 15", // the oldest who is still 15 on the reference day
        })
        void indEduDropoutOfSchoolAgeIsUnmetWithAgeObserved(LocalDate birth, int age) {
            IndicatorResult result = educationOfChild(birth, Schooling.DROPPED_OUT);

            assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.IND_EDU);
                assertThat(f.passed()).isFalse();
                assertThat(f.subject()).isEqualTo("members[1]");
                assertThat(f.observed()).isEqualByComparingTo(BigDecimal.valueOf(age));
            });
        }

        @ParameterizedTest(name = "IND-EDU: born {0}, aged {1} on 2019-09-01, is not of school age")
        @CsvSource({
            "2013-09-02, 5", // one day too young: turns 6 on 2 September
            "2003-09-01, 16", // turns 16 exactly on the reference day
            "2003-08-31, 16", // one day older still
            "2019-10-01, 0", // born after the reference day
        })
        void indEduDropoutOutsideSchoolAgeIsNotApplicable(LocalDate birth, int age) {
            Member child = child(birth, Schooling.DROPPED_OUT);
            assertThat(child.ageOn(LocalDate.of(2019, 9, 1))).isEqualTo(age);

            IndicatorResult result = Indicators.education(withMembers(Households.adult(), child), Y2019);

            assertThat(result.status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.IND_EDU);
                assertThat(f.passed()).isTrue();
                assertThat(f.subject()).isNull();
                assertThat(f.message()).isEqualTo("No member is of compulsory-education age");
                assertThat(f.messageZh()).isEqualTo("家中无义务教育阶段适龄成员");
            });
        }

        @Test
        void indEduChildTurningSixOnTheReferenceDayIsOfSchoolAgeButOneDayYoungerIsNot() {
            assertThat(educationOfChild(LocalDate.of(2013, 9, 1), Schooling.NOT_ENROLLED).status())
                    .isEqualTo(IndicatorStatus.UNMET);
            assertThat(educationOfChild(LocalDate.of(2013, 9, 2), Schooling.NOT_ENROLLED).status())
                    .isEqualTo(IndicatorStatus.NOT_APPLICABLE);
        }

        @Test
        void indEduMemberFifteenOnTheReferenceDayIsOfSchoolAgeButOneDayOlderIsSixteenAndNot() {
            assertThat(educationOfChild(LocalDate.of(2003, 9, 2), Schooling.DROPPED_OUT).status())
                    .isEqualTo(IndicatorStatus.UNMET);
            assertThat(educationOfChild(LocalDate.of(2003, 9, 1), Schooling.DROPPED_OUT).status())
                    .isEqualTo(IndicatorStatus.NOT_APPLICABLE);
        }

        @ParameterizedTest(name = "IND-EDU: {0} satisfies compulsory education")
        @EnumSource(value = Schooling.class, names = {"ENROLLED", "HOME_TUITION"})
        void indEduEnrolledOrHomeTuitionIsMet(Schooling schooling) {
            IndicatorResult result = educationOfChild(LocalDate.of(2010, 5, 5), schooling);

            assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.IND_EDU);
                assertThat(f.passed()).isTrue();
                assertThat(f.subject()).isEqualTo("members[1]");
                assertThat(f.observed()).isEqualByComparingTo("9");
                assertThat(f.message())
                        .isEqualTo("members[1], aged 9 on the reference day, is in compulsory education");
                assertThat(f.messageZh()).isEqualTo("members[1]在义务教育年龄（9岁），正在接受义务教育");
            });
        }

        @ParameterizedTest(name = "IND-EDU: school-age member on the boundary, {0}, is met")
        @ValueSource(strings = {"2013-09-01", "2003-09-02"})
        void indEduEnrolledAtEitherAgeBoundaryIsMet(LocalDate birth) {
            assertThat(educationOfChild(birth, Schooling.ENROLLED).status()).isEqualTo(IndicatorStatus.MET);
        }

        @Test
        void indEduDroppedOutIsUnmetAndSaysSo() {
            IndicatorResult result = educationOfChild(LocalDate.of(2006, 3, 10), Schooling.DROPPED_OUT);

            assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
            Finding f = result.findings().get(0);
            assertThat(f.observed()).isEqualByComparingTo("13");
            assertThat(f.threshold()).isNull();
            assertThat(f.message()).isEqualTo(
                    "members[1], aged 13 on the reference day, has dropped out of compulsory education");
            assertThat(f.messageZh()).isEqualTo("members[1]在义务教育年龄（13岁），已辍学");
        }

        @Test
        void indEduNotEnrolledIsUnmetAndSaysSo() {
            IndicatorResult result = educationOfChild(LocalDate.of(2012, 1, 1), Schooling.NOT_ENROLLED);

            assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
            Finding f = result.findings().get(0);
            assertThat(f.passed()).isFalse();
            assertThat(f.observed()).isEqualByComparingTo("7");
            assertThat(f.message()).isEqualTo(
                    "members[1], aged 7 on the reference day, is not enrolled in compulsory education");
            assertThat(f.messageZh()).isEqualTo("members[1]在义务教育年龄（7岁），未入学");
        }

        @Test
        void indEduNamesTheMemberByIndexNeverByNameOrIdNumber() {
            Member child = Households.member(Sex.MALE, LocalDate.of(2009, 2, 3)).withName("Li Xiaoming")
                    .withRelation(Relation.CHILD).withSchooling(Schooling.DROPPED_OUT).build();
            Household household = withMembers(Households.adult(), Households.adult(), child);

            Finding f = Indicators.education(household, Y2019).findings().get(0);

            assertThat(f.subject()).isEqualTo("members[2]");
            assertThat(f.message() + f.messageZh() + f)
                    .contains("members[2]")
                    .doesNotContain("Li Xiaoming", child.getIdNumber().unmasked(), "Zhang San");
        }

        @Test
        void indEduGivesOneFindingPerSchoolAgeMemberInMemberOrder() {
            Household household = withMembers(
                    child(LocalDate.of(2008, 1, 1), Schooling.ENROLLED),
                    Households.adult(),
                    child(LocalDate.of(2011, 1, 1), Schooling.DROPPED_OUT),
                    child(LocalDate.of(2016, 1, 1), Schooling.NOT_SCHOOL_AGE));

            IndicatorResult result = Indicators.education(household, Y2019);

            assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(result.findings()).extracting(Finding::subject).containsExactly("members[0]", "members[2]");
            assertThat(result.findings()).extracting(Finding::passed).containsExactly(true, false);
            assertThat(result.findings()).extracting(Finding::observed)
                    .containsExactly(BigDecimal.valueOf(11), BigDecimal.valueOf(8));
        }

        @Test
        void indEduIsMetOnlyWhenEverySchoolAgeMemberIsEducated() {
            Household household = withMembers(
                    child(LocalDate.of(2008, 1, 1), Schooling.ENROLLED),
                    child(LocalDate.of(2011, 1, 1), Schooling.HOME_TUITION));

            IndicatorResult result = Indicators.education(household, Y2019);

            assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
            assertThat(result.findings()).hasSize(2).allMatch(Finding::passed);
        }

        @Test
        void indEduWithOnlyAdultsIsNotApplicable() {
            IndicatorResult result = Indicators.education(withMembers(Households.adult()), Y2019);

            assertThat(result.indicator()).isEqualTo(Indicator.EDUCATION);
            assertThat(result.status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
            assertNoFailedFinding(result);
        }

        @Test
        void indEduReckonsAgeOnTheReferenceDayOfTheIncomeYear() {
            Household household = withMembers(child(LocalDate.of(2013, 9, 1), Schooling.NOT_ENROLLED));

            // aged 5 on 2018-09-01, 6 on 2019-09-01
            assertThat(Indicators.education(household, PolicyParameters.national().forYear(Year.of(2018))).status())
                    .isEqualTo(IndicatorStatus.NOT_APPLICABLE);
            assertThat(Indicators.education(household, Y2019).status()).isEqualTo(IndicatorStatus.UNMET);
        }

        @Test
        void indEduRaisingEducationAgeMaxToSixteenBringsASixteenYearOldDropoutIntoScope() {
            Household household = withMembers(child(LocalDate.of(2003, 9, 1), Schooling.DROPPED_OUT));

            assertThat(Indicators.education(household, Y2019).status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
            IndicatorResult raised = Indicators.education(household, nationalWith(ParameterKey.EDUCATION_AGE_MAX, "16"));
            assertThat(raised.status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(raised.findings().get(0).observed()).isEqualByComparingTo("16");
        }

        @Test
        void indEduLoweringEducationAgeMaxToFourteenTakesAFifteenYearOldDropoutOutOfScope() {
            Household household = withMembers(child(LocalDate.of(2003, 9, 2), Schooling.DROPPED_OUT));

            assertThat(Indicators.education(household, Y2019).status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(Indicators.education(household, nationalWith(ParameterKey.EDUCATION_AGE_MAX, "14")).status())
                    .isEqualTo(IndicatorStatus.NOT_APPLICABLE);
        }

        @Test
        void indEduRaisingEducationAgeMinToSevenTakesASixYearOldOutOfScope() {
            Household household = withMembers(child(LocalDate.of(2013, 9, 1), Schooling.NOT_ENROLLED));

            assertThat(Indicators.education(household, nationalWith(ParameterKey.EDUCATION_AGE_MIN, "7")).status())
                    .isEqualTo(IndicatorStatus.NOT_APPLICABLE);
        }

        @Test
        void indEduMovingTheReferenceDayToThirtyFirstAugustMakesAChildBornFirstSeptemberTooYoung() {
            YearParameters august31 = PolicyParameters.national()
                    .withParameter(ParameterKey.EDUCATION_REFERENCE_MONTH, new BigDecimal("8"), "test", "31 August")
                    .withParameter(ParameterKey.EDUCATION_REFERENCE_DAY, new BigDecimal("31"), "test", "31 August")
                    .forYear(Year.of(2019));
            Household household = withMembers(child(LocalDate.of(2013, 9, 1), Schooling.NOT_ENROLLED));

            assertThat(Indicators.education(household, august31).status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
            assertThat(Indicators.education(
                    withMembers(child(LocalDate.of(2013, 8, 31), Schooling.NOT_ENROLLED)), august31).status())
                    .isEqualTo(IndicatorStatus.UNMET);
        }
    }

    @Nested
    @DisplayName("IND-MED")
    class Medical {

        @Test
        void indMedEveryMemberInsuredIsMetWithTheMemberCountObserved() {
            IndicatorResult result = Indicators.medical(
                    withMembers(Households.adult(), Households.adult(), Households.adult()));

            assertThat(result.indicator()).isEqualTo(Indicator.MEDICAL);
            assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.IND_MED);
                assertThat(f.passed()).isTrue();
                assertThat(f.observed()).isEqualByComparingTo("3");
                assertThat(f.message()).isEqualTo("Every member (3) has basic medical insurance, "
                        + "and any seriously ill member serious-illness cover");
                assertThat(f.messageZh()).isEqualTo("全家3人均参加基本医疗保险，大病患者均有大病保险");
            });
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 15, 16, 17})
        void indMedEveryMemberInsuredObservesTheMemberCountWhateverTheSize(int size) {
            Member[] members = new Member[size];
            Arrays.setAll(members, i -> Households.adult());

            assertThat(Indicators.medical(withMembers(members)).findings()).singleElement()
                    .satisfies(f -> assertThat(f.observed()).isEqualByComparingTo(String.valueOf(size)));
        }

        @Test
        void indMedOneUninsuredMemberIsUnmetNamingThatMember() {
            Member uninsured = Households.member(Sex.FEMALE, LocalDate.of(1985, 3, 3))
                    .withName("Liu Mei").withMedicalInsurance(false).build();

            IndicatorResult result = Indicators.medical(withMembers(Households.adult(), uninsured, Households.adult()));

            assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.IND_MED);
                assertThat(f.passed()).isFalse();
                assertThat(f.subject()).isEqualTo("members[1]");
                assertThat(f.message()).isEqualTo("members[1] is not enrolled in basic medical insurance");
                assertThat(f.messageZh()).isEqualTo("members[1]未参加基本医疗保险");
                assertThat(f.message() + f.messageZh()).doesNotContain("Liu Mei");
            });
        }

        @Test
        void indMedEachUninsuredMemberHasItsOwnFinding() {
            Member uninsured = Households.member(Sex.MALE, LocalDate.of(1990, 1, 1))
                    .withMedicalInsurance(false).build();
            Member alsoUninsured = Households.member(Sex.FEMALE, LocalDate.of(1992, 1, 1))
                    .withMedicalInsurance(false).build();

            IndicatorResult result = Indicators.medical(withMembers(uninsured, Households.adult(), alsoUninsured));

            assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(result.findings()).extracting(Finding::subject).containsExactly("members[0]", "members[2]");
            assertThat(result.findings()).noneMatch(Finding::passed);
        }

        @Test
        void indMedSeriousIllnessWithoutSeriousIllnessInsuranceIsUnmet() {
            Member ill = Households.member(Sex.MALE, LocalDate.of(1960, 7, 7))
                    .withHealth(Health.SERIOUS_ILLNESS).withSeriousIllnessInsurance(false).build();

            IndicatorResult result = Indicators.medical(withMembers(Households.adult(), ill));

            assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.IND_MED);
                assertThat(f.passed()).isFalse();
                assertThat(f.subject()).isEqualTo("members[1]");
                assertThat(f.message()).isEqualTo("members[1] has a serious illness but no serious-illness insurance");
                assertThat(f.messageZh()).isEqualTo("members[1]患大病但未参加大病保险");
            });
        }

        @Test
        void indMedSeriousIllnessWithSeriousIllnessInsuranceIsMet() {
            Member ill = Households.member(Sex.MALE, LocalDate.of(1960, 7, 7))
                    .withHealth(Health.SERIOUS_ILLNESS).withSeriousIllnessInsurance(true).build();

            assertThat(Indicators.medical(withMembers(Households.adult(), ill)).status())
                    .isEqualTo(IndicatorStatus.MET);
        }

        @ParameterizedTest(name = "IND-MED: {0} without serious-illness insurance is met")
        @EnumSource(value = Health.class, names = {"HEALTHY", "CHRONIC_ILLNESS"})
        void indMedNotSeriouslyIllWithoutSeriousIllnessInsuranceIsMet(Health health) {
            Member member = Households.member(Sex.FEMALE, LocalDate.of(1955, 4, 4))
                    .withHealth(health).withSeriousIllnessInsurance(false).build();

            IndicatorResult result = Indicators.medical(withMembers(member));

            assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
            assertNoFailedFinding(result);
        }

        @Test
        void indMedUninsuredAndSeriouslyIllUncoveredGivesTwoFindingsForTheMember() {
            Member member = Households.member(Sex.FEMALE, LocalDate.of(1955, 4, 4)).withMedicalInsurance(false)
                    .withHealth(Health.SERIOUS_ILLNESS).build();

            IndicatorResult result = Indicators.medical(withMembers(member));

            assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(result.findings()).hasSize(2).extracting(Finding::subject).containsOnly("members[0]");
            assertThat(result.findings()).extracting(Finding::message).containsExactly(
                    "members[0] is not enrolled in basic medical insurance",
                    "members[0] has a serious illness but no serious-illness insurance");
        }

        @Test
        void indMedUninsuredChronicallyIllMemberIsUnmetForBasicInsuranceOnly() {
            Member member = Households.member(Sex.FEMALE, LocalDate.of(1955, 4, 4)).withMedicalInsurance(false)
                    .withHealth(Health.CHRONIC_ILLNESS).build();

            IndicatorResult result = Indicators.medical(withMembers(member));

            assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(result.findings()).singleElement().extracting(Finding::message)
                    .isEqualTo("members[0] is not enrolled in basic medical insurance");
        }
    }

    @Nested
    @DisplayName("IND-HOUSE")
    class HousingIndicator {

        @ParameterizedTest(name = "IND-HOUSE: {0} passes the appraisal (SOUTH zone)")
        @EnumSource(value = HousingSafety.class, names = {"SAFE", "RENOVATED", "RESETTLEMENT"})
        void indHouseSafeRenovatedOrResettlementPassesTheAppraisal(HousingSafety safety) {
            IndicatorResult result = Indicators.housing(withHousing(GUIZHOU, Housing.of(safety, false, true)), Y2019);

            assertThat(result.indicator()).isEqualTo(Indicator.HOUSING);
            assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
            assertThat(result.findings()).hasSize(2).allMatch(f -> f.rule() == Rule.IND_HOUSE);
            Finding appraisal = result.findings().get(0);
            assertThat(appraisal.passed()).isTrue();
            assertThat(appraisal.subject()).isEqualTo(safety.name());
            assertThat(appraisal.message()).isEqualTo("The dwelling is " + safety.english());
        }

        @ParameterizedTest(name = "IND-HOUSE: {0} is unmet whatever the climate fitness")
        @EnumSource(value = HousingSafety.class, names = {"DILAPIDATED_C", "DILAPIDATED_D", "UNASSESSED"})
        void indHouseDilapidatedOrUnassessedIsUnmet(HousingSafety safety) {
            for (String county : List.of(GUIZHOU, GANSU)) {
                IndicatorResult result = Indicators.housing(withHousing(county, Housing.of(safety, true, true)), Y2019);

                assertThat(result.status()).as(county).isEqualTo(IndicatorStatus.UNMET);
                assertThat(result.findings()).as(county).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(Rule.IND_HOUSE);
                    assertThat(f.passed()).isFalse();
                    assertThat(f.subject()).isEqualTo(safety.name());
                    assertThat(f.message())
                            .isEqualTo("The dwelling is " + safety.english() + ": not a guaranteed safe house");
                    assertThat(f.messageZh()).isEqualTo("住房" + safety.chinese() + "，住房安全未得到保障");
                });
            }
        }

        @ParameterizedTest(name = "IND-HOUSE: NORTH county {0}, safe but not warm in winter, is unmet")
        @ValueSource(strings = {GANSU, BEIJING})
        void indHouseNorthSafeButNotWarmInWinterIsUnmet(String county) {
            IndicatorResult result = Indicators.housing(
                    withHousing(county, Housing.of(HousingSafety.SAFE, false, true)), Y2019);

            assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(result.findings()).extracting(Finding::passed).containsExactly(true, false);
            Finding climate = result.findings().get(1);
            assertThat(climate.rule()).isEqualTo(Rule.IND_HOUSE);
            assertThat(climate.message())
                    .isEqualTo("The dwelling does not keep warm in winter, as the NORTH zone requires");
            assertThat(climate.messageZh()).isEqualTo("住房冬季不保暖，不符合北方要求");
        }

        @ParameterizedTest(name = "IND-HOUSE: NORTH county {0}, safe and warm but damp, is met")
        @ValueSource(strings = {GANSU, BEIJING})
        void indHouseNorthSafeAndWarmIsMetWhateverTheVentilation(String county) {
            IndicatorResult result = Indicators.housing(
                    withHousing(county, Housing.of(HousingSafety.SAFE, true, false)), Y2019);

            assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
            assertThat(result.findings().get(1).message())
                    .isEqualTo("The dwelling keeps warm in winter, as the NORTH zone requires");
        }

        @Test
        void indHouseSouthSafeButNotVentilatedAndDampProofIsUnmet() {
            IndicatorResult result = Indicators.housing(
                    withHousing(GUIZHOU, Housing.of(HousingSafety.SAFE, true, false)), Y2019);

            assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(result.findings()).extracting(Finding::passed).containsExactly(true, false);
            assertThat(result.findings().get(1).message())
                    .isEqualTo("The dwelling is not ventilated and damp-proof, as the SOUTH zone requires");
            assertThat(result.findings().get(1).messageZh()).isEqualTo("住房不通风防潮，不符合南方要求");
        }

        @Test
        void indHouseSouthSafeAndVentilatedIsMetThoughNotWarmInWinter() {
            IndicatorResult result = Indicators.housing(
                    withHousing(GUIZHOU, Housing.of(HousingSafety.SAFE, false, true)), Y2019);

            assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
            assertThat(result.findings().get(1).message())
                    .isEqualTo("The dwelling is ventilated and damp-proof, as the SOUTH zone requires");
        }

        @Test
        void indHouseClimateOverrideToNorthMakesAGuizhouHouseNeedWarmthInsteadOfVentilation() {
            PolicyParameters overridden = PolicyParameters.builder().from(PolicyParameters.national())
                    .withGeography(Geography.builder().from(Geography.national())
                            .putClimateZoneOverrides(CountyCode.parse(GUIZHOU), ClimateZone.NORTH).build()).build();
            YearParameters y2019 = overridden.forYear(Year.of(2019));
            Household notWarmButVentilated = withHousing(GUIZHOU, Housing.of(HousingSafety.SAFE, false, true));
            Household warmButDamp = withHousing(GUIZHOU, Housing.of(HousingSafety.SAFE, true, false));

            assertThat(Indicators.housing(notWarmButVentilated, Y2019).status()).isEqualTo(IndicatorStatus.MET);
            assertThat(Indicators.housing(notWarmButVentilated, y2019).status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(Indicators.housing(warmButDamp, Y2019).status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(Indicators.housing(warmButDamp, y2019).status()).isEqualTo(IndicatorStatus.MET);
        }

        @Test
        void indHouseClimateOverrideToSouthMakesAGansuHouseNeedVentilationInsteadOfWarmth() {
            PolicyParameters overridden = PolicyParameters.builder().from(PolicyParameters.national())
                    .withGeography(Geography.builder().from(Geography.national())
                            .putClimateZoneOverrides(CountyCode.parse(GANSU), ClimateZone.SOUTH).build()).build();
            YearParameters y2019 = overridden.forYear(Year.of(2019));
            Household warmButDamp = withHousing(GANSU, Housing.of(HousingSafety.SAFE, true, false));

            assertThat(Indicators.housing(warmButDamp, Y2019).status()).isEqualTo(IndicatorStatus.MET);
            IndicatorResult result = Indicators.housing(warmButDamp, y2019);
            assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(result.findings().get(1).message()).contains("SOUTH zone");
        }

        @Test
        void indHouseClimateOverrideOfOneCountyLeavesItsNeighboursAlone() {
            PolicyParameters overridden = PolicyParameters.builder().from(PolicyParameters.national())
                    .withGeography(Geography.builder().from(Geography.national())
                            .putClimateZoneOverrides(CountyCode.parse(GANSU), ClimateZone.SOUTH).build()).build();
            Household neighbour = withHousing("621102", Housing.of(HousingSafety.SAFE, true, false));

            assertThat(Indicators.housing(neighbour, overridden.forYear(Year.of(2019))).status())
                    .isEqualTo(IndicatorStatus.MET);
        }
    }

    @Nested
    @DisplayName("IND-WATER")
    class WaterIndicator {

        private static final int QUALITY = 0;
        private static final int QUANTITY = 1;
        private static final int ACCESS = 2;
        private static final int GUARANTEE = 3;

        private IndicatorResult water(Water.Builder water) {
            return Indicators.water(withWater(water.build()), Y2019);
        }

        private void assertOnlyFailing(IndicatorResult result, int criterion) {
            assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
            for (int i = 0; i < result.findings().size(); i++) {
                assertThat(result.findings().get(i).passed()).as("finding %d", i).isEqualTo(i != criterion);
            }
        }

        @Test
        void indWaterMeetingEveryCriterionIsMetWithFourFindings() {
            IndicatorResult result = water(Households.goodWater());

            assertThat(result.indicator()).isEqualTo(Indicator.WATER);
            assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
            assertThat(result.findings()).hasSize(4).allMatch(f -> f.rule() == Rule.IND_WATER)
                    .allMatch(Finding::passed);
        }

        @Test
        void indWaterEachFailingSubCriterionIsItsOwnFinding() {
            IndicatorResult result = water(Water.builder().withQualityMeetsStandard(false)
                    .withLitresPerPersonPerDay(10).withPipedToYard(false).withFetchRoundTripMinutes(45)
                    .withGuaranteeRatePercent(50));

            assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
            assertThat(result.findings()).hasSize(4).noneMatch(Finding::passed);
        }

        @Test
        void indWaterQualityMeetingTheStandardPasses() {
            Finding f = water(Households.goodWater()).findings().get(QUALITY);

            assertThat(f.passed()).isTrue();
            assertThat(f.message()).isEqualTo("Drinking water quality meets the standard");
            assertThat(f.messageZh()).isEqualTo("饮用水水质达标");
        }

        @Test
        void indWaterQualityBelowTheStandardIsUnmet() {
            IndicatorResult result = water(Households.goodWater().withQualityMeetsStandard(false));

            assertOnlyFailing(result, QUALITY);
            assertThat(result.findings().get(QUALITY).message())
                    .isEqualTo("Drinking water quality does not meet the standard");
            assertThat(result.findings().get(QUALITY).messageZh()).isEqualTo("饮用水水质不达标");
        }

        @ParameterizedTest(name = "IND-WATER: {0} litres, water-scarce {1}: passed {2} against {3}")
        @CsvSource({
            "61, false, true, 60",
            "60, false, true, 60", // exactly the minimum
            "59, false, false, 60", // one litre below
            "0, false, false, 60",
            "41, true, true, 40",
            "40, true, true, 40", // exactly the water-scarce minimum
            "39, true, false, 40", // one litre below it
            "59, true, true, 40", // fails elsewhere, passes where water is scarce
        })
        void indWaterQuantityIsComparedWithTheMinimumOfItsArea(int litres, boolean scarce, boolean passed,
                int threshold) {
            IndicatorResult result = water(Households.goodWater().withLitresPerPersonPerDay(litres)
                    .withWaterScarceArea(scarce));

            Finding f = result.findings().get(QUANTITY);
            assertThat(f.rule()).isEqualTo(Rule.IND_WATER);
            assertThat(f.passed()).isEqualTo(passed);
            assertThat(f.observed()).isEqualByComparingTo(BigDecimal.valueOf(litres));
            assertThat(f.threshold()).isEqualByComparingTo(BigDecimal.valueOf(threshold));
            assertThat(result.status()).isEqualTo(passed ? IndicatorStatus.MET : IndicatorStatus.UNMET);
        }

        @Test
        void waterAtTheSixtyLitreMinimumIsMet() {
            IndicatorResult result = water(Households.goodWater().withLitresPerPersonPerDay(60));

            assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
            assertThat(result.findings().get(QUANTITY).message())
                    .isEqualTo("Water quantity 60 litres per person per day is at least 60");
            assertThat(result.findings().get(QUANTITY).messageZh()).isEqualTo("水量每人每天60升，不低于60升");
        }

        @Test
        void waterOneLitreBelowTheMinimumIsUnmet() {
            IndicatorResult result = water(Households.goodWater().withLitresPerPersonPerDay(59));

            assertOnlyFailing(result, QUANTITY);
            Finding f = result.findings().get(QUANTITY);
            assertThat(f.observed()).isEqualByComparingTo("59");
            assertThat(f.threshold()).isEqualByComparingTo("60");
            assertThat(f.message()).isEqualTo("Water quantity 59 litres per person per day is below 60");
            assertThat(f.messageZh()).isEqualTo("水量每人每天59升，低于60升");
        }

        @Test
        void waterOneLitreBelowTheWaterScarceMinimumIsUnmet() {
            IndicatorResult result = water(Households.goodWater().withLitresPerPersonPerDay(39)
                    .withWaterScarceArea(true));

            assertOnlyFailing(result, QUANTITY);
            assertThat(result.findings().get(QUANTITY).message())
                    .isEqualTo("Water quantity 39 litres per person per day is below 40");
        }

        @Test
        void indWaterPipedToTheYardPassesAccessWhateverTheRoundTrip() {
            IndicatorResult result = water(Households.goodWater().withPipedToYard(true).withFetchRoundTripMinutes(90));

            assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
            Finding f = result.findings().get(ACCESS);
            assertThat(f.passed()).isTrue();
            assertThat(f.observed()).isNull();
            assertThat(f.message()).isEqualTo("Water is piped to the yard");
            assertThat(f.messageZh()).isEqualTo("自来水入户");
        }

        @ParameterizedTest(name = "IND-WATER: not piped, round trip {0} minutes: passed {1}")
        @CsvSource({
            "0, true",
            "19, true",
            "20, true", // exactly the maximum
            "21, false", // one minute over
            "60, false",
        })
        void indWaterRoundTripWhenNotPipedIsAtMostTwentyMinutes(int minutes, boolean passed) {
            IndicatorResult result = water(Households.goodWater().withPipedToYard(false)
                    .withFetchRoundTripMinutes(minutes));

            Finding f = result.findings().get(ACCESS);
            assertThat(f.rule()).isEqualTo(Rule.IND_WATER);
            assertThat(f.passed()).isEqualTo(passed);
            assertThat(f.observed()).isEqualByComparingTo(BigDecimal.valueOf(minutes));
            assertThat(f.threshold()).isEqualByComparingTo("20");
            assertThat(result.status()).isEqualTo(passed ? IndicatorStatus.MET : IndicatorStatus.UNMET);
        }

        @Test
        void waterRoundTripOfTwentyMinutesIsMet() {
            Finding f = water(Households.goodWater().withPipedToYard(false).withFetchRoundTripMinutes(20))
                    .findings().get(ACCESS);

            assertThat(f.passed()).isTrue();
            assertThat(f.message()).isEqualTo("A round trip to fetch water takes 20 minutes, at most 20");
            assertThat(f.messageZh()).isEqualTo("取水往返20分钟，不超过20分钟");
        }

        @Test
        void waterRoundTripOneMinuteOverTheMaximumIsUnmet() {
            IndicatorResult result = water(Households.goodWater().withPipedToYard(false)
                    .withFetchRoundTripMinutes(21));

            assertOnlyFailing(result, ACCESS);
            Finding f = result.findings().get(ACCESS);
            assertThat(f.message()).isEqualTo("A round trip to fetch water takes 21 minutes, more than 20");
            assertThat(f.messageZh()).isEqualTo("取水往返21分钟，超过20分钟");
        }

        @Test
        void waterNotPipedWithNoRoundTripSurveyedIsUnmet() {
            IndicatorResult result = water(Households.goodWater().withPipedToYard(false));

            assertOnlyFailing(result, ACCESS);
            Finding f = result.findings().get(ACCESS);
            assertThat(f.observed()).isNull();
            assertThat(f.message())
                    .isEqualTo("Water is not piped to the yard and the round trip to fetch it was not surveyed");
            assertThat(f.messageZh()).isEqualTo("自来水未入户，且未调查取水往返时间");
        }

        @Test
        void waterRoundTripMaximumFollowsTheParameter() {
            Household household = withWater(Households.goodWater().withPipedToYard(false)
                    .withFetchRoundTripMinutes(21).build());

            IndicatorResult result = Indicators.water(household,
                    nationalWith(ParameterKey.WATER_ROUND_TRIP_MINUTES_MAX, "30"));

            assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
            assertThat(result.findings().get(ACCESS).threshold()).isEqualByComparingTo("30");
        }

        @ParameterizedTest(name = "IND-WATER: guarantee rate {0}%, water-scarce {1}: passed {2} against {3}%")
        @CsvSource({
            "100, false, true, 95",
            "96, false, true, 95",
            "95, false, true, 95", // exactly the minimum
            "94, false, false, 95", // one percent below
            "91, true, true, 90",
            "90, true, true, 90", // exactly the water-scarce minimum
            "89, true, false, 90", // one percent below it
            "94, true, true, 90",
        })
        void indWaterGuaranteeRateIsComparedWithTheMinimumOfItsArea(int rate, boolean scarce, boolean passed,
                int threshold) {
            IndicatorResult result = water(Households.goodWater().withGuaranteeRatePercent(rate)
                    .withWaterScarceArea(scarce));

            Finding f = result.findings().get(GUARANTEE);
            assertThat(f.rule()).isEqualTo(Rule.IND_WATER);
            assertThat(f.passed()).isEqualTo(passed);
            assertThat(f.observed()).isEqualByComparingTo(BigDecimal.valueOf(rate));
            assertThat(f.threshold()).isEqualByComparingTo(BigDecimal.valueOf(threshold));
            assertThat(result.status()).isEqualTo(passed ? IndicatorStatus.MET : IndicatorStatus.UNMET);
        }

        @Test
        void waterGuaranteeRateOfNinetyFivePercentIsMet() {
            Finding f = water(Households.goodWater().withGuaranteeRatePercent(95)).findings().get(GUARANTEE);

            assertThat(f.passed()).isTrue();
            assertThat(f.message()).isEqualTo("Water supply guarantee rate 95% is at least 95%");
            assertThat(f.messageZh()).isEqualTo("供水保证率95%，不低于95%");
        }

        @Test
        void waterGuaranteeRateOnePercentBelowTheMinimumIsUnmet() {
            IndicatorResult result = water(Households.goodWater().withGuaranteeRatePercent(94));

            assertOnlyFailing(result, GUARANTEE);
            Finding f = result.findings().get(GUARANTEE);
            assertThat(f.observed()).isEqualByComparingTo("94");
            assertThat(f.threshold()).isEqualByComparingTo("95");
            assertThat(f.message()).isEqualTo("Water supply guarantee rate 94% is below 95%");
            assertThat(f.messageZh()).isEqualTo("供水保证率94%，低于95%");
        }

        @Test
        void waterGuaranteeRateOnePercentBelowTheWaterScarceMinimumIsUnmet() {
            IndicatorResult result = water(Households.goodWater().withGuaranteeRatePercent(89)
                    .withWaterScarceArea(true));

            assertOnlyFailing(result, GUARANTEE);
            assertThat(result.findings().get(GUARANTEE).threshold()).isEqualByComparingTo("90");
        }

        @Test
        void waterThresholdsFollowTheParameters() {
            Household household = withWater(Households.goodWater().withLitresPerPersonPerDay(60).build());

            IndicatorResult result = Indicators.water(household, nationalWith(ParameterKey.WATER_LITRES_MIN, "61"));

            assertOnlyFailing(result, QUANTITY);
            assertThat(result.findings().get(QUANTITY).threshold()).isEqualByComparingTo("61");
        }
    }

    @Nested
    @DisplayName("Indicators.evaluate (all of IND-FOOD, IND-CLOTHING, IND-EDU, IND-MED, IND-HOUSE, IND-WATER)")
    class Evaluate {

        @Test
        void evaluateGivesAllSixIndicatorsInEnumOrder() {
            IndicatorReport report = Indicators.evaluate(Households.worked(), Y2019);

            assertThat(report.results()).extracting(IndicatorResult::indicator)
                    .containsExactly(Indicator.values());
            assertThat(report.results()).allMatch(r -> r.status() == IndicatorStatus.MET);
            assertThat(report.isGuaranteed()).isTrue();
            assertThat(report.gaps()).isEmpty();
        }

        @Test
        void evaluateAgreesWithEachIndicatorFunction() {
            Household household = household(GANSU, LivingConditions.builder().withFoodAssured(false)
                    .withClothingAssured(true)
                    .withHousing(Housing.of(HousingSafety.SAFE, false, true))
                    .withWater(Households.goodWater().withLitresPerPersonPerDay(59).build()).build(),
                    Households.adult(), child(LocalDate.of(2010, 1, 1), Schooling.DROPPED_OUT));

            IndicatorReport report = Indicators.evaluate(household, Y2019);

            assertThat(report.result(Indicator.FOOD)).isEqualTo(Indicators.food(household));
            assertThat(report.result(Indicator.CLOTHING)).isEqualTo(Indicators.clothing(household));
            assertThat(report.result(Indicator.EDUCATION)).isEqualTo(Indicators.education(household, Y2019));
            assertThat(report.result(Indicator.MEDICAL)).isEqualTo(Indicators.medical(household));
            assertThat(report.result(Indicator.HOUSING)).isEqualTo(Indicators.housing(household, Y2019));
            assertThat(report.result(Indicator.WATER)).isEqualTo(Indicators.water(household, Y2019));
            assertThat(report.gaps()).containsExactly(
                    Indicator.FOOD, Indicator.EDUCATION, Indicator.HOUSING, Indicator.WATER);
            assertThat(report.isGuaranteed()).isFalse();
        }

        @Test
        void evaluateOfAHouseholdWithoutChildrenIsGuaranteedWithEducationNotApplicable() {
            IndicatorReport report = Indicators.evaluate(withMembers(Households.adult()), Y2019);

            assertThat(report.status(Indicator.EDUCATION)).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
            assertThat(report.isGuaranteed()).isTrue();
            assertThat(report).hasToString("FOOD MET, CLOTHING MET, EDUCATION NOT_APPLICABLE, MEDICAL MET, "
                    + "HOUSING MET, WATER MET");
        }

        @Test
        void evaluateFindingsEachCiteTheRuleOfTheirIndicator() {
            IndicatorReport report = Indicators.evaluate(Households.worked(), Y2019);

            for (IndicatorResult result : report.results()) {
                assertThat(result.findings()).as(result.indicator().name()).isNotEmpty()
                        .allMatch(f -> f.rule() == result.indicator().rule());
            }
        }

        @Test
        void indicatorRulesAreTheIndRules() {
            assertThat(Indicator.values()).extracting(i -> i.rule().id()).containsExactly(
                    "IND-FOOD", "IND-CLOTHING", "IND-EDU", "IND-MED", "IND-HOUSE", "IND-WATER");
        }
    }
}

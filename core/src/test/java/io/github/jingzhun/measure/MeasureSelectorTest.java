package io.github.jingzhun.measure;

import io.github.jingzhun.household.MeasureCategory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jingzhun.Draws;
import io.github.jingzhun.Households;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.exit.ExitDecision;
import io.github.jingzhun.exit.HouseholdExit;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.Causes;
import io.github.jingzhun.household.Education;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Location;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.Relation;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.indicator.IndicatorStatus;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** MS-1..MS-14: the measures selected for a household, and the coverage of its causes and gaps. */
class MeasureSelectorTest {

    private static final YearParameters Y2019 = PolicyParameters.national().forYear(Year.of(2019));
    private static final LocalDate REGISTERED_ON = LocalDate.of(2015, 10, 1);

    // ---------------------------------------------------------------- fixtures

    private static MeasurePlan plan(Household household) {
        return MeasureSelector.select(household, Y2019, Indicators.evaluate(household, Y2019));
    }

    /** A registered household in Guizhou (522727) with good conditions, a 2019 wage and the given members. */
    private static Household.Builder registered(Member... members) {
        return Households.household("522727")
                .withStatus(Status.registered(REGISTERED_ON))
                .addMembers(members)
                .addIncome(Households.income(2019).withWage(Yuan.of(3000)).build());
    }

    private static Member worker() {
        return Households.adult();
    }

    private static Member lostLabour() {
        return Households.member(Sex.MALE, LocalDate.of(1950, 3, 1)).withLabour(Labour.LOST).build();
    }

    private static Member pupil() {
        return Households.member(Sex.MALE, LocalDate.of(2010, 5, 5)).withRelation(Relation.CHILD)
                .withSchooling(Schooling.ENROLLED).withLabour(Labour.NONE).build();
    }

    private static Member dropout() {
        return Households.member(Sex.FEMALE, LocalDate.of(2006, 3, 1)).withRelation(Relation.CHILD)
                .withSchooling(Schooling.DROPPED_OUT).withLabour(Labour.NONE).build();
    }

    private static Member borrower(LocalDate birth) {
        return Households.member(Sex.MALE, birth).withLabour(Labour.ORDINARY).build();
    }

    private static Location location(boolean inhospitable, boolean ecological, boolean consents) {
        return Location.builder().withInhospitableArea(inhospitable).withEcologicalZone(ecological)
                .withConsentsToRelocation(consents).build();
    }

    private static LivingConditions conditions(HousingSafety safety) {
        return Households.goodConditions().withHousing(Housing.of(safety, true, true)).build();
    }

    private static List<Measure> measures(MeasurePlan plan, MeasureCategory category) {
        return plan.measures().stream().filter(m -> m.category() == category).toList();
    }

    private static Measure only(MeasurePlan plan, MeasureCategory category) {
        List<Measure> found = measures(plan, category);
        assertThat(found).as("measures of %s in %s", category, plan.measures()).hasSize(1);
        return found.get(0);
    }

    private static List<Finding> findings(MeasurePlan plan, Rule rule) {
        return plan.findings().stream().filter(f -> f.rule() == rule).toList();
    }

    private static boolean hasDevelopment(MeasurePlan plan) {
        return plan.measures().stream().anyMatch(Measure::isDevelopment);
    }

    // ---------------------------------------------------------------- MS-1

    @Test
    @DisplayName("MS-1: a household with labour capacity and nothing else selected gets a PRODUCTION measure")
    void ms1LabourGetsProduction() {
        MeasurePlan plan = plan(registered(worker()).build());

        Measure production = only(plan, MeasureCategory.PRODUCTION);
        assertThat(production.rule()).isEqualTo(Rule.MS_1);
        assertThat(production.priority()).isEqualTo(3);
        assertThat(production.isDevelopment()).isTrue();
        assertThat(production.addresses()).containsExactly("labourCapacity");
    }

    @Test
    @DisplayName("MS-1: each of SKILLED, ORDINARY and WEAK counts as labour capacity")
    void ms1EveryCapacityCounts() {
        for (Labour labour : List.of(Labour.SKILLED, Labour.ORDINARY, Labour.WEAK)) {
            Member m = Households.member(Sex.MALE, LocalDate.of(1980, 6, 15)).withLabour(labour).build();
            assertThat(hasDevelopment(plan(registered(m).build()))).as(labour.name()).isTrue();
        }
    }

    @Test
    @DisplayName("MS-1: no development measure for a household without labour capacity")
    void ms1NotWithoutLabour() {
        MeasurePlan plan = plan(registered(lostLabour(), pupil()).build());

        assertThat(hasDevelopment(plan)).isFalse();
        assertThat(plan.measures()).noneMatch(m -> m.rule() == Rule.MS_1);
    }

    @Test
    @DisplayName("MS-1: no extra PRODUCTION when another development measure is already selected")
    void ms1NotAddedWhenDevelopmentAlreadySelected() {
        MeasurePlan plan = plan(registered(worker()).withCauses(Causes.of(Cause.LACK_OF_SKILLS)).build());

        assertThat(plan.measures()).noneMatch(m -> m.rule() == Rule.MS_1);
        assertThat(plan.includes(MeasureCategory.PRODUCTION)).isFalse();
        assertThat(hasDevelopment(plan)).isTrue();
    }

    // ---------------------------------------------------------------- MS-2

    @Test
    @DisplayName("MS-2: no member with labour capacity gives SOCIAL_SECURITY, most urgent, for LACK_OF_LABOUR")
    void ms2NoLabourGetsSocialSecurity() {
        MeasurePlan plan = plan(registered(lostLabour(), pupil()).build());

        Measure safetyNet = only(plan, MeasureCategory.SOCIAL_SECURITY);
        assertThat(safetyNet.rule()).isEqualTo(Rule.MS_2);
        assertThat(safetyNet.priority()).isEqualTo(1);
        assertThat(safetyNet.addresses()).containsExactly("LACK_OF_LABOUR");
    }

    @Test
    @DisplayName("MS-2: the safety net addresses only FOOD and CLOTHING among the gaps: a water gap gets MS-11's WATER")
    void ms2DoesNotAddressOtherGaps() {
        Household h = registered(lostLabour()).withConditions(Households.goodConditions().withClothingAssured(false)
                .withWater(Households.goodWater().withQualityMeetsStandard(false).build()).build()).build();

        MeasurePlan plan = plan(h);

        assertThat(only(plan, MeasureCategory.SOCIAL_SECURITY).addresses())
                .containsExactly("LACK_OF_LABOUR", "CLOTHING");
        assertThat(only(plan, MeasureCategory.WATER).addresses()).containsExactly("WATER");
        assertThat(plan.unaddressed()).isEmpty();
    }

    @Test
    @DisplayName("MS-2: the safety net also addresses FOOD and CLOTHING gaps")
    void ms2AddressesFoodAndClothingGaps() {
        Household h = registered(lostLabour()).withConditions(Households.goodConditions().withFoodAssured(false)
                .withClothingAssured(false).build()).build();

        MeasurePlan plan = plan(h);

        assertThat(only(plan, MeasureCategory.SOCIAL_SECURITY).addresses())
                .containsExactly("LACK_OF_LABOUR", "FOOD", "CLOTHING");
        assertThat(plan.unaddressed()).isEmpty();
    }

    @Test
    @DisplayName("MS-2: no SOCIAL_SECURITY when a member has labour capacity, even a WEAK one")
    void ms2NotWithLabour() {
        Member weak = Households.member(Sex.FEMALE, LocalDate.of(1960, 2, 2)).withLabour(Labour.WEAK).build();

        assertThat(plan(registered(lostLabour(), weak).build()).includes(MeasureCategory.SOCIAL_SECURITY)).isFalse();
    }

    // ---------------------------------------------------------------- MS-3

    @Test
    @DisplayName("MS-3: an inhospitable area with consent gives RELOCATION and a passing MS-3 finding")
    void ms3RelocationWithConsent() {
        MeasurePlan plan = plan(registered(worker()).withLocation(location(true, false, true)).build());

        Measure relocation = only(plan, MeasureCategory.RELOCATION);
        assertThat(relocation.rule()).isEqualTo(Rule.MS_3);
        assertThat(relocation.priority()).isEqualTo(2);
        assertThat(relocation.addresses()).containsExactly("inhospitableArea");
        assertThat(findings(plan, Rule.MS_3)).singleElement().satisfies(f -> {
            assertThat(f.passed()).isTrue();
            assertThat(f.message()).contains("consents to relocation");
            assertThat(f.messageZh()).contains("同意搬迁");
        });
    }

    @Test
    @DisplayName("MS-3: without consent, no RELOCATION, a failing MS-3 finding and in-place PRODUCTION")
    void ms3NoRelocationWithoutConsent() {
        MeasurePlan plan = plan(registered(worker()).withLocation(location(true, false, false)).build());

        assertThat(plan.includes(MeasureCategory.RELOCATION)).isFalse();
        assertThat(findings(plan, Rule.MS_3)).singleElement().satisfies(f -> {
            assertThat(f.passed()).isFalse();
            assertThat(f.message()).contains("does not consent", "no relocation without consent", "in-place");
            assertThat(f.messageZh()).contains("不强迫搬迁", "就地帮扶");
        });
        Measure inPlace = only(plan, MeasureCategory.PRODUCTION);
        assertThat(inPlace.rule()).isEqualTo(Rule.MS_3);
        assertThat(inPlace.addresses()).containsExactly("inhospitableArea");
    }

    @Test
    @DisplayName("MS-3: without consent and without labour capacity, no in-place PRODUCTION either")
    void ms3NoConsentNoLabourNoProduction() {
        MeasurePlan plan = plan(registered(lostLabour()).withLocation(location(true, false, false)).build());

        assertThat(plan.includes(MeasureCategory.RELOCATION)).isFalse();
        assertThat(plan.includes(MeasureCategory.PRODUCTION)).isFalse();
        assertThat(findings(plan, Rule.MS_3)).singleElement().extracting(Finding::passed).isEqualTo(false);
    }

    @Test
    @DisplayName("MS-3: consent alone, outside an inhospitable area, gives no RELOCATION and no MS-3 finding")
    void ms3ConsentOutsideInhospitableArea() {
        MeasurePlan plan = plan(registered(worker()).withLocation(location(false, false, true)).build());

        assertThat(plan.includes(MeasureCategory.RELOCATION)).isFalse();
        assertThat(findings(plan, Rule.MS_3)).isEmpty();
    }

    // ---------------------------------------------------------------- MS-4

    @Test
    @DisplayName("MS-4: an ecological protection zone with labour capacity gives an ECOLOGICAL eco-job")
    void ms4EcoJob() {
        MeasurePlan plan = plan(registered(worker()).withLocation(location(false, true, false)).build());

        Measure eco = only(plan, MeasureCategory.ECOLOGICAL);
        assertThat(eco.rule()).isEqualTo(Rule.MS_4);
        assertThat(eco.priority()).isEqualTo(3);
        assertThat(eco.addresses()).containsExactly("ecologicalZone");
        assertThat(plan.measures()).noneMatch(m -> m.rule() == Rule.MS_1);
    }

    @Test
    @DisplayName("MS-4: no ECOLOGICAL measure without labour capacity or outside the zone")
    void ms4NotOtherwise() {
        assertThat(plan(registered(lostLabour()).withLocation(location(false, true, false)).build())
                .includes(MeasureCategory.ECOLOGICAL)).isFalse();
        assertThat(plan(registered(worker()).build()).includes(MeasureCategory.ECOLOGICAL)).isFalse();
    }

    // ---------------------------------------------------------------- MS-5

    @Test
    @DisplayName("MS-5: a dropout gives EDUCATION 'return to school' at priority 1, naming the member")
    void ms5DropoutIsPriorityOne() {
        MeasurePlan plan = plan(registered(worker(), dropout()).build());

        Measure back = only(plan, MeasureCategory.EDUCATION);
        assertThat(back.rule()).isEqualTo(Rule.MS_5);
        assertThat(back.priority()).isEqualTo(1);
        assertThat(back.addresses()).containsExactly("EDUCATION", "members[1]");
        assertThat(plan.measures().get(0)).isEqualTo(back);
    }

    @Test
    @DisplayName("MS-5: a pupil gives EDUCATION subsidies at priority 4, naming the member")
    void ms5PupilsArePriorityFour() {
        MeasurePlan plan = plan(registered(worker(), pupil()).build());

        Measure subsidy = only(plan, MeasureCategory.EDUCATION);
        assertThat(subsidy.rule()).isEqualTo(Rule.MS_5);
        assertThat(subsidy.priority()).isEqualTo(4);
        assertThat(subsidy.addresses()).containsExactly("members[1]");
    }

    @Test
    @DisplayName("MS-5: a dropout and a pupil give both the return to school (1) and the subsidy (4)")
    void ms5DropoutAndPupil() {
        MeasurePlan plan = plan(registered(worker(), dropout(), pupil()).build());

        assertThat(measures(plan, MeasureCategory.EDUCATION))
                .containsExactly(new Measure(MeasureCategory.EDUCATION, Rule.MS_5, 1, List.of("EDUCATION", "members[1]")),
                        new Measure(MeasureCategory.EDUCATION, Rule.MS_5, 4, List.of("members[2]")));
    }

    /** A member enrolled at a school of a level, born on a day (aged 16 on 1 September 2019 if born 2003-09-01). */
    private static Member student(LocalDate birth, Education level) {
        return Households.member(Sex.FEMALE, birth).withRelation(Relation.CHILD).withEducation(level)
                .withSchooling(Schooling.ENROLLED).withLabour(Labour.NONE).build();
    }

    @Test
    @DisplayName("MS-5: a member aged 16 on 1 September, enrolled in senior secondary school, gets EDUCATION "
            + "subsidies (Rain and Dew), with a finding naming her")
    void ms5RainAndDewSeniorSecondary() {
        MeasurePlan plan = plan(registered(worker(), student(LocalDate.of(2003, 9, 1), Education.SENIOR_SECONDARY))
                .build());

        assertThat(only(plan, MeasureCategory.EDUCATION))
                .isEqualTo(new Measure(MeasureCategory.EDUCATION, Rule.MS_5, 4, List.of("members[1]")));
        assertThat(findings(plan, Rule.MS_5)).singleElement().satisfies(f -> {
            assertThat(f.passed()).isTrue();
            assertThat(f.subject()).isEqualTo("members[1]");
            assertThat(f.observed()).isEqualByComparingTo("16");
            assertThat(f.threshold()).isEqualByComparingTo("15");
            assertThat(f.message()).isEqualTo("members[1], aged 16 on the reference day, beyond compulsory-education "
                    + "age (to 15), is enrolled in senior secondary or vocational school: EDUCATION subsidies (Rain "
                    + "and Dew programme)");
            assertThat(f.messageZh())
                    .isEqualTo("members[1]（16岁）已超过义务教育年龄（15岁），就读高中或中职：给予教育资助（雨露计划）");
        });
    }

    @Test
    @DisplayName("MS-5: one day younger (15 on 1 September) she is of compulsory-education age: a pupil, not "
            + "Rain and Dew")
    void ms5OneDayYoungerIsAPupil() {
        MeasurePlan plan = plan(registered(worker(), student(LocalDate.of(2003, 9, 2), Education.SENIOR_SECONDARY))
                .build());

        assertThat(only(plan, MeasureCategory.EDUCATION).addresses()).containsExactly("members[1]");
        assertThat(findings(plan, Rule.MS_5)).isEmpty();
    }

    @Test
    @DisplayName("MS-5: a vocational student aged 19 gets EDUCATION subsidies too; a TERTIARY student or an "
            + "unknown level does not")
    void ms5RainAndDewLevels() {
        LocalDate born = LocalDate.of(2000, 1, 1);
        Member unknown = Households.member(Sex.MALE, born).withRelation(Relation.CHILD).withEducation(null)
                .withSchooling(Schooling.ENROLLED).build();

        assertThat(only(plan(registered(worker(), student(born, Education.VOCATIONAL)).build()),
                MeasureCategory.EDUCATION).addresses()).containsExactly("members[1]");
        assertThat(measures(plan(registered(worker(), student(born, Education.TERTIARY)).build()),
                MeasureCategory.EDUCATION)).isEmpty();
        assertThat(measures(plan(registered(worker(), unknown).build()), MeasureCategory.EDUCATION)).isEmpty();
    }

    @Test
    @DisplayName("MS-5: two Rain and Dew students are both addressed, each with a finding")
    void ms5TwoRainAndDewStudents() {
        MeasurePlan plan = plan(registered(worker(), student(LocalDate.of(2002, 5, 5), Education.SENIOR_SECONDARY),
                student(LocalDate.of(2000, 5, 5), Education.VOCATIONAL)).build());

        assertThat(only(plan, MeasureCategory.EDUCATION).addresses()).containsExactly("members[1]", "members[2]");
        assertThat(findings(plan, Rule.MS_5)).extracting(Finding::subject, f -> f.observed().intValue())
                .containsExactly(tuple("members[1]", 17), tuple("members[2]", 19));
    }

    @Test
    @DisplayName("MS-5: a senior secondary level is not enough: the member must be ENROLLED")
    void ms5RainAndDewNeedsEnrolment() {
        Member graduate = Households.member(Sex.MALE, LocalDate.of(2000, 1, 1)).withRelation(Relation.CHILD)
                .withEducation(Education.SENIOR_SECONDARY).withSchooling(Schooling.NOT_SCHOOL_AGE).build();

        MeasurePlan plan = plan(registered(worker(), graduate).build());

        assertThat(measures(plan, MeasureCategory.EDUCATION)).isEmpty();
        assertThat(findings(plan, Rule.MS_5)).isEmpty();
    }

    @Test
    @DisplayName("MS-5: one subsidy for a pupil and a Rain and Dew student, naming the pupil, then the student")
    void ms5PupilAndRainAndDew() {
        MeasurePlan plan = plan(registered(worker(), student(LocalDate.of(2002, 5, 5), Education.VOCATIONAL),
                pupil()).build());

        assertThat(only(plan, MeasureCategory.EDUCATION).addresses()).containsExactly("members[2]", "members[1]");
        assertThat(findings(plan, Rule.MS_5)).extracting(Finding::subject).containsExactly("members[1]");
    }

    @Test
    @DisplayName("MS-5: with EDUCATION_COSTS registered the subsidy addresses the cause; the student is still "
            + "a finding")
    void ms5RainAndDewWithEducationCosts() {
        MeasurePlan plan = plan(registered(worker(), student(LocalDate.of(2002, 5, 5), Education.SENIOR_SECONDARY))
                .withCauses(Causes.of(Cause.EDUCATION_COSTS)).build());

        assertThat(only(plan, MeasureCategory.EDUCATION).addresses()).containsExactly("EDUCATION_COSTS");
        assertThat(findings(plan, Rule.MS_5)).hasSize(1);
        assertThat(plan.unaddressed()).isEmpty();
    }

    @Test
    @DisplayName("MS-5: the compulsory-education age is a parameter (to 16: aged 16 is a pupil, not Rain and Dew)")
    void ms5RainAndDewFollowsTheAgeParameter() {
        YearParameters toSixteen = PolicyParameters.national().withParameter(
                ParameterKey.EDUCATION_AGE_MAX, BigDecimal.valueOf(16), "test",
                "a longer compulsory education").forYear(Year.of(2019));
        Household h = registered(worker(), student(LocalDate.of(2003, 9, 1), Education.SENIOR_SECONDARY)).build();

        MeasurePlan plan = MeasureSelector.select(h, toSixteen, Indicators.evaluate(h, toSixteen));

        assertThat(only(plan, MeasureCategory.EDUCATION).addresses()).containsExactly("members[1]");
        assertThat(findings(plan, Rule.MS_5)).isEmpty();
    }

    @Test
    @DisplayName("MS-5: registered EDUCATION_COSTS give an EDUCATION subsidy even with no member of school age")
    void ms5EducationCostsCause() {
        MeasurePlan plan = plan(registered(worker()).withCauses(Causes.of(Cause.EDUCATION_COSTS)).build());

        assertThat(only(plan, MeasureCategory.EDUCATION))
                .isEqualTo(new Measure(MeasureCategory.EDUCATION, Rule.MS_5, 4, List.of("EDUCATION_COSTS")));
        assertThat(plan.unaddressed()).isEmpty();
    }

    @Test
    @DisplayName("MS-5: no EDUCATION measure with no member of school age and no EDUCATION_COSTS")
    void ms5NotOtherwise() {
        assertThat(plan(registered(worker(), lostLabour()).build()).includes(MeasureCategory.EDUCATION)).isFalse();
    }

    // ---------------------------------------------------------------- MS-6

    @Test
    @DisplayName("MS-6: an uninsured member gives HEALTH insurance enrolment at priority 1")
    void ms6UninsuredIsPriorityOne() {
        Member uninsured = Households.member(Sex.FEMALE, LocalDate.of(1982, 4, 4)).withMedicalInsurance(false).build();

        MeasurePlan plan = plan(registered(worker(), uninsured).build());

        Measure enrol = only(plan, MeasureCategory.HEALTH);
        assertThat(enrol.rule()).isEqualTo(Rule.MS_6);
        assertThat(enrol.priority()).isEqualTo(1);
        assertThat(enrol.addresses()).containsExactly("MEDICAL", "members[1]");
        assertThat(plan.unaddressed()).isEmpty();
    }

    @Test
    @DisplayName("MS-6: a seriously ill member without serious-illness insurance gets enrolment (1) and support (2)")
    void ms6SeriousIllnessWithoutCover() {
        Member ill = Households.member(Sex.MALE, LocalDate.of(1970, 1, 1)).withHealth(Health.SERIOUS_ILLNESS).build();

        MeasurePlan plan = plan(registered(ill).build());

        assertThat(measures(plan, MeasureCategory.HEALTH)).containsExactly(
                new Measure(MeasureCategory.HEALTH, Rule.MS_6, 1, List.of("MEDICAL", "members[0]")),
                new Measure(MeasureCategory.HEALTH, Rule.MS_6, 2, List.of("members[0]")));
    }

    @Test
    @DisplayName("MS-6: an ill member gives HEALTH support at priority 2, naming the member")
    void ms6IllMember() {
        Member ill = Households.member(Sex.MALE, LocalDate.of(1970, 1, 1)).withHealth(Health.CHRONIC_ILLNESS).build();

        assertThat(only(plan(registered(worker(), ill).build()), MeasureCategory.HEALTH))
                .isEqualTo(new Measure(MeasureCategory.HEALTH, Rule.MS_6, 2, List.of("members[1]")));
    }

    @Test
    @DisplayName("MS-6: a registered ILLNESS cause gives HEALTH addressing ILLNESS")
    void ms6IllnessCause() {
        assertThat(only(plan(registered(worker()).withCauses(Causes.of(Cause.ILLNESS)).build()),
                MeasureCategory.HEALTH)).isEqualTo(new Measure(MeasureCategory.HEALTH, Rule.MS_6, 2, List.of("ILLNESS")));
    }

    @Test
    @DisplayName("MS-6: no HEALTH measure for a healthy, insured household without the ILLNESS cause")
    void ms6NotOtherwise() {
        assertThat(plan(registered(worker()).build()).includes(MeasureCategory.HEALTH)).isFalse();
    }

    // ---------------------------------------------------------------- MS-7

    @Test
    @DisplayName("MS-7: a disabled member gives DISABILITY support at priority 2")
    void ms7DisabledMember() {
        Member disabled = Households.member(Sex.MALE, LocalDate.of(1975, 7, 7)).withDisabilityGrade(2).build();

        assertThat(only(plan(registered(worker(), disabled).build()), MeasureCategory.DISABILITY))
                .isEqualTo(new Measure(MeasureCategory.DISABILITY, Rule.MS_7, 2, List.of("members[1]")));
        assertThat(only(plan(registered(disabled).withCauses(Causes.of(Cause.DISABILITY)).build()),
                MeasureCategory.DISABILITY).addresses()).containsExactly("DISABILITY");
    }

    @Test
    @DisplayName("MS-7: a registered DISABILITY cause with no disabled member gives no measure and an MS-14 finding")
    void ms7NoDisabledMember() {
        MeasurePlan plan = plan(registered(worker()).withCauses(Causes.of(Cause.DISABILITY)).build());

        assertThat(plan.includes(MeasureCategory.DISABILITY)).isFalse();
        assertThat(plan.unaddressed()).containsExactly("DISABILITY");
        assertThat(findings(plan, Rule.MS_14)).singleElement().satisfies(f -> {
            assertThat(f.passed()).isFalse();
            assertThat(f.message()).contains("no member is recorded as disabled", "AUD-6");
        });
    }

    // ---------------------------------------------------------------- MS-8

    @Test
    @DisplayName("MS-8: LACK_OF_SKILLS with labour capacity gives SKILLS_TRAINING then EMPLOYMENT")
    void ms8TrainingThenEmployment() {
        MeasurePlan plan = plan(registered(worker()).withCauses(Causes.of(Cause.LACK_OF_SKILLS)).build());

        assertThat(plan.measures()).containsExactly(
                new Measure(MeasureCategory.SKILLS_TRAINING, Rule.MS_8, 3, List.of("LACK_OF_SKILLS")),
                new Measure(MeasureCategory.EMPLOYMENT, Rule.MS_8, 3, List.of("LACK_OF_SKILLS")));
    }

    @Test
    @DisplayName("MS-8: LACK_OF_SKILLS without labour capacity gives no training, and MS-14 says why")
    void ms8NotWithoutLabour() {
        MeasurePlan plan = plan(registered(lostLabour()).withCauses(Causes.of(Cause.LACK_OF_SKILLS)).build());

        assertThat(plan.includes(MeasureCategory.SKILLS_TRAINING)).isFalse();
        assertThat(plan.includes(MeasureCategory.EMPLOYMENT)).isFalse();
        assertThat(plan.unaddressed()).containsExactly("LACK_OF_SKILLS");
        assertThat(findings(plan, Rule.MS_14)).singleElement().extracting(Finding::message).asString()
                .contains("no member has labour capacity");
    }

    // ---------------------------------------------------------------- MS-9

    private static MeasurePlan capitalPlan(Member member) {
        return plan(registered(member).withCauses(Causes.of(Cause.LACK_OF_CAPITAL)).build());
    }

    @Test
    @DisplayName("MS-9: LACK_OF_CAPITAL with a borrower gives MICROCREDIT; the finding gives 50000.00 yuan and 3 years")
    void ms9MicrocreditTerms() {
        MeasurePlan plan = capitalPlan(worker());

        assertThat(only(plan, MeasureCategory.MICROCREDIT))
                .isEqualTo(new Measure(MeasureCategory.MICROCREDIT, Rule.MS_9, 3, List.of("LACK_OF_CAPITAL")));
        assertThat(findings(plan, Rule.MS_9)).singleElement().satisfies(f -> {
            assertThat(f.passed()).isTrue();
            assertThat(f.threshold()).hasToString("50000.00"); // money, written with two decimals
            assertThat(f.subject()).isEqualTo("3");
            assertThat(f.message()).contains("at most 50000.00 yuan", "at most 3 years",
                    "without collateral or guarantor", "interest subsidised");
            assertThat(f.messageZh()).contains("不超过50000.00元", "不超过3年", "免抵押免担保", "财政贴息");
        });
    }

    @Test
    @DisplayName("MS-9: a member exactly 18 on 31 December 2019 (born 2001-12-31) may borrow")
    void ms9ExactlyEighteenQualifies() {
        assertThat(capitalPlan(borrower(LocalDate.of(2001, 12, 31))).includes(MeasureCategory.MICROCREDIT)).isTrue();
    }

    @Test
    @DisplayName("MS-9: a member born a day later (2002-01-01, 17 on 31 December 2019) may not borrow")
    void ms9SeventeenDoesNotQualify() {
        MeasurePlan plan = capitalPlan(borrower(LocalDate.of(2002, 1, 1)));

        assertThat(plan.includes(MeasureCategory.MICROCREDIT)).isFalse();
        assertThat(findings(plan, Rule.MS_9)).isEmpty();
        assertThat(plan.unaddressed()).containsExactly("LACK_OF_CAPITAL");
        assertThat(findings(plan, Rule.MS_14)).singleElement().extracting(Finding::message).asString()
                .contains("no member with labour capacity is of borrowing age");
    }

    @Test
    @DisplayName("MS-9: a member turning 65 on 31 December 2019 (born 1954-12-31) may borrow")
    void ms9SixtyFifthBirthdayQualifies() {
        assertThat(capitalPlan(borrower(LocalDate.of(1954, 12, 31))).includes(MeasureCategory.MICROCREDIT)).isTrue();
    }

    @Test
    @DisplayName("MS-9: a member still 65 on 31 December 2019 (born 1954-01-01) may borrow")
    void ms9StillSixtyFiveQualifies() {
        assertThat(capitalPlan(borrower(LocalDate.of(1954, 1, 1))).includes(MeasureCategory.MICROCREDIT)).isTrue();
    }

    @Test
    @DisplayName("MS-9: a member 66 on 31 December 2019 (born 1953-12-31, a day earlier) may not borrow")
    void ms9SixtySixDoesNotQualify() {
        MeasurePlan plan = capitalPlan(borrower(LocalDate.of(1953, 12, 31)));

        assertThat(plan.includes(MeasureCategory.MICROCREDIT)).isFalse();
        assertThat(plan.unaddressed()).containsExactly("LACK_OF_CAPITAL");
    }

    @Test
    @DisplayName("MS-9: a member of borrowing age without labour capacity may not borrow")
    void ms9NeedsLabourCapacity() {
        Member lost = Households.member(Sex.MALE, LocalDate.of(1980, 1, 1)).withLabour(Labour.LOST).build();

        assertThat(capitalPlan(lost).includes(MeasureCategory.MICROCREDIT)).isFalse();
    }

    // ---------------------------------------------------------------- MS-10, MS-11

    @Test
    @DisplayName("MS-10: unsafe housing gives a HOUSING measure at priority 1")
    void ms10HousingGap() {
        for (HousingSafety unsafe : List.of(HousingSafety.DILAPIDATED_C, HousingSafety.DILAPIDATED_D,
                HousingSafety.UNASSESSED)) {
            MeasurePlan plan = plan(registered(worker()).withConditions(conditions(unsafe)).build());
            assertThat(only(plan, MeasureCategory.HOUSING)).as(unsafe.name())
                    .isEqualTo(new Measure(MeasureCategory.HOUSING, Rule.MS_10, 1, List.of("HOUSING")));
        }
    }

    @Test
    @DisplayName("MS-10: no HOUSING measure when relocating; RELOCATION addresses the HOUSING gap")
    void ms10NoHousingWhenRelocating() {
        Household h = registered(worker()).withConditions(conditions(HousingSafety.DILAPIDATED_D))
                .withLocation(location(true, false, true)).build();

        MeasurePlan plan = plan(h);

        assertThat(plan.includes(MeasureCategory.HOUSING)).isFalse();
        assertThat(only(plan, MeasureCategory.RELOCATION).addresses()).containsExactly("inhospitableArea", "HOUSING");
        assertThat(plan.unaddressed()).isEmpty();
    }

    @Test
    @DisplayName("MS-10: without consent to relocate, unsafe housing is renovated in place")
    void ms10HousingWhenRelocationRefused() {
        Household h = registered(worker()).withConditions(conditions(HousingSafety.DILAPIDATED_D))
                .withLocation(location(true, false, false)).build();

        assertThat(plan(h).includes(MeasureCategory.HOUSING)).isTrue();
    }

    @Test
    @DisplayName("MS-10: no HOUSING measure when housing is met")
    void ms10NotOtherwise() {
        for (HousingSafety safe : List.of(HousingSafety.SAFE, HousingSafety.RENOVATED, HousingSafety.RESETTLEMENT)) {
            assertThat(plan(registered(worker()).withConditions(conditions(safe)).build())
                    .includes(MeasureCategory.HOUSING)).as(safe.name()).isFalse();
        }
    }

    @Test
    @DisplayName("MS-11: a water gap gives a WATER measure at priority 1; none when water is met")
    void ms11WaterGap() {
        Household h = registered(worker()).withConditions(Households.goodConditions()
                .withWater(Households.goodWater().withQualityMeetsStandard(false).build()).build()).build();

        assertThat(only(plan(h), MeasureCategory.WATER))
                .isEqualTo(new Measure(MeasureCategory.WATER, Rule.MS_11, 1, List.of("WATER")));
        assertThat(plan(registered(worker()).build()).includes(MeasureCategory.WATER)).isFalse();
    }

    // ---------------------------------------------------------------- MS-12, MS-13

    @Test
    @DisplayName("MS-12: LACK_OF_MOTIVATION gives MOTIVATION, and the finding says never a cash handout")
    void ms12MotivationNeverAHandout() {
        MeasurePlan plan = plan(registered(worker()).withCauses(Causes.of(Cause.LACK_OF_MOTIVATION)).build());

        assertThat(only(plan, MeasureCategory.MOTIVATION))
                .isEqualTo(new Measure(MeasureCategory.MOTIVATION, Rule.MS_12, 3, List.of("LACK_OF_MOTIVATION")));
        assertThat(findings(plan, Rule.MS_12)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("never a plain cash handout", "rewards for work", "work relief");
            assertThat(f.messageZh()).contains("不搞简单发钱发物");
        });
        assertThat(plan.includes(MeasureCategory.SOCIAL_SECURITY)).isFalse();
    }

    @Test
    @DisplayName("MS-12: no MOTIVATION measure without the LACK_OF_MOTIVATION cause")
    void ms12NotOtherwise() {
        MeasurePlan plan = plan(registered(worker()).build());

        assertThat(plan.includes(MeasureCategory.MOTIVATION)).isFalse();
        assertThat(findings(plan, Rule.MS_12)).isEmpty();
    }

    @Test
    @DisplayName("MS-13: LACK_OF_LAND, LACK_OF_WATER and POOR_TRANSPORT give ASSET_INCOME and a village need")
    void ms13AssetIncomeAndVillageInfrastructure() {
        MeasurePlan plan = plan(registered(worker())
                .withCauses(Causes.of(Cause.POOR_TRANSPORT, Cause.LACK_OF_LAND, Cause.LACK_OF_WATER)).build());

        assertThat(only(plan, MeasureCategory.ASSET_INCOME)).isEqualTo(new Measure(MeasureCategory.ASSET_INCOME,
                Rule.MS_13, 3, List.of("LACK_OF_LAND", "LACK_OF_WATER", "POOR_TRANSPORT")));
        assertThat(findings(plan, Rule.MS_13)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("LACK_OF_LAND, LACK_OF_WATER, POOR_TRANSPORT");
            assertThat(f.message()).isEqualTo(
                    "Village-level infrastructure need: lack of land, lack of water, poor transport");
            assertThat(f.messageZh()).startsWith("村级基础设施需求");
        });
    }

    @Test
    @DisplayName("MS-13: each infrastructure cause alone selects ASSET_INCOME; other causes do not")
    void ms13EachCause() {
        for (Cause cause : Cause.values()) {
            MeasurePlan plan = plan(registered(worker()).withCauses(Causes.of(cause)).build());
            boolean infrastructure = Set.of(Cause.LACK_OF_LAND, Cause.LACK_OF_WATER, Cause.POOR_TRANSPORT)
                    .contains(cause);
            assertThat(plan.includes(MeasureCategory.ASSET_INCOME)).as(cause.name()).isEqualTo(infrastructure);
            assertThat(findings(plan, Rule.MS_13)).as(cause.name()).hasSize(infrastructure ? 1 : 0);
        }
    }

    // ---------------------------------------------------------------- ordering

    @Test
    @DisplayName("MS-1..13: measures are sorted by priority, most urgent first")
    void measuresSortedByPriority() {
        Household h = registered(worker(), pupil(), dropout(),
                Households.member(Sex.MALE, LocalDate.of(1970, 1, 1)).withHealth(Health.CHRONIC_ILLNESS)
                        .withMedicalInsurance(false).withDisabilityGrade(3).build())
                .withCauses(Causes.of(Cause.LACK_OF_SKILLS, Cause.LACK_OF_CAPITAL, Cause.POOR_TRANSPORT))
                .withConditions(conditions(HousingSafety.DILAPIDATED_C))
                .withLocation(location(false, true, false)).build();

        List<Measure> measures = plan(h).measures();

        assertThat(measures).extracting(Measure::priority).isSorted().contains(1, 2, 3, 4);
        assertThat(measures.get(0).priority()).isEqualTo(1);
        assertThat(measures.get(measures.size() - 1).category()).isEqualTo(MeasureCategory.EDUCATION);
    }

    // ---------------------------------------------------------------- MS-14

    @Test
    @DisplayName("MS-14: when every cause and gap is covered, one passing MS-14 finding and nothing unaddressed")
    void ms14AllCovered() {
        MeasurePlan plan = plan(registered(worker()).withCauses(Causes.of(Cause.LACK_OF_SKILLS, Cause.ILLNESS))
                .build());

        assertThat(findings(plan, Rule.MS_14)).singleElement().satisfies(f -> {
            assertThat(f.passed()).isTrue();
            assertThat(f.message()).isEqualTo("Every registered cause and guarantee gap is addressed by a measure");
        });
        assertThat(plan.unaddressed()).isEmpty();
    }

    @Test
    @DisplayName("MS-14: a registered DISASTER cause is named by a failing MS-14 finding with the reason")
    void ms14DisasterUnaddressed() {
        MeasurePlan plan = plan(registered(worker()).withCauses(Causes.of(Cause.DISASTER)).build());

        assertThat(plan.unaddressed()).containsExactly("DISASTER");
        assertThat(findings(plan, Rule.MS_14)).singleElement().satisfies(f -> {
            assertThat(f.passed()).isFalse();
            assertThat(f.subject()).isEqualTo("DISASTER");
            assertThat(f.message()).isEqualTo("No measure rule (MS-1 to MS-13) addresses disaster: the contact "
                    + "cadre must plan a measure for it");
            assertThat(f.messageZh()).startsWith("致贫原因“因灾”未有对应措施");
        });
    }

    @Test
    @DisplayName("MS-14: a registered OTHER cause, even secondary, is named by a failing MS-14 finding")
    void ms14OtherUnaddressed() {
        MeasurePlan plan = plan(registered(worker()).withCauses(Causes.of(Cause.ILLNESS, Cause.OTHER)).build());

        assertThat(plan.unaddressed()).containsExactly("OTHER");
        assertThat(findings(plan, Rule.MS_14)).noneMatch(Finding::passed)
                .anySatisfy(f -> assertThat(f.message()).startsWith("No measure rule (MS-1 to MS-13) addresses "
                        + "another cause: "));
    }

    @Test
    @DisplayName("MS-14: a FOOD gap without the MS-2 safety net is reported as unaddressed")
    void ms14FoodGapWithoutSafetyNet() {
        Household h = registered(worker()).withConditions(Households.goodConditions().withFoodAssured(false).build())
                .build();

        MeasurePlan plan = plan(h);

        assertThat(plan.includes(MeasureCategory.SOCIAL_SECURITY)).isFalse();
        assertThat(plan.unaddressed()).containsExactly("FOOD");
        assertThat(findings(plan, Rule.MS_14)).singleElement().satisfies(f -> {
            assertThat(f.passed()).isFalse();
            assertThat(f.message()).contains("The gap in food is not addressed", "civil affairs");
            assertThat(f.messageZh()).contains("吃饭保障缺口未有对应措施", "民政");
        });
    }

    @Test
    @DisplayName("MS-14: LACK_OF_LABOUR registered although a member can work is unaddressed, citing AUD-6")
    void ms14LackOfLabourWithLabour() {
        MeasurePlan plan = plan(registered(worker()).withCauses(Causes.of(Cause.LACK_OF_LABOUR)).build());

        assertThat(plan.unaddressed()).containsExactly("LACK_OF_LABOUR");
        assertThat(findings(plan, Rule.MS_14)).singleElement().extracting(Finding::message).asString()
                .contains("safety net of MS-2 does not apply", "AUD-6");
    }

    @Test
    @DisplayName("MS-14: several unaddressed causes and gaps are each named once")
    void ms14SeveralUnaddressed() {
        Household h = registered(worker()).withCauses(Causes.of(Cause.DISASTER, Cause.OTHER, Cause.ILLNESS))
                .withConditions(Households.goodConditions().withFoodAssured(false).withClothingAssured(false).build())
                .build();

        MeasurePlan plan = plan(h);

        assertThat(plan.unaddressed()).containsExactlyInAnyOrder("DISASTER", "OTHER", "FOOD", "CLOTHING");
        assertThat(findings(plan, Rule.MS_14)).hasSize(4).noneMatch(Finding::passed);
    }

    // ---------------------------------------------------------------- the worked household

    @Test
    @DisplayName("MS-6, MS-8, MS-5: the JSON contract's worked household gets exactly its four measures, in order")
    void workedHouseholdMeasures() {
        MeasurePlan plan = plan(Households.worked());

        assertThat(plan.measures()).containsExactly(
                new Measure(MeasureCategory.HEALTH, Rule.MS_6, 2, List.of("ILLNESS")),
                new Measure(MeasureCategory.SKILLS_TRAINING, Rule.MS_8, 3, List.of("LACK_OF_SKILLS")),
                new Measure(MeasureCategory.EMPLOYMENT, Rule.MS_8, 3, List.of("LACK_OF_SKILLS")),
                new Measure(MeasureCategory.EDUCATION, Rule.MS_5, 4, List.of("members[1]")));
        assertThat(plan.unaddressed()).isEmpty();
        assertThat(findings(plan, Rule.MS_14)).singleElement().extracting(Finding::passed).isEqualTo(true);
    }

    @Test
    @DisplayName("MS-1..14: selection is a pure function: the same household gives an equal plan")
    void selectionIsPure() {
        Household h = Households.worked();

        assertThat(plan(h).measures()).isEqualTo(plan(h).measures());
        assertThat(plan(h).findings()).isEqualTo(plan(h).findings());
    }

    // ---------------------------------------------------------------- properties

    /** One generated member's facts. */
    record MemberSpec(Sex sex, int ageDays, Labour labour, Health health, Integer disability, Schooling schooling,
            boolean insured, boolean seriousCover) {}

    /** Seeds of the MS properties. */
    static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    /** Seeds of the exit property, which needs more households to reach each of its outcomes often. */
    static LongStream exitSeeds() {
        return LongStream.range(0, 1000);
    }

    /** True with a chance of {@code chances} in {@code outOf}. */
    private static boolean chance(Random random, int chances, int outOf) {
        return random.nextInt(outOf) < chances;
    }

    private static MemberSpec memberSpec(Random random) {
        Sex sex = Draws.oneOf(random, Sex.class);
        int ageDays = Draws.uniformIntBetween(random, 0, 90 * 366);
        Labour labour = Draws.oneOf(random, Labour.class);
        Health health = Draws.oneOf(random, Health.class);
        Integer disability = chance(random, 7, 10) ? null : Draws.intBetween(random, 1, 4);
        // ENROLLED 4, NOT_SCHOOL_AGE 2, and each of the other three 1 in 9
        int s = random.nextInt(9);
        Schooling schooling = s < 4 ? Schooling.ENROLLED : s < 6 ? Schooling.NOT_SCHOOL_AGE
                : s == 6 ? Schooling.HOME_TUITION : s == 7 ? Schooling.DROPPED_OUT : Schooling.NOT_ENROLLED;
        return new MemberSpec(sex, ageDays, labour, health, disability, schooling, chance(random, 19, 20),
                chance(random, 4, 5));
    }

    /** No registered cause 15% of the time; else a primary cause and up to three distinct secondary ones. */
    private static Causes causes(Random random) {
        Cause primary = chance(random, 15, 100) ? null : Draws.oneOf(random, Cause.class);
        Set<Cause> secondary = EnumSet.noneOf(Cause.class);
        int wanted = Draws.uniformIntBetween(random, 0, 3);
        while (secondary.size() < wanted) {
            secondary.add(Draws.oneOf(random, Cause.class));
        }
        return primary == null ? Causes.none() : Causes.of(primary, secondary.toArray(new Cause[0]));
    }

    private static Location location(Random random) {
        return location(random.nextBoolean(), random.nextBoolean(), random.nextBoolean());
    }

    /** Good conditions two times in three, so that exits and fully covered plans are generated too. */
    private static LivingConditions livingConditions(Random random) {
        if (chance(random, 2, 3)) {
            return Households.goodConditions().build();
        }
        Water water = Water.builder().withQualityMeetsStandard(chance(random, 2, 3))
                .withLitresPerPersonPerDay(Draws.intBetween(random, 30, 80)).withPipedToYard(random.nextBoolean())
                .withFetchRoundTripMinutes(chance(random, 1, 5) ? null : Draws.intBetween(random, 5, 40))
                .withGuaranteeRatePercent(Draws.intBetween(random, 85, 100)).withWaterScarceArea(random.nextBoolean())
                .build();
        return LivingConditions.builder().withFoodAssured(chance(random, 2, 3))
                .withClothingAssured(chance(random, 2, 3))
                .withHousing(Housing.of(Draws.oneOf(random, HousingSafety.class), random.nextBoolean(),
                        random.nextBoolean()))
                .withWater(water).build();
    }

    /** Stable per-capita income in fen, two times in five at the 2019 line (or 1.5 times it) or one fen either side. */
    private static long stablePerCapitaFen(Random random) {
        return chance(random, 3, 5) ? Draws.uniformIntBetween(random, 0, 800_000)
                : Draws.oneOf(random, List.of(321_799L, 321_800L, 321_801L, 482_699L, 482_700L));
    }

    private static Status status(Random random) {
        int s = random.nextInt(6);
        return s < 4 ? Status.registered(REGISTERED_ON) : s == 4 ? Status.notRegistered()
                : Status.exited(REGISTERED_ON, LocalDate.of(2018, 12, 1));
    }

    /** A generated household: 1 to 5 members, causes, location, conditions, income and status all varied. */
    private static Household household(long seed) {
        Random random = Draws.random(seed);
        int size = Draws.uniformIntBetween(random, 1, 5);
        List<MemberSpec> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            members.add(memberSpec(random));
        }
        return household(members, causes(random), location(random), livingConditions(random),
                stablePerCapitaFen(random), Draws.intBetween(random, 0, 300_000), status(random),
                Draws.oneOf(random, List.of("522727", "130102", "330106", "411523")));
    }

    /** How often each value of {@code outcome} occurs over the households of the seeds. */
    private static Map<String, Long> outcomes(LongStream seeds, Function<Household, Object> outcome) {
        Map<String, Long> counts = new TreeMap<>();
        seeds.forEach(seed -> counts.merge(String.valueOf(outcome.apply(household(seed))), 1L, Long::sum));
        return counts;
    }

    @Test
    @DisplayName("MS-1, MS-3, MS-14: the generated households reach both sides of each property")
    void generatorCoversBothSidesOfEachProperty() {
        assertThat(outcomes(seeds(), h -> plan(h).includes(MeasureCategory.RELOCATION)))
                .as("relocation").containsOnlyKeys("false", "true");
        assertThat(outcomes(seeds(), h -> h.getMembers().stream().anyMatch(m -> m.getLabour() == Labour.SKILLED
                || m.getLabour() == Labour.ORDINARY || m.getLabour() == Labour.WEAK)))
                .as("labour").containsOnlyKeys("false", "true");
        assertThat(outcomes(seeds(), h -> plan(h).unaddressed().isEmpty()))
                .as("all covered").containsOnlyKeys("false", "true");
    }

    @Test
    @DisplayName("EX-H-1, EX-H-2: the generated households reach every exit outcome: refused, stable and monitored")
    void generatorCoversEveryExitOutcome() {
        assertThat(outcomes(exitSeeds(), h -> {
            ExitDecision exit = HouseholdExit.decide(h, Y2019, Indicators.evaluate(h, Y2019));
            return exit.eligible() ? exit.monitorOnExit() ? "monitored" : "stable" : "refused";
        })).containsOnlyKeys("monitored", "refused", "stable");
    }

    private static Household household(List<MemberSpec> specs, Causes causes, Location location,
            LivingConditions conditions, long perCapitaFen, long oneOffFen, Status status, String county) {
        LocalDate endOf2019 = LocalDate.of(2019, 12, 31);
        List<Member> members = new ArrayList<>(specs.size());
        for (MemberSpec s : specs) {
            members.add(Households.member(s.sex(), endOf2019.minusDays(s.ageDays()))
                    .withLabour(s.labour()).withHealth(s.health()).withDisabilityGrade(s.disability())
                    .withSchooling(s.schooling()).withMedicalInsurance(s.insured())
                    .withSeriousIllnessInsurance(s.seriousCover()).build());
        }
        // Stable income is wage and recurring transfers; half the time part of it comes from production.
        long stable = perCapitaFen * specs.size();
        IncomeRecord income = Households.income(2019).withWage(Yuan.ofFen(stable / 2))
                .withProductionGross(Yuan.ofFen(stable - stable / 2 + 10_000)).withProductionCosts(Yuan.ofFen(10_000))
                .addTransfers(Transfer.of(TransferKind.RELIEF, Yuan.ofFen(oneOffFen), false)).build();
        return Households.household(county).withStatus(status).addAllMembers(members).withCauses(causes)
                .withLocation(location).withConditions(conditions).addIncome(income).build();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("MS-3: relocation is never selected without consent, and always with it in an inhospitable area")
    void ms3NeverRelocationWithoutConsent(long seed) {
        Household h = household(seed);
        MeasurePlan plan = plan(h);
        Location l = h.getLocation();

        if (!l.isConsentsToRelocation()) {
            assertThat(plan.includes(MeasureCategory.RELOCATION)).isFalse();
        }
        assertThat(plan.includes(MeasureCategory.RELOCATION)).isEqualTo(l.isInhospitableArea()
                && l.isConsentsToRelocation());
        assertThat(findings(plan, Rule.MS_3)).hasSize(l.isInhospitableArea() ? 1 : 0);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("MS-1: every household with a member of labour capacity gets at least one development measure")
    void ms1LabourAlwaysGetsDevelopment(long seed) {
        Household h = household(seed);
        MeasurePlan plan = plan(h);
        boolean labour = h.getMembers().stream().anyMatch(m -> m.getLabour() == Labour.SKILLED
                || m.getLabour() == Labour.ORDINARY || m.getLabour() == Labour.WEAK);

        if (labour) {
            assertThat(plan.measures()).anyMatch(m -> Set.of(MeasureCategory.PRODUCTION, MeasureCategory.EMPLOYMENT,
                    MeasureCategory.ECOLOGICAL, MeasureCategory.SKILLS_TRAINING, MeasureCategory.MICROCREDIT)
                    .contains(m.category()));
        } else {
            assertThat(plan.includes(MeasureCategory.SOCIAL_SECURITY)).as("MS-2").isTrue();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("MS-14: every registered cause and every guarantee gap is addressed or named by unaddressed()")
    void ms14EveryCauseAndGapCovered(long seed) {
        Household h = household(seed);
        IndicatorReport indicators = Indicators.evaluate(h, Y2019);
        MeasurePlan plan = MeasureSelector.select(h, Y2019, indicators);
        List<String> required = new ArrayList<>();
        Causes c = h.getCauses();
        if (c.getPrimary() != null) {
            required.add(c.getPrimary().name());
        }
        c.getSecondary().forEach(cause -> required.add(cause.name()));
        indicators.gaps().forEach(gap -> required.add(gap.name()));

        for (String name : required) {
            boolean addressed = plan.measures().stream().anyMatch(m -> m.addresses().contains(name));
            assertThat(addressed || plan.unaddressed().contains(name)).as(name).isTrue();
            assertThat(addressed && plan.unaddressed().contains(name)).as(name + " both addressed and not").isFalse();
        }
        assertThat(required).containsAll(plan.unaddressed());
        List<Finding> coverage = findings(plan, Rule.MS_14);
        if (plan.unaddressed().isEmpty()) {
            assertThat(coverage).singleElement().extracting(Finding::passed).isEqualTo(true);
        } else {
            assertThat(coverage).noneMatch(Finding::passed).hasSize(plan.unaddressed().size());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("MS-1..14: measures are sorted by priority 1..4, each addresses something, no HOUSING when relocating")
    void measuresAreWellFormed(long seed) {
        Household h = household(seed);
        MeasurePlan plan = plan(h);

        assertThat(plan.measures()).extracting(Measure::priority).isSorted().allMatch(p -> p >= 1 && p <= 4);
        assertThat(plan.measures()).allMatch(m -> !m.addresses().isEmpty());
        if (plan.includes(MeasureCategory.RELOCATION)) {
            assertThat(plan.includes(MeasureCategory.HOUSING)).as("MS-10").isFalse();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("exitSeeds")
    @DisplayName("EX-H-1, EX-H-2: exit-eligible implies every indicator MET or NOT_APPLICABLE and stable income > line")
    void exitEligibleImpliesGuaranteesAndIncome(long seed) {
        Household h = household(seed);
        IndicatorReport indicators = Indicators.evaluate(h, Y2019);
        ExitDecision exit = HouseholdExit.decide(h, Y2019, indicators);
        Yuan lineTotal = Y2019.line(h.getArea().getCounty()).amount().times(h.size());
        Yuan stable = h.incomeOf(Year.of(2019)).stableIncome();
        boolean guaranteed = true;
        for (Indicator indicator : Indicator.values()) {
            IndicatorStatus status = indicators.status(indicator);
            guaranteed &= status == IndicatorStatus.MET || status == IndicatorStatus.NOT_APPLICABLE;
        }

        if (exit.eligible()) {
            assertThat(guaranteed).isTrue();
            assertThat(stable.fen()).isGreaterThan(lineTotal.fen());
        }
        assertThat(exit.eligible()).isEqualTo(h.getStatus().getState() == RegistrationState.REGISTERED && guaranteed && stable.isGreaterThan(lineTotal));
        if (exit.monitorOnExit()) {
            assertThat(exit.eligible()).isTrue();
            assertThat(stable.fen()).isLessThan(lineTotal.times(new BigDecimal("1.5")).fen());
        }
    }

    // ---------------------------------------------------------------- findings built when read

    @Test
    @DisplayName("A plan's findings are built when first read: a plan made from its findings keeps them unbuilt, "
            + "and once read they equal the same findings given at once")
    void findingsAreBuiltWhenRead() {
        Household h = registered(worker(), pupil()).withCauses(Causes.of(Cause.LACK_OF_CAPITAL,
                Cause.LACK_OF_MOTIVATION, Cause.LACK_OF_WATER, Cause.DISASTER))
                .withLocation(location(true, false, true)).build();
        MeasurePlan plan = plan(h);

        assertThat(plan.findings()).isInstanceOf(MeasureFindings.class);
        assertThat(new MeasurePlan(plan.measures(), plan.findings()).findings()).isSameAs(plan.findings());
        MeasurePlan eager = new MeasurePlan(plan.measures(), List.copyOf(plan.findings()));
        assertThat(plan).isEqualTo(eager).hasSameHashCodeAs(eager);
        assertThat(plan.findings()).extracting(Finding::rule)
                .containsExactly(Rule.MS_3, Rule.MS_9, Rule.MS_12, Rule.MS_13, Rule.MS_14);
        assertThat(plan.unaddressed()).containsExactly(Cause.DISASTER.name());
        assertThatThrownBy(() -> plan.findings().add(plan.findings().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

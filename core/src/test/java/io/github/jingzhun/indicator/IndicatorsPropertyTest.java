package io.github.jingzhun.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.Draws;
import io.github.jingzhun.Households;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the indicators over generated households (IND-*). */
class IndicatorsPropertyTest {

    private static final YearParameters Y2019 = PolicyParameters.national().forYear(Year.of(2019));
    private static final LocalDate REFERENCE = LocalDate.of(2019, 9, 1);

    /** What varies in a member; built into a {@link Member} with a fresh, valid ID number per household. */
    record MemberSpec(LocalDate birth, Sex sex, Schooling schooling, Health health, boolean insured,
            boolean seriousCover) {

        Member build() {
            return Households.member(sex, birth).withSchooling(schooling).withHealth(health)
                    .withMedicalInsurance(insured).withSeriousIllnessInsurance(seriousCover).build();
        }
    }

    record WaterSpec(boolean quality, int litres, boolean piped, @Nullable Integer minutes, int rate,
            boolean scarce) {

        Water build() {
            return Water.builder().withQualityMeetsStandard(quality).withLitresPerPersonPerDay(litres)
                    .withPipedToYard(piped).withFetchRoundTripMinutes(minutes).withGuaranteeRatePercent(rate)
                    .withWaterScarceArea(scarce).build();
        }
    }

    record HouseholdSpec(String county, boolean food, boolean clothing, Housing housing, WaterSpec water,
            List<MemberSpec> members) {

        Household build() {
            LivingConditions conditions = LivingConditions.builder().withFoodAssured(food)
                    .withClothingAssured(clothing).withHousing(housing).withWater(water.build()).build();
            return Households.household(county).withConditions(conditions)
                    .addAllMembers(members.stream().map(MemberSpec::build).toList()).build();
        }
    }

    private static final List<LocalDate> SCHOOL_AGE_BOUNDARIES = List.of(
            LocalDate.of(2013, 8, 31), LocalDate.of(2013, 9, 1), LocalDate.of(2013, 9, 2),
            LocalDate.of(2003, 8, 31), LocalDate.of(2003, 9, 1), LocalDate.of(2003, 9, 2));
    private static final List<String> COUNTIES = List.of("522727", "621126", "110101", "450102");

    /** Seeds of the properties over generated households and water. */
    static LongStream seeds() {
        return LongStream.range(0, 500);
    }

    /** Seeds of the housing property, which varies less. */
    static LongStream housingSeeds() {
        return LongStream.range(0, 200);
    }

    /** True with the given chance in four. */
    private static boolean inFour(Random random, int chances) {
        return random.nextInt(4) < chances;
    }

    private static MemberSpec member(Random random) {
        // born 1940 to 2019: around both ends of the school ages, and the reference day itself
        LocalDate birth = inFour(random, 3) ? LocalDate.of(1940, 1, 1).plusDays(Draws.intBetween(random, 0, 80 * 365))
                : Draws.oneOf(random, SCHOOL_AGE_BOUNDARIES);
        return new MemberSpec(birth, Draws.oneOf(random, Sex.class), Draws.oneOf(random, Schooling.class),
                Draws.oneOf(random, Health.class), inFour(random, 3), random.nextBoolean());
    }

    private static WaterSpec water(Random random) {
        return new WaterSpec(random.nextInt(3) < 2, Draws.intBetween(random, 0, 120), random.nextBoolean(),
                random.nextInt(5) == 0 ? null : Draws.intBetween(random, 0, 60), Draws.intBetween(random, 0, 100),
                random.nextBoolean());
    }

    private static Housing housing(Random random) {
        return Housing.of(Draws.oneOf(random, HousingSafety.class), random.nextBoolean(), random.nextBoolean());
    }

    private static HouseholdSpec household(Random random) {
        String county = Draws.oneOf(random, COUNTIES);
        boolean food = random.nextInt(3) < 2;
        boolean clothing = random.nextInt(3) < 2;
        Housing housing = housing(random);
        WaterSpec water = water(random);
        int size = Draws.uniformIntBetween(random, 1, 6);
        List<MemberSpec> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            members.add(member(random));
        }
        return new HouseholdSpec(county, food, clothing, housing, water, members);
    }

    private static HouseholdSpec household(long seed) {
        return household(Draws.random(seed));
    }

    @Test
    @DisplayName("IND-*: the generated households reach MET and UNMET on every indicator, NOT_APPLICABLE on IND-EDU")
    void generatorReachesEveryStatus() {
        Map<Indicator, Set<IndicatorStatus>> reached = new EnumMap<>(Indicator.class);
        seeds().forEach(seed -> Indicators.evaluate(household(seed).build(), Y2019).results().forEach(result ->
                reached.computeIfAbsent(result.indicator(), i -> EnumSet.noneOf(IndicatorStatus.class))
                        .add(result.status())));

        for (Indicator indicator : Indicator.values()) {
            assertThat(reached.get(indicator)).as("%s", indicator)
                    .contains(IndicatorStatus.MET, IndicatorStatus.UNMET);
        }
        assertThat(reached.get(Indicator.EDUCATION)).contains(IndicatorStatus.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("IND-*: an indicator is MET exactly when all its findings passed, NOT_APPLICABLE only for IND-EDU")
    void metExactlyWhenAllFindingsPassed(long seed) {
        HouseholdSpec spec = household(seed);
        IndicatorReport report = Indicators.evaluate(spec.build(), Y2019);

        assertThat(report.results()).extracting(IndicatorResult::indicator).containsExactly(Indicator.values());
        for (IndicatorResult result : report.results()) {
            boolean allPassed = result.findings().stream().allMatch(Finding::passed);
            assertThat(result.findings()).as("%s findings", result.indicator()).isNotEmpty()
                    .allMatch(f -> f.rule() == result.indicator().rule());
            assertThat(result.status() == IndicatorStatus.MET)
                    .as("%s MET iff all passed", result.indicator())
                    .isEqualTo(allPassed && result.status() != IndicatorStatus.NOT_APPLICABLE);
            assertThat(result.status() == IndicatorStatus.UNMET)
                    .as("%s UNMET iff some finding failed", result.indicator()).isEqualTo(!allPassed);
            if (result.status() == IndicatorStatus.NOT_APPLICABLE) {
                assertThat(result.indicator()).isEqualTo(Indicator.EDUCATION);
                assertThat(allPassed).isTrue();
            }
        }
        assertThat(report.isGuaranteed()).isEqualTo(report.gaps().isEmpty());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("IND-EDU: NOT_APPLICABLE exactly when no member is aged 6 to 15 on 1 September 2019")
    void educationNotApplicableExactlyWhenNoMemberOfSchoolAge(long seed) {
        HouseholdSpec spec = household(seed);
        Household household = spec.build();
        long schoolAge = household.getMembers().stream()
                .filter(m -> m.ageOn(REFERENCE) >= 6 && m.ageOn(REFERENCE) <= 15).count();
        boolean allEducated = household.getMembers().stream()
                .filter(m -> m.ageOn(REFERENCE) >= 6 && m.ageOn(REFERENCE) <= 15)
                .allMatch(m -> m.getSchooling() == Schooling.ENROLLED || m.getSchooling() == Schooling.HOME_TUITION);

        IndicatorResult result = Indicators.education(household, Y2019);

        IndicatorStatus expected = schoolAge == 0 ? IndicatorStatus.NOT_APPLICABLE
                : allEducated ? IndicatorStatus.MET : IndicatorStatus.UNMET;
        assertThat(result.status()).as("%s", spec).isEqualTo(expected);
        assertThat(result.findings()).hasSize(schoolAge == 0 ? 1 : (int) schoolAge);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("IND-MED: MET exactly when every member is insured and every seriously ill member covered")
    void medicalMetExactlyWhenEveryoneInsured(long seed) {
        HouseholdSpec spec = household(seed);
        boolean covered = spec.members().stream().allMatch(m -> m.insured()
                && (m.health() != Health.SERIOUS_ILLNESS || m.seriousCover()));

        IndicatorResult result = Indicators.medical(spec.build());

        assertThat(result.status()).as("%s", spec).isEqualTo(covered ? IndicatorStatus.MET : IndicatorStatus.UNMET);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("IND-WATER: four findings, each decided by its own threshold")
    void waterFindingsFollowTheThresholds(long seed) {
        WaterSpec spec = water(Draws.random(seed));
        Household household = Households.household("522727")
                .withConditions(Households.goodConditions().withWater(spec.build()).build())
                .addMembers(Households.adult()).build();

        IndicatorResult result = Indicators.water(household, Y2019);

        Integer minutes = spec.minutes();
        boolean quantity = spec.litres() >= (spec.scarce() ? 40 : 60);
        boolean access = spec.piped() || (minutes != null && minutes <= 20);
        boolean guarantee = spec.rate() >= (spec.scarce() ? 90 : 95);
        assertThat(result.findings()).as("%s", spec).extracting(Finding::passed)
                .containsExactly(spec.quality(), quantity, access, guarantee);
        assertThat(result.status()).as("%s", spec).isEqualTo(spec.quality() && quantity && access && guarantee
                ? IndicatorStatus.MET : IndicatorStatus.UNMET);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("housingSeeds")
    @DisplayName("IND-HOUSE: MET exactly when safe and fit for the county's climate zone")
    void housingMetExactlyWhenSafeAndFitForTheZone(long seed) {
        HouseholdSpec spec = household(seed);
        Housing housing = spec.housing();
        boolean north = !spec.county().startsWith("52") && !spec.county().startsWith("45");
        boolean fit = north ? housing.isWarmInWinter() : housing.isVentilatedAndDampProof();

        IndicatorResult result = Indicators.housing(spec.build(), Y2019);

        assertThat(result.status()).as("%s", spec).isEqualTo(housing.getSafety().isSafe() && fit
                ? IndicatorStatus.MET : IndicatorStatus.UNMET);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("IND-*: the members named before the findings are built are the ones the findings name")
    void membersNamedBeforeTheFindingsAreTheOnesTheyName(long seed) {
        Household household = household(seed).build();
        for (boolean passed : new boolean[] {true, false}) {
            IndicatorReport unread = Indicators.evaluate(household, Y2019);
            IndicatorReport read = Indicators.evaluate(household, Y2019);
            for (Indicator indicator : Indicator.values()) {
                List<String> named = read.result(indicator).findings().stream()
                        .filter(f -> f.passed() == passed && f.subject() != null).map(Finding::subject).distinct()
                        .toList();

                assertThat(unread.result(indicator).members(passed)).as("%s %s", indicator, passed)
                        .containsExactlyElementsOf(named);
                assertThat(read.result(indicator).members(passed)).as("%s %s", indicator, passed)
                        .containsExactlyElementsOf(named);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("IND-*: findings built when first read equal those built at once; results and reports compare so")
    void findingsBuiltOnReadEqualThoseBuiltAtOnce(long seed) {
        Household household = household(seed).build();
        IndicatorReport report = Indicators.evaluate(household, Y2019);
        IndicatorReport again = Indicators.evaluate(household, Y2019);
        Water water = household.getConditions().getWater();

        assertThat(report.result(Indicator.WATER).findings()).containsExactly(Indicators.waterQuality(water),
                Indicators.waterQuantity(water, Y2019), Indicators.waterAccess(water, Y2019),
                Indicators.waterGuarantee(water, Y2019));
        assertThat(report).isEqualTo(again).hasSameHashCodeAs(again).hasToString(again.toString());
        for (IndicatorResult result : report.results()) {
            IndicatorResult copy = new IndicatorResult(result.indicator(), result.status(),
                    new ArrayList<>(result.findings()));
            assertThat(result).isEqualTo(copy).hasSameHashCodeAs(copy).hasToString(copy.toString());
            assertThat(result.findings()).isEqualTo(again.result(result.indicator()).findings());
        }
    }
}

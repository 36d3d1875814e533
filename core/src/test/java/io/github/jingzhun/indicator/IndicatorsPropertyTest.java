package io.github.jingzhun.indicator;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/** Properties of the indicators over generated households (POLICY.md §4). */
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

    @Provide
    Arbitrary<MemberSpec> members() {
        // born 1940 to 2019: around both ends of the school ages, and the reference day itself
        Arbitrary<LocalDate> births = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 80 * 365)
                        .map(days -> LocalDate.of(1940, 1, 1).plusDays(days))),
                Tuple.of(1, Arbitraries.of(
                        LocalDate.of(2013, 8, 31), LocalDate.of(2013, 9, 1), LocalDate.of(2013, 9, 2),
                        LocalDate.of(2003, 8, 31), LocalDate.of(2003, 9, 1), LocalDate.of(2003, 9, 2))));
        return Combinators.combine(births, Arbitraries.of(Sex.class), Arbitraries.of(Schooling.class),
                Arbitraries.of(Health.class), Arbitraries.of(true, true, true, false), Arbitraries.of(true, false))
                .as(MemberSpec::new);
    }

    @Provide
    Arbitrary<WaterSpec> waters() {
        return Combinators.combine(
                Arbitraries.of(true, true, false),
                Arbitraries.integers().between(0, 120),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 60).injectNull(0.2),
                Arbitraries.integers().between(0, 100),
                Arbitraries.of(true, false))
                .as(WaterSpec::new);
    }

    @Provide
    Arbitrary<Housing> housings() {
        return Combinators.combine(Arbitraries.of(HousingSafety.class), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(Housing::of);
    }

    @Provide
    Arbitrary<HouseholdSpec> households() {
        return Combinators.combine(
                Arbitraries.of("522727", "621126", "110101", "450102"),
                Arbitraries.of(true, true, false),
                Arbitraries.of(true, true, false),
                housings(),
                waters(),
                members().list().ofMinSize(1).ofMaxSize(6))
                .as(HouseholdSpec::new);
    }

    @Property(tries = 500)
    @Label("IND-*: an indicator is MET exactly when all its findings passed, NOT_APPLICABLE only for IND-EDU")
    void metExactlyWhenAllFindingsPassed(@ForAll("households") HouseholdSpec spec) {
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

    @Property(tries = 500)
    @Label("IND-EDU: NOT_APPLICABLE exactly when no member is aged 6 to 15 on 1 September 2019")
    void educationNotApplicableExactlyWhenNoMemberOfSchoolAge(@ForAll("households") HouseholdSpec spec) {
        Household household = spec.build();
        long schoolAge = household.getMembers().stream()
                .filter(m -> m.ageOn(REFERENCE) >= 6 && m.ageOn(REFERENCE) <= 15).count();
        boolean allEducated = household.getMembers().stream()
                .filter(m -> m.ageOn(REFERENCE) >= 6 && m.ageOn(REFERENCE) <= 15)
                .allMatch(m -> m.getSchooling() == Schooling.ENROLLED || m.getSchooling() == Schooling.HOME_TUITION);

        IndicatorResult result = Indicators.education(household, Y2019);

        IndicatorStatus expected = schoolAge == 0 ? IndicatorStatus.NOT_APPLICABLE
                : allEducated ? IndicatorStatus.MET : IndicatorStatus.UNMET;
        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.findings()).hasSize(schoolAge == 0 ? 1 : (int) schoolAge);
    }

    @Property(tries = 500)
    @Label("IND-MED: MET exactly when every member is insured and every seriously ill member covered")
    void medicalMetExactlyWhenEveryoneInsured(@ForAll("households") HouseholdSpec spec) {
        boolean covered = spec.members().stream().allMatch(m -> m.insured()
                && (m.health() != Health.SERIOUS_ILLNESS || m.seriousCover()));

        IndicatorResult result = Indicators.medical(spec.build());

        assertThat(result.status()).isEqualTo(covered ? IndicatorStatus.MET : IndicatorStatus.UNMET);
    }

    @Property(tries = 500)
    @Label("IND-WATER: four findings, each decided by its own threshold")
    void waterFindingsFollowTheThresholds(@ForAll("waters") WaterSpec spec) {
        Household household = Households.household("522727")
                .withConditions(Households.goodConditions().withWater(spec.build()).build())
                .addMembers(Households.adult()).build();

        IndicatorResult result = Indicators.water(household, Y2019);

        Integer minutes = spec.minutes();
        boolean quantity = spec.litres() >= (spec.scarce() ? 40 : 60);
        boolean access = spec.piped() || (minutes != null && minutes <= 20);
        boolean guarantee = spec.rate() >= (spec.scarce() ? 90 : 95);
        assertThat(result.findings()).extracting(Finding::passed)
                .containsExactly(spec.quality(), quantity, access, guarantee);
        assertThat(result.status()).isEqualTo(spec.quality() && quantity && access && guarantee
                ? IndicatorStatus.MET : IndicatorStatus.UNMET);
    }

    @Property(tries = 200)
    @Label("IND-HOUSE: MET exactly when safe and fit for the county's climate zone")
    void housingMetExactlyWhenSafeAndFitForTheZone(@ForAll("households") HouseholdSpec spec) {
        Housing housing = spec.housing();
        boolean north = !spec.county().startsWith("52") && !spec.county().startsWith("45");
        boolean fit = north ? housing.isWarmInWinter() : housing.isVentilatedAndDampProof();

        IndicatorResult result = Indicators.housing(spec.build(), Y2019);

        assertThat(result.status()).isEqualTo(housing.getSafety().isSafe() && fit
                ? IndicatorStatus.MET : IndicatorStatus.UNMET);
    }
}

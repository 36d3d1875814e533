package io.github.jingzhun.examples;

import io.github.jingzhun.area.Area;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.Causes;
import io.github.jingzhun.household.Education;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Relation;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.money.Yuan;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * A few households built by hand: the JSON contract's worked household and three others that differ. For a population,
 * see {@link io.github.jingzhun.examples.population.SyntheticPopulation} and the bundled sample
 * {@code sample/households.ndjson}.
 */
public final class SampleHouseholds {

    private SampleHouseholds() {}

    /**
     * The four households.
     *
     * @return the households, not null
     */
    public static List<Household> all() {
        return List.of(workedHousehold(), excludedHousehold(), northernHouseholdWithGaps(), elderlyCouple());
    }

    /**
     * The JSON contract's worked household: 3,200.00 per capita in 2019, below the 3,218 line, on the minimum living
     * allowance.
     *
     * @return the household, not null
     */
    public static Household workedHousehold() {
        return Household.builder()
                .withId("HH-522727-0001")
                .withArea(Area.of(VillageCode.parse("522727101201")))
                .withStatus(Status.registered(LocalDate.of(2015, 10, 1)))
                .addMembers(Member.builder().from(member("522727198001011229", "Wang Fang", Sex.FEMALE, "1980-01-01",
                        Relation.HEAD, Schooling.NOT_SCHOOL_AGE, Health.CHRONIC_ILLNESS, Labour.ORDINARY))
                        .withPensionInsurance(true).build())
                .addMembers(Member.builder().from(member("522727201005051230", "Li Ming", Sex.MALE, "2010-05-05",
                        Relation.CHILD, Schooling.ENROLLED, Health.HEALTHY, Labour.NONE))
                        .withSeriousIllnessInsurance(false).build())
                .withCauses(Causes.of(Cause.ILLNESS, Cause.LACK_OF_SKILLS))
                .addIncome(IncomeRecord.builder().withYear(Year.of(2019))
                        .withWage(Yuan.of(3000)).withProductionGross(Yuan.of(2600)).withProductionCosts(Yuan.of(900))
                        .addTransfers(Transfer.of(TransferKind.MINIMUM_LIVING_ALLOWANCE, Yuan.of(1200), true))
                        .addTransfers(Transfer.of(TransferKind.OTHER, Yuan.of(500), false))
                        .withMedicalOutOfPocket(Yuan.of(1800))
                        .build())
                .withConditions(goodConditions(Housing.of(HousingSafety.SAFE, true, true)))
                .withContactCadre("CADRE-0017")
                .build();
    }

    /** Poor by income, but a member is on the state payroll: EXCLUDED (ID-H-2). */
    static Household excludedHousehold() {
        return Household.builder()
                .withId("HH-522727-0002")
                .withArea(Area.of(CountyCode.parse("522727")))
                .addMembers(member("52272719750312101X", "Zhao Lei", Sex.MALE, "1975-03-12", Relation.HEAD,
                        Schooling.NOT_SCHOOL_AGE, Health.HEALTHY, Labour.ORDINARY))
                .addMembers(Member.builder().from(member("522727197806200022", "Sun Li", Sex.FEMALE, "1978-06-20",
                        Relation.SPOUSE, Schooling.NOT_SCHOOL_AGE, Health.HEALTHY, Labour.ORDINARY))
                        .withPublicEmployee(true).build())
                .addIncome(IncomeRecord.builder().withYear(Year.of(2019)).withWage(Yuan.of(6000)).build())
                .withConditions(goodConditions(Housing.of(HousingSafety.SAFE, true, true)))
                .withAssets(Assets.builder().withPrivateCar(true).build())
                .build();
    }

    /** Above the line in Gansu (NORTH): not poor, but the house is cold and the water far: guarantee gaps. */
    static Household northernHouseholdWithGaps() {
        return Household.builder()
                .withId("HH-621126-0003")
                .withArea(Area.of(CountyCode.parse("621126")))
                .addMembers(member("621126198211113315", "Ma Jun", Sex.MALE, "1982-11-11", Relation.HEAD,
                        Schooling.NOT_SCHOOL_AGE, Health.HEALTHY, Labour.SKILLED))
                .addIncome(IncomeRecord.builder().withYear(Year.of(2019)).withWage(Yuan.of(9000)).build())
                .withConditions(LivingConditions.builder().withFoodAssured(true).withClothingAssured(true)
                        .withHousing(Housing.of(HousingSafety.SAFE, false, true))
                        .withWater(Water.builder().withQualityMeetsStandard(true).withLitresPerPersonPerDay(45)
                                .withFetchRoundTripMinutes(35).withGuaranteeRatePercent(92).build())
                        .build())
                .build();
    }

    /** An elderly couple who cannot work and live on the allowance: EXTREME_POVERTY_SUPPORT (ID-H-4). */
    static Household elderlyCouple() {
        return Household.builder()
                .withId("HH-513433-0004")
                .withArea(Area.of(CountyCode.parse("513433")))
                .addMembers(member("513433194002020014", "Ayi Muga", Sex.MALE, "1940-02-02", Relation.HEAD,
                        Schooling.NOT_SCHOOL_AGE, Health.SERIOUS_ILLNESS, Labour.LOST))
                .addMembers(member("513433194304040045", "Jike Anu", Sex.FEMALE, "1943-04-04", Relation.SPOUSE,
                        Schooling.NOT_SCHOOL_AGE, Health.HEALTHY, Labour.NONE))
                .addIncome(IncomeRecord.builder().withYear(Year.of(2019))
                        .addTransfers(Transfer.of(TransferKind.MINIMUM_LIVING_ALLOWANCE, Yuan.of(3600), true))
                        .addTransfers(Transfer.of(TransferKind.PENSION, Yuan.of(1200), true))
                        .build())
                .withConditions(goodConditions(Housing.of(HousingSafety.UNASSESSED, false, false)))
                .build();
    }

    private static LivingConditions goodConditions(Housing housing) {
        return LivingConditions.builder().withFoodAssured(true).withClothingAssured(true).withHousing(housing)
                .withWater(Water.builder().withQualityMeetsStandard(true).withLitresPerPersonPerDay(70)
                        .withPipedToYard(true).withGuaranteeRatePercent(97).build())
                .build();
    }

    private static Member member(String id, String name, Sex sex, String birth, Relation relation,
            Schooling schooling, Health health, Labour labour) {
        return Member.builder().withIdNumber(ResidentId.parse(id)).withName(name).withSex(sex)
                .withBirthDate(LocalDate.parse(birth)).withRelation(relation).withEducation(Education.PRIMARY)
                .withSchooling(schooling).withHealth(health).withLabour(labour).withMedicalInsurance(true)
                .withSeriousIllnessInsurance(true).build();
    }
}

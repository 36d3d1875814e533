package io.github.jingzhun.examples;

import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.area.Area;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Relation;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.money.Yuan;
import java.time.LocalDate;
import java.time.Year;

/** The README's Java example, kept compiling: build a household, assess it, print the explanation. */
public final class QuickStart {

    private QuickStart() {}

    /**
     * Builds one household, assesses it for income year 2019 and returns the decision.
     *
     * @return the decision, not null
     */
    public static Decision decide() {
        Member head = Member.builder().withIdNumber(ResidentId.parse("522727198001011229")).withName("Wang Fang")
                .withSex(Sex.FEMALE).withBirthDate(LocalDate.of(1980, 1, 1)).withRelation(Relation.HEAD)
                .withSchooling(Schooling.NOT_SCHOOL_AGE).withHealth(Health.HEALTHY).withLabour(Labour.ORDINARY)
                .withMedicalInsurance(true).build();
        LivingConditions conditions = LivingConditions.builder().withFoodAssured(true).withClothingAssured(true)
                .withHousing(Housing.of(HousingSafety.SAFE, true, true))
                .withWater(Water.builder().withQualityMeetsStandard(true).withLitresPerPersonPerDay(70)
                        .withPipedToYard(true).withGuaranteeRatePercent(97).build())
                .build();
        Household household = Household.builder().withId("HH-522727-0009")
                .withArea(Area.of(CountyCode.parse("522727"))).addMembers(head)
                .addIncome(IncomeRecord.builder().withYear(Year.of(2019)).withWage(Yuan.of(3000)).build())
                .withConditions(conditions).build();
        return PovertyPolicy.national().assess(household, Year.of(2019));
    }

    /**
     * Prints the decision's explanation.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println(decide());
    }
}

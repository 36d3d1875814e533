package io.github.jingzhun.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.Households;
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
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.money.Yuan;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the README says of explanations holds: applying exactly the changes it reads makes the household exit. */
class ReadmeExplanationTest {

    private static final PovertyPolicy POLICY = PovertyPolicy.national();
    private static final Year YEAR = Year.of(2019);

    /** The README's household: registered, one member, a wage of 3000, its dwelling not yet appraised. */
    static Household readmeHousehold() {
        Member head = Member.builder().withIdNumber(ResidentId.parse("522727198001011229")).withName("Wang Fang")
                .withSex(Sex.FEMALE).withBirthDate(LocalDate.of(1980, 1, 1)).withRelation(Relation.HEAD)
                .withSchooling(Schooling.NOT_SCHOOL_AGE).withHealth(Health.HEALTHY).withLabour(Labour.ORDINARY)
                .withMedicalInsurance(true).build();
        return Household.builder().withId("HH-522727-0010")
                .withArea(Area.of(CountyCode.parse("522727"))).withStatus(Status.registered(LocalDate.of(2015, 10, 1)))
                .addMembers(head)
                .addIncome(IncomeRecord.builder().withYear(Year.of(2019)).withWage(Yuan.of(3000)).build())
                .withConditions(LivingConditions.builder().withFoodAssured(true).withClothingAssured(true)
                        .withHousing(Housing.of(HousingSafety.UNASSESSED, true, true))
                        .withWater(Water.builder().withQualityMeetsStandard(true).withLitresPerPersonPerDay(70)
                                .withPipedToYard(true).withGuaranteeRatePercent(97).build())
                        .build())
                .build();
    }

    @Test
    void theReadmeHouseholdExitsWithExactlyTheChangesItReads() {
        Household household = readmeHousehold();
        Explanation explanation = Changes.of(POLICY, household, YEAR);
        List<Change> exit = explanation.changes(Goal.EXIT);
        assertThat(exit).extracting(Change::message).startsWith(
                "Exit needs 218.01 more stable income (218.01 more per person of 1) to exceed the line 3218.00",
                "The dwelling, now UNASSESSED, must be appraised safe (SAFE, RENOVATED or RESETTLEMENT)");
        assertThat(exit).extracting(Change::path).startsWith("$.income[0].wage", "$.conditions.housing.safety");
        assertThat(POLICY.assess(household, YEAR).exit().eligible()).isFalse();
        assertThat(POLICY.assess(Apply.changes(household, exit), YEAR).exit().eligible()).isTrue();
        // one fen less, or the house left unassessed, and it does not exit
        assertThat(POLICY.assess(Apply.changes(household, exit, 1), YEAR).exit().eligible()).isFalse();
        assertThat(POLICY.assess(Apply.changes(household, exit.subList(0, 1)), YEAR).exit().eligible()).isFalse();
        assertThat(explanation.toString()).doesNotContain("Wang Fang", "522727198001011229");
    }

    @Test
    void theContractsWorkedHouseholdNeeds26801MorePerPersonToExit() {
        Household worked = Households.worked();
        List<Change> exit = Changes.of(POLICY, worked, YEAR).changes(Goal.EXIT);
        Change income = exit.get(0);
        assertThat(income.rule().id()).isEqualTo("EX-H-1");
        assertThat(income.amount()).isEqualTo(Yuan.parse("536.01"));
        assertThat(income.perPerson()).isEqualTo(Yuan.parse("268.01"));
        assertThat(POLICY.assess(Apply.changes(worked, exit), YEAR).exit().eligible()).isTrue();
        assertThat(POLICY.assess(Apply.changes(worked, exit, 1), YEAR).exit().eligible()).isFalse();
    }
}

package io.github.jingzhun.explain;

import io.github.jingzhun.Households;
import io.github.jingzhun.household.AppliedMeasure;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.IncomeObservation;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.MonitoringHistory;
import io.github.jingzhun.household.Relation;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.household.Water;
import java.time.LocalDate;
import java.time.YearMonth;
import io.github.jingzhun.money.Yuan;

/** Households that reach each branch of the explanations, one goal or criterion at a time (2019 parameters). */
final class Cases {

    private static final LocalDate REGISTERED_ON = LocalDate.of(2015, 10, 1);
    private static final Status EXITED = Status.exited(REGISTERED_ON, LocalDate.of(2018, 12, 20));

    private Cases() {}

    /** A child born 2009-03-01: ten on the 2019 reference day, of compulsory-education age. */
    static Member child(Schooling schooling) {
        return Households.member(Sex.FEMALE, LocalDate.of(2009, 3, 1)).withRelation(Relation.CHILD)
                .withLabour(Labour.NONE).withSchooling(schooling).build();
    }

    /** Registered in Guizhou (SOUTH), every indicator but its stable income and one-off transfers failing a criterion. */
    static Household registeredSouth() {
        return Households.household("522727").withStatus(Status.registered(REGISTERED_ON))
                .addMembers(Households.member(Sex.MALE, LocalDate.of(1970, 1, 1)).withMedicalInsurance(false)
                        .withHealth(Health.SERIOUS_ILLNESS).build())
                .addMembers(Households.member(Sex.FEMALE, LocalDate.of(1972, 1, 1)).withRelation(Relation.SPOUSE)
                        .withHealth(Health.SERIOUS_ILLNESS).build())
                .addMembers(child(Schooling.DROPPED_OUT))
                .addIncome(Households.income(2019).withWage(Yuan.of(9000))
                        .addTransfers(Transfer.of(TransferKind.OTHER, Yuan.of(1000), false)).build())
                .withConditions(LivingConditions.builder().withFoodAssured(false).withClothingAssured(false)
                        .withHousing(Housing.of(HousingSafety.SAFE, true, false))
                        .withWater(Water.builder().withQualityMeetsStandard(false).withLitresPerPersonPerDay(45)
                                .withPipedToYard(false).withFetchRoundTripMinutes(30).withGuaranteeRatePercent(80)
                                .build())
                        .build())
                .build();
    }

    /** Registered in Gansu (NORTH), water-scarce, income above the line; an unappraised cold house, water short. */
    static Household registeredNorth(HousingSafety safety, boolean warm) {
        return Households.household("620102").withStatus(Status.registered(REGISTERED_ON))
                .addMembers(Households.adult())
                .addIncome(Households.income(2019).withWage(Yuan.of(4000)).build())
                .withConditions(Households.goodConditions()
                        .withHousing(Housing.of(safety, warm, false))
                        .withWater(Water.builder().withQualityMeetsStandard(true).withLitresPerPersonPerDay(39)
                                .withPipedToYard(false).withGuaranteeRatePercent(89).withWaterScarceArea(true)
                                .build())
                        .build())
                .build();
    }

    /** Exclusions on one member and the assets. */
    static Household excluded(boolean publicEmployee, boolean enterprise, boolean car, boolean townHousing) {
        return Households.household("522727")
                .addMembers(Households.adult())
                .addMembers(Households.member(Sex.FEMALE, LocalDate.of(1975, 1, 1)).withRelation(Relation.SPOUSE)
                        .withPublicEmployee(publicEmployee).withRegisteredEnterprise(enterprise).build())
                .withAssets(Assets.builder().withPrivateCar(car).withTownCommercialHousing(townHousing).build())
                .addIncome(Households.income(2019).withWage(Yuan.of(5000)).build()).build();
    }

    /** Exited, monitored for each MON-3 trigger: stable income below the threshold, rigid spending, a fall. */
    static Household monitoredByEveryTrigger() {
        return Households.household("522727").withStatus(EXITED)
                .addMembers(Households.adult()).addMembers(Households.adult())
                .addIncome(Households.income(2018).withWage(Yuan.of(12000)).build())
                .addIncome(Households.income(2019).withWage(Yuan.of(8000)).withMedicalOutOfPocket(Yuan.of(4500))
                        .build())
                .withConditions(Households.goodConditions().withFoodAssured(false).build())
                .build();
    }

    /** Exited, not monitored, with an income record of 2018 and rigid spending of 2019. */
    static Household notMonitored(Yuan wage, Yuan earlierWage, Yuan spending) {
        return Households.household("522727").withStatus(EXITED)
                .addMembers(Households.adult()).addMembers(Households.adult())
                .addIncome(Households.income(2018).withWage(earlierWage).build())
                .addIncome(Households.income(2019).withWage(wage).withMedicalOutOfPocket(spending).build())
                .build();
    }

    /** Exited, with a monitoring history from a day, its income observations from a month on, at a per-capita income. */
    static Household withHistory(Yuan wage, LocalDate includedOn, YearMonth observedFrom, Yuan perCapita,
            AppliedMeasure... measures) {
        var history = MonitoringHistory.builder().withIncludedOn(includedOn).addMeasures(measures);
        for (YearMonth m = observedFrom; !m.isAfter(YearMonth.of(2019, 12)); m = m.plusMonths(1)) {
            history.addIncome(IncomeObservation.of(m, perCapita));
        }
        return Households.household("522727").withStatus(EXITED).addMembers(Households.adult())
                .addIncome(Households.income(2019).withWage(wage).build()).withMonitoring(history.build()).build();
    }

    static AppliedMeasure measure(LocalDate on) {
        return AppliedMeasure.of(MeasureCategory.EMPLOYMENT, on);
    }
}

package io.github.jingzhun;

import io.github.jingzhun.area.Area;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.Causes;
import io.github.jingzhun.household.Education;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.RecordedProcedure;
import io.github.jingzhun.household.RecordedStep;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.Relation;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.Step;
import java.time.LocalDate;
import java.time.Year;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data: valid ID numbers, members, conditions and households, and the JSON contract's worked household. */
public final class Households {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Households() {}

    /** A valid 18-character ID number for an area, birth date and sex; the sequence makes each one distinct. */
    public static String idNumber(String area, LocalDate birth, Sex sex) {
        int seq = (SEQUENCE.getAndIncrement() % 499) * 2 + (sex == Sex.MALE ? 1 : 0);
        String s17 = area + birth.toString().replace("-", "") + String.format("%03d", seq);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s17.charAt(i) - '0') * WEIGHTS[i];
        }
        return s17 + "10X98765432".charAt(sum % 11);
    }

    /** A valid member: HEAD, healthy, ORDINARY labour, insured, not of school age; change what a test needs. */
    public static Member.Builder member(Sex sex, LocalDate birth) {
        return Member.builder()
                .withIdNumber(ResidentId.parse(idNumber("522727", birth, sex)))
                .withName("Zhang San")
                .withSex(sex)
                .withBirthDate(birth)
                .withRelation(Relation.HEAD)
                .withEducation(Education.PRIMARY)
                .withSchooling(Schooling.NOT_SCHOOL_AGE)
                .withHealth(Health.HEALTHY)
                .withLabour(Labour.ORDINARY)
                .withMedicalInsurance(true);
    }

    /** An adult member born 1980-06-15. */
    public static Member adult() {
        return member(Sex.MALE, LocalDate.of(1980, 6, 15)).build();
    }

    /** Water meeting every criterion: quality, 70 litres, piped, 97%. */
    public static Water.Builder goodWater() {
        return Water.builder().withQualityMeetsStandard(true).withLitresPerPersonPerDay(70).withPipedToYard(true)
                .withGuaranteeRatePercent(97);
    }

    /** Conditions meeting every indicator in either climate zone. */
    public static LivingConditions.Builder goodConditions() {
        return LivingConditions.builder().withFoodAssured(true).withClothingAssured(true)
                .withHousing(Housing.of(HousingSafety.SAFE, true, true))
                .withWater(goodWater().build());
    }

    /** An income record of a year with nothing in it. */
    public static IncomeRecord.Builder income(int year) {
        return IncomeRecord.builder().withYear(Year.of(year));
    }

    /** A household in a county with good conditions and no members or income yet. */
    public static Household.Builder household(String county) {
        return Household.builder().withId("HH-" + county + "-T").withArea(Area.of(CountyCode.parse(county)))
                .withConditions(goodConditions().build());
    }

    /** A household of {@code members} adults in Guizhou (522727) with a 2019 wage income. */
    public static Household withWage(int members, Yuan wage) {
        Household.Builder b = household("522727");
        for (int i = 0; i < members; i++) {
            b.addMembers(adult());
        }
        return b.addIncome(income(2019).withWage(wage).build()).build();
    }

    /** The JSON contract's worked household, built in Java. */
    public static Household worked() {
        return Household.builder()
                .withId("HH-522727-0001")
                .withArea(Area.of(VillageCode.parse("522727101201")))
                .withStatus(Status.registered(LocalDate.of(2015, 10, 1)))
                .addMembers(Member.builder().withIdNumber(ResidentId.parse("522727198001011229"))
                        .withName("Wang Fang").withSex(Sex.FEMALE).withBirthDate(LocalDate.of(1980, 1, 1))
                        .withRelation(Relation.HEAD).withEducation(Education.PRIMARY)
                        .withSchooling(Schooling.NOT_SCHOOL_AGE).withHealth(Health.CHRONIC_ILLNESS)
                        .withLabour(Labour.ORDINARY).withMedicalInsurance(true).withSeriousIllnessInsurance(true)
                        .withPensionInsurance(true).build())
                .addMembers(Member.builder().withIdNumber(ResidentId.parse("522727201005051230"))
                        .withName("Li Ming").withSex(Sex.MALE).withBirthDate(LocalDate.of(2010, 5, 5))
                        .withRelation(Relation.CHILD).withEducation(Education.PRIMARY)
                        .withSchooling(Schooling.ENROLLED).withHealth(Health.HEALTHY).withLabour(Labour.NONE)
                        .withMedicalInsurance(true).build())
                .withCauses(Causes.of(Cause.ILLNESS, Cause.LACK_OF_SKILLS))
                .addIncome(income(2019).withWage(Yuan.of(3000)).withProductionGross(Yuan.of(2600))
                        .withProductionCosts(Yuan.of(900)).withProperty(Yuan.ZERO)
                        .addTransfers(Transfer.of(TransferKind.MINIMUM_LIVING_ALLOWANCE, Yuan.of(1200), true))
                        .addTransfers(Transfer.of(TransferKind.OTHER, Yuan.of(500), false))
                        .withMedicalOutOfPocket(Yuan.of(1800)).build())
                .withConditions(LivingConditions.builder().withFoodAssured(true).withClothingAssured(true)
                        .withHousing(Housing.of(HousingSafety.SAFE, true, true))
                        .withWater(Water.builder().withQualityMeetsStandard(true).withLitresPerPersonPerDay(70)
                                .withPipedToYard(true).withGuaranteeRatePercent(97).build())
                        .build())
                .withContactCadre("CADRE-0017")
                .build();
    }

    /**
     * The first {@code steps} steps of a procedure, regular, from {@code start}: one day apart, each notice
     * {@code noticeDays} long, every step with its actor.
     */
    public static RecordedProcedure procedure(ProcedureKind kind, int steps, int noticeDays, LocalDate start) {
        RecordedProcedure.Builder b = RecordedProcedure.builder().withKind(kind);
        LocalDate day = start;
        for (Step step : kind.steps().subList(0, steps)) {
            if (step.isNotice()) {
                b.addEvents(RecordedStep.builder().withStep(step).withNoticeStart(day)
                        .withNoticeEnd(day.plusDays(noticeDays - 1)).withActor("village committee").build());
                day = day.plusDays(noticeDays - 1);
            } else {
                b.addEvents(RecordedStep.builder().withStep(step).withDate(day).withActor("office").build());
            }
            day = day.plusDays(1);
        }
        return b.build();
    }
}

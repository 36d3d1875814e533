package io.github.jingzhun.json;

import io.github.jingzhun.area.Area;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.household.AppliedMeasure;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.Causes;
import io.github.jingzhun.household.Education;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.MonitoringHistory;
import io.github.jingzhun.household.RecordedProcedure;
import io.github.jingzhun.household.RecordedStep;
import io.github.jingzhun.household.IncomeObservation;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Location;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.household.Relation;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.household.WorkStatus;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.Step;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/** Deterministic random households: valid ID numbers, every optional field sometimes absent, awkward names. */
public final class RandomHouseholds {

    private static final String[] COUNTIES = {"522727", "110101", "530102", "622921", "513401", "420102",
        "654321", "542621"};
    private static final String[] NAMES = {"Wang Fang", "李明", "Zhang \"Wei\"", "O'Brien", "阿依古丽·买买提",
        "Ma\\Lin", "Tab\tName", "{observed}", "Ünal", "😀 Emoji"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private RandomHouseholds() {}

    /** The ID number with its check character, for 17 digits. */
    static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A valid ID number for an area, birth date, sex and sequence. */
    static String idNumber(String county, LocalDate birth, Sex sex, int sequence) {
        int last = (sequence % 5) * 2 + (sex == Sex.MALE ? 1 : 0);
        return withCheck(county + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth()) + String.format("%02d", sequence % 100) + last);
    }

    public static Household generate(long seed) {
        Random r = new Random(seed);
        // A third of the households carry their history: work status, procedures, monitoring. Drawn from a stream
        // of their own, so that the rest of every household stays what it was.
        @Nullable Random history = seed % 3 == 0 ? new Random(~seed) : null;
        String county = COUNTIES[r.nextInt(COUNTIES.length)];
        Area area = r.nextBoolean() ? Area.of(CountyCode.parse(county))
                : Area.of(VillageCode.parse(county + String.format("%06d", r.nextInt(1_000_000))));
        Household.Builder b = Household.builder()
                .withId("HH-" + county + "-" + r.nextInt(10_000))
                .withArea(area);
        if (r.nextBoolean()) {
            b.withType(pick(r, HouseholdType.values()));
        }
        if (r.nextBoolean()) {
            b.withStatus(status(r));
        }
        int size = 1 + r.nextInt(6);
        for (int i = 0; i < size; i++) {
            b.addMembers(member(r, county, i, history));
        }
        if (r.nextBoolean()) {
            Cause primary = pick(r, Cause.values());
            List<Cause> secondary = new ArrayList<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                secondary.add(pick(r, Cause.values()));
            }
            b.withCauses(Causes.of(primary, secondary.toArray(new Cause[0])));
        }
        int years = r.nextInt(4);
        int first = 2014 + r.nextInt(3);
        for (int i = 0; i < years; i++) {
            b.addIncome(income(r, Year.of(first + i)));
        }
        b.withConditions(LivingConditions.builder().withFoodAssured(r.nextBoolean())
                .withClothingAssured(r.nextBoolean())
                .withHousing(Housing.of(pick(r, HousingSafety.values()), r.nextBoolean(), r.nextBoolean()))
                .withWater(Water.builder().withQualityMeetsStandard(r.nextBoolean())
                        .withLitresPerPersonPerDay(r.nextInt(200)).withPipedToYard(r.nextBoolean())
                        .withFetchRoundTripMinutes(r.nextBoolean() ? null : r.nextInt(120))
                        .withGuaranteeRatePercent(r.nextInt(101)).withWaterScarceArea(r.nextBoolean()).build())
                .build());
        if (r.nextBoolean()) {
            b.withAssets(Assets.builder().withPrivateCar(r.nextBoolean())
                    .withTownCommercialHousing(r.nextBoolean()).build());
        }
        if (r.nextBoolean()) {
            b.withLocation(Location.builder().withInhospitableArea(r.nextBoolean())
                    .withEcologicalZone(r.nextBoolean()).withConsentsToRelocation(r.nextBoolean()).build());
        }
        if (r.nextBoolean()) {
            b.withContactCadre("CADRE-" + r.nextInt(1000));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.addMeasuresReceived(pick(r, MeasureCategory.values()));
        }
        if (history != null) {
            for (int i = history.nextInt(3); i > 0; i--) {
                b.addProcedures(procedure(history));
            }
            if (history.nextBoolean()) {
                b.withMonitoring(monitoring(history));
            }
        }
        return b.build();
    }

    /** A recorded procedure of a household: some of its kind's steps, in order or not, each a valid record. */
    static RecordedProcedure procedure(Random r) {
        ProcedureKind[] kinds = {ProcedureKind.REGISTRATION, ProcedureKind.HOUSEHOLD_EXIT,
            ProcedureKind.MONITORING_INCLUSION, ProcedureKind.RISK_ELIMINATION};
        ProcedureKind kind = pick(r, kinds);
        List<Step> steps = kind.steps();
        RecordedProcedure.Builder b = RecordedProcedure.builder().withKind(kind);
        LocalDate day = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(2000));
        for (int i = 1 + r.nextInt(steps.size()); i > 0; i--) {
            Step step = r.nextInt(5) == 0 ? pick(r, steps.toArray(new Step[0])) : steps.get(steps.size() - i);
            day = day.plusDays(r.nextInt(12) - 1);
            b.addEvents(step(r, step, day));
        }
        return b.build();
    }

    private static RecordedStep step(Random r, Step step, LocalDate day) {
        RecordedStep.Builder b = RecordedStep.builder().withStep(step)
                .withActor(r.nextInt(6) == 0 ? null : NAMES[r.nextInt(NAMES.length)] + " office");
        boolean rejects = r.nextInt(8) == 0;
        if (!step.isNotice()) {
            return b.withDate(day).withRejectionReason(rejects ? "reason " + r.nextInt(9) : null).build();
        }
        if (rejects && r.nextBoolean()) {
            return b.withDate(day).withRejectionReason("not posted: " + NAMES[r.nextInt(NAMES.length)]).build();
        }
        return b.withNoticeStart(day).withNoticeEnd(day.plusDays(r.nextInt(10))).withObjectionUpheld(rejects)
                .withRejectionReason(rejects && r.nextBoolean() ? "objection " + r.nextInt(9) : null).build();
    }

    /** A monitoring history: months in order, elimination if any not before inclusion. */
    static MonitoringHistory monitoring(Random r) {
        LocalDate included = LocalDate.of(2016, 1, 1).plusDays(r.nextInt(1500));
        MonitoringHistory.Builder b = MonitoringHistory.builder().withIncludedOn(included);
        for (int i = r.nextInt(3); i > 0; i--) {
            b.addMeasures(AppliedMeasure.of(pick(r, MeasureCategory.values()), included.plusDays(r.nextInt(400) - 30)));
        }
        YearMonth month = YearMonth.from(included).minusMonths(r.nextInt(3));
        for (int i = r.nextInt(8); i > 0; i--) {
            b.addIncome(IncomeObservation.of(month, Yuan.ofFen(r.nextInt(1_200_000) - 100_000)));
            month = month.plusMonths(1 + r.nextInt(3));
        }
        if (r.nextInt(3) == 0) {
            b.withEliminatedOn(included.plusDays(r.nextInt(700)));
        }
        return b.build();
    }

    private static Status status(Random r) {
        LocalDate registered = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(1500));
        switch (r.nextInt(3)) {
            case 0:
                return Status.notRegistered();
            case 1:
                return Status.registered(registered);
            default:
                return Status.exited(r.nextBoolean() ? registered : null, registered.plusDays(r.nextInt(900)));
        }
    }

    private static Member member(Random r, String county, int index, @Nullable Random history) {
        Sex sex = pick(r, Sex.values());
        LocalDate birth = LocalDate.of(1920, 1, 1).plusDays(r.nextInt(34_000));
        Member member = Member.builder()
                .withIdNumber(ResidentId.parse(idNumber(county, birth, sex, index)))
                .withName(NAMES[r.nextInt(NAMES.length)])
                .withSex(sex)
                .withBirthDate(birth)
                .withRelation(index == 0 ? Relation.HEAD : pick(r, Relation.values()))
                .withEducation(r.nextBoolean() ? null : pick(r, Education.values()))
                .withSchooling(pick(r, Schooling.values()))
                .withHealth(pick(r, Health.values()))
                .withDisabilityGrade(r.nextInt(3) == 0 ? Integer.valueOf(1 + r.nextInt(4)) : null)
                .withLabour(pick(r, Labour.values()))
                .withMigrantWorkMonths(r.nextInt(13))
                .withEmployed(r.nextBoolean())
                .withMedicalInsurance(r.nextBoolean())
                .withSeriousIllnessInsurance(r.nextBoolean())
                .withPensionInsurance(r.nextBoolean())
                .withPublicEmployee(r.nextInt(10) == 0)
                .withRegisteredEnterprise(r.nextInt(10) == 0)
                .build();
        if (history == null) {
            return member;
        }
        boolean working = member.isEmployed() || member.getMigrantWorkMonths() > 0;
        int draw = history.nextInt(3);
        return Member.builder().from(member).withWorkStatus(draw == 0 ? null : working || draw == 1
                ? WorkStatus.IN_WORK : WorkStatus.NOT_IN_WORK).build();
    }

    private static IncomeRecord income(Random r, Year year) {
        IncomeRecord.Builder b = IncomeRecord.builder().withYear(year)
                .withWage(money(r)).withProductionGross(money(r)).withProductionCosts(money(r))
                .withProperty(money(r)).withMedicalOutOfPocket(money(r)).withEducationCosts(money(r))
                .withDisasterLoss(money(r));
        for (int i = r.nextInt(4); i > 0; i--) {
            b.addTransfers(Transfer.of(pick(r, TransferKind.values()), money(r), r.nextBoolean()));
        }
        return b.build();
    }

    /** Amounts to the fen, from 0.00 to 99,999.99, often with awkward fractions such as 0.10 and 0.20. */
    private static Yuan money(Random r) {
        switch (r.nextInt(4)) {
            case 0:
                return Yuan.ZERO;
            case 1:
                return Yuan.ofFen(10L * (1 + r.nextInt(3)));
            default:
                return Yuan.ofFen(r.nextInt(10_000_000));
        }
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}

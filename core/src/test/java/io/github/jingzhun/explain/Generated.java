package io.github.jingzhun.explain;

import io.github.jingzhun.Draws;
import io.github.jingzhun.Households;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Relation;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.money.Yuan;
import java.time.LocalDate;
import java.util.Random;

/**
 * Random households for the explanation's property tests: 1 to 6 members, per-capita income spread around the line
 * and the monitoring threshold (often exactly at them), one-off and recurring transfers, rigid spending, an earlier
 * year's income, exclusions, every indicator criterion met or not, any registration state.
 */
final class Generated {

    private static final String[] COUNTIES = {"522727", "130123", "330102", "620102"};

    private Generated() {}

    static Household household(Random random, String id, int year) {
        Household.Builder b = Households.household(Draws.oneOf(random, java.util.List.of(COUNTIES)))
                .withId(id);
        int members = 1 + random.nextInt(6);
        boolean nobodyWorks = random.nextInt(6) == 0;
        for (int i = 0; i < members; i++) {
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            boolean child = i > 0 && random.nextInt(3) == 0;
            LocalDate birth = child ? LocalDate.of(year - 15 + random.nextInt(12), 1 + random.nextInt(12), 1)
                    : LocalDate.of(1945 + random.nextInt(55), 1 + random.nextInt(12), 1);
            Health health = random.nextInt(6) == 0 ? Health.SERIOUS_ILLNESS : Health.HEALTHY;
            b.addMembers(Households.member(sex, birth)
                    .withRelation(i == 0 ? Relation.HEAD : child ? Relation.CHILD : Relation.SPOUSE)
                    .withLabour(child || nobodyWorks ? Labour.NONE : Labour.ORDINARY)
                    .withSchooling(child ? Draws.oneOf(random, Schooling.class) : Schooling.NOT_SCHOOL_AGE)
                    .withHealth(health)
                    .withMedicalInsurance(random.nextInt(8) > 0)
                    .withSeriousIllnessInsurance(random.nextInt(3) > 0)
                    .withPublicEmployee(random.nextInt(25) == 0)
                    .withRegisteredEnterprise(random.nextInt(30) == 0)
                    .build());
        }
        b.addIncome(income(random, year, members, year == 2019 ? 3218 : 4000));
        if (random.nextBoolean()) {
            b.addIncome(income(random, year - 1, members, year == 2019 ? 2995 : 3218));
        }
        b.withConditions(LivingConditions.builder().withFoodAssured(random.nextInt(8) > 0)
                .withClothingAssured(random.nextInt(10) > 0)
                .withHousing(Housing.of(Draws.oneOf(random, HousingSafety.class), random.nextInt(5) > 0,
                        random.nextInt(5) > 0))
                .withWater(Water.builder().withQualityMeetsStandard(random.nextInt(8) > 0)
                        .withLitresPerPersonPerDay(30 + random.nextInt(50)).withPipedToYard(random.nextBoolean())
                        .withFetchRoundTripMinutes(random.nextInt(5) == 0 ? null : 5 + random.nextInt(30))
                        .withGuaranteeRatePercent(85 + random.nextInt(15))
                        .withWaterScarceArea(random.nextInt(6) == 0)
                        .build())
                .build());
        if (random.nextInt(8) == 0) {
            b.withAssets(Assets.builder().withPrivateCar(random.nextBoolean())
                    .withTownCommercialHousing(random.nextBoolean()).build());
        }
        switch (random.nextInt(3)) {
            case 0 -> b.withStatus(Status.registered(LocalDate.of(2014 + random.nextInt(4), 10, 1)));
            case 1 -> b.withStatus(Status.exited(LocalDate.of(2014, 10, 1),
                    LocalDate.of(2016 + random.nextInt(3), 1 + random.nextInt(12), 1)));
            default -> b.withStatus(Status.notRegistered());
        }
        return b.build();
    }

    /**
     * An income record whose stable per-capita income lies between 0.4 and 2.2 lines, exactly at the line or 1.5
     * lines one time in six, with fen; sometimes one-off transfers and rigid spending on top.
     */
    private static IncomeRecord income(Random random, int year, int members, long line) {
        long perCapitaFen = switch (random.nextInt(6)) {
            case 0 -> line * 100;
            case 1 -> line * 150;
            default -> (long) (line * 100 * (0.4 + 1.8 * random.nextDouble()));
        };
        long stable = perCapitaFen * members + random.nextInt(3) - 1;
        IncomeRecord.Builder r = Households.income(year);
        long recurring = random.nextInt(3) == 0 ? Math.min(stable, 120_000L * (1 + random.nextInt(3))) : 0;
        if (recurring > 0) {
            r.addTransfers(Transfer.of(random.nextBoolean() ? TransferKind.MINIMUM_LIVING_ALLOWANCE
                    : TransferKind.PENSION, Yuan.ofFen(recurring), true));
        }
        long rest = stable - recurring;
        if (rest >= 0 && random.nextInt(8) > 0) {
            r.withWage(Yuan.ofFen(rest));
        } else {
            long gross = Math.max(rest, 0) + random.nextInt(200_000);
            r.withProductionGross(Yuan.ofFen(gross)).withProductionCosts(Yuan.ofFen(gross - rest));
        }
        if (random.nextInt(4) == 0) {
            r.addTransfers(Transfer.of(TransferKind.OTHER, Yuan.ofFen(1 + random.nextInt(300_000)), false));
        }
        if (random.nextInt(4) == 0) {
            r.withMedicalOutOfPocket(Yuan.ofFen(random.nextInt(1_500_000)));
        }
        if (random.nextInt(8) == 0) {
            r.withDisasterLoss(Yuan.ofFen(random.nextInt(1_000_000)));
        }
        return r.build();
    }
}

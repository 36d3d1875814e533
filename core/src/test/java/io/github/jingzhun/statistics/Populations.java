package io.github.jingzhun.statistics;

import io.github.jingzhun.Households;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Relation;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.money.Yuan;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

/** Test data for the statistics: households with chosen income and conditions, and random populations by seed. */
public final class Populations {

    /** The income year of every household here; its national line is 3,218 yuan. */
    static final Year YEAR = Year.of(2019);
    /** Guizhou (WEST, SOUTH zone). */
    static final String GUIZHOU = "522727";
    /** Hebei (EAST, NORTH zone). */
    static final String HEBEI = "130123";

    private static final String[] COUNTIES = {GUIZHOU, HEBEI, "330102", "620102"};
    private static final HousingSafety[] SAFETY = HousingSafety.values();

    private Populations() {}

    /** Seeds of the property tests. */
    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** A household of {@code members} adults in a county, with a 2019 net income of {@code net} yuan. */
    static Household.Builder household(String id, String county, int members, long net) {
        Household.Builder b = Households.household(county).withId(id);
        for (int i = 0; i < members; i++) {
            b.addMembers(Households.adult());
        }
        // A negative net income comes from production costs above gross production income (INC-1).
        return b.addIncome(net >= 0 ? Households.income(2019).withWage(Yuan.of(net)).build()
                : Households.income(2019).withProductionCosts(Yuan.of(-net)).build());
    }

    /** Conditions with food assured or not and a house of the given safety; everything else met. */
    static LivingConditions conditions(boolean food, HousingSafety safety) {
        return Households.goodConditions().withFoodAssured(food).withHousing(Housing.of(safety, true, true)).build();
    }

    /** A random population of 1 to 40 households from a seed. */
    static List<Household> random(long seed) {
        Random random = new Random(seed);
        int count = 1 + random.nextInt(40);
        List<Household> households = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            households.add(random(random, "HH-" + seed + "-" + i));
        }
        return households;
    }

    /**
     * A random household: 1 to 6 members, some of school age (some dropped out), some uninsured; per-capita income
     * around the line, sometimes negative; random food, housing and water; any registration state.
     */
    public static Household random(Random random, String id) {
        Household.Builder b = Households.household(COUNTIES[random.nextInt(COUNTIES.length)]).withId(id);
        int members = 1 + random.nextInt(6);
        for (int i = 0; i < members; i++) {
            boolean child = i > 0 && random.nextInt(3) == 0;
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            if (child) {
                b.addMembers(Households.member(sex, LocalDate.of(2005 + random.nextInt(8), 1 + random.nextInt(12), 1))
                        .withRelation(Relation.CHILD).withLabour(Labour.NONE)
                        .withSchooling(random.nextInt(5) == 0 ? Schooling.DROPPED_OUT : Schooling.ENROLLED)
                        .withMedicalInsurance(random.nextInt(10) > 0).build());
            } else {
                b.addMembers(Households.member(sex, LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1))
                        .withRelation(i == 0 ? Relation.HEAD : Relation.SPOUSE)
                        .withMedicalInsurance(random.nextInt(10) > 0).build());
            }
        }
        // Per-capita net income from −500 to 7,500 yuan with random fen: about half below the 3,218 line.
        long netFen = (random.nextInt(8000) - 500) * 100L * members + random.nextInt(100);
        b.addIncome(netFen >= 0 ? Households.income(2019).withWage(Yuan.ofFen(netFen)).build()
                : Households.income(2019).withProductionGross(Yuan.of(100)).withProductionCosts(
                        Yuan.ofFen(10_000 - netFen)).build());
        b.withConditions(LivingConditions.builder().withFoodAssured(random.nextInt(5) > 0)
                .withClothingAssured(random.nextInt(8) > 0)
                .withHousing(Housing.of(SAFETY[random.nextInt(SAFETY.length)], random.nextInt(4) > 0,
                        random.nextInt(4) > 0))
                .withWater(Water.builder().withQualityMeetsStandard(random.nextInt(8) > 0)
                        .withLitresPerPersonPerDay(40 + random.nextInt(40)).withPipedToYard(random.nextBoolean())
                        .withFetchRoundTripMinutes(5 + random.nextInt(30)).withGuaranteeRatePercent(88 + random.nextInt(12))
                        .build())
                .build());
        if (random.nextInt(10) == 0) {
            b.withAssets(Assets.builder().withPrivateCar(true).build());
        }
        switch (random.nextInt(3)) {
            case 0 -> b.withStatus(Status.registered(LocalDate.of(2014 + random.nextInt(7), 10, 1)));
            case 1 -> b.withStatus(Status.exited(LocalDate.of(2014, 10, 1),
                    LocalDate.of(2016 + random.nextInt(5), 1 + random.nextInt(12), 1)));
            default -> b.withStatus(Status.notRegistered());
        }
        return b.build();
    }
}

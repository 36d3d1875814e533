package io.github.jingzhun.explain;

import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.money.Yuan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies changes to a household, as a user would edit its JSON: each path set to its needed value. Income changes
 * on the same path take the largest change; a shortfall in fen makes each income change that much smaller.
 */
final class Apply {

    private static final Pattern INDEXED = Pattern.compile("\\$\\.(income|members)\\[(\\d+)]\\.(\\w+)");

    private Apply() {}

    static Household changes(Household household, List<Change> changes) {
        return changes(household, changes, 0);
    }

    /** The household with the changes applied, each income change {@code shortFen} fen short of its need. */
    static Household changes(Household household, List<Change> changes, long shortFen) {
        Map<String, Change> byPath = new LinkedHashMap<>();
        for (Change c : changes) {
            if (c.kind() == ChangeKind.PROCEDURE || c.kind() == ChangeKind.TIME || c.kind() == ChangeKind.IMPOSSIBLE) {
                continue;
            }
            // a fact holds one value: two changes of it in one list could not both be applied
            if (byPath.put(c.path(), c) != null) {
                throw new IllegalArgumentException("two changes of " + c.path() + ": " + changes);
            }
        }
        Household h = household;
        for (Change c : byPath.values()) {
            h = set(h, c, shortFen);
        }
        return h;
    }

    private static Household set(Household h, Change c, long shortFen) {
        String needed = c.needed();
        if (needed == null) {
            throw new IllegalArgumentException("nothing to apply: " + c);
        }
        Matcher m = INDEXED.matcher(c.path());
        if (m.matches()) {
            int index = Integer.parseInt(m.group(2));
            String field = m.group(3);
            if (m.group(1).equals("income")) {
                List<IncomeRecord> income = new ArrayList<>(h.getIncome());
                long now = Yuan.parse(c.now()).fen();
                long want = Yuan.parse(needed).fen();
                Yuan value = Yuan.ofFen(want > now ? want - shortFen : want + shortFen);
                IncomeRecord.Builder r = IncomeRecord.builder().from(income.get(index));
                income.set(index, switch (field) {
                    case "wage" -> r.withWage(value).build();
                    case "productionCosts" -> r.withProductionCosts(value).build();
                    case "property" -> r.withProperty(value).build();
                    default -> throw new IllegalArgumentException(c.path());
                });
                return Household.builder().from(h).withIncome(income).build();
            }
            List<Member> members = new ArrayList<>(h.getMembers());
            Member.Builder mm = Member.builder().from(members.get(index));
            boolean flag = Boolean.parseBoolean(needed);
            members.set(index, switch (field) {
                case "schooling" -> mm.withSchooling(Schooling.valueOf(needed)).build();
                case "medicalInsurance" -> mm.withMedicalInsurance(flag).build();
                case "seriousIllnessInsurance" -> mm.withSeriousIllnessInsurance(flag).build();
                case "publicEmployee" -> mm.withPublicEmployee(flag).build();
                case "registeredEnterprise" -> mm.withRegisteredEnterprise(flag).build();
                default -> throw new IllegalArgumentException(c.path());
            });
            return Household.builder().from(h).withMembers(members).build();
        }
        LivingConditions.Builder conditions = LivingConditions.builder().from(h.getConditions());
        Housing.Builder housing = Housing.builder().from(h.getConditions().getHousing());
        Water.Builder water = Water.builder().from(h.getConditions().getWater());
        boolean flag = Boolean.parseBoolean(needed);
        Household.Builder hh = Household.builder().from(h);
        return switch (c.path()) {
            case "$.assets.privateCar" -> hh.withAssets(Assets.builder().from(h.getAssets()).withPrivateCar(flag).build()).build();
            case "$.assets.townCommercialHousing" ->
                    hh.withAssets(Assets.builder().from(h.getAssets()).withTownCommercialHousing(flag).build()).build();
            case "$.conditions.foodAssured" -> hh.withConditions(conditions.withFoodAssured(flag).build()).build();
            case "$.conditions.clothingAssured" -> hh.withConditions(conditions.withClothingAssured(flag).build()).build();
            case "$.conditions.housing.safety" ->
                    hh.withConditions(conditions.withHousing(housing.withSafety(HousingSafety.valueOf(needed)).build()).build()).build();
            case "$.conditions.housing.warmInWinter" ->
                    hh.withConditions(conditions.withHousing(housing.withWarmInWinter(flag).build()).build()).build();
            case "$.conditions.housing.ventilatedAndDampProof" ->
                    hh.withConditions(conditions.withHousing(housing.withVentilatedAndDampProof(flag).build()).build()).build();
            case "$.conditions.water.qualityMeetsStandard" ->
                    hh.withConditions(conditions.withWater(water.withQualityMeetsStandard(flag).build()).build()).build();
            case "$.conditions.water.litresPerPersonPerDay" ->
                    hh.withConditions(conditions.withWater(water.withLitresPerPersonPerDay(Integer.parseInt(needed)).build()).build()).build();
            case "$.conditions.water.pipedToYard" ->
                    hh.withConditions(conditions.withWater(water.withPipedToYard(flag).build()).build()).build();
            case "$.conditions.water.fetchRoundTripMinutes" ->
                    hh.withConditions(conditions.withWater(water.withFetchRoundTripMinutes(Integer.parseInt(needed)).build()).build()).build();
            case "$.conditions.water.guaranteeRatePercent" ->
                    hh.withConditions(conditions.withWater(water.withGuaranteeRatePercent(Integer.parseInt(needed)).build()).build()).build();
            default -> throw new IllegalArgumentException("no such path: " + c.path());
        };
    }
}

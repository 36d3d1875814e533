package io.github.jingzhun.explain;

import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.ImmutableAssets;
import io.github.jingzhun.household.ImmutableHousehold;
import io.github.jingzhun.household.ImmutableHousing;
import io.github.jingzhun.household.ImmutableIncomeRecord;
import io.github.jingzhun.household.ImmutableLivingConditions;
import io.github.jingzhun.household.ImmutableMember;
import io.github.jingzhun.household.ImmutableWater;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Member;
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
            Change other = byPath.get(c.path());
            if (other == null || c.amount() != null && other.amount() != null
                    && Math.abs(c.amount().fen()) > Math.abs(other.amount().fen())) {
                byPath.put(c.path(), c);
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
                ImmutableIncomeRecord r = ImmutableIncomeRecord.copyOf(income.get(index));
                income.set(index, switch (field) {
                    case "wage" -> r.withWage(value);
                    case "productionCosts" -> r.withProductionCosts(value);
                    default -> throw new IllegalArgumentException(c.path());
                });
                return ImmutableHousehold.copyOf(h).withIncome(income);
            }
            List<Member> members = new ArrayList<>(h.getMembers());
            ImmutableMember mm = ImmutableMember.copyOf(members.get(index));
            boolean flag = Boolean.parseBoolean(needed);
            members.set(index, switch (field) {
                case "schooling" -> mm.withSchooling(Schooling.valueOf(needed));
                case "medicalInsurance" -> mm.withMedicalInsurance(flag);
                case "seriousIllnessInsurance" -> mm.withSeriousIllnessInsurance(flag);
                case "publicEmployee" -> mm.withPublicEmployee(flag);
                case "registeredEnterprise" -> mm.withRegisteredEnterprise(flag);
                default -> throw new IllegalArgumentException(c.path());
            });
            return ImmutableHousehold.copyOf(h).withMembers(members);
        }
        ImmutableLivingConditions conditions = ImmutableLivingConditions.copyOf(h.getConditions());
        ImmutableHousing housing = ImmutableHousing.copyOf(conditions.getHousing());
        ImmutableWater water = ImmutableWater.copyOf(conditions.getWater());
        boolean flag = Boolean.parseBoolean(needed);
        ImmutableHousehold hh = ImmutableHousehold.copyOf(h);
        return switch (c.path()) {
            case "$.assets.privateCar" -> hh.withAssets(ImmutableAssets.copyOf(h.getAssets()).withPrivateCar(flag));
            case "$.assets.townCommercialHousing" ->
                    hh.withAssets(ImmutableAssets.copyOf(h.getAssets()).withTownCommercialHousing(flag));
            case "$.conditions.foodAssured" -> hh.withConditions(conditions.withFoodAssured(flag));
            case "$.conditions.clothingAssured" -> hh.withConditions(conditions.withClothingAssured(flag));
            case "$.conditions.housing.safety" ->
                    hh.withConditions(conditions.withHousing(housing.withSafety(HousingSafety.valueOf(needed))));
            case "$.conditions.housing.warmInWinter" ->
                    hh.withConditions(conditions.withHousing(housing.withWarmInWinter(flag)));
            case "$.conditions.housing.ventilatedAndDampProof" ->
                    hh.withConditions(conditions.withHousing(housing.withVentilatedAndDampProof(flag)));
            case "$.conditions.water.qualityMeetsStandard" ->
                    hh.withConditions(conditions.withWater(water.withQualityMeetsStandard(flag)));
            case "$.conditions.water.litresPerPersonPerDay" ->
                    hh.withConditions(conditions.withWater(water.withLitresPerPersonPerDay(Integer.parseInt(needed))));
            case "$.conditions.water.pipedToYard" ->
                    hh.withConditions(conditions.withWater(water.withPipedToYard(flag)));
            case "$.conditions.water.fetchRoundTripMinutes" ->
                    hh.withConditions(conditions.withWater(water.withFetchRoundTripMinutes(Integer.parseInt(needed))));
            case "$.conditions.water.guaranteeRatePercent" ->
                    hh.withConditions(conditions.withWater(water.withGuaranteeRatePercent(Integer.parseInt(needed))));
            default -> throw new IllegalArgumentException("no such path: " + c.path());
        };
    }
}

package io.github.jingzhun.indicator;

import io.github.jingzhun.area.ClimateZone;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Labelled;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The indicators of POLICY.md §4 as pure functions of a household and the year's parameters. Each criterion is
 * its own finding; an indicator is MET when all its findings pass.
 */
public final class Indicators {

    private static final Wording FOOD_ASSURED = Wording.of("Food is assured", "不愁吃");
    private static final Wording FOOD_NOT_ASSURED = Wording.of("Food is not assured", "吃饭未得到保障");
    private static final Wording CLOTHING_ASSURED = Wording.of(
            "Clothing, seasonal clothes and bedding, is assured", "不愁穿（四季衣物和被褥）");
    private static final Wording CLOTHING_NOT_ASSURED = Wording.of(
            "Clothing, seasonal clothes and bedding, is not assured", "穿衣（四季衣物和被褥）未得到保障");
    private static final Wording IN_SCHOOL = Wording.of(
            "{subject}, aged {observed} on the reference day, is in compulsory education",
            "{subject}在义务教育年龄（{observed}岁），正在接受义务教育");
    private static final Wording DROPPED_OUT = Wording.of(
            "{subject}, aged {observed} on the reference day, has dropped out of compulsory education",
            "{subject}在义务教育年龄（{observed}岁），已辍学");
    private static final Wording NOT_ENROLLED = Wording.of(
            "{subject}, aged {observed} on the reference day, is not enrolled in compulsory education",
            "{subject}在义务教育年龄（{observed}岁），未入学");
    private static final Wording NO_SCHOOL_AGE = Wording.of(
            "No member is of compulsory-education age", "家中无义务教育阶段适龄成员");
    private static final Wording NOT_INSURED = Wording.of(
            "{subject} is not enrolled in basic medical insurance", "{subject}未参加基本医疗保险");
    private static final Wording NOT_COVERED_SERIOUS = Wording.of(
            "{subject} has a serious illness but no serious-illness insurance", "{subject}患大病但未参加大病保险");
    private static final Wording ALL_INSURED = Wording.of(
            "Every member ({observed}) has basic medical insurance, and any seriously ill member serious-illness cover",
            "全家{observed}人均参加基本医疗保险，大病患者均有大病保险");
    private static final Wording HOUSE_SAFE = Wording.of(
            "The dwelling is {subject}", "住房{subject}",
            Labelled.english(HousingSafety.class), Labelled.chinese(HousingSafety.class));
    private static final Wording HOUSE_UNSAFE = Wording.of(
            "The dwelling is {subject}: not a guaranteed safe house", "住房{subject}，住房安全未得到保障",
            Labelled.english(HousingSafety.class), Labelled.chinese(HousingSafety.class));
    private static final Wording WARM = Wording.of(
            "The dwelling keeps warm in winter, as the NORTH zone requires", "住房冬季保暖，符合北方要求");
    private static final Wording NOT_WARM = Wording.of(
            "The dwelling does not keep warm in winter, as the NORTH zone requires", "住房冬季不保暖，不符合北方要求");
    private static final Wording VENTILATED = Wording.of(
            "The dwelling is ventilated and damp-proof, as the SOUTH zone requires", "住房通风防潮，符合南方要求");
    private static final Wording NOT_VENTILATED = Wording.of(
            "The dwelling is not ventilated and damp-proof, as the SOUTH zone requires",
            "住房不通风防潮，不符合南方要求");
    private static final Wording QUALITY_MET = Wording.of(
            "Drinking water quality meets the standard", "饮用水水质达标");
    private static final Wording QUALITY_UNMET = Wording.of(
            "Drinking water quality does not meet the standard", "饮用水水质不达标");
    private static final Wording QUANTITY_MET = Wording.of(
            "Water quantity {observed} litres per person per day is at least {threshold}",
            "水量每人每天{observed}升，不低于{threshold}升");
    private static final Wording QUANTITY_UNMET = Wording.of(
            "Water quantity {observed} litres per person per day is below {threshold}",
            "水量每人每天{observed}升，低于{threshold}升");
    private static final Wording PIPED = Wording.of("Water is piped to the yard", "自来水入户");
    private static final Wording TRIP_MET = Wording.of(
            "A round trip to fetch water takes {observed} minutes, at most {threshold}",
            "取水往返{observed}分钟，不超过{threshold}分钟");
    private static final Wording TRIP_UNMET = Wording.of(
            "A round trip to fetch water takes {observed} minutes, more than {threshold}",
            "取水往返{observed}分钟，超过{threshold}分钟");
    private static final Wording TRIP_UNKNOWN = Wording.of(
            "Water is not piped to the yard and the round trip to fetch it was not surveyed",
            "自来水未入户，且未调查取水往返时间");
    private static final Wording GUARANTEE_MET = Wording.of(
            "Water supply guarantee rate {observed}% is at least {threshold}%", "供水保证率{observed}%，不低于{threshold}%");
    private static final Wording GUARANTEE_UNMET = Wording.of(
            "Water supply guarantee rate {observed}% is below {threshold}%", "供水保证率{observed}%，低于{threshold}%");

    private Indicators() {}

    /**
     * Evaluates all six indicators for a household in an income year.
     *
     * @param household the household, not null
     * @param parameters the year's parameters, not null
     * @return the report, not null
     */
    public static IndicatorReport evaluate(Household household, YearParameters parameters) {
        IndicatorResult[] results = {
            food(household),
            clothing(household),
            education(household, parameters),
            medical(household),
            housing(household, parameters),
            water(household, parameters)
        };
        return IndicatorReport.ofArray(results);
    }

    /**
     * IND-FOOD: food assured, a surveyed fact.
     *
     * @param household the household, not null
     * @return the result, not null
     */
    public static IndicatorResult food(Household household) {
        boolean assured = household.getConditions().isFoodAssured();
        return IndicatorResult.of(Indicator.FOOD,
                Finding.of(Rule.IND_FOOD, assured, null, assured ? FOOD_ASSURED : FOOD_NOT_ASSURED));
    }

    /**
     * IND-CLOTHING: clothing (seasonal clothes and bedding) assured, a surveyed fact.
     *
     * @param household the household, not null
     * @return the result, not null
     */
    public static IndicatorResult clothing(Household household) {
        boolean assured = household.getConditions().isClothingAssured();
        return IndicatorResult.of(Indicator.CLOTHING,
                Finding.of(Rule.IND_CLOTHING, assured, null, assured ? CLOTHING_ASSURED : CLOTHING_NOT_ASSURED));
    }

    /**
     * IND-EDU: every member of compulsory-education age (6 to 15 inclusive on 1 September of the year, by
     * default) is ENROLLED or in HOME_TUITION; with no member of that age, NOT_APPLICABLE.
     *
     * @param household the household, not null
     * @param parameters the year's parameters, not null
     * @return the result, not null
     */
    public static IndicatorResult education(Household household, YearParameters parameters) {
        LocalDate reference = parameters.year().atMonthDay(parameters.educationReferenceDay());
        int youngest = parameters.intValue(ParameterKey.EDUCATION_AGE_MIN);
        int oldest = parameters.intValue(ParameterKey.EDUCATION_AGE_MAX);
        List<Member> members = household.getMembers();
        List<Finding> findings = new ArrayList<>(2);
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            int age = member.ageOn(reference);
            if (age < youngest || age > oldest) {
                continue;
            }
            Schooling schooling = member.getSchooling();
            Wording wording = schooling.isEducated() ? IN_SCHOOL
                    : schooling == Schooling.DROPPED_OUT ? DROPPED_OUT : NOT_ENROLLED;
            findings.add(Finding.of(Rule.IND_EDU, schooling.isEducated(), BigDecimal.valueOf(age), null,
                    Household.memberRef(i), wording));
        }
        if (findings.isEmpty()) {
            return new IndicatorResult(Indicator.EDUCATION, IndicatorStatus.NOT_APPLICABLE,
                    List.of(Finding.of(Rule.IND_EDU, true, null, NO_SCHOOL_AGE)));
        }
        return IndicatorResult.of(Indicator.EDUCATION, findings);
    }

    /**
     * IND-MED: every member is enrolled in basic medical insurance, and members with SERIOUS_ILLNESS are also
     * covered by serious-illness insurance.
     *
     * @param household the household, not null
     * @return the result, not null
     */
    public static IndicatorResult medical(Household household) {
        List<Member> members = household.getMembers();
        List<Finding> gaps = new ArrayList<>(0);
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            if (!member.isMedicalInsurance()) {
                gaps.add(Finding.of(Rule.IND_MED, false, Household.memberRef(i), NOT_INSURED));
            }
            if (member.getHealth() == Health.SERIOUS_ILLNESS && !member.isSeriousIllnessInsurance()) {
                gaps.add(Finding.of(Rule.IND_MED, false, Household.memberRef(i), NOT_COVERED_SERIOUS));
            }
        }
        if (gaps.isEmpty()) {
            return IndicatorResult.of(Indicator.MEDICAL,
                    Finding.of(Rule.IND_MED, true, BigDecimal.valueOf(members.size()), null, null, ALL_INSURED));
        }
        return IndicatorResult.of(Indicator.MEDICAL, gaps);
    }

    /**
     * IND-HOUSE: the dwelling is appraised SAFE, RENOVATED or RESETTLEMENT (an UNASSESSED house is not a
     * guaranteed house), and fits its climate zone: warm in winter in the NORTH, ventilated and damp-proof in the
     * SOUTH.
     *
     * @param household the household, not null
     * @param parameters the year's parameters, giving the geography, not null
     * @return the result, not null
     */
    public static IndicatorResult housing(Household household, YearParameters parameters) {
        Housing housing = household.getConditions().getHousing();
        boolean safe = housing.getSafety().isSafe();
        Finding appraisal = Finding.of(Rule.IND_HOUSE, safe, housing.getSafety().name(),
                safe ? HOUSE_SAFE : HOUSE_UNSAFE);
        if (!safe) {
            return IndicatorResult.of(Indicator.HOUSING, appraisal);
        }
        ClimateZone zone = parameters.geography().climateZone(household.getArea().getCounty());
        Finding climate;
        if (zone == ClimateZone.NORTH) {
            boolean warm = housing.isWarmInWinter();
            climate = Finding.of(Rule.IND_HOUSE, warm, null, warm ? WARM : NOT_WARM);
        } else {
            boolean ventilated = housing.isVentilatedAndDampProof();
            climate = Finding.of(Rule.IND_HOUSE, ventilated, null, ventilated ? VENTILATED : NOT_VENTILATED);
        }
        return IndicatorResult.of(Indicator.HOUSING, appraisal, climate);
    }

    /**
     * IND-WATER [WATER2018]: quality meets the standard; quantity at least 60 litres per person per day (40 in
     * water-scarce areas); piped to the yard or a round trip to fetch water of at most 20 minutes; supply
     * guarantee rate at least 95% (90% in water-scarce areas). Each criterion is its own finding.
     *
     * @param household the household, not null
     * @param parameters the year's parameters, not null
     * @return the result, not null
     */
    public static IndicatorResult water(Household household, YearParameters parameters) {
        Water water = household.getConditions().getWater();
        boolean scarce = water.isWaterScarceArea();

        boolean quality = water.isQualityMeetsStandard();
        Finding qualityFinding = Finding.of(Rule.IND_WATER, quality, null, quality ? QUALITY_MET : QUALITY_UNMET);

        BigDecimal minLitres = parameters.value(scarce ? ParameterKey.WATER_LITRES_MIN_SCARCE
                : ParameterKey.WATER_LITRES_MIN);
        BigDecimal litres = BigDecimal.valueOf(water.getLitresPerPersonPerDay());
        boolean enough = litres.compareTo(minLitres) >= 0;
        Finding quantity = Finding.of(Rule.IND_WATER, enough, litres, minLitres, null,
                enough ? QUANTITY_MET : QUANTITY_UNMET);

        Finding access;
        Integer minutes = water.getFetchRoundTripMinutes();
        if (water.isPipedToYard()) {
            access = Finding.of(Rule.IND_WATER, true, null, PIPED);
        } else if (minutes == null) {
            access = Finding.of(Rule.IND_WATER, false, null, TRIP_UNKNOWN);
        } else {
            BigDecimal maxMinutes = parameters.value(ParameterKey.WATER_ROUND_TRIP_MINUTES_MAX);
            BigDecimal observed = BigDecimal.valueOf(minutes);
            boolean near = observed.compareTo(maxMinutes) <= 0;
            access = Finding.of(Rule.IND_WATER, near, observed, maxMinutes, null, near ? TRIP_MET : TRIP_UNMET);
        }

        BigDecimal minRate = parameters.value(scarce ? ParameterKey.WATER_GUARANTEE_PERCENT_MIN_SCARCE
                : ParameterKey.WATER_GUARANTEE_PERCENT_MIN);
        BigDecimal rate = BigDecimal.valueOf(water.getGuaranteeRatePercent());
        boolean reliable = rate.compareTo(minRate) >= 0;
        Finding guarantee = Finding.of(Rule.IND_WATER, reliable, rate, minRate, null,
                reliable ? GUARANTEE_MET : GUARANTEE_UNMET);

        return IndicatorResult.of(Indicator.WATER, qualityFinding, quantity, access, guarantee);
    }
}

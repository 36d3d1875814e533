package io.github.jingzhun.indicator;

import static io.github.jingzhun.indicator.Wordings.*;

import io.github.jingzhun.area.ClimateZone;
import io.github.jingzhun.decision.Finding;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The guarantee indicators (IND-*) as pure functions of a household and the year's parameters. Each criterion is
 * its own finding; an indicator is MET when all its findings pass. An indicator whose findings differ from household
 * to household is decided at once and explained when its findings are first read ({@link IndicatorFindings}).
 */
public final class Indicators {


    // Surveyed facts without numbers read the same for every household: their findings and results are shared.
    private static final IndicatorResult FOOD_MET = IndicatorResult.of(Indicator.FOOD,
            List.of(Finding.of(Rule.IND_FOOD, true, null, FOOD_ASSURED)));
    private static final IndicatorResult FOOD_UNMET = IndicatorResult.of(Indicator.FOOD,
            List.of(Finding.of(Rule.IND_FOOD, false, null, FOOD_NOT_ASSURED)));
    private static final IndicatorResult CLOTHING_MET = IndicatorResult.of(Indicator.CLOTHING,
            List.of(Finding.of(Rule.IND_CLOTHING, true, null, CLOTHING_ASSURED)));
    private static final IndicatorResult CLOTHING_UNMET = IndicatorResult.of(Indicator.CLOTHING,
            List.of(Finding.of(Rule.IND_CLOTHING, false, null, CLOTHING_NOT_ASSURED)));
    private static final IndicatorResult NO_EDUCATION_AGE = new IndicatorResult(Indicator.EDUCATION,
            IndicatorStatus.NOT_APPLICABLE, List.of(Finding.of(Rule.IND_EDU, true, null, NO_SCHOOL_AGE)));
    /** By appraisal and, for a safe house, climate: warm, not warm, ventilated, not ventilated. */
    private static final IndicatorResult[][] HOUSING_RESULTS = housingResults();
    // Each criterion's findings name it as their subject: without their messages, two failures read apart.
    private static final String QUALITY = "quality";
    private static final String QUANTITY = "quantity";
    private static final String ACCESS = "access";
    private static final String GUARANTEE = "guarantee";
    private static final Finding QUALITY_MET_FINDING = Finding.of(Rule.IND_WATER, true, QUALITY, QUALITY_MET);
    private static final Finding QUALITY_UNMET_FINDING = Finding.of(Rule.IND_WATER, false, QUALITY, QUALITY_UNMET);
    private static final Finding PIPED_FINDING = Finding.of(Rule.IND_WATER, true, ACCESS, PIPED);
    private static final Finding TRIP_UNKNOWN_FINDING = Finding.of(Rule.IND_WATER, false, ACCESS, TRIP_UNKNOWN);
    /** IND-MED met, by the number of members insured, for households of up to 15 members: shared, as above. */
    private static final IndicatorResult[] ALL_INSURED_RESULTS = new IndicatorResult[16];

    static {
        for (int members = 0; members < ALL_INSURED_RESULTS.length; members++) {
            ALL_INSURED_RESULTS[members] = allInsured(members);
        }
    }

    private Indicators() {}

    private static IndicatorResult[][] housingResults() {
        Finding[] climate = {
            Finding.of(Rule.IND_HOUSE, true, "warmth", WARM),
            Finding.of(Rule.IND_HOUSE, false, "warmth", NOT_WARM),
            Finding.of(Rule.IND_HOUSE, true, "ventilation", VENTILATED),
            Finding.of(Rule.IND_HOUSE, false, "ventilation", NOT_VENTILATED),
        };
        HousingSafety[] safeties = HousingSafety.values();
        IndicatorResult[][] results = new IndicatorResult[safeties.length][climate.length];
        for (HousingSafety safety : safeties) {
            boolean safe = safety.isSafe();
            Finding appraisal = Finding.of(Rule.IND_HOUSE, safe, safety.name(), safe ? HOUSE_SAFE : HOUSE_UNSAFE);
            for (int c = 0; c < climate.length; c++) {
                results[safety.ordinal()][c] = IndicatorResult.of(Indicator.HOUSING,
                        safe ? List.of(appraisal, climate[c]) : List.of(appraisal));
            }
        }
        return results;
    }

    /**
     * Evaluates all six indicators for a household in an income year.
     *
     * @param household the household, not null
     * @param parameters the year's parameters, not null
     * @return the report, not null
     */
    public static IndicatorReport evaluate(Household household, YearParameters parameters) {
        return new IndicatorReport(food(household), clothing(household), education(household, parameters),
                medical(household), housing(household, parameters), water(household, parameters));
    }

    /**
     * IND-FOOD: food assured, a surveyed fact.
     *
     * @param household the household, not null
     * @return the result, not null
     */
    public static IndicatorResult food(Household household) {
        return household.getConditions().isFoodAssured() ? FOOD_MET : FOOD_UNMET;
    }

    /**
     * IND-CLOTHING: clothing (seasonal clothes and bedding) assured, a surveyed fact.
     *
     * @param household the household, not null
     * @return the result, not null
     */
    public static IndicatorResult clothing(Household household) {
        return household.getConditions().isClothingAssured() ? CLOTHING_MET : CLOTHING_UNMET;
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
        IndicatorStatus status = education(household, parameters, null, null, false);
        return status == IndicatorStatus.NOT_APPLICABLE ? NO_EDUCATION_AGE
                : new IndicatorResult(Indicator.EDUCATION, status,
                        new IndicatorFindings.Education(household, parameters));
    }

    /**
     * IND-EDU, member by member: the status; with findings, each member of compulsory-education age is also
     * explained; with named, each such member in school (or out of it, as asked) is also named.
     */
    private static IndicatorStatus education(Household household, YearParameters parameters,
            @Nullable List<Finding> findings, @Nullable List<String> named, boolean inSchool) {
        LocalDate reference = parameters.educationReferenceDate();
        int youngest = parameters.intValue(ParameterKey.EDUCATION_AGE_MIN);
        int oldest = parameters.intValue(ParameterKey.EDUCATION_AGE_MAX);
        List<Member> members = household.getMembers();
        IndicatorStatus status = IndicatorStatus.NOT_APPLICABLE;
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            int age = member.ageOn(reference);
            if (age < youngest || age > oldest) {
                continue;
            }
            Schooling schooling = member.getSchooling();
            boolean educated = schooling.isEducated();
            if (findings != null) {
                Wording wording = educated ? IN_SCHOOL
                        : schooling == Schooling.DROPPED_OUT ? DROPPED_OUT : NOT_ENROLLED;
                findings.add(Finding.of(Rule.IND_EDU, educated, age, null, Household.memberRef(i), wording));
            }
            if (named != null && educated == inSchool) {
                named.add(Household.memberRef(i));
            }
            status = !educated ? IndicatorStatus.UNMET
                    : status == IndicatorStatus.NOT_APPLICABLE ? IndicatorStatus.MET : status;
        }
        return status;
    }

    /** IND-EDU's findings, built when first read: one per member of compulsory-education age. */
    static List<Finding> educationFindings(Household household, YearParameters parameters) {
        List<Finding> findings = new ArrayList<>(2);
        education(household, parameters, findings, null, false);
        return findings;
    }

    /** IND-WATER's findings, built when first read: one per criterion. */
    static List<Finding> waterFindings(Water water, YearParameters parameters) {
        return List.of(waterQuality(water), waterQuantity(water, parameters), waterAccess(water, parameters),
                waterGuarantee(water, parameters));
    }

    /**
     * The members of compulsory-education age in school, or out of it, as IND-EDU's findings name them, without
     * building the findings.
     */
    static List<String> schoolAge(Household household, YearParameters parameters, boolean inSchool) {
        List<String> named = new ArrayList<>(2);  // most households have one or two children of school age
        education(household, parameters, null, named, inSchool);
        return named;
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
        List<Finding> gaps = null;  // made on the first gap: most households have none
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            if (!member.isMedicalInsurance()) {
                gaps = gaps != null ? gaps : new ArrayList<>(2);
                gaps.add(Finding.of(Rule.IND_MED, false, Household.memberRef(i), NOT_INSURED));
            }
            if (member.getHealth() == Health.SERIOUS_ILLNESS && !member.isSeriousIllnessInsurance()) {
                gaps = gaps != null ? gaps : new ArrayList<>(2);
                gaps.add(Finding.of(Rule.IND_MED, false, Household.memberRef(i), NOT_COVERED_SERIOUS));
            }
        }
        if (gaps == null) {
            int insured = members.size();
            return insured < ALL_INSURED_RESULTS.length ? ALL_INSURED_RESULTS[insured] : allInsured(insured);
        }
        return IndicatorResult.of(Indicator.MEDICAL, gaps);
    }

    private static IndicatorResult allInsured(int members) {
        return IndicatorResult.of(Indicator.MEDICAL,
                List.of(Finding.of(Rule.IND_MED, true, members, null, null, ALL_INSURED)));
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
        IndicatorResult[] bySafety = HOUSING_RESULTS[housing.getSafety().ordinal()];
        if (!housing.getSafety().isSafe()) {
            return bySafety[0];
        }
        ClimateZone zone = parameters.geography().climateZone(household.getArea().getCounty());
        if (zone == ClimateZone.NORTH) {
            return bySafety[housing.isWarmInWinter() ? 0 : 1];
        }
        return bySafety[housing.isVentilatedAndDampProof() ? 2 : 3];
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
        // Each criterion as its finding below decides it; the findings are built when first read.
        boolean met = water.isQualityMeetsStandard() && isEnough(water, parameters) && isNear(water, parameters)
                && isReliable(water, parameters);
        return new IndicatorResult(Indicator.WATER, met ? IndicatorStatus.MET : IndicatorStatus.UNMET,
                new IndicatorFindings.Water(household, parameters));
    }

    /**
     * IND-WATER's first criterion: the drinking water's quality meets the standard.
     *
     * @param water the household's water, not null
     * @return the finding, not null
     */
    public static Finding waterQuality(Water water) {
        return water.isQualityMeetsStandard() ? QUALITY_MET_FINDING : QUALITY_UNMET_FINDING;
    }

    /**
     * IND-WATER's second criterion: at least the least litres per person per day (fewer in water-scarce areas).
     *
     * @param water the household's water, not null
     * @param parameters the year's parameters, not null
     * @return the finding, observed the litres and threshold the least, not null
     */
    public static Finding waterQuantity(Water water, YearParameters parameters) {
        boolean enough = isEnough(water, parameters);
        return Finding.of(Rule.IND_WATER, enough, water.getLitresPerPersonPerDay(),
                parameters.value(minLitres(water)), QUANTITY, enough ? QUANTITY_MET : QUANTITY_UNMET);
    }

    private static ParameterKey minLitres(Water water) {
        return water.isWaterScarceArea() ? ParameterKey.WATER_LITRES_MIN_SCARCE : ParameterKey.WATER_LITRES_MIN;
    }

    private static boolean isEnough(Water water, YearParameters parameters) {
        return parameters.compare(water.getLitresPerPersonPerDay(), minLitres(water)) >= 0;
    }

    /**
     * IND-WATER's third criterion: piped to the yard, or a surveyed round trip to fetch water of at most the most
     * minutes.
     *
     * @param water the household's water, not null
     * @param parameters the year's parameters, not null
     * @return the finding, observed the minutes and threshold the most when not piped and surveyed, not null
     */
    public static Finding waterAccess(Water water, YearParameters parameters) {
        Integer minutes = water.getFetchRoundTripMinutes();
        if (water.isPipedToYard()) {
            return PIPED_FINDING;
        } else if (minutes == null) {
            return TRIP_UNKNOWN_FINDING;
        }
        boolean near = isNear(water, parameters);
        return Finding.of(Rule.IND_WATER, near, minutes, parameters.value(ParameterKey.WATER_ROUND_TRIP_MINUTES_MAX),
                ACCESS, near ? TRIP_MET : TRIP_UNMET);
    }

    private static boolean isNear(Water water, YearParameters parameters) {
        Integer minutes = water.getFetchRoundTripMinutes();
        return water.isPipedToYard()
                || minutes != null && parameters.compare(minutes, ParameterKey.WATER_ROUND_TRIP_MINUTES_MAX) <= 0;
    }

    /**
     * IND-WATER's fourth criterion: a supply guarantee rate of at least the least percent (less in water-scarce
     * areas).
     *
     * @param water the household's water, not null
     * @param parameters the year's parameters, not null
     * @return the finding, observed the rate and threshold the least, not null
     */
    public static Finding waterGuarantee(Water water, YearParameters parameters) {
        boolean reliable = isReliable(water, parameters);
        return Finding.of(Rule.IND_WATER, reliable, water.getGuaranteeRatePercent(), parameters.value(minRate(water)),
                GUARANTEE, reliable ? GUARANTEE_MET : GUARANTEE_UNMET);
    }

    private static ParameterKey minRate(Water water) {
        return water.isWaterScarceArea() ? ParameterKey.WATER_GUARANTEE_PERCENT_MIN_SCARCE
                : ParameterKey.WATER_GUARANTEE_PERCENT_MIN;
    }

    private static boolean isReliable(Water water, YearParameters parameters) {
        return parameters.compare(water.getGuaranteeRatePercent(), minRate(water)) >= 0;
    }
}

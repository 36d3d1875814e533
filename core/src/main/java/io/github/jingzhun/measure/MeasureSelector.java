package io.github.jingzhun.measure;

import static io.github.jingzhun.measure.Wordings.*;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.Causes;
import io.github.jingzhun.household.Education;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Location;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Categorised, targeted measures (MS-1..14): a pure selection from a household, its area and the parameters
 * to a {@link MeasurePlan}. Each measure states the rule that selected it, what it addresses and its priority;
 * the plan reports whatever it cannot address (MS-14).
 */
public final class MeasureSelector {

    /** In enum order; a list, as iterating it allocates nothing. */
    private static final List<Cause> INFRASTRUCTURE_CAUSES =
            List.of(Cause.LACK_OF_LAND, Cause.LACK_OF_WATER, Cause.POOR_TRANSPORT);

    // Measures and findings that read the same for every household they apply to are shared: they are immutable.
    private static final Measure RELOCATE_IN_PLACE = new Measure(MeasureCategory.PRODUCTION, Rule.MS_3,
            Priority.DEVELOPMENT.rank(), List.of("inhospitableArea"));
    private static final Measure HOUSING_MEASURE = new Measure(MeasureCategory.HOUSING, Rule.MS_10,
            Priority.URGENT.rank(), List.of("HOUSING"));
    private static final Measure WATER_MEASURE = new Measure(MeasureCategory.WATER, Rule.MS_11,
            Priority.URGENT.rank(), List.of("WATER"));
    private static final Measure ECO_JOB = new Measure(MeasureCategory.ECOLOGICAL, Rule.MS_4,
            Priority.DEVELOPMENT.rank(), List.of("ecologicalZone"));
    private static final Measure SKILLS_TRAINING = new Measure(MeasureCategory.SKILLS_TRAINING, Rule.MS_8,
            Priority.DEVELOPMENT.rank(), List.of(Cause.LACK_OF_SKILLS.name()));
    private static final Measure EMPLOYMENT = new Measure(MeasureCategory.EMPLOYMENT, Rule.MS_8,
            Priority.DEVELOPMENT.rank(), List.of(Cause.LACK_OF_SKILLS.name()));
    private static final Measure MICROCREDIT = new Measure(MeasureCategory.MICROCREDIT, Rule.MS_9,
            Priority.DEVELOPMENT.rank(), List.of(Cause.LACK_OF_CAPITAL.name()));
    private static final Measure MOTIVATION = new Measure(MeasureCategory.MOTIVATION, Rule.MS_12,
            Priority.DEVELOPMENT.rank(), List.of(Cause.LACK_OF_MOTIVATION.name()));
    private static final Measure PRODUCTION = new Measure(MeasureCategory.PRODUCTION, Rule.MS_1,
            Priority.DEVELOPMENT.rank(), List.of("labourCapacity"));
    private static final Measure ILLNESS_MEASURE = new Measure(MeasureCategory.HEALTH, Rule.MS_6,
            Priority.SUPPORT.rank(), List.of(Cause.ILLNESS.name()));
    private static final Measure DISABILITY_MEASURE = new Measure(MeasureCategory.DISABILITY, Rule.MS_7,
            Priority.SUPPORT.rank(), List.of(Cause.DISABILITY.name()));
    private static final Measure EDUCATION_COSTS_MEASURE = new Measure(MeasureCategory.EDUCATION, Rule.MS_5,
            Priority.SUBSIDY.rank(), List.of(Cause.EDUCATION_COSTS.name()));
    /** MS-2, by the bits of the food (1) and clothing (2) gaps it also addresses. */
    private static final Measure[] SAFETY_NET = new Measure[4];
    /** MS-3 with consent, without and with a housing gap. */
    private static final Measure[] RELOCATION = new Measure[2];
    /** MS-13, by the bits of the {@link #INFRASTRUCTURE_CAUSES} registered, by their index. */
    private static final Measure[] ASSET_INCOME = new Measure[1 << INFRASTRUCTURE_CAUSES.size()];
    private static final Finding RELOCATION_CONSENTED_FINDING = Finding.of(Rule.MS_3, true, null,
            RELOCATION_CONSENTED);
    private static final Finding NO_CONSENT_FINDING = Finding.of(Rule.MS_3, false, null, NO_CONSENT);
    private static final Finding WORK_NOT_HANDOUT_FINDING = Finding.of(Rule.MS_12, true, null, WORK_NOT_HANDOUT);
    private static final Finding ALL_COVERED_FINDING = Finding.of(Rule.MS_14, true, null, ALL_COVERED);
    private static final Finding[] UNADDRESSED_CAUSES = new Finding[Cause.values().length];
    private static final Finding[] UNADDRESSED_GAPS = new Finding[Indicator.values().length];

    static {
        for (int bits = 0; bits < SAFETY_NET.length; bits++) {
            List<String> addresses = new ArrayList<>(List.of(Cause.LACK_OF_LABOUR.name()));
            if ((bits & 1) != 0) {
                addresses.add(Indicator.FOOD.name());
            }
            if ((bits & 2) != 0) {
                addresses.add(Indicator.CLOTHING.name());
            }
            SAFETY_NET[bits] = new Measure(MeasureCategory.SOCIAL_SECURITY, Rule.MS_2, Priority.URGENT.rank(),
                    addresses);
        }
        RELOCATION[0] = new Measure(MeasureCategory.RELOCATION, Rule.MS_3, Priority.SUPPORT.rank(),
                List.of("inhospitableArea"));
        RELOCATION[1] = new Measure(MeasureCategory.RELOCATION, Rule.MS_3, Priority.SUPPORT.rank(),
                List.of("inhospitableArea", Indicator.HOUSING.name()));
        for (int bits = 1; bits < ASSET_INCOME.length; bits++) {
            List<String> addresses = new ArrayList<>(INFRASTRUCTURE_CAUSES.size());
            for (int i = 0; i < INFRASTRUCTURE_CAUSES.size(); i++) {
                if ((bits & 1 << i) != 0) {
                    addresses.add(INFRASTRUCTURE_CAUSES.get(i).name());
                }
            }
            ASSET_INCOME[bits] = new Measure(MeasureCategory.ASSET_INCOME, Rule.MS_13, Priority.DEVELOPMENT.rank(),
                    addresses);
        }
        for (Cause cause : Cause.values()) {
            UNADDRESSED_CAUSES[cause.ordinal()] = Finding.of(Rule.MS_14, false, cause.name(), reason(cause));
        }
        for (Indicator gap : Indicator.values()) {
            UNADDRESSED_GAPS[gap.ordinal()] = Finding.of(Rule.MS_14, false, gap.name(), NO_GAP_MEASURE);
        }
    }

    private MeasureSelector() {}

    /**
     * Selects the measures for a household.
     *
     * @param household the household, not null
     * @param parameters the year's parameters, not null
     * @param indicators the household's indicators for the year, not null
     * @return the plan, most urgent measures first, not null
     */
    public static MeasurePlan select(Household household, YearParameters parameters, IndicatorReport indicators) {
        // The measures now; the findings when first read, from the same facts and measures (MeasureFindings).
        MeasureList measures = measures(household, parameters, indicators);
        return new MeasurePlan(measures, new MeasureFindings(household, parameters, indicators, measures));
    }

    /**
     * The findings of a plan, in the order they read: consent to relocation (MS-3), the terms of the microcredit
     * selected (MS-9), work, not handouts, for motivation (MS-12), the village's needs behind asset income (MS-13),
     * each student beyond compulsory-education age subsidised (MS-5), and coverage (MS-14).
     */
    static List<Finding> explain(Household household, YearParameters parameters, IndicatorReport indicators,
            List<Measure> measures) {
        List<Finding> findings = new ArrayList<>(4);
        Location location = household.getLocation();
        if (location.isInhospitableArea()) {
            findings.add(location.isConsentsToRelocation() ? RELOCATION_CONSENTED_FINDING : NO_CONSENT_FINDING);
        }
        if (selected(measures, Rule.MS_9) != null) {
            findings.add(Finding.of(Rule.MS_9, true, null,
                    parameters.amount(ParameterKey.MICROCREDIT_MAX_YUAN).toBigDecimal(),
                    parameters.value(ParameterKey.MICROCREDIT_MAX_YEARS).toPlainString(), MICROCREDIT_TERMS));
        }
        if (selected(measures, Rule.MS_12) != null) {
            findings.add(WORK_NOT_HANDOUT_FINDING);
        }
        Measure assetIncome = selected(measures, Rule.MS_13);
        if (assetIncome != null) {
            findings.add(Finding.of(Rule.MS_13, true, String.join(", ", assetIncome.addresses()), VILLAGE_NEED));
        }
        rainAndDew(household, parameters, List.of(), findings);
        coverage(household, indicators.gaps(), measures, findings);
        // Made here and never changed: wrapped, not copied.
        return Collections.unmodifiableList(findings);
    }

    /** MS-1..13: the measures, most urgent first. */
    private static MeasureList measures(Household household, YearParameters parameters,
            IndicatorReport indicators) {
        MeasureList measures = new MeasureList();
        Causes causes = household.getCauses();
        Location location = household.getLocation();
        boolean labour = household.hasLabourCapacity();
        List<Indicator> gaps = indicators.gaps();

        // MS-5: a dropout goes back to school first.
        List<String> dropouts = indicators.result(Indicator.EDUCATION).members(false);
        if (!dropouts.isEmpty()) {
            measures.select(measure(MeasureCategory.EDUCATION, Rule.MS_5, Priority.URGENT, "EDUCATION", dropouts));
        }
        // MS-6: any uninsured member is enrolled first.
        List<String> uninsured = indicators.result(Indicator.MEDICAL).members(false);
        if (!uninsured.isEmpty()) {
            measures.select(measure(MeasureCategory.HEALTH, Rule.MS_6, Priority.URGENT, "MEDICAL", uninsured));
        }
        // MS-2: no member with labour capacity → the safety net, which also assures food and clothing.
        if (!labour) {
            measures.select(SAFETY_NET[(gaps.contains(Indicator.FOOD) ? 1 : 0)
                    | (gaps.contains(Indicator.CLOTHING) ? 2 : 0)]);
        }
        // MS-3: relocation only with consent [W2021: "no coercion was used"].
        boolean relocating = false;
        if (location.isInhospitableArea()) {
            if (location.isConsentsToRelocation()) {
                relocating = true;
                // it also rehouses a household with a housing gap
                measures.select(RELOCATION[gaps.contains(Indicator.HOUSING) ? 1 : 0]);
            } else {
                if (labour) {
                    measures.select(RELOCATE_IN_PLACE);
                }
            }
        }
        // MS-10, MS-11: housing and water gaps; relocation already rehouses.
        if (gaps.contains(Indicator.HOUSING) && !relocating) {
            measures.select(HOUSING_MEASURE);
        }
        if (gaps.contains(Indicator.WATER)) {
            measures.select(WATER_MEASURE);
        }
        // MS-6: illness, registered or in the data.
        Predicate<Member> ill = m -> m.getHealth().isIll();
        if (causes.includes(Cause.ILLNESS) || anyMember(household, ill)) {
            measures.select(measure(ILLNESS_MEASURE, Cause.ILLNESS, causes, household, ill));
        }
        // MS-7: a disabled member.
        if (anyMember(household, Member::isDisabled)) {
            measures.select(measure(DISABILITY_MEASURE, Cause.DISABILITY, causes, household, Member::isDisabled));
        }
        // MS-4: eco-job in an ecological protection zone.
        if (location.isEcologicalZone() && labour) {
            measures.select(ECO_JOB);
        }
        // MS-8: skills training, then employment.
        if (causes.includes(Cause.LACK_OF_SKILLS) && labour) {
            measures.select(SKILLS_TRAINING);
            measures.select(EMPLOYMENT);
        }
        // MS-9: microcredit for a borrower of working age with labour capacity.
        if (causes.includes(Cause.LACK_OF_CAPITAL) && hasBorrower(household, parameters)) {
            measures.select(MICROCREDIT);
        }
        // MS-12: motivation through work, never a handout.
        if (causes.includes(Cause.LACK_OF_MOTIVATION)) {
            measures.select(MOTIVATION);
        }
        // MS-13: asset income for the household, infrastructure for the village.
        int infrastructure = 0;
        for (int i = 0; i < INFRASTRUCTURE_CAUSES.size(); i++) {
            if (causes.includes(INFRASTRUCTURE_CAUSES.get(i))) {
                infrastructure |= 1 << i;
            }
        }
        if (infrastructure != 0) {
            measures.select(ASSET_INCOME[infrastructure]);
        }
        // MS-1: labour capacity always gets at least one development measure.
        if (labour && !anyDevelopment(measures)) {
            measures.select(PRODUCTION);
        }
        // MS-5: subsidies for registered education costs, else for members of school age and students beyond it in
        // senior secondary or vocational school.
        if (causes.includes(Cause.EDUCATION_COSTS)) {
            measures.select(EDUCATION_COSTS_MEASURE);
        } else {
            List<String> pupils = rainAndDew(household, parameters,
                    indicators.result(Indicator.EDUCATION).members(true), null);
            if (!pupils.isEmpty()) {
                measures.select(new Measure(MeasureCategory.EDUCATION, Rule.MS_5, Priority.SUBSIDY.rank(), pupils));
            }
        }
        return measures;
    }

    /** The measure a rule selected, or null. */
    private static @Nullable Measure selected(List<Measure> measures, Rule rule) {
        for (Measure m : measures) {
            if (m.rule() == rule) {
                return m;
            }
        }
        return null;
    }

    /** MS-14: every registered cause and every guarantee gap is addressed, or reported with the reason. */
    private static void coverage(Household household, List<Indicator> gaps, List<Measure> measures,
            List<Finding> findings) {
        int before = findings.size();
        Causes causes = household.getCauses();
        Set<Cause> registered = EnumSet.noneOf(Cause.class);
        if (causes.getPrimary() != null) {
            registered.add(causes.getPrimary());
        }
        registered.addAll(causes.getSecondary());
        for (Cause cause : registered) {
            if (!addressed(cause.name(), measures)) {
                findings.add(UNADDRESSED_CAUSES[cause.ordinal()]);
            }
        }
        for (Indicator gap : gaps) {
            if (!addressed(gap.name(), measures)) {
                findings.add(UNADDRESSED_GAPS[gap.ordinal()]);
            }
        }
        if (findings.size() == before) {
            findings.add(ALL_COVERED_FINDING);
        }
    }

    /** MS-14: why a registered cause may be left unaddressed. */
    private static Wording reason(Cause cause) {
        switch (cause) {
            case LACK_OF_SKILLS:
                return NO_LABOUR;
            case LACK_OF_CAPITAL:
                return NO_BORROWER;
            case LACK_OF_LABOUR:
                return HAS_LABOUR;
            case DISABILITY:
                return NO_DISABLED;
            default:
                return NO_RULE;
        }
    }

    private static boolean anyDevelopment(List<Measure> measures) {
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).isDevelopment()) {
                return true;
            }
        }
        return false;
    }

    private static boolean addressed(String name, List<Measure> measures) {
        for (Measure m : measures) {
            if (m.addresses().contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** A measure for a gap, addressing the gap and the members it concerns. */
    private static Measure measure(MeasureCategory category, Rule rule, Priority priority, String gap,
            List<String> members) {
        String[] addresses = new String[members.size() + 1];
        addresses[0] = gap;
        for (int i = 0; i < members.size(); i++) {
            addresses[i + 1] = members.get(i);
        }
        return new Measure(category, rule, priority.rank(), List.of(addresses));
    }

    /**
     * A measure for a cause: the registered cause if it is registered, the measure for it shared, else the members
     * the data name.
     */
    private static Measure measure(Measure forCause, Cause cause, Causes causes, Household household,
            Predicate<Member> named) {
        return causes.includes(cause) ? forCause
                : new Measure(forCause.category(), forCause.rule(), forCause.priority(), members(household, named));
    }

    /** Whether the data name any member. */
    private static boolean anyMember(Household household, Predicate<Member> named) {
        List<Member> members = household.getMembers();
        for (int i = 0; i < members.size(); i++) {
            if (named.test(members.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The members named, unmodifiable: made so at once, a measure keeps them without copying them. */
    private static List<String> members(Household household, Predicate<Member> named) {
        List<Member> members = household.getMembers();
        int count = 0;
        for (int i = 0; i < members.size(); i++) {
            if (named.test(members.get(i))) {
                count++;
            }
        }
        String[] refs = new String[count];
        for (int i = 0, n = 0; n < count; i++) {
            if (named.test(members.get(i))) {
                refs[n++] = Household.memberRef(i);
            }
        }
        return List.of(refs);
    }

    /**
     * MS-5, the Rain and Dew programme (雨露计划): members ENROLLED and older than compulsory-education age on the
     * reference day, whose education level — for a member at school, the school attended — is SENIOR_SECONDARY or
     * VOCATIONAL, also get EDUCATION subsidies; each is a finding. A member whose level is not recorded, or
     * TERTIARY, is not assumed to be at such a school.
     *
     * @return the pupils of compulsory-education age followed by these students
     */
    private static List<String> rainAndDew(Household household, YearParameters parameters, List<String> pupils,
            @Nullable List<Finding> findings) {
        List<String> students = null;  // made on the first student: most households have none
        LocalDate reference = parameters.educationReferenceDate();
        int oldest = parameters.intValue(ParameterKey.EDUCATION_AGE_MAX);
        List<Member> members = household.getMembers();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            Education level = m.getEducation();
            if (m.getSchooling() != Schooling.ENROLLED
                    || (level != Education.SENIOR_SECONDARY && level != Education.VOCATIONAL)) {
                continue;
            }
            int age = m.ageOn(reference);
            if (age > oldest) {
                if (students == null) {
                    students = new ArrayList<>(pupils);
                }
                String ref = Household.memberRef(i);
                students.add(ref);
                if (findings != null) {
                    findings.add(Finding.of(Rule.MS_5, true, age, oldest, ref, RAIN_AND_DEW));
                }
            }
        }
        return students != null ? students : pupils;
    }

    /** MS-9: a member with labour capacity aged within the borrower ages at the end of the year. */
    private static boolean hasBorrower(Household household, YearParameters parameters) {
        LocalDate endOfYear = parameters.lastDay();
        int youngest = parameters.intValue(ParameterKey.MICROCREDIT_AGE_MIN);
        int oldest = parameters.intValue(ParameterKey.MICROCREDIT_AGE_MAX);
        List<Member> members = household.getMembers();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            int age = m.ageOn(endOfYear);
            if (m.getLabour().hasCapacity() && age >= youngest && age <= oldest) {
                return true;
            }
        }
        return false;
    }

}

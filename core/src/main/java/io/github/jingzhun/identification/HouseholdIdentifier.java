package io.github.jingzhun.identification;

import static io.github.jingzhun.identification.Wordings.*;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.indicator.IndicatorStatus;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters.LineApplied;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Household identification (精准识别) as the policy says: "identified primarily based on their incomes, with
 * consideration given to other factors such as housing, education and health" [W2021]. A pure function.
 */
public final class HouseholdIdentifier {

    private static final Set<Cause> CHECKABLE = EnumSet.of(
            Cause.ILLNESS, Cause.DISABILITY, Cause.EDUCATION_COSTS, Cause.LACK_OF_LABOUR, Cause.DISASTER);

    // Findings that read the same for every household they apply to are shared, as findings are immutable.
    private static final Finding NO_EXCLUSION_FINDING = Finding.of(Rule.ID_H_2, true, null, NO_EXCLUSION);
    private static final Finding TYPE_EXTREME_SUPPORT_FINDING = Finding.of(Rule.ID_H_4, true, null,
            TYPE_EXTREME_SUPPORT);
    private static final Finding TYPE_EXTREME_DERIVED_FINDING = Finding.of(Rule.ID_H_4, true, null,
            TYPE_EXTREME_DERIVED);
    private static final Finding TYPE_ALLOWANCE_FINDING = Finding.of(Rule.ID_H_4, true, null, TYPE_ALLOWANCE);
    private static final Finding TYPE_GENERAL_FINDING = Finding.of(Rule.ID_H_4, true, null, TYPE_GENERAL);
    /** ID-H-3 without gaps, by outcome. */
    private static final Finding[] NO_GAP_FINDINGS = new Finding[Outcome.values().length];
    /** ID-H-5, by primary cause: supported, then unsupported. */
    private static final Finding[][] CAUSE_FINDINGS = new Finding[Cause.values().length][];
    /** The exclusions that hit, by the bits of their ordinals. */
    private static final List<Set<Exclusion>> EXCLUSION_SETS = setsByBits(Exclusion.class,
            List.of(Exclusion.values()));
    /** ID-H-5: the bit of each cause the data could show, by ordinal, a bit per place in CHECKABLE (0 for others). */
    private static final int[] CAUSE_BITS = new int[Cause.values().length];
    /** The derived causes, by their bits. */
    private static final List<Set<Cause>> CAUSE_SETS = setsByBits(Cause.class, List.copyOf(CHECKABLE));

    static {
        int place = 0;
        for (Cause cause : CHECKABLE) {
            CAUSE_BITS[cause.ordinal()] = 1 << place++;
        }
        for (Outcome outcome : Outcome.values()) {
            NO_GAP_FINDINGS[outcome.ordinal()] = Finding.of(Rule.ID_H_3, true, 0, null, outcome.name(), NO_GAP);
        }
        for (Cause cause : Cause.values()) {
            CAUSE_FINDINGS[cause.ordinal()] = new Finding[] {
                Finding.of(Rule.ID_H_5, true, cause.name(), CAUSE_SUPPORTED),
                Finding.of(Rule.ID_H_5, false, cause.name(), CAUSE_UNSUPPORTED),
            };
        }
    }

    private HouseholdIdentifier() {}

    /**
     * Every set of some constants, by the bits of their places in the list, unmodifiable: made once and shared, as
     * sets are immutable, so that deciding which hit makes none.
     */
    private static <E extends Enum<E>> List<Set<E>> setsByBits(Class<E> type, List<E> constants) {
        List<Set<E>> sets = new ArrayList<>(1 << constants.size());
        sets.add(Set.of());
        for (int bits = 1; bits < 1 << constants.size(); bits++) {
            EnumSet<E> set = EnumSet.noneOf(type);
            for (int place = 0; place < constants.size(); place++) {
                if ((bits & 1 << place) != 0) {
                    set.add(constants.get(place));
                }
            }
            sets.add(Collections.unmodifiableSet(set));
        }
        return List.copyOf(sets);
    }

    /**
     * Identifies a household for an income year.
     *
     * @param household the household, not null
     * @param parameters the parameters of the income year, not null
     * @param indicators the household's indicators for the year, not null
     * @return the identification with its findings, not null
     * @throws IllegalArgumentException if the household has no income record for the year
     */
    public static Identification identify(Household household, YearParameters parameters,
            IndicatorReport indicators) {
        return decide(household, parameters, Objects.requireNonNull(indicators, "indicators"));
    }

    /**
     * Identifies a household for an income year, evaluating its indicators only when the explanation is asked for:
     * the cheap way to screen many households for their outcome.
     *
     * @param household the household, not null
     * @param parameters the parameters of the income year, not null
     * @return the identification, explained on demand, not null
     * @throws IllegalArgumentException if the household has no income record for the year
     */
    public static Identification identify(Household household, YearParameters parameters) {
        return decide(household, parameters, null);
    }

    /**
     * Decides the outcome now and keeps the facts it was decided on, from which the explanation is built on request.
     * Indicators that are null are evaluated then.
     */
    private static Identification decide(Household household, YearParameters parameters,
            @Nullable IndicatorReport indicators) {
        Year year = parameters.year();
        IncomeRecord record = household.incomeOf(year);
        if (record == null) {
            throw new IllegalArgumentException("household " + household.getId() + " has no income record for " + year
                    + ": it cannot be identified");
        }
        int members = household.size();
        LineApplied line = parameters.line(household.getArea().getCounty());
        Yuan net = record.netIncome();
        // ID-H-1 with INC-3: income < line is decided as net < line × members, exactly; at the line is not poor.
        boolean poor = net.isBelow(line.amount(), members);
        Set<Exclusion> exclusions = exclusions(household, parameters, null);
        Outcome outcome = !poor ? Outcome.NOT_ELIGIBLE
                : exclusions.isEmpty() ? Outcome.ELIGIBLE : Outcome.EXCLUDED;
        HouseholdType type = outcome == Outcome.ELIGIBLE ? type(household, record, null) : null;
        return Identification.explainedLater(parameters, outcome, type, net, exclusions, household, indicators);
    }

    /** The findings of ID-H-1..5, ID-STD and IND-STD, the gaps and the derived causes, in the order they read. */
    static Identification.Explanation explain(Household household, YearParameters parameters,
            IndicatorReport indicators, IncomeRecord record, Yuan perCapita, Outcome outcome) {
        boolean poor = outcome != Outcome.NOT_ELIGIBLE;
        LineApplied line = parameters.line(household.getArea().getCounty());
        List<Finding> findings = new ArrayList<>(8);
        Wording wording = !poor ? NOT_BELOW_LINE
                : perCapita.isLessThan(line.amount()) ? BELOW_LINE : BELOW_LINE_ROUNDED;
        findings.add(Finding.ofAmounts(Rule.ID_H_1, poor, perCapita, line.amount(), parameters.year().toString(),
                wording));
        findings.add(line.finding());
        exclusions(household, parameters, findings);
        if (outcome == Outcome.ELIGIBLE) {
            type(household, record, findings);
        }
        Set<Cause> derived = causes(derivedCauses(household, record, indicators, parameters, findings));
        // ID-H-3: the guarantee gaps are reported in every outcome.
        List<Indicator> gaps = indicators.gaps();
        findings.add(gaps.isEmpty() ? NO_GAP_FINDINGS[outcome.ordinal()]
                : Finding.of(Rule.ID_H_3, false, gaps.size(), null, outcome.name(), GAPS));
        findings.add(parameters.standardsFinding());
        // Made here and never changed: wrapped, not copied.
        return new Identification.Explanation(gaps, derived, Collections.unmodifiableList(findings));
    }

    /**
     * ID-H-2: the switched-on exclusions that hit a household, whatever its income: facts of its members and assets,
     * decided with or without an income record of the year.
     *
     * @param household the household, not null
     * @param parameters the year's parameters, not null
     * @return the exclusions that hit, unmodifiable, not null
     */
    public static Set<Exclusion> exclusions(Household household, YearParameters parameters) {
        return exclusions(household, parameters, null);
    }

    /**
     * ID-H-2: each switched-on exclusion that hits the household, whatever its income; with findings, each hit (or
     * switched-off exclusion) is also explained.
     */
    private static Set<Exclusion> exclusions(Household household, YearParameters parameters,
            @Nullable List<Finding> findings) {
        // The hits as bits of their ordinals, whose set is shared: most households have none.
        int hits = 0;
        List<Member> members = household.getMembers();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            if (m.isPublicEmployee()) {
                hits = exclude(Exclusion.PUBLIC_EMPLOYEE, Household.memberRef(i), parameters, hits, findings);
            }
            if (m.isRegisteredEnterprise()) {
                hits = exclude(Exclusion.REGISTERED_ENTERPRISE, Household.memberRef(i), parameters, hits, findings);
            }
        }
        if (household.getAssets().isPrivateCar()) {
            hits = exclude(Exclusion.PRIVATE_CAR, null, parameters, hits, findings);
        }
        if (household.getAssets().isTownCommercialHousing()) {
            hits = exclude(Exclusion.TOWN_COMMERCIAL_HOUSING, null, parameters, hits, findings);
        }
        if (hits == 0 && findings != null) {
            findings.add(NO_EXCLUSION_FINDING);
        }
        return EXCLUSION_SETS.get(hits);
    }

    /** ID-H-2: the wording of an exclusion that applies. */
    private static Wording excludedBy(Exclusion exclusion) {
        return switch (exclusion) {
            case PUBLIC_EMPLOYEE -> PUBLIC_EMPLOYEE;
            case PRIVATE_CAR -> PRIVATE_CAR;
            case TOWN_COMMERCIAL_HOUSING -> TOWN_COMMERCIAL_HOUSING;
            case REGISTERED_ENTERPRISE -> REGISTERED_ENTERPRISE;
        };
    }

    /** An exclusion whose fact is present: the hits with it if it is switched on, and its finding. */
    private static int exclude(Exclusion exclusion, @Nullable String subject, YearParameters parameters, int hits,
            @Nullable List<Finding> findings) {
        boolean on = parameters.isOn(exclusion.switchKey());
        if (findings != null) {
            findings.add(on ? Finding.of(Rule.ID_H_2, false, subject, excludedBy(exclusion))
                    : Finding.of(Rule.ID_H_2, true, exclusion.name(), EXCLUSION_OFF));
        }
        return on ? hits | 1 << exclusion.ordinal() : hits;
    }

    /**
     * ID-H-4: a transfer on record decides first — extreme-poverty support gives EXTREME_POVERTY_SUPPORT, else the
     * minimum living allowance gives MINIMUM_LIVING_ALLOWANCE (civil affairs grants them; the registry records
     * them). Only a household with neither, no member of labour capacity (every member LOST or NONE) and no income
     * but transfers is typed EXTREME_POVERTY_SUPPORT by derivation, for civil affairs to confirm; otherwise GENERAL.
     */
    private static HouseholdType type(Household household, IncomeRecord record, @Nullable List<Finding> findings) {
        HouseholdType type;
        Finding why;
        if (record.receives(TransferKind.EXTREME_POVERTY_SUPPORT)) {
            type = HouseholdType.EXTREME_POVERTY_SUPPORT;
            why = TYPE_EXTREME_SUPPORT_FINDING;
        } else if (record.receives(TransferKind.MINIMUM_LIVING_ALLOWANCE)) {
            type = HouseholdType.MINIMUM_LIVING_ALLOWANCE;
            why = TYPE_ALLOWANCE_FINDING;
        } else if (!household.hasLabourCapacity() && record.isTransfersOnly()) {
            type = HouseholdType.EXTREME_POVERTY_SUPPORT;
            why = TYPE_EXTREME_DERIVED_FINDING;
        } else {
            type = HouseholdType.GENERAL;
            why = TYPE_GENERAL_FINDING;
        }
        if (findings != null) {
            findings.add(why);
        }
        return type;
    }

    /**
     * ID-H-5: the causes the data suggest. An ill member suggests ILLNESS; a disabled member DISABILITY; no member
     * with labour capacity LACK_OF_LABOUR; a dropout, or high education costs — above
     * {@link ParameterKey#EDUCATION_COSTS_SHARE_PERCENT} of net income, stated in a finding — EDUCATION_COSTS;
     * medical costs above the shock share of net income ILLNESS; disaster losses above it DISASTER. A registered
     * primary cause that the data could show but do not is a finding (AUD-6). The causes are bits ({@link #bit}):
     * an audit asks only whether the primary cause is among them.
     */
    private static int derivedCauses(Household household, IncomeRecord record, IndicatorReport indicators,
            YearParameters parameters, @Nullable List<Finding> findings) {
        int causes = 0;
        List<Member> members = household.getMembers();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            if (m.getHealth().isIll()) {
                causes |= bit(Cause.ILLNESS);
            }
            if (m.isDisabled()) {
                causes |= bit(Cause.DISABILITY);
            }
        }
        if (!household.hasLabourCapacity()) {
            causes |= bit(Cause.LACK_OF_LABOUR);
        }
        Yuan net = record.netIncome();
        BigDecimal educationShare = parameters.value(ParameterKey.EDUCATION_COSTS_SHARE_PERCENT);
        Yuan education = record.getEducationCosts();
        boolean highEducationCosts = isHigh(education, net, educationShare);
        if (highEducationCosts) {
            spending(education, net, educationShare, HIGH_EDUCATION_COSTS, HIGH_EDUCATION_COSTS_ROUNDED, findings);
        }
        // A dropout is a failed IND-EDU finding: the indicator is UNMET, which its status tells without its findings.
        if (highEducationCosts || indicators.status(Indicator.EDUCATION) == IndicatorStatus.UNMET) {
            causes |= bit(Cause.EDUCATION_COSTS);
        }
        BigDecimal share = parameters.value(ParameterKey.SHOCK_SHARE_PERCENT);
        if (isHigh(record.getMedicalOutOfPocket(), net, share)) {
            causes |= bit(Cause.ILLNESS);
            spending(record.getMedicalOutOfPocket(), net, share, HIGH_MEDICAL_COSTS, HIGH_MEDICAL_COSTS_ROUNDED,
                    findings);
        }
        if (isHigh(record.getDisasterLoss(), net, share)) {
            causes |= bit(Cause.DISASTER);
            spending(record.getDisasterLoss(), net, share, HIGH_DISASTER_LOSS, HIGH_DISASTER_LOSS_ROUNDED, findings);
        }
        Cause primary = household.getCauses().getPrimary();
        if (findings != null && CHECKABLE.contains(primary)) {  // an EnumSet holds no null
            findings.add(CAUSE_FINDINGS[primary.ordinal()][(causes & bit(primary)) != 0 ? 0 : 1]);
        }
        return causes;
    }

    /**
     * ID-H-5: spending above a share of net income, which suggests a cause, as a finding when findings are made; the
     * share shown to the fen, said to round where the spending exceeds it exactly only (INC-3).
     */
    private static void spending(Yuan spent, Yuan net, BigDecimal share, Wording wording, Wording rounded,
            @Nullable List<Finding> findings) {
        if (findings != null) {
            Yuan shown = net.times(share.movePointLeft(2));
            findings.add(Finding.ofAmounts(Rule.ID_H_5, true, spent, shown, share.toPlainString(),
                    spent.isGreaterThan(shown) ? wording : rounded));
        }
    }

    /** ID-H-5 as {@link #explain} decides it, without the findings: the causes the data suggest, as bits. */
    static int derivedCauses(Household household, YearParameters parameters, IndicatorReport indicators,
            IncomeRecord record) {
        return derivedCauses(household, record, indicators, parameters, null);
    }

    /** The bit of a cause among the derived causes: 0 for a cause the data could never show. */
    static int bit(Cause cause) {
        return CAUSE_BITS[cause.ordinal()];
    }

    /** The derived causes of their bits, in enum order, unmodifiable. */
    static Set<Cause> causes(int bits) {
        return CAUSE_SETS.get(bits);
    }

    /** Whether the data could show a registered primary cause (ID-H-5); a household may have none. */
    static boolean isCheckable(@Nullable Cause primary) {
        return CHECKABLE.contains(primary);  // an EnumSet holds no null
    }

    /**
     * Whether an income year is open to new registration: up to {@link ParameterKey#LAST_NEW_REGISTRATION_YEAR}.
     * A household not registered but identified ELIGIBLE in such a year was missed (AUD-10) and should be
     * registered; after it, new registration is closed and such a household is monitored (MON-2).
     *
     * @param parameters the parameters of the income year, not null
     * @return true if the year is open to new registration
     */
    public static boolean isOpenToRegistration(YearParameters parameters) {
        return parameters.compare(parameters.year().getValue(), ParameterKey.LAST_NEW_REGISTRATION_YEAR) <= 0;
    }

    /**
     * AUD-10 (漏评): whether a household was missed by registration — not registered, yet identified poor in an
     * income year {@link #isOpenToRegistration open to registration}. Such a household is to be registered, not
     * monitored (MON-2), and it is poor, which keeps its monitoring risk (MON-4).
     *
     * @param household the household, not null
     * @param parameters the parameters of the income year, not null
     * @param identification the household's identification for that year, not null
     * @return true if the household was missed
     */
    public static boolean isMissed(Household household, YearParameters parameters, Identification identification) {
        return isMissable(household, parameters) && identification.isPoor();
    }

    /**
     * Whether a household was missed by registration, as {@link #isMissed(Household, YearParameters,
     * Identification)}, identifying it only when it is not registered in a year open to registration.
     *
     * @param household the household, not null
     * @param parameters the parameters of the income year, not null
     * @param indicators the household's indicators for that year, not null
     * @return true if the household was missed
     * @throws IllegalArgumentException if the household is identified and has no income record for the year
     */
    public static boolean isMissed(Household household, YearParameters parameters, IndicatorReport indicators) {
        return isMissable(household, parameters) && identify(household, parameters, indicators).isPoor();
    }

    private static boolean isMissable(Household household, YearParameters parameters) {
        return household.getStatus().getState() == RegistrationState.NOT_REGISTERED
                && isOpenToRegistration(parameters);
    }

    /**
     * Whether spending exceeds a percentage of net income, exactly: spending × 100 > net × percent. No spending is
     * never high; any spending against no positive net income is.
     */
    private static boolean isHigh(Yuan spending, Yuan net, BigDecimal percent) {
        return !spending.isZero() && (!net.isPositive() || spending.exceedsPercentOf(net, percent));
    }
}

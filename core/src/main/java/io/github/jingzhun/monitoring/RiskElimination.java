package io.github.jingzhun.monitoring;

import static io.github.jingzhun.monitoring.Wordings.*;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.AppliedMeasure;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeObservation;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.household.MonitoringHistory;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.identification.HouseholdIdentifier;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.parameter.MissingParameterException;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Risk elimination (风险消除), MON-4 [MON2020]: income stably at or above the threshold for at least 6 months,
 * monitored for at least 6 months, at least one measure applied, every indicator met and no active trigger.
 * Households with no labour capacity that rely on social security are never marked eliminated; they stay
 * monitored. A mark is rolled back when a trigger returns, when the household has come to rely on social security
 * without labour capacity, or when it was made before the conditions its own day shows held then: monitored and
 * income stable for the months, a measure applied. A pure function.
 */
public final class RiskElimination {


    private RiskElimination() {}

    /**
     * Reviews a monitored household's risk on a date. A mark of the case stands unless a trigger is active or the
     * household relies on social security without labour capacity; where the household carries a monitoring
     * history, also unless the conditions that history shows of the mark's day did not hold then ({@link #heldOn}).
     *
     * @param household the household, not null
     * @param monitoringCase its monitoring record, not null
     * @param asOf the day of the review, not null
     * @param parameters the parameters of the income year reviewed, not null
     * @param indicators the household's indicators for that year, not null
     * @param screening the household's monitoring screening for that year ({@link RelapseMonitor}), not null
     * @return the case after the review, with the findings, not null
     * @throws IllegalArgumentException if the household has no income record for the year
     */
    public static RiskReview review(Household household, MonitoringCase monitoringCase, LocalDate asOf,
            YearParameters parameters, IndicatorReport indicators, MonitoringDecision screening) {
        return review(household, monitoringCase, asOf, parameters, indicators, screening,
                household.getMeasuresReceived());
    }

    /**
     * Reviews a household's risk from its monitoring history, at the close of an income year: as of 1 January of the
     * year after, so that the months observed up to December count in full. The history gives the case reviewed:
     * <ul>
     *   <li>monitored since the day the household was included;</li>
     *   <li>income stable since the first month of the latest unbroken run of observations, up to December of the
     *       year, whose per-capita income is at or above the year's monitoring threshold (MON-1) for the household's
     *       county; none if the latest observation is below it;</li>
     *   <li>the measures applied on or after inclusion and by the end of the year;</li>
     *   <li>eliminated on the day recorded, if it falls by the end of the year (a mark of an earlier year is
     *       reviewed too);</li>
     *   <li>the category of the year's screening (MON-2), or, when the screening no longer monitors the household,
     *       UNSTABLE_EXITED for an exited household and MARGINAL for another.</li>
     * </ul>
     * Then it reviews the case as {@link #review(Household, MonitoringCase, LocalDate, YearParameters,
     * IndicatorReport, MonitoringDecision)} does, with those measures.
     *
     * @param household the household, with a monitoring history, not null
     * @param parameters the parameters of the income year reviewed, not null
     * @param indicators the household's indicators for that year, not null
     * @param screening the household's monitoring screening for that year ({@link RelapseMonitor}), not null
     * @return the review, or null when the household was included in monitoring only after the year
     * @throws IllegalArgumentException if the household has no monitoring history or no income record for the year
     */
    public static @Nullable RiskReview review(Household household, YearParameters parameters,
            IndicatorReport indicators, MonitoringDecision screening) {
        MonitoringHistory history = household.getMonitoring();
        if (history == null) {
            throw new IllegalArgumentException("household " + household.getId() + " has no monitoring history");
        }
        LocalDate asOf = parameters.lastDay().plusDays(1);
        if (!history.getIncludedOn().isBefore(asOf)) {
            return null;
        }
        MonitoringCategory category = screening.category();
        if (category == null) {
            category = household.getStatus().getState() == RegistrationState.EXITED
                    ? MonitoringCategory.UNSTABLE_EXITED : MonitoringCategory.MARGINAL;
        }
        LocalDate eliminatedOn = history.getEliminatedOn();
        if (eliminatedOn != null && !eliminatedOn.isBefore(asOf)) {
            eliminatedOn = null;
        }
        MonitoringCase monitoringCase = new MonitoringCase(category, history.getIncludedOn(),
                stableSince(history.getIncome(), asOf, parameters, household.getArea().getCounty()), eliminatedOn);
        return review(household, monitoringCase, asOf, parameters, indicators, screening,
                measuresApplied(history, asOf));
    }

    /**
     * The measures of a monitoring history that count for its review on a day: those applied on or after inclusion
     * and before that day.
     *
     * @param history the monitoring history, not null
     * @param asOf the day of the review, not null
     * @return the categories of the measures, in the history's order, not null
     */
    public static List<MeasureCategory> measuresApplied(MonitoringHistory history, LocalDate asOf) {
        List<AppliedMeasure> applied = history.getMeasures();
        List<MeasureCategory> measures = new ArrayList<>(applied.size());
        for (int i = 0; i < applied.size(); i++) {
            AppliedMeasure measure = applied.get(i);
            LocalDate on = measure.getAppliedOn();
            if (!on.isBefore(history.getIncludedOn()) && on.isBefore(asOf)) {
                measures.add(measure.getCategory());
            }
        }
        return measures;
    }

    /**
     * Whether a household is on the safety net, whose risk is never marked eliminated (MON-4): no member can work
     * and it relies on social security — a SOCIAL_SECURITY measure applied or among the measures it has received,
     * or a minimum living allowance or extreme poverty support received in the year.
     *
     * @param household the household, not null
     * @param record its income record of the year reviewed, not null
     * @param measuresApplied the measures applied that count for the review, not null
     * @return whether it is on the safety net
     */
    public static boolean isOnSafetyNet(Household household, IncomeRecord record,
            List<MeasureCategory> measuresApplied) {
        return !household.hasLabourCapacity()
                && (measuresApplied.contains(MeasureCategory.SOCIAL_SECURITY)
                        || household.getMeasuresReceived().contains(MeasureCategory.SOCIAL_SECURITY)
                        || record.receives(TransferKind.MINIMUM_LIVING_ALLOWANCE)
                        || record.receives(TransferKind.EXTREME_POVERTY_SUPPORT));
    }

    /**
     * The first day of the latest unbroken run of observations at or above the county's threshold, compared exactly
     * (INC-3), of the months ended before a day (up to December of the year for a review at its close); null if the
     * latest observation up to then is below it, or there is none.
     */
    static @Nullable LocalDate stableSince(List<IncomeObservation> income, LocalDate before, YearParameters parameters,
            CountyCode county) {
        YearMonth current = YearMonth.from(before);
        YearMonth since = null;
        for (int i = income.size() - 1; i >= 0; i--) {
            IncomeObservation observation = income.get(i);
            if (!observation.getMonth().isBefore(current)) {
                continue;
            }
            if (parameters.isBelowMonitoringThreshold(county, observation.getPerCapitaIncome(), 1)) {
                break;
            }
            since = observation.getMonth();
        }
        return since == null ? null : since.atDay(1);
    }

    private static RiskReview review(Household household, MonitoringCase monitoringCase, LocalDate asOf,
            YearParameters parameters, IndicatorReport indicators, MonitoringDecision screening,
            List<MeasureCategory> measuresApplied) {
        IncomeRecord record = household.incomeOf(parameters.year());
        if (record == null) {
            throw new IllegalArgumentException("household " + household.getId() + " has no income record for "
                    + parameters.year() + ": its risk cannot be reviewed");
        }
        // The case now; the findings when first read, from the same facts (RiskFindings).
        MonitoringCase after = review(household, monitoringCase, asOf, parameters, indicators, screening,
                measuresApplied, record, null);
        return new RiskReview(after, new RiskFindings(household, monitoringCase, asOf, parameters, indicators,
                screening, measuresApplied));
    }

    /** The findings of MON-4, in the order they read, for the facts a review was made on. */
    static List<Finding> explain(Household household, MonitoringCase monitoringCase, LocalDate asOf,
            YearParameters parameters, IndicatorReport indicators, MonitoringDecision screening,
            List<MeasureCategory> measuresApplied) {
        // reviewed, so the record is there
        IncomeRecord record = Objects.requireNonNull(household.incomeOf(parameters.year()), "record");
        List<Finding> findings = new ArrayList<>(7);
        review(household, monitoringCase, asOf, parameters, indicators, screening, measuresApplied, record,
                findings);
        // Made here and never changed: wrapped, not copied.
        return Collections.unmodifiableList(findings);
    }

    /** MON-4: the case after the review; with findings, each condition is also explained. */
    private static MonitoringCase review(Household household, MonitoringCase monitoringCase, LocalDate asOf,
            YearParameters parameters, IndicatorReport indicators, MonitoringDecision screening,
            List<MeasureCategory> measuresApplied, IncomeRecord record, @Nullable List<Finding> findings) {
        if (household.getStatus().getState() == RegistrationState.REGISTERED) {
            if (findings != null) {
                findings.add(Finding.of(Rule.MON_4, false, null, REGISTERED));
                findings.add(Finding.of(Rule.MON_4, false, null, STAYS_ASSISTED));
            }
            return new MonitoringCase(monitoringCase.category(), monitoringCase.monitoredSince(),
                    monitoringCase.incomeStableSince(), null);
        }
        // MON-2: a household not registered is monitored exactly when a MON-3 trigger fired, so the category says it
        // without the findings an outcomes-only run never reads; one missed by registration (AUD-10) is not
        // monitored but poor, below the line or short of a guarantee, which are triggers.
        boolean triggered = RelapseMonitor.triggered(screening);
        boolean missed = !triggered && HouseholdIdentifier.isMissed(household, parameters, indicators);
        boolean trigger = triggered || missed;
        boolean safetyNet = isOnSafetyNet(household, record, measuresApplied);
        MonitoringCase open = monitoringCase;
        if (monitoringCase.isEliminated()) {
            // A case given without a history is taken as it states its mark: nothing dated says otherwise.
            boolean held = !trigger && !safetyNet && (household.getMonitoring() == null
                    || heldOn(household, Objects.requireNonNull(monitoringCase.eliminatedOn()), parameters));
            if (held) {
                if (findings != null) {
                    findings.add(Finding.of(Rule.MON_4, true, String.valueOf(monitoringCase.eliminatedOn()),
                            ELIMINATED));
                }
                return monitoringCase;
            }
            // A returning trigger, a household now on the safety net or a mark made before its conditions held
            // rolls the mark back; the conditions that follow say what keeps it from being marked again.
            if (findings != null) {
                findings.add(Finding.of(Rule.MON_4, false, String.valueOf(monitoringCase.eliminatedOn()),
                        trigger ? ROLLED_BACK : safetyNet ? SAFETY_NET_ROLLED_BACK : MARKED_EARLY));
            }
            open = new MonitoringCase(monitoringCase.category(), monitoringCase.monitoredSince(),
                    monitoringCase.incomeStableSince(), null);
        }
        boolean stable = months(open.incomeStableSince(), ParameterKey.RISK_STABLE_MONTHS, asOf,
                parameters, STABLE, NOT_STABLE, findings);
        boolean monitored = months(open.monitoredSince(), ParameterKey.RISK_MONITORED_MONTHS, asOf,
                parameters, MONITORED, NOT_MONITORED_LONG, findings);
        int measures = measuresApplied.size();
        boolean guaranteed = indicators.gaps().isEmpty();
        boolean eliminated = stable && monitored && measures > 0 && guaranteed && !trigger && !safetyNet;
        if (findings != null) {
            findings.add(measures > 0 ? Finding.of(Rule.MON_4, true, BigDecimal.valueOf(measures), null, null, MEASURE)
                    : Finding.of(Rule.MON_4, false, null, NO_MEASURE));
            findings.add(Finding.of(Rule.MON_4, guaranteed, null, guaranteed ? GUARANTEED : NOT_GUARANTEED));
            findings.add(Finding.of(Rule.MON_4, !trigger, null, trigger ? TRIGGER : NO_TRIGGER_ACTIVE));
            if (safetyNet) {
                findings.add(Finding.of(Rule.MON_4, false, null, SAFETY_NET));
            }
            findings.add(eliminated ? Finding.of(Rule.MON_4, true, asOf.toString(), ELIMINATED)
                    : Finding.of(Rule.MON_4, false, null, missed ? STAYS_TO_REGISTER : STAYS));
        }
        return eliminated ? new MonitoringCase(open.category(), open.monitoredSince(), open.incomeStableSince(), asOf)
                : open;
    }

    /**
     * Whether MON-4's conditions that a day shows from a household's monitoring history held on it, as the
     * parameters of the year the last of those months ends in ask: monitored, and income stable, for their months —
     * from the observations of the months ended before the day, compared with that year's monitoring threshold — and
     * a measure applied on or after inclusion and before the day. So a mark in January is checked as the review of
     * the year before, which proposes 1 January, checks it. A mark of elimination made on a day they did not hold is
     * rolled back.
     *
     * @param household the household, with a monitoring history, not null
     * @param day the day, such as the day its risk was marked eliminated, not null
     * @param parameters the parameters of the income year reviewed, whose set gives those of the year the last
     *     month before the day ends in (the reviewed year's own where the set has no line for it), not null
     * @return whether they held
     * @throws IllegalArgumentException if the household has no monitoring history
     */
    public static boolean heldOn(Household household, LocalDate day, YearParameters parameters) {
        MonitoringHistory history = household.getMonitoring();
        if (history == null) {
            throw new IllegalArgumentException("household " + household.getId() + " has no monitoring history");
        }
        YearParameters then = ofMonthsBefore(day, parameters);
        return !measuresApplied(history, day).isEmpty()
                && passed(history.getIncludedOn(), then.intValue(ParameterKey.RISK_MONITORED_MONTHS), day)
                && passed(stableSince(history.getIncome(), day, then, household.getArea().getCounty()),
                        then.intValue(ParameterKey.RISK_STABLE_MONTHS), day);
    }

    /**
     * The parameters of the year the last month ended before a day ends in: a review as of 1 January, or any day of
     * January, reads the year just closed. The year reviewed's where the set has none for it.
     */
    private static YearParameters ofMonthsBefore(LocalDate day, YearParameters reviewed) {
        Year year = Year.of(YearMonth.from(day).minusMonths(1).getYear());
        if (year.equals(reviewed.year())) {
            return reviewed;
        }
        try {
            return reviewed.parameters().forYear(year);
        } catch (MissingParameterException e) {
            return reviewed;  // a set may start with the year it is used for
        }
    }

    /** Whether the months have passed from a day to another: since + months ≤ asOf. */
    private static boolean passed(@Nullable LocalDate since, int months, LocalDate asOf) {
        return since != null && !since.plusMonths(months).isAfter(asOf);
    }

    /**
     * Whether at least the parameter's months have passed from a day to the review: since + months ≤ asOf. Its
     * finding observes the whole months passed, none without a day.
     */
    private static boolean months(@Nullable LocalDate since, ParameterKey key, LocalDate asOf, YearParameters parameters,
            Wording met, Wording unmet, @Nullable List<Finding> findings) {
        int months = parameters.intValue(key);
        boolean enough = passed(since, months, asOf);
        if (findings != null) {
            findings.add(Finding.of(Rule.MON_4, enough, since == null ? 0 : wholeMonths(since, asOf), months,
                    since == null ? null : since.toString(), enough ? met : unmet));
        }
        return enough;
    }

    /**
     * The most months n with since + n ≤ asOf, as the test above counts them (a month's end clamps: 31 January plus
     * one month is 28 February), 0 if since is after asOf.
     */
    static long wholeMonths(LocalDate since, LocalDate asOf) {
        long n = Math.max(0, ChronoUnit.MONTHS.between(since, asOf));  // one short at most, at a month's end
        return since.plusMonths(n + 1).isAfter(asOf) ? n : n + 1;
    }
}

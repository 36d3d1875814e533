package io.github.jingzhun.monitoring;

import static io.github.jingzhun.monitoring.Wordings.*;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.identification.HouseholdIdentifier;
import io.github.jingzhun.identification.Identification;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Dynamic monitoring against relapse into poverty (防止返贫动态监测) [MON2020]: the threshold
 * (MON-1), the triggers (MON-3) and the category (MON-2). A pure function.
 *
 * <p>Categories, where the rules alone would let two apply: a REGISTERED household is assisted, never monitored;
 * so is a household not registered but identified poor in an income year open to new registration, which was missed
 * (AUD-10) and should be registered; an EXITED household with any trigger is UNSTABLE_EXITED, whatever its income;
 * a never-registered household below the threshold, or with an indicator UNMET, is MARGINAL; a never-registered
 * household above the threshold whose only triggers are rigid spending or an income fall is SUDDEN_HARDSHIP. A
 * household with no trigger whose monitoring case is open — its risk not marked eliminated (MON-4) — stays
 * monitored: UNSTABLE_EXITED if exited, else MARGINAL.
 *
 * <p>Every comparison is exact (INC-3): stable income against the threshold times the members, the threshold
 * unrounded; rigid spending (the sum of out-of-pocket medical costs, schooling costs and disaster losses) against
 * the share of net income; income against the latest earlier income record, whatever the gap in years.
 */
public final class RelapseMonitor {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The parts of rigid spending, as a spending subject names them: the income record's JSON names. */
    private static final String[] PARTS = {"medicalOutOfPocket", "educationCosts", "disasterLoss"};
    private static final String[] PARTS_EN = {"out-of-pocket medical costs ", "schooling costs ", "disaster losses "};
    private static final String[] PARTS_ZH = {"自付医疗费用", "教育支出", "灾害损失"};

    // Decisions and findings that read the same for every household they apply to are shared: they are immutable.
    private static final MonitoringDecision ASSISTED_DECISION =
            new MonitoringDecision(false, null, List.of(Finding.of(Rule.MON_2, false, null, ASSISTED)));
    private static final Finding NO_TRIGGER_FINDING = Finding.of(Rule.MON_3, false, null, NO_TRIGGER);
    private static final Finding NOT_MONITORED_FINDING = Finding.of(Rule.MON_2, false, null, NOT_MONITORED);
    private static final Finding[] CATEGORY_FINDINGS = new Finding[MonitoringCategory.values().length];
    /** MON-2 for a household kept monitored by a risk not yet eliminated (MON-4), by category. */
    private static final Finding[] KEPT_FINDINGS = new Finding[MonitoringCategory.values().length];
    private static final Finding[] UNMET_FINDINGS = new Finding[Indicator.values().length];

    static {
        for (MonitoringCategory c : MonitoringCategory.values()) {
            CATEGORY_FINDINGS[c.ordinal()] = Finding.of(Rule.MON_2, true, c.name(), monitoredAs(c));
            KEPT_FINDINGS[c.ordinal()] = Finding.of(Rule.MON_2, true, c.name(), KEPT);
        }
        for (Indicator i : Indicator.values()) {
            UNMET_FINDINGS[i.ordinal()] = Finding.of(Rule.MON_3, true, i.name(), INDICATOR_UNMET);
        }
    }

    /** MON-2: the wording of the category a household is monitored in. */
    private static Wording monitoredAs(MonitoringCategory category) {
        return switch (category) {
            case UNSTABLE_EXITED -> UNSTABLE_EXITED;
            case MARGINAL -> MARGINAL;
            case SUDDEN_HARDSHIP -> SUDDEN_HARDSHIP;
        };
    }

    private RelapseMonitor() {}

    /**
     * Decides whether, and as what, a household is to be monitored in an income year. A household with a
     * monitoring history, included by the close of the year, has its risk reviewed then (MON-4,
     * {@link RiskElimination#review(Household, YearParameters, IndicatorReport, MonitoringDecision)}); one not
     * registered whose risk stands after the review stays monitored in its case's category, though no trigger
     * applies this year, since a household leaves monitoring only when its risk is marked eliminated.
     *
     * @param household the household, not null
     * @param parameters the year's parameters, not null
     * @param indicators the household's indicators for the year, not null
     * @return the decision, not null
     * @throws IllegalArgumentException if a household that is not registered has no income record for the year
     */
    public static MonitoringDecision decide(Household household, YearParameters parameters,
            IndicatorReport indicators) {
        return monitor(household, parameters, indicators, null);
    }

    /**
     * Decides whether, and as what, a household is to be monitored in an income year, given its identification
     * for that year: a household not registered in a year still open to registration is not identified again.
     * A monitoring history is reviewed as {@link #decide(Household, YearParameters, IndicatorReport)} says.
     *
     * @param household the household, not null
     * @param parameters the year's parameters, not null
     * @param indicators the household's indicators for the year, not null
     * @param identification the household's identification for the year, not null
     * @return the decision, not null
     * @throws IllegalArgumentException if the identification is of another year, or a household that is not
     *     registered has no income record for the year
     */
    public static MonitoringDecision decide(Household household, YearParameters parameters,
            IndicatorReport indicators, Identification identification) {
        if (!identification.year().equals(parameters.year())) {
            throw new IllegalArgumentException("the identification of household " + household.getId() + " is of "
                    + identification.year() + ", not of " + parameters.year());
        }
        return monitor(household, parameters, indicators, identification);
    }

    /** MON-1..3, with the household's identification when the caller has it, else identified when needed. */
    private static MonitoringDecision monitor(Household household, YearParameters parameters,
            IndicatorReport indicators, @Nullable Identification identification) {
        RegistrationState state = household.getStatus().getState();
        if (state == RegistrationState.REGISTERED) {
            return reviewed(ASSISTED_DECISION, household, parameters, indicators);
        }
        IncomeRecord record = household.incomeOf(parameters.year());
        if (record == null) {
            throw new IllegalArgumentException("household " + household.getId() + " has no income record for "
                    + parameters.year() + ": it cannot be screened for monitoring");
        }
        // AUD-10: a poor household that could still be registered should be, not monitored.
        if (identification != null ? HouseholdIdentifier.isMissed(household, parameters, identification)
                : HouseholdIdentifier.isMissed(household, parameters, indicators)) {
            return reviewed(new MonitoringDecision(false, null, List.of(Finding.of(Rule.MON_2, false,
                    parameters.year().getValue(), parameters.intValue(ParameterKey.LAST_NEW_REGISTRATION_YEAR), null,
                    MISSED))), household, parameters, indicators);
        }
        // The category now; the findings when first read, from the same facts (MonitoringFindings).
        MonitoringCategory category = screen(household, parameters, indicators, record, null);
        MonitoringDecision screening = reviewed(new MonitoringDecision(category != null, category,
                new MonitoringFindings(household, parameters, indicators, null)), household, parameters, indicators);
        RiskReview review = screening.riskElimination();
        if (category != null || review == null || review.monitoringCase().isEliminated()) {
            return screening;
        }
        // PROC-MON, MON-4: a household leaves monitoring only when its risk is marked eliminated, so one whose risk
        // stands stays monitored in its case's category, though no trigger applies this year.
        MonitoringCategory kept = review.monitoringCase().category();
        return new MonitoringDecision(true, kept, new MonitoringFindings(household, parameters, indicators, kept),
                review);
    }

    /** MON-3: whether a screening monitors its household for a trigger of the year, not only for an open case. */
    static boolean triggered(MonitoringDecision screening) {
        return screening.monitored()
                && !(screening.findings() instanceof MonitoringFindings findings && findings.isKept());
    }

    /**
     * MON-4: a decision with the review of the household's risk at the close of the year, for a household with a
     * monitoring history included by then.
     */
    private static MonitoringDecision reviewed(MonitoringDecision screening, Household household,
            YearParameters parameters, IndicatorReport indicators) {
        if (household.getMonitoring() == null) {
            return screening;
        }
        RiskReview review = RiskElimination.review(household, parameters, indicators, screening);
        return review == null ? screening : screening.withRiskElimination(review);
    }

    /**
     * The findings of MON-1..3, in the order they read, for the facts a monitoring decision was made on; for a
     * household kept monitored by a risk not yet eliminated, its category last.
     */
    static List<Finding> explain(Household household, YearParameters parameters, IndicatorReport indicators,
            @Nullable MonitoringCategory kept) {
        // decided, so the record is there
        IncomeRecord record = Objects.requireNonNull(household.incomeOf(parameters.year()), "record");
        List<Finding> findings = new ArrayList<>(4);
        screen(household, parameters, indicators, record, findings);
        if (kept != null) {
            findings.set(findings.size() - 1, KEPT_FINDINGS[kept.ordinal()]);
        }
        // Made here and never changed: wrapped, not copied.
        return Collections.unmodifiableList(findings);
    }

    /**
     * MON-1..3 for a household that is not registered and not missed: the category it is monitored in, or null;
     * with findings, the threshold, each trigger that fired and the category are also explained.
     */
    private static @Nullable MonitoringCategory screen(Household household, YearParameters parameters,
            IndicatorReport indicators, IncomeRecord record, @Nullable List<Finding> findings) {
        CountyCode county = household.getArea().getCounty();
        if (findings != null) {
            findings.add(parameters.monitoringThreshold(county).finding());
        }

        // MON-3: each trigger a finding.
        int members = household.size();
        Yuan stable = record.stableIncome();
        // MON-1 with INC-3: stable < threshold × members, exactly; the per-capita figure is only displayed.
        boolean below = parameters.isBelowMonitoringThreshold(county, stable, members);
        if (below && findings != null) {
            BigDecimal perCapita = stable.perCapita(members).toBigDecimal();
            BigDecimal shown = parameters.monitoringThreshold(county).amount().toBigDecimal();
            boolean displayedBelow = perCapita.compareTo(shown) < 0;
            findings.add(Finding.of(Rule.MON_3, true, perCapita, shown, null,
                    displayedBelow ? BELOW_THRESHOLD : BELOW_THRESHOLD_ROUNDED));
        }
        List<Indicator> gaps = indicators.gaps();
        boolean unmet = !gaps.isEmpty();
        if (findings != null) {
            for (Indicator gap : gaps) {
                findings.add(UNMET_FINDINGS[gap.ordinal()]);
            }
        }
        // non-short-circuit: every trigger that fires is reported
        boolean shock = spending(record, parameters, findings) | incomeFell(household, record, parameters, findings);
        boolean triggered = below || unmet || shock;
        if (!triggered && findings != null) {
            findings.add(NO_TRIGGER_FINDING);
        }

        // MON-2: the category.
        MonitoringCategory category = null;
        if (household.getStatus().getState() == RegistrationState.EXITED) {
            // any trigger, whatever the income; stable income below the threshold is itself a trigger
            category = triggered ? MonitoringCategory.UNSTABLE_EXITED : null;
        } else if (below || unmet) {
            category = MonitoringCategory.MARGINAL;
        } else if (shock) {
            category = MonitoringCategory.SUDDEN_HARDSHIP;
        }
        if (findings != null) {
            findings.add(category == null ? NOT_MONITORED_FINDING : CATEGORY_FINDINGS[category.ordinal()]);
        }
        return category;
    }

    /**
     * MON-3: rigid spending — out-of-pocket medical costs, schooling costs and disaster losses, summed — above the
     * shock share of net income, exactly: spent × 100 &gt; net × share. Any spending against no positive net income
     * is a shock. The finding names each part.
     */
    private static boolean spending(IncomeRecord record, YearParameters parameters,
            @Nullable List<Finding> findings) {
        Yuan medical = record.getMedicalOutOfPocket();
        Yuan education = record.getEducationCosts();
        Yuan disaster = record.getDisasterLoss();
        // Summed in fen, overflowing as Yuan.plus does: most households spend nothing, and then make no amount.
        long spentFen = Math.addExact(Math.addExact(medical.fen(), education.fen()), disaster.fen());
        if (spentFen <= 0) {
            return false;
        }
        Yuan spent = Yuan.ofFen(spentFen);
        BigDecimal share = parameters.value(ParameterKey.SHOCK_SHARE_PERCENT);
        Yuan net = record.netIncome();
        boolean noIncome = !net.isPositive();
        if (!noIncome && !spent.exceedsPercentOf(net, share)) {
            return false;
        }
        if (findings == null) {
            return true;
        }
        String parts = PARTS[0] + ' ' + medical + ", " + PARTS[1] + ' ' + education + ", " + PARTS[2] + ' ' + disaster;
        if (noIncome) {
            findings.add(Finding.ofAmounts(Rule.MON_3, true, spent, null, parts, SPENDING_NO_INCOME));
            return true;
        }
        Finding finding = percentFinding(spent.fen(), 0, net.fen(), share, parts, SPENDING);
        // Exactly above the share, yet shown at it (50.00005% as 50.00%): the finding says so, as INC-3 asks.
        findings.add(Objects.requireNonNull(finding.observed()).compareTo(share) > 0 ? finding
                : percentFinding(spent.fen(), 0, net.fen(), share, parts, SPENDING_ROUNDED));
        return true;
    }

    /**
     * How one part of rigid spending, such as {@code medicalOutOfPocket 3000.00}, reads in a language; anything
     * else reads as it is.
     */
    static UnaryOperator<String> part(boolean chinese) {
        return code -> {
            int space = code.indexOf(' ');
            String name = code.substring(0, Math.max(space, 0));
            for (int i = 0; i < PARTS.length; i++) {
                if (PARTS[i].equals(name)) {
                    String amount = code.substring(space + 1);
                    return chinese ? PARTS_ZH[i] + amount + "元" : PARTS_EN[i] + amount;
                }
            }
            return code;
        };
    }

    /**
     * MON-3, a local practice: per-capita income fell by at least the parameter's percentage from the latest earlier
     * income record, whatever its year (a gap year does not hide a fall); the finding names that year. Stable
     * income (INC-4) is compared, as monitoring uses it: a one-off transfer neither makes nor hides a fall.
     */
    private static boolean incomeFell(Household household, IncomeRecord record, YearParameters parameters,
            @Nullable List<Finding> findings) {
        IncomeRecord previous = latestBefore(household, parameters.year());
        if (previous == null || !previous.stableIncome().isPositive()) {
            return false;
        }
        BigDecimal fall = parameters.value(ParameterKey.INCOME_FALL_PERCENT);
        // members are the same registered members
        boolean fell = fellBy(record.stableIncome(), previous.stableIncome(),
                parameters.remainingPercent(ParameterKey.INCOME_FALL_PERCENT));
        if (fell && findings != null) {
            long before = previous.stableIncome().fen();
            findings.add(percentFinding(before, record.stableIncome().fen(), before, fall,
                    previous.getYear().toString(), INCOME_FELL));
        }
        return fell;
    }

    /** Whether income fell by at least a percentage, exactly: now ≤ (100 − fall)% of before, the rest given. */
    static boolean fellBy(Yuan now, Yuan before, BigDecimal rest) {
        return !now.exceedsPercentOf(before, rest);
    }

    /** The income record of the latest year before a year, or null if there is none. */
    private static @Nullable IncomeRecord latestBefore(Household household, Year year) {
        IncomeRecord latest = null;
        List<IncomeRecord> income = household.getIncome();
        for (int i = 0; i < income.size(); i++) {
            IncomeRecord r = income.get(i);
            if (r.getYear().isBefore(year) && (latest == null || r.getYear().isAfter(latest.getYear()))) {
                latest = r;
            }
        }
        return latest;
    }

    /**
     * A MON-3 finding observing (from − less) × 100 ÷ whole, a percentage to two decimals rounded half-up (whole
     * &gt; 0): in {@code long} arithmetic, exactly as {@link BigDecimal#divide(BigDecimal, int, RoundingMode)}
     * rounds, unless it overflows.
     */
    static Finding percentFinding(long from, long less, long whole, BigDecimal threshold,
            @Nullable String subject, Wording wording) {
        try {
            long scaled = Math.multiplyExact(Math.subtractExact(from, less), 10_000L);
            long percent = scaled / whole;
            long remainder = Math.abs(scaled % whole);
            if (remainder >= whole - remainder) {
                percent += scaled < 0 ? -1 : 1;
            }
            return Finding.of(Rule.MON_3, true, BigDecimal.valueOf(percent, 2), threshold, subject, wording);
        } catch (ArithmeticException e) {
            BigDecimal percent = BigDecimal.valueOf(from).subtract(BigDecimal.valueOf(less)).multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
            return Finding.of(Rule.MON_3, true, percent, threshold, subject, wording);
        }
    }
}

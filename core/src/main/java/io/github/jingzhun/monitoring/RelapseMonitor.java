package io.github.jingzhun.monitoring;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Labelled;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.parameter.YearParameters.LineApplied;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Dynamic monitoring against relapse into poverty (防止返贫动态监测) [MON2020]: the threshold
 * (MON-1), the triggers (MON-3) and the category (MON-2). A pure function.
 *
 * <p>Categories, where the spec lets two apply: a REGISTERED household is assisted, never monitored; an EXITED
 * household with its stable income below the threshold or any trigger is UNSTABLE_EXITED; a never-registered
 * household below the threshold, or with an indicator UNMET, is MARGINAL; a never-registered household above the
 * threshold whose only triggers are rigid spending or an income drop is SUDDEN_HARDSHIP.
 */
public final class RelapseMonitor {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Wording ASSISTED = Wording.of(
            "A registered household is assisted, not monitored", "建档立卡贫困户享受帮扶，不纳入防返贫监测");
    private static final Wording BELOW_THRESHOLD = Wording.of(
            "Stable per-capita income {observed} is below the monitoring threshold {threshold}",
            "人均稳定收入{observed}元低于监测标准{threshold}元");
    private static final Wording INDICATOR_UNMET = Wording.of(
            "The {subject} guarantee is not met", "{subject}保障未达标",
            Labelled.english(Indicator.class), Labelled.chinese(Indicator.class));
    private static final Wording[] SPENDING = {
        Wording.of("Out-of-pocket medical costs are {observed}% of net income, above {threshold}%",
                "自付医疗费用占家庭纯收入{observed}%，超过{threshold}%"),
        Wording.of("Education costs are {observed}% of net income, above {threshold}%",
                "教育支出占家庭纯收入{observed}%，超过{threshold}%"),
        Wording.of("Disaster losses are {observed}% of net income, above {threshold}%",
                "灾害损失占家庭纯收入{observed}%，超过{threshold}%"),
    };
    private static final Wording[] SPENDING_NO_INCOME = {
        Wording.of("Out-of-pocket medical costs of {observed} against no positive net income",
                "家庭纯收入不为正，自付医疗费用{observed}元"),
        Wording.of("Education costs of {observed} against no positive net income", "家庭纯收入不为正，教育支出{observed}元"),
        Wording.of("Disaster losses of {observed} against no positive net income", "家庭纯收入不为正，灾害损失{observed}元"),
    };
    private static final Wording INCOME_FELL = Wording.of(
            "Per-capita income fell by {observed}% from {subject}, at least {threshold}%",
            "人均纯收入较{subject}年下降{observed}%，降幅达到{threshold}%");
    private static final Wording NO_TRIGGER = Wording.of(
            "No monitoring trigger applies", "未触发监测条件");
    private static final Wording[] CATEGORY = {
        Wording.of("Monitored as UNSTABLE_EXITED: an exited household at risk of relapse",
                "纳入监测：脱贫不稳定户"),
        Wording.of("Monitored as MARGINAL: a household at risk of falling into poverty", "纳入监测：边缘易致贫户"),
        Wording.of("Monitored as SUDDEN_HARDSHIP: severe hardship from rigid spending or an income drop",
                "纳入监测：突发严重困难户"),
    };
    private static final Wording NOT_MONITORED = Wording.of(
            "Not monitored: stable income reaches the threshold and no trigger applies",
            "不纳入监测：稳定收入达到监测标准且未触发监测条件");

    // Decisions and findings that read the same for every household they apply to are shared: they are immutable.
    private static final MonitoringDecision ASSISTED_DECISION =
            new MonitoringDecision(false, null, List.of(Finding.of(Rule.MON_2, false, null, ASSISTED)));
    private static final Finding NO_TRIGGER_FINDING = Finding.of(Rule.MON_3, false, null, NO_TRIGGER);
    private static final Finding NOT_MONITORED_FINDING = Finding.of(Rule.MON_2, false, null, NOT_MONITORED);
    private static final Finding[] CATEGORY_FINDINGS = new Finding[MonitoringCategory.values().length];
    private static final Finding[] UNMET_FINDINGS = new Finding[Indicator.values().length];

    static {
        for (MonitoringCategory c : MonitoringCategory.values()) {
            CATEGORY_FINDINGS[c.ordinal()] = Finding.of(Rule.MON_2, true, c.name(), CATEGORY[c.ordinal()]);
        }
        for (Indicator i : Indicator.values()) {
            UNMET_FINDINGS[i.ordinal()] = Finding.of(Rule.MON_3, true, i.name(), INDICATOR_UNMET);
        }
    }

    private RelapseMonitor() {}

    /**
     * Decides whether, and as what, a household is to be monitored in an income year.
     *
     * @param household the household, not null
     * @param parameters the year's parameters, not null
     * @param indicators the household's indicators for the year, not null
     * @return the decision, not null
     * @throws IllegalArgumentException if a household that is not registered has no income record for the year
     */
    public static MonitoringDecision decide(Household household, YearParameters parameters,
            IndicatorReport indicators) {
        RegistrationState state = household.getStatus().getState();
        if (state == RegistrationState.REGISTERED) {
            return ASSISTED_DECISION;
        }
        IncomeRecord record = household.incomeOf(parameters.year());
        if (record == null) {
            throw new IllegalArgumentException("household " + household.getId() + " has no income record for "
                    + parameters.year() + ": it cannot be screened for monitoring");
        }
        List<Finding> findings = new ArrayList<>(4);
        LineApplied threshold = parameters.monitoringThreshold(household.getArea().getCounty());
        findings.add(threshold.finding());

        // MON-3: each trigger a finding.
        int members = household.size();
        Yuan stable = record.stableIncome();
        long thresholdFen = threshold.amount().fen();
        boolean below = stable.fen() < Math.multiplyExact(thresholdFen, members);
        if (below) {
            findings.add(Finding.of(Rule.MON_3, true, stable.perCapita(members).fen(), 2, thresholdFen, 2, null,
                    BELOW_THRESHOLD));
        }
        boolean unmet = false;
        for (Indicator gap : indicators.gaps()) {
            unmet = true;
            findings.add(UNMET_FINDINGS[gap.ordinal()]);
        }
        // non-short-circuit: every trigger that fires is reported
        boolean shock = spending(record, parameters, findings) | incomeFell(household, record, parameters, findings);
        int triggers = findings.size() - 1;
        if (triggers == 0) {
            findings.add(NO_TRIGGER_FINDING);
        }

        // MON-2: the category.
        MonitoringCategory category = null;
        if (state == RegistrationState.EXITED && (below || triggers > 0)) {
            category = MonitoringCategory.UNSTABLE_EXITED;
        } else if (state == RegistrationState.NOT_REGISTERED && (below || unmet)) {
            category = MonitoringCategory.MARGINAL;
        } else if (state == RegistrationState.NOT_REGISTERED && shock) {
            category = MonitoringCategory.SUDDEN_HARDSHIP;
        }
        findings.add(category == null ? NOT_MONITORED_FINDING : CATEGORY_FINDINGS[category.ordinal()]);
        return new MonitoringDecision(category != null, category, findings);
    }

    /** MON-3: medical, education and disaster spending each above the shock share of net income. */
    private static boolean spending(IncomeRecord record, YearParameters parameters, List<Finding> findings) {
        BigDecimal share = parameters.value(ParameterKey.SHOCK_SHARE_PERCENT);
        Yuan net = record.netIncome();
        boolean any = false;
        for (int i = 0; i < SPENDING.length; i++) {
            Yuan spent = i == 0 ? record.getMedicalOutOfPocket() : i == 1 ? record.getEducationCosts()
                    : record.getDisasterLoss();
            // spent > share% of net, exactly: spent × 100 > net × share; any spending against no income is a shock
            boolean shock = spent.fen() > 0 && (net.fen() <= 0 || spent.exceedsPercentOf(net, share));
            if (shock && net.fen() <= 0) {
                any = true;
                findings.add(Finding.of(Rule.MON_3, true, spent.fen(), 2, null, null, SPENDING_NO_INCOME[i]));
            } else if (shock) {
                any = true;
                findings.add(percentFinding(spent.fen(), 0, net.fen(), share, null, SPENDING[i]));
            }
        }
        return any;
    }

    /**
     * MON-3, a local practice: per-capita income fell by at least the parameter's percentage from the year before. Stable
     * income (INC-4) is compared, as monitoring uses it: a one-off transfer neither makes nor hides a fall.
     */
    private static boolean incomeFell(Household household, IncomeRecord record, YearParameters parameters,
            List<Finding> findings) {
        IncomeRecord previous = household.incomeOf(parameters.year().minusYears(1));
        if (previous == null || previous.stableIncome().fen() <= 0) {
            return false;
        }
        BigDecimal fall = parameters.value(ParameterKey.INCOME_FALL_PERCENT);
        // fell by ≥ fall%, exactly: now × 100 ≤ before × (100 − fall); members are the same registered members
        boolean fell = !record.stableIncome().exceedsPercentOf(previous.stableIncome(), HUNDRED.subtract(fall));
        if (fell) {
            long before = previous.stableIncome().fen();
            findings.add(percentFinding(before, record.stableIncome().fen(), before, fall,
                    previous.getYear().toString(), INCOME_FELL));
        }
        return fell;
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
            return Finding.of(Rule.MON_3, true, percent, 2, threshold, subject, wording);
        } catch (ArithmeticException e) {
            BigDecimal percent = BigDecimal.valueOf(from).subtract(BigDecimal.valueOf(less)).multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
            return Finding.of(Rule.MON_3, true, percent, threshold, subject, wording);
        }
    }
}

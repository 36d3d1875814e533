package io.github.jingzhun.explain;

import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.area.ClimateZone;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.PersonalData;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.exit.ExitDecision;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.MonitoringHistory;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.identification.Exclusion;
import io.github.jingzhun.identification.HouseholdIdentifier;
import io.github.jingzhun.identification.Identification;
import io.github.jingzhun.identification.Outcome;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.monitoring.MonitoringCase;
import io.github.jingzhun.monitoring.MonitoringDecision;
import io.github.jingzhun.monitoring.RiskElimination;
import io.github.jingzhun.monitoring.RiskReview;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.Step;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The smallest changes that would flip each outcome of a household's decision, from the same rules and parameters
 * the decision was made with. Nothing is computed while assessing: only when asked for here. A pure function.
 *
 * <ul>
 *   <li>Identification (ID-H-1): the income change, household total and per person, to the fen, that takes
 *       per-capita net income across the line, either way.</li>
 *   <li>Exclusion (ID-H-2): for an income-poor household excluded, each exclusion that blocks it.</li>
 *   <li>Exit (EX-H-1..4), for a registered household, until it has exited: the stable-income shortfall (relying
 *       on one-off transfers, EX-H-4, when net income would pass); each unmet indicator criterion with the value
 *       that meets it; the exit steps remaining (EX-H-3), which an eligible household still has to take.</li>
 *   <li>Monitoring (MON-1..3), for a household not registered: the one rise of income that clears every income
 *       trigger (the largest any of them needs) and each indicator gap; or, when not monitored, how far stable
 *       income may fall before it is.</li>
 *   <li>Risk elimination (MON-4), for a monitored household with a history: the months still to pass, a measure
 *       still to apply; for a household without labour capacity on the safety net, that it never can be.</li>
 * </ul>
 * An income rise is asked of {@code wage}, which adds to net and stable income alike (INC-1, INC-4), or of
 * {@code property} income when no member may be in work ({@link Member#mayBeInWork()}), as a wage would contradict
 * the registry (AUD-6); a fall lowers {@code wage}, or, when the wage is too small, raises {@code productionCosts}.
 */
public final class Changes {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Changes() {}

    /**
     * Assesses a household and explains what would change its decision.
     *
     * @param policy the policy, not null
     * @param household the household, not null
     * @param year the income year, not null
     * @return the explanation, not null
     * @throws IllegalArgumentException if the household has no income record for the year
     * @throws io.github.jingzhun.parameter.MissingParameterException if the policy has no line for the year
     */
    public static Explanation of(PovertyPolicy policy, Household household, Year year) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(year, "year");
        return of(policy, household, policy.assess(household, year));
    }

    /**
     * Explains what would change a decision already made.
     *
     * @param policy the policy that made the decision, not null
     * @param household the household decided on, not null
     * @param decision the policy's decision on the household, not null
     * @return the explanation, not null
     * @throws IllegalArgumentException if the decision is on another household, or the household has no income
     *     record for the decision's year
     */
    public static Explanation of(PovertyPolicy policy, Household household, Decision decision) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(decision, "decision");
        if (!decision.household().equals(household.getId())) {
            // a decision built in Java may name its household by any text: repeated only if it could be an id
            throw new IllegalArgumentException("the decision is on household "
                    + PersonalData.quoted(decision.household()) + ", not " + household.getId());
        }
        return new Explainer(household, policy.parametersFor(decision.year()), decision).explain();
    }

    /** The changes of one decision, collected in order. */
    private static final class Explainer {

        private final Household household;
        private final YearParameters p;
        private final Decision decision;
        private final IncomeRecord record;
        private final String recordPath;
        private final int n;
        private final CountyCode county;
        private final List<Change> changes = new ArrayList<>();

        Explainer(Household household, YearParameters p, Decision decision) {
            this.household = household;
            this.p = p;
            this.decision = decision;
            IncomeRecord r = household.incomeOf(p.year());
            if (r == null) {
                throw new IllegalArgumentException("household " + household.getId() + " has no income record for "
                        + p.year());
            }
            this.record = r;
            this.recordPath = "$.income[" + household.getIncome().indexOf(r) + "]";
            this.n = household.size();
            this.county = household.getArea().getCounty();
        }

        Explanation explain() {
            identification();
            RegistrationState state = household.getStatus().getState();
            if (state == RegistrationState.REGISTERED) {
                exit();
                registeredAgain();
            } else {
                monitoring(state);
            }
            return new Explanation(household.getId(), p.year(), changes);
        }

        // --- identification (ID-H-1, ID-H-2) ---

        private void identification() {
            Identification id = decision.identification();
            long lineTotal = Math.multiplyExact(p.line(county).amount().fen(), n);
            long net = record.netIncome().fen();
            if (id.outcome() != Outcome.NOT_ELIGIBLE) {
                // below the line (ELIGIBLE or EXCLUDED); at the line is not below it
                raise(Goal.IDENTIFICATION, Rule.ID_H_1, lineTotal - net, Text.ABOVE_LINE, p.line(county).amount());
            } else {
                lower(Goal.IDENTIFICATION, Rule.ID_H_1, net - lineTotal + 1, Text.BELOW_LINE,
                        p.line(county).amount());
            }
            if (id.outcome() == Outcome.EXCLUDED) {
                exclusions();
            }
        }

        private void exclusions() {
            List<String> paths = new ArrayList<>();
            List<Member> members = household.getMembers();
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).isPublicEmployee() && p.isOn(Exclusion.PUBLIC_EMPLOYEE.switchKey())) {
                    paths.add("$." + Household.memberRef(i) + ".publicEmployee");
                }
                if (members.get(i).isRegisteredEnterprise() && p.isOn(Exclusion.REGISTERED_ENTERPRISE.switchKey())) {
                    paths.add("$." + Household.memberRef(i) + ".registeredEnterprise");
                }
            }
            if (household.getAssets().isPrivateCar() && p.isOn(Exclusion.PRIVATE_CAR.switchKey())) {
                paths.add("$.assets.privateCar");
            }
            if (household.getAssets().isTownCommercialHousing()
                    && p.isOn(Exclusion.TOWN_COMMERCIAL_HOUSING.switchKey())) {
                paths.add("$.assets.townCommercialHousing");
            }
            for (String path : paths) {
                String[] text = paths.size() == 1 ? Text.ONLY_EXCLUSION : Text.ONE_OF_EXCLUSIONS;
                add(Goal.EXCLUSION, ChangeKind.EXCLUSION, Rule.ID_H_2, path, "true", "false", null, null, text,
                        "count", String.valueOf(paths.size()));
            }
        }

        // --- exit (EX-H-1..4) ---

        private void exit() {
            ExitDecision exit = decision.exit();
            // an exit-eligible household has stable income above the line and no indicator gap: nothing is raised
            long lineTotal = Math.multiplyExact(p.line(county).amount().fen(), n);
            boolean paper = record.netIncome().fen() > lineTotal;  // EX-H-4: above only with one-off transfers
            raise(Goal.EXIT, paper ? Rule.EX_H_4 : Rule.EX_H_1, lineTotal + 1 - record.stableIncome().fen(),
                    paper ? Text.PAPER_EXIT : Text.STABLE_SHORTFALL, p.line(county).amount());
            indicators(Goal.EXIT, decision.indicators());
            List<Step> remaining = exit.remainingSteps();
            if (!remaining.isEmpty()) {
                StringJoiner names = new StringJoiner(", ");
                for (Step step : remaining) {
                    names.add(step.name());
                }
                String steps = names.toString();
                add(Goal.EXIT, ChangeKind.PROCEDURE, Rule.EX_H_3, "$.procedures", null, steps, null, null,
                        new String[] {"Exit steps remaining: " + Step.englishList(steps),
                            "尚需完成的退出程序：" + Step.chineseList(steps)});
            }
        }

        // --- indicators (EX-H-2, MON-3) ---

        private void indicators(Goal goal, IndicatorReport report) {
            for (Indicator gap : report.gaps()) {
                switch (gap) {
                    case FOOD -> fact(goal, Rule.IND_FOOD, "$.conditions.foodAssured", "false", "true", Text.FOOD);
                    case CLOTHING -> fact(goal, Rule.IND_CLOTHING, "$.conditions.clothingAssured", "false", "true",
                            Text.CLOTHING);
                    case EDUCATION -> education(goal, report.result(gap).findings());
                    case MEDICAL -> medical(goal, report.result(gap).findings());
                    case HOUSING -> housing(goal);
                    case WATER -> water(goal);
                    default -> throw new IllegalStateException("no such indicator: " + gap);
                }
            }
        }

        /** IND-EDU: each member of compulsory-education age not educated, to be enrolled. */
        private void education(Goal goal, List<Finding> findings) {
            for (Finding f : findings) {
                if (!f.passed()) {
                    String member = subject(f);
                    Schooling now = household.getMembers().get(memberIndex(member)).getSchooling();
                    fact(goal, Rule.IND_EDU, "$." + member + ".schooling", now.name(), Schooling.ENROLLED.name(),
                            Text.SCHOOLING);
                }
            }
        }

        /** IND-MED: each member named by a gap, for the cover it lacks: basic insurance, serious-illness cover. */
        private void medical(Goal goal, List<Finding> findings) {
            List<String> named = new ArrayList<>();
            for (Finding f : findings) {
                if (f.passed() || named.contains(subject(f))) {
                    continue;
                }
                String member = subject(f);
                named.add(member);
                Member m = household.getMembers().get(memberIndex(member));
                if (!m.isMedicalInsurance()) {
                    fact(goal, Rule.IND_MED, "$." + member + ".medicalInsurance", "false", "true", Text.MEDICAL);
                }
                if (m.getHealth() == Health.SERIOUS_ILLNESS && !m.isSeriousIllnessInsurance()) {
                    fact(goal, Rule.IND_MED, "$." + member + ".seriousIllnessInsurance", "false", "true",
                            Text.SERIOUS_ILLNESS);
                }
            }
        }

        /**
         * IND-HOUSE: an unappraised or unsafe dwelling appraised safe; and, since an unsafe house is not checked for
         * its climate, a dwelling that does not fit it made to.
         */
        private void housing(Goal goal) {
            Housing housing = household.getConditions().getHousing();
            if (!housing.getSafety().isSafe()) {
                fact(goal, Rule.IND_HOUSE, "$.conditions.housing.safety", housing.getSafety().name(), "SAFE",
                        Text.HOUSE_SAFE);
            }
            if (p.geography().climateZone(county) == ClimateZone.NORTH) {
                if (!housing.isWarmInWinter()) {
                    fact(goal, Rule.IND_HOUSE, "$.conditions.housing.warmInWinter", "false", "true", Text.WARM);
                }
            } else if (!housing.isVentilatedAndDampProof()) {
                fact(goal, Rule.IND_HOUSE, "$.conditions.housing.ventilatedAndDampProof", "false", "true",
                        Text.VENTILATED);
            }
        }

        /** IND-WATER: each of its criteria unmet, as the indicator decides it, with the value that meets it. */
        private void water(Goal goal) {
            Water water = household.getConditions().getWater();
            if (!Indicators.waterQuality(water).passed()) {
                fact(goal, Rule.IND_WATER, "$.conditions.water.qualityMeetsStandard", "false", "true",
                        Text.WATER_QUALITY);
            }
            Finding quantity = Indicators.waterQuantity(water, p);
            if (!quantity.passed()) {
                fact(goal, Rule.IND_WATER, "$.conditions.water.litresPerPersonPerDay",
                        String.valueOf(water.getLitresPerPersonPerDay()), whole(quantity, RoundingMode.CEILING),
                        Text.WATER_LITRES);
            }
            Finding access = Indicators.waterAccess(water, p);
            Integer minutes = water.getFetchRoundTripMinutes();
            if (!access.passed() && minutes == null) {
                fact(goal, Rule.IND_WATER, "$.conditions.water.pipedToYard", "false", "true", Text.WATER_PIPED);
            } else if (!access.passed()) {
                fact(goal, Rule.IND_WATER, "$.conditions.water.fetchRoundTripMinutes", String.valueOf(minutes),
                        whole(access, RoundingMode.FLOOR), Text.WATER_TRIP);
            }
            Finding guarantee = Indicators.waterGuarantee(water, p);
            if (!guarantee.passed()) {
                fact(goal, Rule.IND_WATER, "$.conditions.water.guaranteeRatePercent",
                        String.valueOf(water.getGuaranteeRatePercent()), whole(guarantee, RoundingMode.CEILING),
                        Text.WATER_GUARANTEE);
            }
        }

        // --- monitoring (MON-1..3) ---

        private void monitoring(RegistrationState state) {
            MonitoringDecision monitoring = decision.monitoring();
            long stable = record.stableIncome().fen();
            long reach = smallestNotBelowThreshold();
            Yuan threshold = p.monitoringThreshold(county).amount();
            // AUD-10: poor, not registered, in a year open to registration: to be registered, not monitored.
            boolean missed = HouseholdIdentifier.isMissed(household, p, decision.identification());
            boolean triggered = triggered(monitoring);
            // PROC-MON: a household included in monitoring, its risk not marked eliminated, leaves it only then,
            // whether or not a trigger applies: risk elimination (MON-4) is part of what ends monitoring
            RiskReview review = monitoring.riskElimination();
            MonitoringHistory history = household.getMonitoring();
            boolean open = monitoring.monitored() && review != null && history != null
                    && !review.monitoringCase().isEliminated();
            if (open && RiskElimination.isOnSafetyNet(household, record,
                    RiskElimination.measuresApplied(history, p.lastDay().plusDays(1)))) {
                // never eliminated, never out of monitoring: no trigger cleared changes that
                add(Goal.MONITORING, ChangeKind.IMPOSSIBLE, Rule.MON_4, "$.members", null, null, null, null,
                        Text.SAFETY_NET);
                riskElimination(monitoring, triggered, missed);
                return;
            }
            if (triggered) {
                // Every income trigger is cleared by a higher income (wage or property), which raises net and stable
                // income alike: the largest raise clears them all, so it is the one change of income needed.
                Raise most = null;
                for (Finding f : monitoring.findings()) {
                    if (f.rule() != Rule.MON_3 || !f.passed()) {
                        continue;
                    }
                    String subject = f.subject();
                    Raise raise = subject == null ? new Raise(reach - stable, Text.MONITORING_BELOW, threshold)
                            : subject.startsWith("medicalOutOfPocket") ? spending()
                            : isYear(subject) ? incomeFall(Year.parse(subject)) : null;
                    if (raise != null && (most == null || raise.fen() > most.fen())) {
                        most = raise;
                    }
                }
                if (most != null) {
                    raise(Goal.MONITORING, Rule.MON_3, most.fen(), most.text(), most.reference());
                }
                indicators(Goal.MONITORING, decision.indicators());
            } else if (missed) {
                // To be registered (AUD-10), not monitored: at the line it is no longer poor, and is monitored
                // if its stable income is then below the threshold.
                long rise = Math.multiplyExact(p.line(county).amount().fen(), n) - record.netIncome().fen();
                if (stable + rise < reach) {
                    raise(Goal.MONITORING, Rule.ID_H_1, rise, Text.REGISTER_FIRST, p.line(county).amount());
                }
            } else if (!monitoring.monitored()) {
                margin(state, stable - reach + 1, threshold);
            }
            if (open) {
                add(Goal.MONITORING, ChangeKind.PROCEDURE, Rule.MON_4, "$.monitoring", null, null, null, null,
                        Text.RISK_ELIMINATED);
            }
            riskElimination(monitoring, triggered, missed);
        }

        /** MON-3: whether a trigger fired this year, each a MON-3 finding passed. */
        private static boolean triggered(MonitoringDecision monitoring) {
            if (!monitoring.monitored()) {
                return false;
            }
            for (Finding f : monitoring.findings()) {
                if (f.rule() == Rule.MON_3 && f.passed()) {
                    return true;
                }
            }
            return false;
        }

        /** MON-1: the least stable income, in fen, not below the threshold times the members, exactly. */
        private long smallestNotBelowThreshold() {
            BigDecimal exact = p.exactMonitoringThreshold(county).multiply(BigDecimal.valueOf(n)).movePointRight(2);
            long candidate = exact.setScale(0, RoundingMode.CEILING).longValueExact();
            return least(candidate, fen -> !p.isBelowMonitoringThreshold(county, Yuan.ofFen(fen), n));
        }

        /**
         * For a household not monitored: the smallest fall in income that starts monitoring, whichever trigger it
         * fires first — stable income below the threshold (MON-1), rigid spending a shock against the lower net
         * income, or a fall from the earlier year's stable income (MON-3).
         */
        private void margin(RegistrationState state, long belowThreshold, Yuan threshold) {
            long fall = belowThreshold;
            Rule rule = Rule.MON_1;
            String[] text = Text.MONITORING_MARGIN;
            Yuan reference = threshold;
            // no spending is never a shock, and no earlier income never falls: either is the whole income away
            Yuan spent = spent();
            long bySpending = record.netIncome().fen() - leastNetWithoutShock(spent) + 1;
            if (bySpending < fall) {
                fall = bySpending;
                rule = Rule.MON_3;
                text = Text.SPENDING_MARGIN;
                reference = spent;
            }
            IncomeRecord previous = latestBefore();
            if (previous != null) {
                long byFall = record.stableIncome().fen() - leastStableWithoutFall(previous.stableIncome()) + 1;
                if (byFall < fall) {
                    fall = byFall;
                    rule = Rule.MON_3;
                    text = Text.ofYear(Text.FALL_MARGIN, previous.getYear());
                    reference = previous.stableIncome();
                }
            }
            long lineTotal = Math.multiplyExact(p.line(county).amount().fen(), n);
            boolean open = state == RegistrationState.NOT_REGISTERED && HouseholdIdentifier.isOpenToRegistration(p);
            // a poor household in a year open to registration is to be registered (AUD-10), not monitored
            if (open && record.netIncome().fen() - fall < lineTotal) {
                return;
            }
            lower(Goal.MONITORING, rule, fall, text, reference);
        }

        private Yuan spent() {
            return record.getMedicalOutOfPocket().plus(record.getEducationCosts()).plus(record.getDisasterLoss());
        }

        /** MON-3 rigid spending: the least net income, in fen, against which the spending is no shock. */
        private long leastNetWithoutShock(Yuan spent) {
            BigDecimal share = p.value(ParameterKey.SHOCK_SHARE_PERCENT);
            long candidate = BigDecimal.valueOf(spent.fen()).multiply(HUNDRED)
                    .divide(share, 0, RoundingMode.CEILING).longValueExact();
            return least(Math.max(candidate, 1), fen -> fen > 0 && !spent.exceedsPercentOf(Yuan.ofFen(fen), share));
        }

        /** MON-3 income fall: the least stable income, in fen, that is no fall from an earlier one. */
        private long leastStableWithoutFall(Yuan before) {
            BigDecimal kept = HUNDRED.subtract(p.value(ParameterKey.INCOME_FALL_PERCENT));
            long candidate = BigDecimal.valueOf(before.fen()).multiply(kept).divide(HUNDRED, 0, RoundingMode.FLOOR)
                    .longValueExact() + 1;
            return least(candidate, fen -> Yuan.ofFen(fen).exceedsPercentOf(before, kept));
        }

        /** The income record of the latest year before the decision's, as MON-3 compares with. */
        private @Nullable IncomeRecord latestBefore() {
            IncomeRecord latest = null;
            for (IncomeRecord r : household.getIncome()) {
                if (r.getYear().isBefore(p.year()) && (latest == null || r.getYear().isAfter(latest.getYear()))) {
                    latest = r;
                }
            }
            return latest;
        }

        /** MON-3 rigid spending: the rise of net income after which the spending is no shock. */
        private Raise spending() {
            Yuan spent = spent();
            return new Raise(leastNetWithoutShock(spent) - record.netIncome().fen(), Text.SPENDING, spent);
        }

        /** MON-3 income fall: the rise of stable income after which it is no fall from an earlier year's. */
        private @Nullable Raise incomeFall(Year earlier) {
            IncomeRecord previous = household.incomeOf(earlier);
            return previous == null ? null
                    : new Raise(leastStableWithoutFall(previous.stableIncome()) - record.stableIncome().fen(),
                            Text.ofYear(Text.INCOME_FALL, earlier), previous.stableIncome());
        }

        // --- risk elimination (MON-4) ---

        /** MON-4; a household missed by registration is poor, which is a trigger though it is not monitored. */
        private void riskElimination(MonitoringDecision monitoring, boolean triggered, boolean missed) {
            RiskReview review = monitoring.riskElimination();
            MonitoringHistory history = household.getMonitoring();
            if (review == null || history == null || review.monitoringCase().isEliminated()) {
                return;
            }
            LocalDate asOf = p.lastDay().plusDays(1);
            List<MeasureCategory> measures = RiskElimination.measuresApplied(history, asOf);
            if (RiskElimination.isOnSafetyNet(household, record, measures)) {
                add(Goal.RISK_ELIMINATION, ChangeKind.IMPOSSIBLE, Rule.MON_4, "$.members", null, null, null, null,
                        Text.SAFETY_NET);
                return;
            }
            if (rolledBack(review, history) && RiskElimination.heldOn(household,
                    Objects.requireNonNull(history.getEliminatedOn()), p)) {
                // A mark rolled back by a returning trigger stands again once the triggers are cleared; one made
                // before its conditions held is not restored: the conditions below say what marks the risk anew.
                clearTriggers(missed);
                return;
            }
            MonitoringCase c = review.monitoringCase();
            months(c.incomeStableSince(), ParameterKey.RISK_STABLE_MONTHS, asOf, "$.monitoring.income",
                    Text.STABLE_MONTHS, Text.NOT_STABLE);
            months(c.monitoredSince(), ParameterKey.RISK_MONITORED_MONTHS, asOf, "$.monitoring.includedOn",
                    Text.MONITORED_MONTHS, Text.NOT_STABLE);
            if (measures.isEmpty()) {
                add(Goal.RISK_ELIMINATION, ChangeKind.PROCEDURE, Rule.MON_4, "$.monitoring.measures", "0", "1", null,
                        null, Text.MEASURE);
            }
            if (triggered || missed) {
                clearTriggers(missed);
            }
        }

        /**
         * MON-4: every trigger cleared. The monitoring goal names them for a monitored household; one missed by
         * registration is told there to register, so its triggers are named here: the rise of income that clears
         * every income trigger (the largest, as for a monitored household) and each guarantee unmet.
         */
        private void clearTriggers(boolean missed) {
            if (!missed) {
                add(Goal.RISK_ELIMINATION, ChangeKind.PROCEDURE, Rule.MON_4, "$", null, null, null, null,
                        Text.CLEAR_TRIGGERS);
                return;
            }
            Raise most = new Raise(smallestNotBelowThreshold() - record.stableIncome().fen(), Text.MONITORING_BELOW,
                    p.monitoringThreshold(county).amount());
            Raise shock = spending();
            IncomeRecord previous = latestBefore();
            Raise fall = previous == null ? null : incomeFall(previous.getYear());
            for (Raise raise : new Raise[] {shock, fall}) {
                if (raise != null && raise.fen() > most.fen()) {
                    most = raise;
                }
            }
            raise(Goal.RISK_ELIMINATION, Rule.MON_3, most.fen(), most.text(), most.reference());
            indicators(Goal.RISK_ELIMINATION, decision.indicators());
        }

        /** MON-4 for a registered household with a monitoring history: assisted again, it is reviewed once exited. */
        private void registeredAgain() {
            RiskReview review = decision.monitoring().riskElimination();
            if (review != null && !review.monitoringCase().isEliminated()) {
                add(Goal.RISK_ELIMINATION, ChangeKind.PROCEDURE, Rule.MON_4, "$.status.state",
                        RegistrationState.REGISTERED.name(), RegistrationState.EXITED.name(), null, null,
                        Text.EXIT_FIRST);
            }
        }

        /** Whether the review rolled back the history's mark of elimination (MON-4). */
        private static boolean rolledBack(RiskReview review, MonitoringHistory history) {
            LocalDate eliminated = history.getEliminatedOn();
            if (eliminated == null) {
                return false;
            }
            for (Finding f : review.findings()) {
                if (f.rule() == Rule.MON_4 && !f.passed() && eliminated.toString().equals(f.subject())) {
                    return true;
                }
            }
            return false;
        }

        /** MON-4: the months still to pass from a day before risk elimination can be considered. */
        private void months(@Nullable LocalDate since, ParameterKey key, LocalDate asOf, String path, String[] text,
                String[] none) {
            int months = p.intValue(key);
            String threshold = p.monitoringThreshold(county).amount().toString();
            if (since == null) {
                add(Goal.RISK_ELIMINATION, ChangeKind.TIME, Rule.MON_4, path, "0", String.valueOf(months), null,
                        null, none, "months", String.valueOf(months), "reference", threshold);
                return;
            }
            LocalDate due = since.plusMonths(months);
            if (!due.isAfter(asOf)) {
                return;
            }
            int left = 0;
            while (due.isAfter(asOf.plusMonths(left))) {
                left++;
            }
            add(Goal.RISK_ELIMINATION, ChangeKind.TIME, Rule.MON_4, path, String.valueOf(months - left),
                    String.valueOf(months), null, null, text, "months", String.valueOf(months), "since",
                    since.toString(), "due", due.toString(), "reference", threshold);
        }

        // --- the changes themselves ---

        /**
         * An income rise of {@code fen}: the wage, by that much, or property income where no member may be in work
         * (a wage there would contradict the registry, AUD-6): the income that reaches a household unable to work.
         */
        private void raise(Goal goal, Rule rule, long fen, String[] text, Yuan reference) {
            if (fen <= 0) {
                return;
            }
            boolean wage = household.getMembers().stream().anyMatch(Member::mayBeInWork);
            Yuan now = wage ? record.getWage() : record.getProperty();
            income(goal, rule, recordPath + (wage ? ".wage" : ".property"), now,
                    Yuan.ofFen(Math.addExact(now.fen(), fen)), fen, text, reference);
        }

        /** An income fall of {@code fen}: the wage, by that much, or the production costs up when it is too small. */
        private void lower(Goal goal, Rule rule, long fen, String[] text, Yuan reference) {
            if (fen <= 0) {
                return;
            }
            Yuan wage = record.getWage();
            if (wage.fen() >= fen) {
                income(goal, rule, recordPath + ".wage", wage, Yuan.ofFen(wage.fen() - fen), -fen, text, reference);
            } else {
                Yuan costs = record.getProductionCosts();
                income(goal, rule, recordPath + ".productionCosts", costs, Yuan.ofFen(Math.addExact(costs.fen(), fen)),
                        -fen, text, reference);
            }
        }

        private void income(Goal goal, Rule rule, String path, Yuan now, Yuan needed, long fen, String[] text,
                Yuan reference) {
            long each = Math.abs(fen) / n + (Math.abs(fen) % n == 0 ? 0 : 1);
            Yuan amount = Yuan.ofFen(Math.abs(fen));
            Yuan perPerson = Yuan.ofFen(each);
            add(goal, ChangeKind.INCOME, rule, path, now.toString(), needed.toString(), Yuan.ofFen(fen),
                    Yuan.ofFen(fen < 0 ? -each : each), text, "amount", amount.toString(), "perPerson",
                    perPerson.toString(), "members", String.valueOf(n), "reference", reference.toString());
        }

        private void fact(Goal goal, Rule rule, String path, @Nullable String now, String needed, String[] text) {
            add(goal, ChangeKind.INDICATOR, rule, path, now, needed, null, null, text);
        }

        private void add(Goal goal, ChangeKind kind, Rule rule, String path, @Nullable String now,
                @Nullable String needed, @Nullable Yuan amount, @Nullable Yuan perPerson, String[] text,
                String... values) {
            String en = fill(text[0], path, now, needed, values);
            String zh = fill(text[1], path, now, needed, values);
            changes.add(new Change(goal, kind, rule, path, now, needed, amount, perPerson, en, zh));
        }
    }

    /** A rise of income, in fen, that clears a monitoring trigger, with what says why and the figure compared. */
    private record Raise(long fen, String[] text, Yuan reference) {}

    /** The least value from a candidate on for which a test holds, where it holds from that value upwards. */
    static long least(long candidate, Predicate<Long> holds) {
        long v = candidate;
        while (!holds.test(v)) {
            v++;
        }
        while (holds.test(v - 1)) {
            v--;
        }
        return v;
    }

    private static String fill(String template, String path, @Nullable String now, @Nullable String needed,
            String... values) {
        String s = template.replace("{path}", path).replace("{now}", now == null ? "-" : now)
                .replace("{needed}", needed == null ? "-" : needed);
        for (int i = 0; i + 1 < values.length; i += 2) {
            s = s.replace("{" + values[i] + "}", values[i + 1]);
        }
        return s;
    }

    private static String subject(Finding f) {
        String s = f.subject();
        if (s == null) {
            throw new IllegalStateException("a member's finding names the member");
        }
        return s;
    }

    private static int memberIndex(String ref) {
        return Integer.parseInt(ref.substring(ref.indexOf('[') + 1, ref.indexOf(']')));
    }

    private static boolean isYear(String s) {
        return s.length() == 4 && s.chars().allMatch(Character::isDigit);
    }

    /** A criterion's threshold, a whole number of its unit, rounded towards meeting it. */
    private static String whole(Finding criterion, RoundingMode mode) {
        BigDecimal threshold = criterion.threshold();
        if (threshold == null) {
            throw new IllegalStateException("a criterion compared with a threshold has one");
        }
        return threshold.setScale(0, mode).toPlainString();
    }
}

package io.github.jingzhun.exit;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Labelled;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.RecordedProcedure;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.Procedure;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.Step;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Household exit [EXIT2016]: stable income above the line (EX-H-1), every indicator met (EX-H-2),
 * the exit procedure (EX-H-3) and the paper-exit guard (EX-H-4); for an exited household, the transition (GR-1).
 * A pure function.
 */
public final class HouseholdExit {

    private static final Wording ABOVE_LINE = Wording.of(
            "Stable per-capita income {observed} exceeds the {subject} line {threshold}",
            "人均稳定收入{observed}元高于{subject}年标准{threshold}元");
    private static final Wording ABOVE_LINE_ROUNDED = Wording.of(
            "Stable per-capita income rounds to {observed}, yet exactly exceeds the {subject} line {threshold} (INC-3)",
            "人均稳定收入四舍五入为{observed}元，但精确计算高于{subject}年标准{threshold}元（INC-3）");
    private static final Wording NOT_ABOVE_LINE = Wording.of(
            "Stable per-capita income {observed} does not exceed the {subject} line {threshold}",
            "人均稳定收入{observed}元未超过{subject}年标准{threshold}元");
    private static final Wording GUARANTEED = Wording.of(
            "Every indicator is met or not applicable", "两不愁三保障及饮水安全全部达标");
    private static final Wording NOT_GUARANTEED = Wording.of(
            "Indicators not met: {subject}", "未达标指标：{subject}",
            Wording.list(Labelled.english(Indicator.class), ", "),
            Wording.list(Labelled.chinese(Indicator.class), "、"));
    private static final Wording PAPER_EXIT = Wording.of(
            "Income {observed} exceeds the line {threshold} only with one-off transfers: a paper exit is refused",
            "人均收入{observed}元仅靠一次性转移收入才超过标准{threshold}元：不得“数字脱贫”");
    private static final Wording MARGINAL_EXIT = Wording.of(
            "Stable income {observed} is below the monitoring threshold {threshold}: the exit enrols the household "
                    + "in monitoring as UNSTABLE_EXITED",
            "人均稳定收入{observed}元低于监测线{threshold}元：退出后纳入脱贫不稳定户监测");
    private static final Wording MARGINAL_EXIT_ROUNDED = Wording.of(
            "Stable income rounds to {observed}, yet is exactly below the monitoring threshold {threshold} (INC-3): "
                    + "the exit enrols the household in monitoring as UNSTABLE_EXITED",
            "人均稳定收入四舍五入为{observed}元，但精确计算低于监测线{threshold}元（INC-3）：退出后纳入脱贫不稳定户监测");
    private static final Wording STABLE_EXIT = Wording.of(
            "Stable income {observed} does not rely on one-off transfers and reaches the monitoring threshold "
                    + "{threshold}",
            "人均稳定收入{observed}元不依赖一次性转移收入，达到监测线{threshold}元");
    private static final Wording STABLE_EXIT_ROUNDED = Wording.of(
            "Stable income rounds to {observed}, yet exactly reaches the monitoring threshold {threshold} (INC-3), "
                    + "and does not rely on one-off transfers",
            "人均稳定收入四舍五入为{observed}元，但精确计算达到监测线{threshold}元（INC-3），不依赖一次性转移收入");
    private static final Wording NOT_RELIANT = Wording.of(
            "Income does not exceed the line with one-off transfers either", "计入一次性转移收入也未超过标准");
    private static final Wording STEPS_REMAIN = Wording.of(
            "Exit steps remaining: {subject}", "尚需完成的退出程序：{subject}", Step::englishList, Step::chineseList);
    private static final Wording STEPS_DONE = Wording.of(
            "Every exit step is done: the household is deregistered", "退出程序已全部完成，已销号");
    private static final Wording PROCEDURE_REJECTED = Wording.of(
            "The exit procedure was rejected", "退出程序未获通过");
    private static final Wording NOT_REGISTERED = Wording.of(
            "The household is not registered, so there is nothing to exit", "本户未建档立卡，不涉及退出");
    private static final Wording ALREADY_EXITED = Wording.of(
            "The household exited on {subject}", "本户已于{subject}退出");
    private static final Wording IN_TRANSITION = Wording.of(
            "The exited household keeps its support policies until the end of {subject}, the national transition",
            "脱贫户在过渡期内（至{subject}年底）保持帮扶政策总体稳定");
    private static final Wording TRANSITION_OVER = Wording.of(
            "The national transition ended with {subject}: policies no longer continue by default",
            "过渡期已于{subject}年底结束");

    /** No exit procedure started: every step remains. Shared, as findings are immutable. */
    private static final Procedure NOT_STARTED = Procedure.start(ProcedureKind.HOUSEHOLD_EXIT);
    private static final Finding ALL_STEPS_REMAIN =
            NOT_STARTED.progress(Rule.EX_H_3, STEPS_DONE, PROCEDURE_REJECTED, STEPS_REMAIN);

    private static final Finding GUARANTEED_FINDING = Finding.of(Rule.EX_H_2, true, null, GUARANTEED);
    private static final Finding NOT_RELIANT_FINDING = Finding.of(Rule.EX_H_4, true, null, NOT_RELIANT);
    private static final Finding NOT_REGISTERED_FINDING = Finding.of(Rule.EX_H_3, false, null, NOT_REGISTERED);

    private HouseholdExit() {}

    /**
     * Decides whether a household may exit in an income year, with the exit procedure its record holds: the latest
     * PROC-EXIT procedure recorded, replayed through the state machine ({@link Procedure#replay}), or none started
     * when none is recorded. EX-H-3 then states the steps that remain after the last step regularly taken.
     *
     * @param household the household, not null
     * @param parameters the year's parameters, not null
     * @param indicators the household's indicators for the year, not null
     * @return the decision, not null
     * @throws IllegalArgumentException if the household has no income record for the year
     * @throws io.github.jingzhun.parameter.MissingParameterException if no notice length is in force on the day a
     *     recorded notice was posted
     */
    public static ExitDecision decide(Household household, YearParameters parameters, IndicatorReport indicators) {
        return decide(household, parameters, indicators, recordedExit(household, parameters));
    }

    /**
     * The household's latest recorded exit procedure, replayed, while it is registered; otherwise null. Only a
     * registered household's exit steps are reported (EX-H-3), so only then is the procedure replayed.
     */
    private static @Nullable Procedure recordedExit(Household household, YearParameters parameters) {
        RecordedProcedure recorded = household.getProcedures().isEmpty() ? null
                : household.latestProcedure(ProcedureKind.HOUSEHOLD_EXIT);
        if (recorded == null || household.getStatus().getState() != RegistrationState.REGISTERED) {
            return null;
        }
        return Procedure.replay(ProcedureKind.HOUSEHOLD_EXIT, recorded.events(), parameters.parameters());
    }

    /**
     * Decides whether a household may exit in an income year, given how far its exit procedure has gone.
     *
     * @param household the household, not null
     * @param parameters the year's parameters, not null
     * @param indicators the household's indicators for the year, not null
     * @param procedure the household's PROC-EXIT procedure, or null if none has started
     * @return the decision, not null
     * @throws IllegalArgumentException if the household has no income record for the year, or the procedure is
     *     not an exit procedure
     */
    public static ExitDecision decide(Household household, YearParameters parameters, IndicatorReport indicators,
            @Nullable Procedure procedure) {
        if (procedure != null && procedure.kind() != ProcedureKind.HOUSEHOLD_EXIT) {
            throw new IllegalArgumentException("not a household exit procedure: " + procedure.kind());
        }
        Year year = parameters.year();
        IncomeRecord record = household.incomeOf(year);
        if (record == null) {
            throw new IllegalArgumentException("household " + household.getId() + " has no income record for " + year
                    + ": its exit cannot be decided");
        }
        // The outcome now; the findings when first read, from the same facts (ExitFindings).
        RegistrationState state = household.getStatus().getState();
        int members = household.size();
        CountyCode county = household.getArea().getCounty();
        // EX-H-1 with INC-3: stable income (INC-4) strictly exceeds the line, exactly: stable > line × members.
        boolean above = record.stableIncome().exceeds(parameters.line(county).amount(), members);
        boolean eligible = state == RegistrationState.REGISTERED && above && indicators.isGuaranteed();
        boolean marginal = eligible
                && parameters.isBelowMonitoringThreshold(county, record.stableIncome(), members);
        List<Step> remaining = state != RegistrationState.REGISTERED ? List.of()
                : procedure != null ? procedure.remaining() : NOT_STARTED.remaining();
        return new ExitDecision(eligible, marginal, remaining,
                new ExitFindings(household, parameters, indicators, procedure, record));
    }

    /** The findings of EX-H-1..4 and GR-1, in the order they read, for the facts an exit was decided on. */
    static List<Finding> explain(Household household, YearParameters parameters, IndicatorReport indicators,
            @Nullable Procedure procedure, IncomeRecord record) {
        Year year = parameters.year();
        int members = household.size();
        Yuan line = parameters.line(household.getArea().getCounty()).amount();
        Yuan stable = record.stableIncome();
        List<Finding> findings = new ArrayList<>(5);

        // EX-H-1: stable income (INC-4) strictly exceeds the line, exactly; the per-capita figure is only displayed.
        boolean above = stable.exceeds(line, members);
        Yuan stablePerCapita = stable.perCapita(members);
        Wording wording = !above ? NOT_ABOVE_LINE
                : stablePerCapita.isGreaterThan(line) ? ABOVE_LINE : ABOVE_LINE_ROUNDED;
        findings.add(Finding.ofAmounts(Rule.EX_H_1, above, stablePerCapita, line, parameters.yearText(), wording));

        // EX-H-2: every indicator MET or NOT_APPLICABLE.
        List<Indicator> gaps = indicators.gaps();
        findings.add(gaps.isEmpty() ? GUARANTEED_FINDING
                : Finding.of(Rule.EX_H_2, false, gaps.size(), 0, null, join(gaps), NOT_GUARANTEED));

        // EX-H-4: no paper exit on one-off transfers; a margin below the MON-1 threshold in force for the household
        // (the one monitoring applies, unrounded) enrols it in monitoring.
        Yuan net = record.netIncome();
        boolean paper = !above && net.exceeds(line, members);
        if (paper) {
            findings.add(Finding.ofAmounts(Rule.EX_H_4, false, net.perCapita(members), line, null, PAPER_EXIT));
        } else if (above) {
            CountyCode county = household.getArea().getCounty();
            boolean marginal = parameters.isBelowMonitoringThreshold(county, stable, members);
            BigDecimal threshold = parameters.exactMonitoringThreshold(county);
            boolean displayedBelow = stablePerCapita.toBigDecimal().compareTo(threshold) < 0;
            Wording margin = marginal ? (displayedBelow ? MARGINAL_EXIT : MARGINAL_EXIT_ROUNDED)
                    : displayedBelow ? STABLE_EXIT_ROUNDED : STABLE_EXIT;
            findings.add(Finding.of(Rule.EX_H_4, true, stablePerCapita.toBigDecimal(), threshold, null, margin));
        } else {
            findings.add(NOT_RELIANT_FINDING);
        }

        // EX-H-3: which steps of the exit procedure remain; GR-1 once exited.
        Status status = household.getStatus();
        if (status.getState() == RegistrationState.REGISTERED) {
            findings.add(procedure == null ? ALL_STEPS_REMAIN
                    : procedure.progress(Rule.EX_H_3, STEPS_DONE, PROCEDURE_REJECTED, STEPS_REMAIN));
        } else if (status.getState() == RegistrationState.EXITED) {
            LocalDate exitedOn = Objects.requireNonNull(status.getExitedOn(), "exitedOn");
            findings.add(Finding.of(Rule.EX_H_3, true, isoDate(exitedOn), ALREADY_EXITED));
            findings.add(transition(exitedOn.getYear(), year, parameters));
        } else {
            findings.add(NOT_REGISTERED_FINDING);
        }
        // Made here and never changed: wrapped, not copied.
        return Collections.unmodifiableList(findings);
    }

    /**
     * GR-1: an exited household keeps its policies from its exit until the end of the national transition period.
     */
    private static Finding transition(int exitYear, Year year, YearParameters parameters) {
        int end = parameters.intValue(ParameterKey.NATIONAL_TRANSITION_END_YEAR);
        boolean within = year.getValue() >= exitYear && year.getValue() <= end;
        return Finding.of(Rule.GR_1, within, year.getValue(), 0, end, 0,
                parameters.intText(ParameterKey.NATIONAL_TRANSITION_END_YEAR),
                within ? IN_TRANSITION : TRANSITION_OVER);
    }

    /** The date as {@link LocalDate#toString()} writes it, without its general formatter for a four-digit year. */
    static String isoDate(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return date.toString();
        }
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        char[] text = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-', digit(month / 10),
            digit(month), '-', digit(day / 10), digit(day)};
        return new String(text);
    }

    private static char digit(int value) {
        return (char) ('0' + value % 10);
    }

    private static String join(List<Indicator> gaps) {
        StringJoiner joiner = new StringJoiner(", ");
        for (Indicator gap : gaps) {
            joiner.add(gap.name());
        }
        return joiner.toString();
    }
}

package io.github.jingzhun.exit;

import static io.github.jingzhun.exit.Wordings.*;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.decision.Finding;
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


    /** No exit procedure started: every step remains. Shared, as findings are immutable. */
    private static final Procedure NOT_STARTED = Procedure.start(ProcedureKind.HOUSEHOLD_EXIT);
    private static final List<Step> ALL_STEPS = List.copyOf(NOT_STARTED.remaining());
    private static final Finding ALL_STEPS_REMAIN =
            NOT_STARTED.progress(Rule.EX_H_3, STEPS_DONE, PROCEDURE_REJECTED, STEPS_REMAIN);
    /** A rejected exit procedure: the household is proposed again, so every step remains (EX-H-3). */
    private static final Finding REJECTED_ALL_STEPS_REMAIN = Finding.of(Rule.EX_H_3, false, ALL_STEPS_REMAIN.observed(),
            null, ALL_STEPS_REMAIN.subject(), PROCEDURE_REJECTED);

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
     */
    public static ExitDecision decide(Household household, YearParameters parameters, IndicatorReport indicators) {
        return decide(household, parameters, indicators, recordedExit(household, parameters));
    }

    /**
     * The household's latest recorded exit procedure, replayed, while it is registered and was not registered again
     * after it; otherwise null. Only a registered household's exit steps are reported (EX-H-3), so only then is the
     * procedure replayed.
     */
    private static @Nullable Procedure recordedExit(Household household, YearParameters parameters) {
        RecordedProcedure recorded = household.getProcedures().isEmpty() ? null
                : household.latestProcedure(ProcedureKind.HOUSEHOLD_EXIT);
        if (recorded == null || household.getStatus().getState() != RegistrationState.REGISTERED
                || household.registeredAfterExit()) {
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
                : procedure != null && procedure.state() != Procedure.State.REJECTED ? procedure.remaining()
                : ALL_STEPS;
        return new ExitDecision(eligible, marginal, remaining,
                ExitFindings.of(household, parameters, indicators, procedure));
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
        findings.add(Finding.ofAmounts(Rule.EX_H_1, above, stablePerCapita, line, parameters.year().toString(),
                wording));

        // EX-H-2: every indicator MET or NOT_APPLICABLE.
        List<Indicator> gaps = indicators.gaps();
        findings.add(gaps.isEmpty() ? GUARANTEED_FINDING
                : Finding.of(Rule.EX_H_2, false, gaps.size(), null, join(gaps), NOT_GUARANTEED));

        // EX-H-4: no paper exit on one-off transfers; a margin below the MON-1 threshold in force for the household
        // (the one monitoring applies, compared exactly) enrols it in monitoring.
        Finding paper = paperExit(above, record.netIncome(), line, members);
        if (paper != null) {
            findings.add(paper);
        } else if (above) {
            CountyCode county = household.getArea().getCounty();
            boolean marginal = parameters.isBelowMonitoringThreshold(county, stable, members);
            BigDecimal threshold = parameters.monitoringThreshold(county).amount().toBigDecimal();
            boolean displayedBelow = stablePerCapita.toBigDecimal().compareTo(threshold) < 0;
            // An exit refused on other grounds (not registered, a guarantee unmet) would enrol it, not does.
            boolean exits = household.getStatus().getState() == RegistrationState.REGISTERED && gaps.isEmpty();
            Wording margin = !marginal ? STABLE_EXIT  // both rounded half-up, a figure reaching it is shown so
                    : exits ? (displayedBelow ? MARGINAL_EXIT : MARGINAL_EXIT_ROUNDED)
                    : displayedBelow ? MARGINAL_NO_EXIT : MARGINAL_NO_EXIT_ROUNDED;
            findings.add(Finding.of(Rule.EX_H_4, true, stablePerCapita.toBigDecimal(), threshold, null, margin));
        } else {
            findings.add(NOT_RELIANT_FINDING);
        }

        // EX-H-3: which steps of the exit procedure remain; GR-1 once exited.
        Status status = household.getStatus();
        if (status.getState() == RegistrationState.REGISTERED) {
            findings.add(procedure == null ? ALL_STEPS_REMAIN
                    : procedure.state() == Procedure.State.REJECTED ? REJECTED_ALL_STEPS_REMAIN
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

    /** EX-H-4 for the facts an exit was decided on: the failed finding of a paper exit, or null. */
    static @Nullable Finding paperExit(Household household, YearParameters parameters, IncomeRecord record) {
        int members = household.size();
        Yuan line = parameters.line(household.getArea().getCounty()).amount();
        return paperExit(record.stableIncome().exceeds(line, members), record.netIncome(), line, members);
    }

    /** EX-H-4: stable income not above the line, net income above it, exactly — an exit on one-off transfers. */
    private static @Nullable Finding paperExit(boolean above, Yuan net, Yuan line, int members) {
        if (above || !net.exceeds(line, members)) {
            return null;
        }
        Yuan perCapita = net.perCapita(members);
        return Finding.ofAmounts(Rule.EX_H_4, false, perCapita, line, null,
                perCapita.isGreaterThan(line) ? PAPER_EXIT : PAPER_EXIT_ROUNDED);
    }

    /** The failed EX-H-4 finding among an exit decision's findings, or null. */
    static @Nullable Finding paperExit(List<Finding> findings) {
        for (Finding f : findings) {
            if (f.rule() == Rule.EX_H_4 && !f.passed()) {
                return f;
            }
        }
        return null;
    }

    /**
     * GR-1: an exited household keeps its policies from its exit until the end of the national transition period.
     */
    private static Finding transition(int exitYear, Year year, YearParameters parameters) {
        int end = parameters.intValue(ParameterKey.NATIONAL_TRANSITION_END_YEAR);
        boolean begun = year.getValue() >= exitYear;
        boolean within = begun && year.getValue() <= end;
        return Finding.of(Rule.GR_1, within, year.getValue(), end, String.valueOf(end),
                within ? IN_TRANSITION : begun ? TRANSITION_OVER : exitYear > end ? NO_TRANSITION
                        : TRANSITION_NOT_BEGUN);
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

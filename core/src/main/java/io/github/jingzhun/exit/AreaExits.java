package io.github.jingzhun.exit;

import static io.github.jingzhun.exit.Wordings.*;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.MacroRegion;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.identification.Incidence;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.Procedure;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.ProcedureResult;
import io.github.jingzhun.procedure.StepRecord;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * Village and county exit (EX-V-1, EX-C-1..3) [EXIT2016], and the county's transition (GR-1). Pure functions of an area's
 * facts and its incidence over persons: registered-and-not-exited poor persons ÷ rural registered population (see
 * {@link io.github.jingzhun.identification.AreaPopulation}, which sums an area's households read once, as a stream).
 */
public final class AreaExits {

    /** No county exit procedure started: every step remains. */
    private static final Procedure COUNTY_NOT_STARTED = Procedure.start(ProcedureKind.COUNTY_EXIT);
    /** A rejected county exit procedure: the county applies again, so every step remains (EX-C-3). */
    private static final Finding COUNTY_REJECTED_ALL_STEPS_REMAIN;

    static {
        Finding all = COUNTY_NOT_STARTED.progress(Rule.EX_C_3, COUNTY_STEPS_DONE, COUNTY_REJECTED,
                COUNTY_STEPS_REMAIN);
        COUNTY_REJECTED_ALL_STEPS_REMAIN = Finding.of(Rule.EX_C_3, false, all.observed(), null, all.subject(),
                COUNTY_REJECTED);
    }


    private AreaExits() {}

    /**
     * EX-V-1: a village exits when its poverty incidence is below 2% (3% in WEST); road, electricity, safe water,
     * a clinic and collective income are considered as findings but do not decide.
     *
     * @param village the village's facts, not null
     * @param incidence the village's poverty incidence over persons, not null
     * @param parameters the year's parameters, not null
     * @return the decision, not null
     * @throws IllegalArgumentException if the incidence is of no persons
     */
    public static VillageExit village(Village village, Incidence incidence, YearParameters parameters) {
        List<Finding> findings = new ArrayList<>(6);
        boolean low = incidence(Rule.EX_V_1, incidence, village.getCode().county(), parameters, findings);
        considered(village.isHardenedRoad(), ROAD, NO_ROAD, findings);
        considered(village.isElectricity(), ELECTRICITY, NO_ELECTRICITY, findings);
        considered(village.isSafeWater(), SAFE_WATER, NO_SAFE_WATER, findings);
        considered(village.isClinic(), CLINIC, NO_CLINIC, findings);
        Yuan collectiveIncome = village.getCollectiveIncome();
        boolean collective = collectiveIncome.compareTo(Yuan.ZERO) > 0;
        findings.add(Finding.of(Rule.EX_V_1, collective, collectiveIncome.toBigDecimal(), null, null,
                collective ? COLLECTIVE_INCOME : NO_COLLECTIVE_INCOME));
        return new VillageExit(low, incidence.percent(), findings);
    }

    /**
     * A county's exit: incidence below 2% (3% in WEST) (EX-C-1); the third-party evaluation's wrong-exit and
     * missed-identification rates below 2% and public recognition of at least 90% (EX-C-2, with the rates of
     * ST-4); which steps of its procedure remain (EX-C-3), its record replayed step by step; and, once it has
     * exited, its transition (GR-1). Failing EX-C-1 or any rate of EX-C-2, or having no evaluation sample,
     * refuses the exit; the procedure's steps are stated but do not decide.
     *
     * @param county the county's facts, not null
     * @param incidence the county's poverty incidence over persons, not null
     * @param parameters the year's parameters, not null
     * @return the decision, not null
     * @throws IllegalArgumentException if the incidence is of no persons
     */
    public static CountyExit county(County county, Incidence incidence, YearParameters parameters) {
        List<Finding> findings = new ArrayList<>(8);
        boolean low = incidence(Rule.EX_C_1, incidence, county.getCode(), parameters, findings);
        EvaluationSample sample = county.getEvaluation();
        EvaluationRates rates = sample == null ? null : EvaluationRates.of(sample, parameters);
        if (rates == null) {
            findings.add(Finding.of(Rule.EX_C_2, false, null, NO_EVALUATION));
        } else {
            List<String> failed = rates.failed();
            findings.add(Finding.of(Rule.EX_C_2, failed.isEmpty(), failed.isEmpty() ? null : String.join(", ", failed),
                    failed.isEmpty() ? EVALUATION_PASSED : EVALUATION_FAILED));
            findings.addAll(rates.findings());
        }
        Procedure procedure = replay(county.getExitProcedure(), parameters, findings);
        boolean rejected = procedure.state() == Procedure.State.REJECTED;
        findings.add(rejected ? COUNTY_REJECTED_ALL_STEPS_REMAIN
                : procedure.progress(Rule.EX_C_3, COUNTY_STEPS_DONE, COUNTY_REJECTED, COUNTY_STEPS_REMAIN));
        Year exitYear = county.getExitYear();
        Year transitionEnd = null;
        if (exitYear != null) {
            Finding transition = countyTransition(exitYear, parameters.year(), parameters);
            findings.add(transition);
            transitionEnd = Year.of(exitYear.getValue() + parameters.intValue(ParameterKey.COUNTY_TRANSITION_YEARS));
        }
        return new CountyExit(county.getCode(), low && rates != null && rates.meetsThresholds(), incidence.percent(),
                rates, rejected ? COUNTY_NOT_STARTED.remaining() : procedure.remaining(), transitionEnd, findings);
    }

    /**
     * EX-C-3: the county's procedure as its record tells it, each step applied in turn; a step the procedure
     * refuses (out of order, a notice too short, no actor) stops the replay with the refusal as findings.
     */
    private static Procedure replay(List<StepRecord> trail, YearParameters parameters, List<Finding> findings) {
        Procedure procedure = Procedure.start(ProcedureKind.COUNTY_EXIT);
        for (int i = 0; i < trail.size(); i++) {
            ProcedureResult result = procedure.apply(trail.get(i).event(), parameters.parameters());
            if (result instanceof ProcedureResult.Refused refused) {
                findings.add(Finding.of(Rule.EX_C_3, false, "exitProcedure[" + i + "]", TRAIL_REFUSED));
                findings.add(refused.reason());
                break;
            }
            procedure = result.procedure();
        }
        return procedure;
    }

    /**
     * GR-1: an exited county keeps its main support policies for five years from exit ("four no-removals").
     *
     * @param exitYear the year the county exited, not null
     * @param year the year asked about, not null
     * @param parameters the parameters of the year asked about, not null
     * @return a finding that passes while the county is in transition, not null
     */
    public static Finding countyTransition(Year exitYear, Year year, YearParameters parameters) {
        int end = exitYear.getValue() + parameters.intValue(ParameterKey.COUNTY_TRANSITION_YEARS);
        boolean begun = !year.isBefore(exitYear);
        boolean within = begun && year.getValue() <= end;
        return Finding.of(Rule.GR_1, within, BigDecimal.valueOf(year.getValue()), BigDecimal.valueOf(end),
                exitYear.toString(), within ? COUNTY_IN_TRANSITION
                        : begun ? COUNTY_TRANSITION_OVER : COUNTY_TRANSITION_NOT_BEGUN);
    }

    /** EX-V-1, EX-C-1: incidence strictly below the region's threshold; WEST includes counties treated as such. */
    private static boolean incidence(Rule rule, Incidence incidence, CountyCode county, YearParameters parameters,
            List<Finding> findings) {
        if (incidence.population() == 0) {
            // 0 of 0 persons is no incidence at all, below the threshold or not
            throw new IllegalArgumentException(rule + " needs the incidence of a population: none was counted");
        }
        boolean west = parameters.geography().policyRegion(county) == MacroRegion.WEST;
        BigDecimal threshold = parameters.value(west ? ParameterKey.EXIT_INCIDENCE_PERCENT_MAX_WEST
                : ParameterKey.EXIT_INCIDENCE_PERCENT_MAX);
        boolean low = incidence.isBelow(threshold);
        BigDecimal percent = incidence.percent();
        Wording wording = !low ? HIGH_INCIDENCE : percent.compareTo(threshold) < 0 ? LOW_INCIDENCE : LOW_INCIDENCE_ROUNDED;
        findings.add(Finding.of(rule, low, percent, threshold, west ? "WEST" : "EAST_CENTRAL", wording));
        return low;
    }

    /** EX-V-1: a facility the village has or lacks, considered as a finding; it does not decide. */
    private static void considered(boolean present, Wording has, Wording lacks, List<Finding> findings) {
        findings.add(Finding.of(Rule.EX_V_1, present, null, present ? has : lacks));
    }
}

package io.github.jingzhun.exit;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.MacroRegion;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.Procedure;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.Step;
import io.github.jingzhun.statistics.Incidence;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Village and county exit (EX-V-1, EX-C-1..3) [EXIT2016], and the county's transition (GR-1). Pure functions;
 * incidence is over persons: registered-and-not-exited poor persons ÷ rural registered population.
 */
public final class AreaExits {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final UnaryOperator<String> REGION_EN =
            region -> "WEST".equals(region) ? "western region" : "eastern and central regions";
    private static final UnaryOperator<String> REGION_ZH = region -> "WEST".equals(region) ? "西部地区" : "中东部地区";
    private static final Wording LOW_INCIDENCE = Wording.of(
            "Poverty incidence {observed}% is below {threshold}% ({subject})", "贫困发生率{observed}%，低于{threshold}%（{subject}）",
            REGION_EN, REGION_ZH);
    private static final Wording LOW_INCIDENCE_ROUNDED = Wording.of(
            "Poverty incidence rounds to {observed}%, yet is exactly below {threshold}% ({subject})",
            "贫困发生率四舍五入为{observed}%，但精确计算低于{threshold}%（{subject}）", REGION_EN, REGION_ZH);
    private static final Wording HIGH_INCIDENCE = Wording.of(
            "Poverty incidence {observed}% is not below {threshold}% ({subject})",
            "贫困发生率{observed}%，未低于{threshold}%（{subject}）", REGION_EN, REGION_ZH);
    private static final Wording[] FACILITIES = {
        Wording.of("The village has a hardened road (considered; does not decide exit)", "村通硬化路（综合考虑，不作为退出条件）"),
        Wording.of("The village has no hardened road (considered; does not decide exit)", "村未通硬化路（综合考虑，不作为退出条件）"),
        Wording.of("The village has electricity (considered; does not decide exit)", "村通动力电（综合考虑，不作为退出条件）"),
        Wording.of("The village has no electricity (considered; does not decide exit)", "村未通动力电（综合考虑，不作为退出条件）"),
        Wording.of("The village has safe drinking water (considered; does not decide exit)", "村饮水安全（综合考虑，不作为退出条件）"),
        Wording.of("The village has no safe drinking water (considered; does not decide exit)", "村饮水不安全（综合考虑，不作为退出条件）"),
        Wording.of("The village has a clinic with a qualified doctor (considered; does not decide exit)", "村有卫生室和合格村医（综合考虑，不作为退出条件）"),
        Wording.of("The village has no clinic with a qualified doctor (considered; does not decide exit)", "村无卫生室或合格村医（综合考虑，不作为退出条件）"),
        Wording.of("The village has collective-economy income of {observed} (considered; does not decide exit)", "村集体经济收入{observed}元（综合考虑，不作为退出条件）"),
        Wording.of("The village has no collective-economy income (considered; does not decide exit)", "村无集体经济收入（综合考虑，不作为退出条件）"),
    };
    private static final Wording WRONG_EXIT_LOW = Wording.of(
            "Wrong-exit rate {observed}% is below {threshold}%", "错退率{observed}%，低于{threshold}%");
    private static final Wording WRONG_EXIT_HIGH = Wording.of(
            "Wrong-exit rate {observed}% is not below {threshold}%", "错退率{observed}%，未低于{threshold}%");
    private static final Wording MISSED_LOW = Wording.of(
            "Missed-identification rate {observed}% is below {threshold}%", "漏评率{observed}%，低于{threshold}%");
    private static final Wording MISSED_HIGH = Wording.of(
            "Missed-identification rate {observed}% is not below {threshold}%", "漏评率{observed}%，未低于{threshold}%");
    private static final Wording RECOGNISED = Wording.of(
            "Public recognition {observed}% reaches {threshold}%", "群众认可度{observed}%，达到{threshold}%");
    private static final Wording NOT_RECOGNISED = Wording.of(
            "Public recognition {observed}% is below {threshold}%", "群众认可度{observed}%，低于{threshold}%");
    private static final Wording COUNTY_STEPS_REMAIN = Wording.of(
            "County exit steps remaining: {subject}", "尚需完成的县级退出程序：{subject}", Step::englishList, Step::chineseList);
    private static final Wording COUNTY_STEPS_DONE = Wording.of(
            "Every county exit step is done", "县级退出程序已全部完成");
    private static final Wording COUNTY_REJECTED = Wording.of(
            "The county exit procedure was rejected", "县级退出程序未获通过");
    private static final Wording COUNTY_IN_TRANSITION = Wording.of(
            "The county exited in {subject} keeps its main support policies until the end of {threshold}",
            "该县{subject}年退出，主要帮扶政策保持至{threshold}年底（四个不摘）");
    private static final Wording COUNTY_TRANSITION_OVER = Wording.of(
            "The county exited in {subject}; its transition ended with {threshold}",
            "该县{subject}年退出，过渡期已于{threshold}年底结束");

    private AreaExits() {}

    /**
     * EX-V-1: a village exits when its poverty incidence is below 2% (3% in WEST); road, electricity, safe water,
     * a clinic and collective income are considered as findings but do not decide.
     *
     * @param village the village's facts, not null
     * @param households the village's households, read once, not null
     * @param parameters the year's parameters, not null
     * @return the decision, not null
     */
    public static AreaExit village(Village village, Iterable<Household> households, YearParameters parameters) {
        Incidence incidence = Incidence.of(households);
        List<Finding> findings = new ArrayList<>(6);
        boolean low = incidence(Rule.EX_V_1, incidence, village.getCode().county(), parameters, findings);
        facility(village.isHardenedRoad(), 0, findings);
        facility(village.isElectricity(), 2, findings);
        facility(village.isSafeWater(), 4, findings);
        facility(village.isClinic(), 6, findings);
        boolean collective = village.getCollectiveIncome().fen() > 0;
        findings.add(Finding.of(Rule.EX_V_1, collective, village.getCollectiveIncome().toBigDecimal(), null, null,
                FACILITIES[collective ? 8 : 9]));
        return new AreaExit(low, incidence.percent(), findings);
    }

    /**
     * A county's exit: incidence below 2% (3% in WEST) (EX-C-1); the third-party evaluation's wrong-exit and
     * missed-identification rates below 2% and public recognition of at least 90% (EX-C-2); and which steps of
     * its procedure remain (EX-C-3). Failing EX-C-1 or any rate of EX-C-2 refuses the exit.
     *
     * @param county the county, not null
     * @param incidence the county's poverty incidence over persons, not null
     * @param sample the third-party evaluation sample, not null
     * @param procedure the county's EX-C-3 procedure, or null if none has started
     * @param parameters the year's parameters, not null
     * @return the decision, not null
     */
    public static AreaExit county(CountyCode county, Incidence incidence, EvaluationSample sample,
            @Nullable Procedure procedure, YearParameters parameters) {
        if (procedure != null && procedure.kind() != ProcedureKind.COUNTY_EXIT) {
            throw new IllegalArgumentException("not a county exit procedure: " + procedure.kind());
        }
        List<Finding> findings = new ArrayList<>(6);
        boolean low = incidence(Rule.EX_C_1, incidence, county, parameters, findings);
        boolean wrongExit = rate(sample.wronglyExitedPersons(), sample.exitedPersonsSampled(),
                parameters.value(ParameterKey.WRONG_EXIT_PERCENT_MAX), true, WRONG_EXIT_LOW, WRONG_EXIT_HIGH,
                findings);
        boolean missed = rate(sample.missedPersons(), sample.nonRegisteredPersonsSampled(),
                parameters.value(ParameterKey.MISSED_IDENTIFICATION_PERCENT_MAX), true, MISSED_LOW, MISSED_HIGH,
                findings);
        boolean recognised = rate(sample.householdsRecognising(), sample.householdsSurveyed(),
                parameters.value(ParameterKey.RECOGNITION_PERCENT_MIN), false, RECOGNISED, NOT_RECOGNISED,
                findings);
        Procedure exit = procedure != null ? procedure : Procedure.start(ProcedureKind.COUNTY_EXIT);
        findings.add(exit.progress(Rule.EX_C_3, COUNTY_STEPS_DONE, COUNTY_REJECTED, COUNTY_STEPS_REMAIN));
        return new AreaExit(low && wrongExit && missed && recognised, incidence.percent(), findings);
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
        boolean within = !year.isBefore(exitYear) && year.getValue() <= end;
        return Finding.of(Rule.GR_1, within, BigDecimal.valueOf(year.getValue()), BigDecimal.valueOf(end),
                exitYear.toString(), within ? COUNTY_IN_TRANSITION : COUNTY_TRANSITION_OVER);
    }

    /** EX-V-1, EX-C-1: incidence strictly below the region's threshold; WEST includes counties treated as such. */
    private static boolean incidence(Rule rule, Incidence incidence, CountyCode county, YearParameters parameters,
            List<Finding> findings) {
        boolean west = parameters.geography().policyRegion(county) == MacroRegion.WEST;
        BigDecimal threshold = parameters.value(west ? ParameterKey.EXIT_INCIDENCE_PERCENT_MAX_WEST
                : ParameterKey.EXIT_INCIDENCE_PERCENT_MAX);
        boolean low = incidence.isBelow(threshold);
        BigDecimal percent = incidence.percent();
        Wording wording = !low ? HIGH_INCIDENCE : percent.compareTo(threshold) < 0 ? LOW_INCIDENCE : LOW_INCIDENCE_ROUNDED;
        findings.add(Finding.of(rule, low, percent, threshold, west ? "WEST" : "EAST_CENTRAL", wording));
        return low;
    }

    /** EX-C-2: a rate of a sample, exactly: below the maximum (strict) or at least the minimum. */
    private static boolean rate(long count, long sample, BigDecimal percent, boolean maximum, Wording pass,
            Wording fail, List<Finding> findings) {
        int comparison = BigDecimal.valueOf(count).multiply(HUNDRED)
                .compareTo(percent.multiply(BigDecimal.valueOf(sample)));
        boolean passed = maximum ? comparison < 0 : comparison >= 0;
        BigDecimal observed = BigDecimal.valueOf(count).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(sample), 2, RoundingMode.HALF_UP);
        findings.add(Finding.of(Rule.EX_C_2, passed, observed, percent, null, passed ? pass : fail));
        return passed;
    }

    private static void facility(boolean present, int wording, List<Finding> findings) {
        findings.add(Finding.of(Rule.EX_V_1, present, null, FACILITIES[present ? wording : wording + 1]));
    }
}

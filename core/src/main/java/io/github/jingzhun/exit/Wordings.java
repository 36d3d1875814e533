package io.github.jingzhun.exit;

import io.github.jingzhun.decision.Labelled;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.procedure.Step;
import java.util.function.UnaryOperator;

/**
 * The messages of this package's findings, English and Chinese side by side, so that a translator or a policy
 * reviewer reads them together: {@code {observed}}, {@code {threshold}} and {@code {subject}} stand for a finding's
 * values. Grouped by the class that cites them.
 */
final class Wordings {

    // How subjects read in each language
    static final UnaryOperator<String> REGION_EN =
            region -> "WEST".equals(region) ? "western region" : "eastern and central regions";
    static final UnaryOperator<String> REGION_ZH = region -> "WEST".equals(region) ? "西部地区" : "中东部地区";
    static final UnaryOperator<String> RATES_EN = Wording.list(rate -> switch (rate) {
        case "WRONG_EXIT" -> "the wrong-exit rate";
        case "MISSED_IDENTIFICATION" -> "the missed-identification rate";
        default -> "public recognition";
    }, "; ");
    static final UnaryOperator<String> RATES_ZH = Wording.list(rate -> switch (rate) {
        case "WRONG_EXIT" -> "错退率";
        case "MISSED_IDENTIFICATION" -> "漏评率";
        default -> "群众认可度";
    }, "、");

    // HouseholdExit
    static final Wording ABOVE_LINE = Wording.of(
            "Stable per-capita income {observed} exceeds the {subject} line {threshold}",
            "人均稳定收入{observed}元高于{subject}年标准{threshold}元");
    static final Wording ABOVE_LINE_ROUNDED = Wording.of(
            "Stable per-capita income rounds to {observed}, yet exactly exceeds the {subject} line {threshold} (INC-3)",
            "人均稳定收入四舍五入为{observed}元，但精确计算高于{subject}年标准{threshold}元（INC-3）");
    static final Wording NOT_ABOVE_LINE = Wording.of(
            "Stable per-capita income {observed} does not exceed the {subject} line {threshold}",
            "人均稳定收入{observed}元未超过{subject}年标准{threshold}元");
    static final Wording GUARANTEED = Wording.of(
            "Every indicator is met or not applicable", "两不愁三保障及饮水安全均已达标或不适用");
    static final Wording NOT_GUARANTEED = Wording.of(
            "Indicators not met: {subject}", "未达标指标：{subject}",
            Wording.list(Labelled.english(Indicator.class), ", "),
            Wording.list(Labelled.chinese(Indicator.class), "、"));
    static final Wording PAPER_EXIT = Wording.of(
            "Income {observed} exceeds the line {threshold} only with one-off transfers: no exit may rest on it (a "
                    + "paper exit)",
            "人均收入{observed}元仅靠一次性转移收入才超过标准{threshold}元：不得据此退出（“数字脱贫”）");
    static final Wording PAPER_EXIT_ROUNDED = Wording.of(
            "Income rounds to {observed}, yet exactly exceeds the line {threshold} (INC-3), only with one-off "
                    + "transfers: no exit may rest on it (a paper exit)",
            "人均收入四舍五入为{observed}元，但精确计算高于标准{threshold}元（INC-3），且仅靠一次性转移收入：不得据此退出（“数字脱贫”）");
    static final Wording MARGINAL_EXIT = Wording.of(
            "Stable income {observed} is below the monitoring threshold {threshold}: the exit enrols the household "
                    + "in monitoring as UNSTABLE_EXITED",
            "人均稳定收入{observed}元低于监测线{threshold}元：退出后纳入脱贫不稳定户监测");
    static final Wording MARGINAL_EXIT_ROUNDED = Wording.of(
            "Stable income rounds to {observed}, yet is exactly below the monitoring threshold {threshold} (INC-3): "
                    + "the exit enrols the household in monitoring as UNSTABLE_EXITED",
            "人均稳定收入四舍五入为{observed}元，但精确计算低于监测线{threshold}元（INC-3）：退出后纳入脱贫不稳定户监测");
    static final Wording MARGINAL_NO_EXIT = Wording.of(
            "Stable income {observed} is below the monitoring threshold {threshold}: an exit would enrol the "
                    + "household in monitoring as UNSTABLE_EXITED",
            "人均稳定收入{observed}元低于监测线{threshold}元：如退出，将纳入脱贫不稳定户监测");
    static final Wording MARGINAL_NO_EXIT_ROUNDED = Wording.of(
            "Stable income rounds to {observed}, yet is exactly below the monitoring threshold {threshold} (INC-3): "
                    + "an exit would enrol the household in monitoring as UNSTABLE_EXITED",
            "人均稳定收入四舍五入为{observed}元，但精确计算低于监测线{threshold}元（INC-3）：如退出，将纳入脱贫不稳定户监测");
    static final Wording STABLE_EXIT = Wording.of(
            "Stable income {observed} does not rely on one-off transfers and reaches the monitoring threshold "
                    + "{threshold}",
            "人均稳定收入{observed}元不依赖一次性转移收入，达到监测线{threshold}元");
    static final Wording NOT_RELIANT = Wording.of(
            "Income does not exceed the line with one-off transfers either", "计入一次性转移收入也未超过标准");
    static final Wording STEPS_REMAIN = Wording.of(
            "Exit steps remaining: {subject}", "尚需完成的退出程序：{subject}", Step::englishList, Step::chineseList);
    static final Wording STEPS_DONE = Wording.of(
            "Every exit step is done: the household is deregistered", "退出程序已全部完成，已销号");
    static final Wording PROCEDURE_REJECTED = Wording.of(
            "The exit procedure was rejected: to exit, the household is proposed again, every step remaining: "
                    + "{subject}",
            "退出程序未获通过：如需退出，须重新提出，全部程序尚需完成：{subject}", Step::englishList, Step::chineseList);
    static final Wording NOT_REGISTERED = Wording.of(
            "The household is not registered, so there is nothing to exit", "本户未建档立卡，不涉及退出");
    static final Wording ALREADY_EXITED = Wording.of(
            "The household exited on {subject}", "本户已于{subject}退出");
    static final Wording IN_TRANSITION = Wording.of(
            "The exited household keeps its support policies until the end of {subject}, the national transition",
            "脱贫户在过渡期内（至{subject}年底）保持帮扶政策总体稳定");
    static final Wording TRANSITION_OVER = Wording.of(
            "The national transition ended with {subject}: policies no longer continue by default",
            "过渡期已于{subject}年底结束：帮扶政策不再默认延续");
    static final Wording TRANSITION_NOT_BEGUN = Wording.of(
            "In {observed} the household had not yet exited: its transition begins with its exit and lasts to the end "
                    + "of {subject}",
            "{observed}年本户尚未退出：过渡期自退出起，至{subject}年底");
    static final Wording NO_TRANSITION = Wording.of(
            "In {observed} the household had not yet exited, and it exits after {subject}, the end of the national "
                    + "transition: it has none",
            "{observed}年本户尚未退出，且退出在过渡期结束（{subject}年底）之后：不适用过渡期");

    // AreaExits
    static final Wording LOW_INCIDENCE = Wording.of(
            "Poverty incidence {observed}% is below {threshold}% ({subject})", "贫困发生率{observed}%，低于{threshold}%（{subject}）",
            REGION_EN, REGION_ZH);
    static final Wording LOW_INCIDENCE_ROUNDED = Wording.of(
            "Poverty incidence rounds to {observed}%, yet is exactly below {threshold}% ({subject})",
            "贫困发生率四舍五入为{observed}%，但精确计算低于{threshold}%（{subject}）", REGION_EN, REGION_ZH);
    static final Wording HIGH_INCIDENCE = Wording.of(
            "Poverty incidence {observed}% is not below {threshold}% ({subject})",
            "贫困发生率{observed}%，未低于{threshold}%（{subject}）", REGION_EN, REGION_ZH);
    static final Wording ROAD = Wording.of(
            "The village has a hardened road (considered; does not decide exit)", "村通硬化路（综合考虑，不作为退出条件）");
    static final Wording NO_ROAD = Wording.of(
            "The village has no hardened road (considered; does not decide exit)", "村未通硬化路（综合考虑，不作为退出条件）");
    static final Wording ELECTRICITY = Wording.of(
            "The village has electricity (considered; does not decide exit)", "村通动力电（综合考虑，不作为退出条件）");
    static final Wording NO_ELECTRICITY = Wording.of(
            "The village has no electricity (considered; does not decide exit)", "村未通动力电（综合考虑，不作为退出条件）");
    static final Wording SAFE_WATER = Wording.of(
            "The village has safe drinking water (considered; does not decide exit)", "村饮水安全（综合考虑，不作为退出条件）");
    static final Wording NO_SAFE_WATER = Wording.of(
            "The village has no safe drinking water (considered; does not decide exit)",
            "村饮水不安全（综合考虑，不作为退出条件）");
    static final Wording CLINIC = Wording.of(
            "The village has a clinic with a qualified doctor (considered; does not decide exit)",
            "村有卫生室和合格村医（综合考虑，不作为退出条件）");
    static final Wording NO_CLINIC = Wording.of(
            "The village has no clinic with a qualified doctor (considered; does not decide exit)",
            "村无卫生室或合格村医（综合考虑，不作为退出条件）");
    static final Wording COLLECTIVE_INCOME = Wording.of(
            "The village has collective-economy income of {observed} (considered; does not decide exit)",
            "村集体经济收入{observed}元（综合考虑，不作为退出条件）");
    static final Wording NO_COLLECTIVE_INCOME = Wording.of(
            "The village has no collective-economy income (considered; does not decide exit)",
            "村无集体经济收入（综合考虑，不作为退出条件）");
    static final Wording EVALUATION_PASSED = Wording.of(
            "The third-party evaluation meets every threshold: wrong-exit and missed-identification rates below "
                    + "theirs, public recognition at least its own",
            "第三方评估达标：错退率、漏评率低于规定标准，群众认可度达到规定标准");
    static final Wording EVALUATION_FAILED = Wording.of(
            "The third-party evaluation misses its threshold on {subject}: the county may not exit",
            "第三方评估未达标（{subject}），不得退出", RATES_EN, RATES_ZH);
    static final Wording NO_EVALUATION = Wording.of(
            "No third-party evaluation sample is on record: the county may not exit",
            "无第三方评估抽样结果，不得退出");
    static final Wording TRAIL_REFUSED = Wording.of(
            "The exit procedure on record stops at {subject}, which the procedure refuses (below)",
            "退出程序记录在{subject}处不符合程序要求（见下）");
    static final Wording COUNTY_STEPS_REMAIN = Wording.of(
            "County exit steps remaining: {subject}", "尚需完成的县级退出程序：{subject}", Step::englishList, Step::chineseList);
    static final Wording COUNTY_STEPS_DONE = Wording.of(
            "Every county exit step is done", "县级退出程序已全部完成");
    static final Wording COUNTY_REJECTED = Wording.of(
            "The county exit procedure was rejected: to exit, the county applies again, every step remaining: "
                    + "{subject}",
            "县级退出程序未获通过：如需退出，须重新申请，全部程序尚需完成：{subject}", Step::englishList, Step::chineseList);
    static final Wording COUNTY_IN_TRANSITION = Wording.of(
            "The county exited in {subject} keeps its main support policies until the end of {threshold}",
            "该县{subject}年退出，主要帮扶政策保持至{threshold}年底（四个不摘）");
    static final Wording COUNTY_TRANSITION_OVER = Wording.of(
            "The county exited in {subject}; its transition ended with {threshold}",
            "该县{subject}年退出，过渡期已于{threshold}年底结束");
    static final Wording COUNTY_TRANSITION_NOT_BEGUN = Wording.of(
            "The county exited in {subject}, after {observed}: its transition begins with its exit and lasts to the "
                    + "end of {threshold}",
            "该县{subject}年退出，{observed}年尚未进入过渡期（过渡期至{threshold}年底）");

    // EvaluationRates
    static final Wording WRONG_EXIT_LOW = Wording.of(
            "Wrong-exit rate {observed}% ({subject} exited persons sampled) is below {threshold}%",
            "错退率{observed}%（抽查已脱贫人口{subject}），低于{threshold}%");
    static final Wording WRONG_EXIT_HIGH = Wording.of(
            "Wrong-exit rate {observed}% ({subject} exited persons sampled) is not below {threshold}%",
            "错退率{observed}%（抽查已脱贫人口{subject}），不低于{threshold}%");
    static final Wording WRONG_EXIT_LOW_ROUNDED = Wording.of(
            "Wrong-exit rate rounds to {observed}% ({subject} exited persons sampled), yet is exactly below "
                    + "{threshold}%",
            "错退率四舍五入为{observed}%（抽查已脱贫人口{subject}），但精确计算低于{threshold}%");
    static final Wording MISSED_LOW = Wording.of(
            "Missed-identification rate {observed}% ({subject} non-registered persons sampled) is below "
                    + "{threshold}%",
            "漏评率{observed}%（抽查非建档立卡人口{subject}），低于{threshold}%");
    static final Wording MISSED_HIGH = Wording.of(
            "Missed-identification rate {observed}% ({subject} non-registered persons sampled) is not below "
                    + "{threshold}%",
            "漏评率{observed}%（抽查非建档立卡人口{subject}），不低于{threshold}%");
    static final Wording MISSED_LOW_ROUNDED = Wording.of(
            "Missed-identification rate rounds to {observed}% ({subject} non-registered persons sampled), yet is "
                    + "exactly below {threshold}%",
            "漏评率四舍五入为{observed}%（抽查非建档立卡人口{subject}），但精确计算低于{threshold}%");
    static final Wording RECOGNISED = Wording.of(
            "Public recognition {observed}% ({subject} households surveyed) is at least {threshold}%",
            "群众认可度{observed}%（调查农户{subject}），不低于{threshold}%");
    static final Wording NOT_RECOGNISED = Wording.of(
            "Public recognition {observed}% ({subject} households surveyed) is below {threshold}%",
            "群众认可度{observed}%（调查农户{subject}），低于{threshold}%");
    static final Wording NOT_RECOGNISED_ROUNDED = Wording.of(
            "Public recognition rounds to {observed}% ({subject} households surveyed), yet is exactly below "
                    + "{threshold}%",
            "群众认可度四舍五入为{observed}%（调查农户{subject}），但精确计算低于{threshold}%");

    private Wordings() {}
}

package io.github.jingzhun.monitoring;

import io.github.jingzhun.decision.Labelled;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.indicator.Indicator;

/**
 * The messages of this package's findings, English and Chinese side by side, so that a translator or a policy
 * reviewer reads them together: {@code {observed}}, {@code {threshold}} and {@code {subject}} stand for a finding's
 * values. Grouped by the class that cites them.
 */
final class Wordings {

    // RelapseMonitor
    static final Wording ASSISTED = Wording.of(
            "A registered household is assisted, not monitored", "建档立卡贫困户享受帮扶，不纳入防返贫监测");
    static final Wording MISSED = Wording.of(
            "Not monitored: identified poor in {observed}, while new registration was open (to {threshold}), the "
                    + "household should be registered and assisted (AUD-10)",
            "不纳入监测：{observed}年识别为贫困户，当时仍可新识别（至{threshold}年），应建档立卡予以帮扶（AUD-10）");
    static final Wording BELOW_THRESHOLD = Wording.of(
            "Stable per-capita income {observed} is below the monitoring threshold {threshold}",
            "人均稳定收入{observed}元低于监测标准{threshold}元");
    static final Wording BELOW_THRESHOLD_ROUNDED = Wording.of(
            "Stable per-capita income rounds to {observed}, yet is exactly below the monitoring threshold {threshold} "
                    + "(INC-3)",
            "人均稳定收入四舍五入为{observed}元，但精确计算低于监测标准{threshold}元（INC-3）");
    static final Wording INDICATOR_UNMET = Wording.of(
            "The {subject} guarantee is not met", "{subject}保障未达标",
            Labelled.english(Indicator.class), Labelled.chinese(Indicator.class));
    static final Wording SPENDING = Wording.of(
            "Rigid spending is {observed}% of net income, above {threshold}%: {subject}",
            "刚性支出占家庭纯收入{observed}%，超过{threshold}%：{subject}",
            Wording.list(RelapseMonitor.part(false), ", "), Wording.list(RelapseMonitor.part(true), "、"));
    static final Wording SPENDING_ROUNDED = Wording.of(
            "Rigid spending rounds to {observed}% of net income, yet is exactly above {threshold}% (INC-3): {subject}",
            "刚性支出占家庭纯收入四舍五入为{observed}%，但精确计算超过{threshold}%（INC-3）：{subject}",
            Wording.list(RelapseMonitor.part(false), ", "), Wording.list(RelapseMonitor.part(true), "、"));
    static final Wording SPENDING_NO_INCOME = Wording.of(
            "Rigid spending of {observed} against no positive net income: {subject}",
            "家庭纯收入不为正，刚性支出{observed}元：{subject}",
            Wording.list(RelapseMonitor.part(false), ", "), Wording.list(RelapseMonitor.part(true), "、"));
    static final Wording INCOME_FELL = Wording.of(
            "Stable income fell by {observed}% from {subject}, at least {threshold}%",
            "稳定收入较{subject}年下降{observed}%，降幅达到{threshold}%");
    static final Wording NO_TRIGGER = Wording.of(
            "No monitoring trigger applies", "未触发监测条件");
    static final Wording UNSTABLE_EXITED = Wording.of(
            "Monitored as UNSTABLE_EXITED: an exited household with a trigger, whatever its income",
            "纳入监测：脱贫不稳定户（已脱贫且触发监测条件，无论收入高低）");
    static final Wording MARGINAL = Wording.of(
            "Monitored as MARGINAL: a household at risk of falling into poverty", "纳入监测：边缘易致贫户");
    static final Wording SUDDEN_HARDSHIP = Wording.of(
            "Monitored as SUDDEN_HARDSHIP: severe hardship from rigid spending or an income drop",
            "纳入监测：突发严重困难户");
    static final Wording KEPT = Wording.of(
            "Monitored as {subject}: no trigger applies this year, but the household leaves monitoring only when its "
                    + "risk is marked eliminated (MON-4)",
            "继续监测（{subject}）：本年未触发监测条件，但风险标注消除前不退出监测（MON-4）");
    static final Wording NOT_MONITORED = Wording.of(
            "Not monitored: stable income reaches the threshold and no trigger applies",
            "不纳入监测：稳定收入达到监测标准且未触发监测条件");

    // RiskElimination
    static final Wording STABLE = Wording.of(
            "Income has been at or above the threshold since {subject}, at least {threshold} months",
            "自{subject}起收入稳定达到监测标准，已满{threshold}个月");
    static final Wording NOT_STABLE = Wording.of(
            "Income has not been at or above the threshold for {threshold} months", "收入稳定达标未满{threshold}个月");
    static final Wording MONITORED = Wording.of(
            "Monitored since {subject}, at least {threshold} months", "自{subject}起纳入监测，已满{threshold}个月");
    static final Wording NOT_MONITORED_LONG = Wording.of(
            "Monitored since {subject}, less than {threshold} months", "自{subject}起纳入监测，未满{threshold}个月");
    static final Wording MEASURE = Wording.of(
            "{observed} measure(s) applied", "已落实帮扶措施{observed}项");
    static final Wording NO_MEASURE = Wording.of(
            "No measure has been applied", "尚未落实帮扶措施");
    static final Wording GUARANTEED = Wording.of(
            "Every indicator is met or not applicable", "两不愁三保障及饮水安全均已达标或不适用");
    static final Wording NOT_GUARANTEED = Wording.of(
            "An indicator is not met", "有指标未达标");
    static final Wording NO_TRIGGER_ACTIVE = Wording.of(
            "No trigger is active", "无监测触发因素");
    static final Wording TRIGGER = Wording.of(
            "A monitoring trigger is active", "存在监测触发因素");
    static final Wording SAFETY_NET = Wording.of(
            "No member can work and the household relies on social security: it stays monitored, never eliminated",
            "无劳动能力且依靠兜底保障：持续监测，不标注风险消除");
    static final Wording ELIMINATED = Wording.of(
            "Risk eliminated on {subject}", "{subject}标注风险消除");
    static final Wording ROLLED_BACK = Wording.of(
            "A trigger returned: the elimination of {subject} is rolled back", "触发因素重现：撤销{subject}的风险消除标注");
    static final Wording MARKED_EARLY = Wording.of(
            "The elimination of {subject} was marked before its conditions held on that day (monitored and income "
                    + "stable for the months asked, a measure applied): it is rolled back",
            "{subject}的风险消除标注早于条件满足（纳入监测和收入稳定均满规定月数、已落实帮扶措施）：撤销该标注");
    static final Wording SAFETY_NET_ROLLED_BACK = Wording.of(
            "No member can work and the household relies on social security: the elimination of {subject} is "
                    + "rolled back",
            "无劳动能力且依靠兜底保障：撤销{subject}的风险消除标注");
    static final Wording REGISTERED = Wording.of(
            "The household is registered: it is assisted, not monitored, and its risk cannot be eliminated",
            "本户已建档立卡，享受帮扶而非监测，不标注风险消除");
    static final Wording STAYS = Wording.of(
            "The risk stands: monitoring continues", "风险未消除，继续监测");
    static final Wording STAYS_ASSISTED = Wording.of(
            "The risk stands: the household is assisted as registered, not monitored",
            "风险未消除，作为建档立卡户帮扶，不纳入监测");
    static final Wording STAYS_TO_REGISTER = Wording.of(
            "The risk stands: the household is to be registered and assisted (AUD-10), not monitored",
            "风险未消除，应纳入建档立卡予以帮扶（AUD-10），不纳入监测");

    private Wordings() {}
}

package io.github.jingzhun.explain;

import java.time.Year;

/**
 * The wording of changes, English then Chinese. Placeholders: {@code {path} {now} {needed}}, and for income
 * {@code {amount} {perPerson} {members} {reference}}; for a fall, the earlier record's {@code {year}}, filled in
 * first ({@link #ofYear}).
 */
final class Text {

    static final String[] ABOVE_LINE = {
        "Not poor with {amount} more net income ({perPerson} more per person of {members}): per-capita net income "
                + "would reach the line {reference}",
        "家庭纯收入增加{amount}元（{members}人每人{perPerson}元），人均纯收入达到标准{reference}元，即不再识别为贫困户"};
    static final String[] BELOW_LINE = {
        "Below the line {reference} with {amount} less net income ({perPerson} less per person of {members})",
        "家庭纯收入减少{amount}元（{members}人每人{perPerson}元），人均纯收入即低于标准{reference}元"};
    static final String[] ONLY_EXCLUSION = {
        "The one exclusion that keeps this income-poor household from being ELIGIBLE: {path} would have to be false",
        "本户符合收入条件，仅因此项排除情形未识别为贫困户：{path}须为false"};
    static final String[] ONE_OF_EXCLUSIONS = {
        "One of {count} exclusions that keep this income-poor household from being ELIGIBLE: every one of them would "
                + "have to be false",
        "本户符合收入条件，因{count}项排除情形未识别为贫困户，须全部消除：此为其中一项"};
    static final String[] STABLE_SHORTFALL = {
        "Exit needs {amount} more stable income ({perPerson} more per person of {members}) to exceed the line "
                + "{reference}",
        "退出需人均稳定收入超过标准{reference}元：稳定收入还差{amount}元（{members}人每人{perPerson}元）"};
    static final String[] PAPER_EXIT = {
        "Income exceeds the line {reference} only with one-off transfers, which do not count: exit needs {amount} "
                + "more stable income ({perPerson} more per person of {members})",
        "仅靠一次性转移收入才超过标准{reference}元，不计入稳定收入：退出需稳定收入再增加{amount}元（{members}人每人{perPerson}元）"};
    static final String[] FOOD = {"Food must be assured", "须做到不愁吃"};
    static final String[] CLOTHING = {"Clothing, seasonal clothes and bedding, must be assured", "须做到不愁穿"};
    static final String[] SCHOOLING = {
        "A member of compulsory-education age who is {now} must be ENROLLED (or in HOME_TUITION)",
        "义务教育适龄成员现为{now}，须入学（ENROLLED）或送教上门"};
    static final String[] MEDICAL = {
        "The member must be enrolled in basic medical insurance", "该成员须参加基本医疗保险"};
    static final String[] SERIOUS_ILLNESS = {
        "The seriously ill member must be covered by serious-illness insurance", "该大病患者须参加大病保险"};
    static final String[] HOUSE_SAFE = {
        "The dwelling, now {now}, must be appraised safe (SAFE, RENOVATED or RESETTLEMENT)",
        "住房现为{now}，须经鉴定为安全住房（安全、改造或搬迁安置）"};
    static final String[] WARM = {"The dwelling must keep warm in winter", "住房须冬季保暖"};
    static final String[] VENTILATED = {"The dwelling must be ventilated and damp-proof", "住房须通风防潮"};
    static final String[] WATER_QUALITY = {"Drinking water quality must meet the standard", "饮用水水质须达标"};
    static final String[] WATER_LITRES = {
        "Water quantity must be at least {needed} litres per person per day, not {now}",
        "水量须达到每人每天{needed}升（现为{now}升）"};
    static final String[] WATER_PIPED = {
        "Water must be piped to the yard, or the round trip to fetch it surveyed and at most the maximum",
        "自来水须入户，或经调查取水往返时间不超过上限"};
    static final String[] WATER_TRIP = {
        "A round trip to fetch water must take at most {needed} minutes, not {now} (or water be piped to the yard)",
        "取水往返须不超过{needed}分钟（现为{now}分钟），或自来水入户"};
    static final String[] WATER_GUARANTEE = {
        "The water supply guarantee rate must be at least {needed}%, not {now}%", "供水保证率须达到{needed}%（现为{now}%）"};
    static final String[] MONITORING_BELOW = {
        "Stable income below the monitoring threshold {reference} clears with {amount} more ({perPerson} more per "
                + "person of {members})",
        "人均稳定收入低于监测标准{reference}元：稳定收入增加{amount}元（{members}人每人{perPerson}元）即解除"};
    static final String[] SPENDING = {
        "Rigid spending of {reference} stops being a shock with {amount} more net income ({perPerson} more per "
                + "person of {members})",
        "刚性支出{reference}元：家庭纯收入增加{amount}元（{members}人每人{perPerson}元）即不再构成监测触发"};
    static final String[] INCOME_FALL = {
        "The fall from {year}'s stable income {reference} clears with {amount} more stable income ({perPerson} "
                + "more per person of {members})",
        "较{year}年稳定收入{reference}元的降幅：稳定收入增加{amount}元（{members}人每人{perPerson}元）即解除"};
    static final String[] MONITORING_MARGIN = {
        "Not monitored; stable income may fall by just under {amount}: {amount} less ({perPerson} less per person "
                + "of {members}) takes it below the monitoring threshold {reference}",
        "不纳入监测；稳定收入减少{amount}元（{members}人每人{perPerson}元）即低于监测标准{reference}元"};
    static final String[] REGISTER_FIRST = {
        "Not monitored, as a poor household to be registered (AUD-10): {amount} more net income ({perPerson} more per "
                + "person of {members}) reaches the line {reference}, and it would be monitored instead",
        "不纳入监测，应纳入建档立卡（AUD-10）：家庭纯收入增加{amount}元（{members}人每人{perPerson}元）达到标准{reference}元，即改为纳入监测"};
    static final String[] SPENDING_MARGIN = {
        "Not monitored; {amount} less net income ({perPerson} less per person of {members}) makes rigid spending of "
                + "{reference} a shock",
        "不纳入监测；家庭纯收入减少{amount}元（{members}人每人{perPerson}元），刚性支出{reference}元即构成监测触发"};
    static final String[] FALL_MARGIN = {
        "Not monitored; {amount} less stable income ({perPerson} less per person of {members}) is a fall from "
                + "{year}'s {reference} that starts it",
        "不纳入监测；稳定收入减少{amount}元（{members}人每人{perPerson}元），较{year}年{reference}元的降幅即触发监测"};
    static final String[] SAFETY_NET = {
        "No change can mark the risk eliminated: no member can work and the household relies on social security, "
                + "so it stays monitored by design",
        "无法标注风险消除：家庭成员均无劳动能力且依靠兜底保障，按规定持续监测"};
    static final String[] STABLE_MONTHS = {
        "Income at or above the monitoring threshold {reference} since {since} must stay so to {due} ({months} months "
                + "in all; {now} full months have passed)",
        "自{since}起收入稳定达到监测标准{reference}元，须持续至{due}（共{months}个月，已满{now}个月）"};
    static final String[] MONITORED_MONTHS = {
        "Monitored since {since}: to {due} ({months} months in all; {now} full months have passed) before the risk "
                + "can be eliminated",
        "自{since}起纳入监测，须至{due}（共{months}个月，已满{now}个月）方可考虑风险消除"};
    static final String[] NOT_STABLE = {
        "Income must be at or above the monitoring threshold {reference} for {months} months in a row",
        "收入须连续{months}个月稳定达到监测标准{reference}元"};
    static final String[] MEASURE = {
        "At least one measure must be applied after inclusion", "纳入监测后须至少落实一项帮扶措施"};
    static final String[] RISK_ELIMINATED = {
        "The risk must be marked eliminated (see risk elimination): a household included in monitoring leaves it only "
                + "then",
        "须标注风险消除（见风险消除）：已纳入监测的家庭只有标注风险消除才退出监测"};
    static final String[] CLEAR_TRIGGERS = {
        "Every monitoring trigger must be cleared (see monitoring)", "须消除全部监测触发因素（见防返贫监测）"};
    static final String[] EXIT_FIRST = {
        "Registered, the household is assisted, not monitored: its risk can be eliminated once it has exited "
                + "(see exit)",
        "已纳入建档立卡帮扶，不作监测：退出后方可考虑风险消除（见退出）"};

    private Text() {}

    /** A text of a fall with the earlier record's year filled in. */
    static String[] ofYear(String[] text, Year year) {
        String y = year.toString();
        return new String[] {text[0].replace("{year}", y), text[1].replace("{year}", y)};
    }
}

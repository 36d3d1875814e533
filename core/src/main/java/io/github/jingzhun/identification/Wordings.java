package io.github.jingzhun.identification;

import io.github.jingzhun.decision.Labelled;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.identification.Incidence;

/**
 * The messages of this package's findings, English and Chinese side by side, so that a translator or a policy
 * reviewer reads them together: {@code {observed}}, {@code {threshold}} and {@code {subject}} stand for a finding's
 * values. Grouped by the class that cites them.
 */
final class Wordings {

    // HouseholdIdentifier
    static final Wording BELOW_LINE = Wording.of(
            "Per-capita net income {observed} is below the {subject} line {threshold}",
            "人均纯收入{observed}元低于{subject}年标准{threshold}元");
    static final Wording NOT_BELOW_LINE = Wording.of(
            "Per-capita net income {observed} is not below the {subject} line {threshold}",
            "人均纯收入{observed}元不低于{subject}年标准{threshold}元");
    static final Wording BELOW_LINE_ROUNDED = Wording.of(
            "Per-capita net income rounds to {observed}, yet is exactly below the {subject} line {threshold} (INC-3)",
            "人均纯收入四舍五入为{observed}元，但精确计算低于{subject}年标准{threshold}元（INC-3）");
    static final Wording NO_EXCLUSION = Wording.of(
            "No exclusion applies", "不属于应排除的情形");
    static final Wording PUBLIC_EMPLOYEE = Wording.of(
            "{subject} is a public employee on the state payroll: an exclusion applies", "{subject}为财政供养人员，属于排除情形");
    static final Wording PRIVATE_CAR = Wording.of(
            "The household owns a private car not used for production: an exclusion applies",
            "家庭拥有非生产用私家车，属于排除情形");
    static final Wording TOWN_COMMERCIAL_HOUSING = Wording.of(
            "The household owns commercial housing in a town: an exclusion applies", "家庭在城镇购买商品房，属于排除情形");
    static final Wording REGISTERED_ENTERPRISE = Wording.of(
            "{subject} runs a registered enterprise: an exclusion applies", "{subject}经营已注册企业，属于排除情形");
    static final Wording EXCLUSION_OFF = Wording.of(
            "The exclusion {subject} would apply but is switched off in this parameter set",
            "本参数集已关闭排除情形{subject}，不予适用");
    static final Wording NO_GAP = Wording.of(
            "Outcome: {subject}; no guarantee gap", "识别结果：{subject}；两不愁三保障及饮水安全无缺口",
            Labelled.english(Outcome.class), Labelled.chinese(Outcome.class));
    static final Wording GAPS = Wording.of(
            "Outcome: {subject}; {observed} guarantee gap(s) call for sector support, whatever the income",
            "识别结果：{subject}；{observed}项保障缺口，无论收入如何均需行业部门帮扶",
            Labelled.english(Outcome.class), Labelled.chinese(Outcome.class));
    static final Wording TYPE_EXTREME_SUPPORT = Wording.of(
            "Household type EXTREME_POVERTY_SUPPORT: an extreme-poverty support transfer is on record",
            "户类型为特困供养户：有特困供养金记录");
    static final Wording TYPE_ALLOWANCE = Wording.of(
            "Household type MINIMUM_LIVING_ALLOWANCE: a minimum living allowance transfer is on record, and no "
                    + "extreme-poverty support",
            "户类型为低保贫困户：有农村低保金记录，无特困供养金记录");
    static final Wording TYPE_EXTREME_DERIVED = Wording.of(
            "Household type EXTREME_POVERTY_SUPPORT, derived: no allowance or support is on record, but no member "
                    + "has labour capacity and it has no income but transfers; for civil affairs to confirm",
            "户类型推定为特困供养户：无低保金或特困供养金记录，但家庭成员均无劳动能力且除转移性收入外无收入；"
                    + "须经民政部门认定");
    static final Wording TYPE_GENERAL = Wording.of(
            "Household type GENERAL: no allowance or support is on record, and a member has labour capacity or it "
                    + "has income other than transfers",
            "户类型为一般贫困户：无低保金或特困供养金记录，且有劳动能力成员或有转移性收入以外的收入");
    static final Wording HIGH_EDUCATION_COSTS = Wording.of(
            "Education costs {observed} are above {subject}% of net income, {threshold}: high education costs suggest "
                    + "EDUCATION_COSTS",
            "教育支出{observed}元超过家庭纯收入的{subject}%（{threshold}元）：教育负担重，提示因学致贫");
    static final Wording HIGH_MEDICAL_COSTS = Wording.of(
            "Medical costs paid out of pocket {observed} are above {subject}% of net income, {threshold}: they "
                    + "suggest ILLNESS",
            "自付医疗费用{observed}元超过家庭纯收入的{subject}%（{threshold}元）：提示因病致贫");
    static final Wording HIGH_DISASTER_LOSS = Wording.of(
            "Disaster losses {observed} are above {subject}% of net income, {threshold}: they suggest DISASTER",
            "灾害损失{observed}元超过家庭纯收入的{subject}%（{threshold}元）：提示因灾致贫");
    static final Wording HIGH_EDUCATION_COSTS_ROUNDED = Wording.of(
            "Education costs {observed} are exactly above {subject}% of net income, which rounds to {threshold} "
                    + "(INC-3): high education costs suggest EDUCATION_COSTS",
            "教育支出{observed}元精确计算超过家庭纯收入的{subject}%（四舍五入为{threshold}元，INC-3）：教育负担重，提示因学致贫");
    static final Wording HIGH_MEDICAL_COSTS_ROUNDED = Wording.of(
            "Medical costs paid out of pocket {observed} are exactly above {subject}% of net income, which rounds to "
                    + "{threshold} (INC-3): they suggest ILLNESS",
            "自付医疗费用{observed}元精确计算超过家庭纯收入的{subject}%（四舍五入为{threshold}元，INC-3）：提示因病致贫");
    static final Wording HIGH_DISASTER_LOSS_ROUNDED = Wording.of(
            "Disaster losses {observed} are exactly above {subject}% of net income, which rounds to {threshold} "
                    + "(INC-3): they suggest DISASTER",
            "灾害损失{observed}元精确计算超过家庭纯收入的{subject}%（四舍五入为{threshold}元，INC-3）：提示因灾致贫");
    static final Wording CAUSE_SUPPORTED = Wording.of(
            "The registered primary cause, {subject}, is supported by the data", "登记的主要致贫原因“{subject}”有数据支撑",
            Labelled.english(Cause.class), Labelled.chinese(Cause.class));
    static final Wording CAUSE_UNSUPPORTED = Wording.of(
            "The registered primary cause, {subject}, has no support in the data (AUD-6)",
            "登记的主要致贫原因“{subject}”缺乏数据支撑（AUD-6）",
            Labelled.english(Cause.class), Labelled.chinese(Cause.class));

    // VillageIdentifier
    static final Wording HIGH_INCIDENCE = Wording.of(
            "Poverty incidence {observed}% is at least {threshold}%, the multiple of the province's rural incidence",
            "贫困发生率{observed}%，不低于全省农村贫困发生率的规定倍数{threshold}%");
    static final Wording HIGH_INCIDENCE_ROUNDED = Wording.of(
            "Poverty incidence rounds to {observed}%, yet is exactly at least {threshold}%, the multiple of the "
                    + "province's rural incidence",
            "贫困发生率四舍五入为{observed}%，但精确计算不低于全省农村贫困发生率的规定倍数{threshold}%");
    static final Wording LOW_INCIDENCE = Wording.of(
            "Poverty incidence {observed}% is below {threshold}%, the multiple of the province's rural incidence",
            "贫困发生率{observed}%，低于全省农村贫困发生率的规定倍数{threshold}%");
    static final Wording LOW_INCIDENCE_ROUNDED = Wording.of(
            "Poverty incidence rounds to {observed}%, yet is exactly below {threshold}%, the multiple of the "
                    + "province's rural incidence",
            "贫困发生率四舍五入为{observed}%，但精确计算低于全省农村贫困发生率的规定倍数{threshold}%");
    static final Wording NO_POOR_PERSON = Wording.of(
            "Poverty incidence {observed}%: no registered poor person, so not high even against {threshold}%, the "
                    + "multiple of the province's rural incidence",
            "贫困发生率{observed}%：无建档立卡贫困人口，即使对照全省农村贫困发生率的规定倍数{threshold}%也不属于贫困发生率高");
    static final Wording LOW_INCOME = Wording.of(
            "Villagers' per-capita net income {observed} is below {threshold}, the share of the province's average",
            "农民人均纯收入{observed}元，低于全省平均水平的规定比例{threshold}元");
    static final Wording LOW_INCOME_ROUNDED = Wording.of(
            "Villagers' per-capita net income rounds to {observed}, yet is exactly below {threshold}, the share of "
                    + "the province's average (INC-3)",
            "农民人均纯收入四舍五入为{observed}元，但精确计算低于全省平均水平的规定比例{threshold}元（INC-3）");
    static final Wording HIGH_INCOME = Wording.of(
            "Villagers' per-capita net income {observed} is not below {threshold}, the share of the province's average",
            "农民人均纯收入{observed}元，不低于全省平均水平的规定比例{threshold}元");
    static final Wording NO_COLLECTIVE = Wording.of(
            "The village has no collective-economy income", "村无集体经济收入");
    static final Wording COLLECTIVE = Wording.of(
            "The village has collective-economy income of {observed}", "村集体经济收入{observed}元");
    static final Wording PUBLISHED = Wording.of(
            "The province's rural incidence and per-capita income are published figures ({subject})",
            "全省农村贫困发生率和农民人均纯收入为公布数据（{subject}）");

    /**
     * ID-V-1 on figures computed from the registry: the English repeats their source, which counts the persons in
     * English words; the Chinese counts them itself.
     */
    static Wording computed(long poorPersons, long population, long incomePersons) {
        return Wording.of(
                "No published figures of the province were given: its rural incidence and per-capita income were "
                        + "{subject}",
                "未提供全省公布数据，全省农村贫困发生率和农民人均纯收入系由读入的建档立卡数据计算（" + population
                        + "人中建档立卡贫困人口" + poorPersons + "人，收入按" + incomePersons + "人计），并非统计部门公布数");
    }

    // AreaPopulation
    static final Wording OVER_RECORD = Wording.of(
            "Incidence is over the rural population on record, {observed}; the households read hold {subject} of "
                    + "them",
            "贫困发生率以登记的农村户籍人口{observed}人为分母（读入农户共{subject}人）");
    static final Wording OVER_HOUSEHOLDS = Wording.of(
            "No rural population is on record: incidence is over the persons of the households read, {observed}",
            "未登记农村户籍人口，贫困发生率以读入农户的{observed}人为分母");
    static final Wording RECORD_TOO_SMALL = Wording.of(
            "The rural population on record, {observed}, is less than the {threshold} persons of the households "
                    + "read: incidence is over the households read",
            "登记的农村户籍人口{observed}人少于读入农户的{threshold}人，贫困发生率以读入农户为分母");

    private Wordings() {}
}

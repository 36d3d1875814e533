package io.github.jingzhun.measure;

import io.github.jingzhun.decision.Labelled;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.indicator.Indicator;
import java.util.function.UnaryOperator;

/**
 * The messages of this package's findings, English and Chinese side by side, so that a translator or a policy
 * reviewer reads them together: {@code {observed}}, {@code {threshold}} and {@code {subject}} stand for a finding's
 * values. Grouped by the class that cites them.
 */
final class Wordings {

    // How subjects read in each language
    static final UnaryOperator<String> CAUSE_EN = Labelled.english(Cause.class);
    static final UnaryOperator<String> CAUSE_ZH = Labelled.chinese(Cause.class);

    // MeasureSelector
    static final Wording RELOCATION_CONSENTED = Wording.of(
            "The household lives in an inhospitable area and consents to relocation",
            "居住在一方水土养不起一方人的地方，本户同意搬迁");
    static final Wording NO_CONSENT = Wording.of(
            "The household lives in an inhospitable area but does not consent: no relocation without consent, "
                    + "in-place measures instead",
            "居住在一方水土养不起一方人的地方，但本户不同意搬迁：不强迫搬迁，改为就地帮扶");
    static final Wording MICROCREDIT_TERMS = Wording.of(
            "Microcredit of at most {threshold} yuan for at most {subject} years, without collateral or guarantor, "
                    + "interest subsidised by the budget",
            "扶贫小额信贷不超过{threshold}元、期限不超过{subject}年，免抵押免担保，财政贴息");
    static final Wording WORK_NOT_HANDOUT = Wording.of(
            "Motivation through rewards for work and work relief, never a plain cash handout",
            "以奖代补、以工代赈扶志扶智，不搞简单发钱发物");
    static final Wording VILLAGE_NEED = Wording.of(
            "Village-level infrastructure need: {subject}", "村级基础设施需求：{subject}",
            Wording.list(Labelled.english(Cause.class), ", "),
            Wording.list(Labelled.chinese(Cause.class), "、"));
    static final Wording ALL_COVERED = Wording.of(
            "Every registered cause and guarantee gap is addressed by a measure", "每项致贫原因和保障缺口都有对应帮扶措施");
    static final Wording NO_RULE = Wording.of(
            "No measure rule (MS-1 to MS-13) addresses {subject}: the contact cadre must plan a measure for it",
            "致贫原因“{subject}”未有对应措施：帮扶措施规则（MS-1至MS-13）均不涉及，须由帮扶责任人另行制定",
            CAUSE_EN, CAUSE_ZH);
    static final Wording NO_LABOUR = Wording.of(
            "The cause {subject} is not addressed: no member has labour capacity to train or employ",
            "致贫原因“{subject}”未有对应措施：家中无劳动能力成员可培训就业",
            CAUSE_EN, CAUSE_ZH);
    static final Wording NO_BORROWER = Wording.of(
            "The cause {subject} is not addressed: no member with labour capacity is of borrowing age",
            "致贫原因“{subject}”未有对应措施：无符合借款年龄且有劳动能力的成员",
            CAUSE_EN, CAUSE_ZH);
    static final Wording HAS_LABOUR = Wording.of(
            "The cause {subject} is not addressed: members have labour capacity, so the safety net of MS-2 does not apply; "
                    + "check the registered cause (AUD-6)",
            "致贫原因“{subject}”未有对应措施：家中有劳动能力成员，不适用兜底保障；请核实致贫原因（AUD-6）",
            CAUSE_EN, CAUSE_ZH);
    static final Wording NO_DISABLED = Wording.of(
            "The cause {subject} is not addressed: no member is recorded as disabled; check the registered cause (AUD-6)",
            "致贫原因“{subject}”未有对应措施：无登记残疾成员；请核实致贫原因（AUD-6）",
            CAUSE_EN, CAUSE_ZH);
    static final Wording NO_GAP_MEASURE = Wording.of(
            "The gap in {subject} is not addressed: no measure rule (MS-1 to MS-13) selects a measure for it; refer "
                    + "it to civil affairs for temporary assistance",
            "{subject}保障缺口未有对应措施：帮扶措施规则（MS-1至MS-13）均不涉及，请转民政部门临时救助",
            Labelled.english(Indicator.class), Labelled.chinese(Indicator.class));
    static final Wording RAIN_AND_DEW = Wording.of(
            "{subject}, aged {observed} on the reference day, beyond compulsory-education age (to {threshold}), is "
                    + "enrolled in senior secondary or vocational school: EDUCATION subsidies (Rain and Dew programme)",
            "{subject}（{observed}岁）已超过义务教育年龄（{threshold}岁），就读高中或中职：给予教育资助（雨露计划）");

    private Wordings() {}
}

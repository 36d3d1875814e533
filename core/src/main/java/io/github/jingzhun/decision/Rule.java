package io.github.jingzhun.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules Jingzhun decides, each with its stable id: the one source of truth of what Jingzhun computes. A finding
 * cites exactly one rule. Each rule has its section, a short title and a full statement in English and Chinese (what
 * it decides, each comparison and whether it is strict, and the parameter that holds each threshold), the sources
 * it rests on ({@link Source}) and the package that implements it. The rulebook, {@code core/RULEBOOK.md}, is
 * generated from these constants, section by section in the order they are declared: the order in which a decision
 * gives their findings (ID-H-3, the outcome, after the type and causes it concludes; MON-2, the category, after the
 * triggers), so that a decision reads as the rulebook does.
 *
 * <p>Parameters are named by their {@code ParameterKey} (such as {@code MICROCREDIT_MAX_YUAN}); the numbers in
 * parentheses are the national defaults, which a parameter set may replace.
 */
public enum Rule {
    /** Net household income. */
    INC_1("INC-1", Section.INCOME, "household", "REG2014", "Net household income", "家庭纯收入", """
            Net household income of a year is wage income, plus gross production and business income less
            production costs, plus property income (rent, dividends, shares in collective assets), plus every
            transfer, recurring or one-off. Net production income may be negative, and so may net household income.
            Rigid spending (out-of-pocket medical costs, education costs, disaster losses) is recorded beside income
            and does not reduce it.""", """
            家庭纯收入＝工资性收入＋（生产经营性收入－生产经营费用）＋财产性收入（租金、股息、集体资产收益分红）＋全部
            转移性收入（经常性和一次性）。生产经营纯收入可以为负，家庭纯收入亦然。刚性支出（自付医疗费用、教育支出、灾害
            损失）与收入并列记录，不从收入中扣除。"""),
    /** Per-capita net income. */
    INC_2("INC-2", Section.INCOME, "household", "REG2014", "Per-capita net income", "人均纯收入", """
            Per-capita net income is net household income (INC-1) divided by the number of registered members;
            members working away as migrants count. It is shown rounded half-up to the fen; decisions compare
            totals, exactly (INC-3).""", """
            人均纯收入＝家庭纯收入（INC-1）÷家庭登记人口数，外出务工成员计入。显示时四舍五入到分；判定时按INC-3精确比较
            总额。"""),
    /** Exact comparison with a line. */
    INC_3("INC-3", Section.INCOME, "money", "JINGZHUN", "Exact comparison with a line", "与标准的精确比较", """
            Every comparison of income with a line per person is exact: "per-capita income below the line" is
            decided as net household income < line × members, in whole fen, with no rounding and no floating point.
            Money is exact to the fen throughout; a per-capita figure is only displayed.""", """
            收入与人均标准的比较一律精确：“人均收入低于标准”按“家庭纯收入＜标准×人口数”以分为单位判定，不四舍五入，
            不用浮点数。金额始终精确到分；人均数仅用于显示。"""),
    /** Stable income without one-off transfers. */
    INC_4("INC-4", Section.INCOME, "household", "EXIT2016", "Stable income", "稳定收入", """
            Stable income is net household income (INC-1) without one-off transfers; recurring transfers, such as
            the minimum living allowance or a pension, count. Exit (EX-H-1) and monitoring (MON-3, MON-4) use
            stable income; identification (ID-H-1) uses net income.""", """
            稳定收入＝家庭纯收入（INC-1）扣除一次性转移性收入；低保金、养老金等经常性转移性收入计入。退出（EX-H-1）和
            监测（MON-3、MON-4）使用稳定收入；识别（ID-H-1）使用纯收入。"""),
    /** Food assured. */
    IND_FOOD("IND-FOOD", Section.INDICATORS, "indicator", "DEC2015 X2019 W2021", "Food assured", "不愁吃", """
            Food is assured when the household survey records it so. It is a surveyed fact, MET or UNMET, never
            inferred from income.""", """
            不愁吃以入户调查记录为准，为调查事实（达标或不达标），不由收入推断。"""),
    /** Clothing assured. */
    IND_CLOTHING("IND-CLOTHING", Section.INDICATORS, "indicator", "DEC2015 X2019 W2021", "Clothing assured", "不愁穿", """
            Clothing is assured when the household survey records seasonal clothes and bedding as assured. It is a
            surveyed fact, MET or UNMET.""", """
            不愁穿以入户调查记录的四季衣物和被褥有保障为准，为调查事实（达标或不达标）。"""),
    /** Compulsory education guaranteed. */
    IND_EDU("IND-EDU", Section.INDICATORS, "indicator", "EDULAW DEC2015 X2019 W2021", "Compulsory education guaranteed",
            "义务教育有保障", """
            Compulsory education is guaranteed when every member whose age on the reference day of the income year
            (month EDUCATION_REFERENCE_MONTH, day EDUCATION_REFERENCE_DAY: 1 September) is from EDUCATION_AGE_MIN
            to EDUCATION_AGE_MAX inclusive (6 to 15) is ENROLLED or in HOME_TUITION (taught at home for a severe
            disability). A member of that age who has DROPPED_OUT or is NOT_ENROLLED makes the indicator UNMET;
            each member of that age is a finding, naming the member by index. With no member of that age the
            indicator is NOT_APPLICABLE.""", """
            义务教育有保障：在收入年度基准日（EDUCATION_REFERENCE_MONTH月EDUCATION_REFERENCE_DAY日，即9月1日）年龄在
            EDUCATION_AGE_MIN至EDUCATION_AGE_MAX岁之间（含两端，即6至15岁）的每名成员均在校就读（ENROLLED）或送教上门
            （HOME_TUITION，适用于重度残疾）。该年龄段成员辍学（DROPPED_OUT）或未入学（NOT_ENROLLED）即为不达标；该
            年龄段每名成员各有一条结论，以序号指代成员。家中无该年龄段成员时为不适用（NOT_APPLICABLE）。"""),
    /** Basic medical care guaranteed. */
    IND_MED("IND-MED", Section.INDICATORS, "indicator", "DEC2015 X2019 W2021", "Basic medical care guaranteed",
            "基本医疗有保障", """
            Basic medical care is guaranteed when every member is enrolled in basic medical insurance and every
            member with a SERIOUS_ILLNESS is also covered by serious-illness insurance. Each member lacking either
            is a finding.""", """
            基本医疗有保障：每名成员均参加基本医疗保险，且患大病（SERIOUS_ILLNESS）的成员均参加大病保险。任一成员缺少
            其一即为一条结论。"""),
    /** Safe housing guaranteed. */
    IND_HOUSE("IND-HOUSE", Section.INDICATORS, "indicator", "DEC2015 X2019 W2021", "Safe housing guaranteed",
            "住房安全有保障", """
            Safe housing is guaranteed when the dwelling is appraised SAFE, has been RENOVATED, or is RESETTLEMENT
            housing. DILAPIDATED_C, DILAPIDATED_D and UNASSESSED are UNMET: an unassessed house is not a
            guaranteed house. A safe dwelling must also suit its climate zone: keep warm in winter in the NORTH
            zone, be ventilated and damp-proof in the SOUTH zone. The zone is the province's unless the parameter
            set's geography overrides it for the county.""", """
            住房安全有保障：住房经鉴定为安全（SAFE）、已改造（RENOVATED）或为搬迁安置住房（RESETTLEMENT）。C级、D级危房
            （DILAPIDATED_C、DILAPIDATED_D）和未鉴定（UNASSESSED）均为不达标：未经鉴定的住房不算有保障。安全住房还须适应
            气候分区：北方（NORTH）冬季保暖，南方（SOUTH）通风防潮。气候分区按县所在省份确定，参数集的地理设置可逐县
            调整。"""),
    /** Safe drinking water. */
    IND_WATER("IND-WATER", Section.INDICATORS, "indicator", "WATER2018 WATER2004 X2019 W2021", "Safe drinking water",
            "饮水安全有保障", """
            Drinking water is safe when four criteria hold, each its own finding: its quality meets the standard
            (surveyed); its quantity is at least WATER_LITRES_MIN litres per person per day (60), or
            WATER_LITRES_MIN_SCARCE (40) in a water-scarce area; it is piped to the yard, or a round trip to fetch
            it takes at most WATER_ROUND_TRIP_MINUTES_MAX minutes (20), and a round trip not surveyed fails; its
            supply guarantee rate is at least WATER_GUARANTEE_PERCENT_MIN percent (95), or
            WATER_GUARANTEE_PERCENT_MIN_SCARCE (90) in a water-scarce area. Each comparison includes its threshold:
            exactly 60 litres, 20 minutes or 95% is met.""", """
            饮水安全有保障须同时满足四项标准，每项一条结论：水质达标（调查事实）；水量每人每天不低于WATER_LITRES_MIN升
            （60），缺水地区不低于WATER_LITRES_MIN_SCARCE升（40）；自来水入户，或取水往返不超过
            WATER_ROUND_TRIP_MINUTES_MAX分钟（20），未调查往返时间的不达标；供水保证率不低于
            WATER_GUARANTEE_PERCENT_MIN%（95），缺水地区不低于WATER_GUARANTEE_PERCENT_MIN_SCARCE%（90）。各项比较均含临界
            值：恰为60升、20分钟或95%即达标。"""),
    /** Standards neither raised nor lowered. */
    IND_STD("IND-STD", Section.INDICATORS, "parameter", "X2019 W2021", "Standards neither raised nor lowered",
            "既不拔高也不降低标准", """
            Standards are neither raised nor lowered. Every value of a parameter set that departs from the national
            default (a parameter, a poverty line, a provincial or city line, a monitoring threshold) must give a
            reason, or the set is refused; the set's deviations list each with the national value and the reason.
            Every identification carries a finding that passes when its parameter set keeps the national standards
            and fails when it departs from them. A province or city may only raise the line (ID-STD).""", """
            既不拔高也不降低标准。参数集中凡偏离国家默认值的取值（参数、扶贫标准、省级或市级标准、监测标准）都必须说明
            理由，否则不予接受；参数集的偏离清单逐项列出国家值和理由。每次识别都有一条结论：参数集执行国家标准时通过，偏离
            时不通过。省、市只能提高扶贫标准（ID-STD）。"""),
    /** Income test. */
    ID_H_1("ID-H-1", Section.IDENTIFICATION, "identification", "W2021 REG2014", "Income test", "收入标准", """
            A household is poor by income when its per-capita net income (INC-1, INC-2) of the income year is
            strictly below the poverty line applied to it for that year (ID-STD), decided exactly as net income <
            line × members (INC-3). Exactly at the line is not poor. The line of an income year is that year's: a
            registration in year Y tests the income of Y − 1 against the line of Y − 1. A year for which the
            parameter set has no line is an error, never a guess.""", """
            家庭人均纯收入（INC-1、INC-2）严格低于该收入年度适用的扶贫标准（ID-STD）即为收入贫困，按“纯收入＜标准×人口数”
            精确判定（INC-3）。恰好等于标准的不属于贫困。收入年度适用当年标准：Y年建档立卡以Y－1年收入对照Y－1年标准。参数集
            中没有某年的标准即报错，绝不推测。"""),
    /** Standard of the line applied. */
    ID_STD("ID-STD", Section.IDENTIFICATION, "parameter", "W2021 PRACTICE", "Standard of the line applied",
            "适用的扶贫标准", """
            The line applied to a household is its city's (prefecture's) line for the income year where the
            parameter set has one, else its province's, else the set's national-level line, and the decision
            records which standard applied: NATIONAL, PROVINCIAL or CITY. A province or city may only set a line
            above the national-level line the set applies for the year (a line equal to it or below is refused).
            When a parameter set's national-level line of the year departs from the
            national default, as in a what-if set, the finding names the set and the national line it departs
            from.""", """
            家庭适用的扶贫标准：参数集有其所在市（州）当年标准的用市级标准，否则用省级标准，否则用参数集的国家层面标准；
            决定中写明适用的是国家（NATIONAL）、省级（PROVINCIAL）还是市级（CITY）标准。省、市只能设定高于参数集当年国家层面标准的标准（等于或低于的不予接受）。
            参数集当年的国家层面标准偏离国家默认值时（如假设情景），结论写明参数集名称及其偏离的国家标准。"""),
    /** Exclusions. */
    ID_H_2("ID-H-2", Section.IDENTIFICATION, "identification", "PRACTICE", "Exclusions", "排除情形", """
            Exclusions, each a switch that is on by default: a member is a public employee on the state payroll
            (EXCLUDE_PUBLIC_EMPLOYEE); the household owns a private car not used for production
            (EXCLUDE_PRIVATE_CAR); it owns commercial housing in a town (EXCLUDE_TOWN_COMMERCIAL_HOUSING); a member
            runs a registered enterprise (EXCLUDE_REGISTERED_ENTERPRISE). A switched-on exclusion that applies turns
            a household that is poor by income into EXCLUDED and names the reason; one that is switched off is a
            finding that passes and says so.""", """
            排除情形，各为一个默认开启的开关：成员为财政供养人员（EXCLUDE_PUBLIC_EMPLOYEE）；家庭拥有非生产用私家车
            （EXCLUDE_PRIVATE_CAR）；在城镇购买商品房（EXCLUDE_TOWN_COMMERCIAL_HOUSING）；成员经营已注册企业
            （EXCLUDE_REGISTERED_ENTERPRISE）。已开启的排除情形一经适用，收入贫困的家庭即为“排除”（EXCLUDED）并写明理由；
            已关闭的排除情形记为通过的结论并予以说明。"""),
    /** Household type. */
    ID_H_4("ID-H-4", Section.IDENTIFICATION, "identification", "REG2014 W2021", "Household type", "贫困户类型", """
            The type of an ELIGIBLE household. A transfer on record decides first: an EXTREME_POVERTY_SUPPORT
            transfer in the income year gives EXTREME_POVERTY_SUPPORT; else a MINIMUM_LIVING_ALLOWANCE transfer
            gives MINIMUM_LIVING_ALLOWANCE. Only a household with neither transfer, no member with labour capacity
            (every member LOST or NONE) and no income but transfers is typed EXTREME_POVERTY_SUPPORT by derivation,
            and its finding says that the type is derived, for civil affairs to confirm. Every other eligible
            household is GENERAL. Civil affairs grants the allowance and the support; the registry records them
            and does not decide them.""", """
            “符合”家庭的贫困户类型。先看在案的转移性收入：收入年度有特困供养金（EXTREME_POVERTY_SUPPORT）的为特困供养户；
            否则有低保金（MINIMUM_LIVING_ALLOWANCE）的为低保贫困户。两者皆无、全体成员无劳动能力（均为LOST或NONE）且除转移
            性收入外无收入的家庭，推定为特困供养户，结论注明系推定，待民政部门确认。其余“符合”家庭为一般贫困户（GENERAL）。
            低保和特困供养由民政部门认定，建档立卡系统只作记录，不作认定。"""),
    /** Derived causes of poverty. */
    ID_H_5("ID-H-5", Section.IDENTIFICATION, "identification", "REG2014", "Derived causes", "数据推断的致贫原因", """
            The data suggest causes of poverty: a member with a SERIOUS_ILLNESS or CHRONIC_ILLNESS suggests ILLNESS;
            a disabled member, DISABILITY; no member with labour capacity, LACK_OF_LABOUR; a member of
            compulsory-education age out of school (IND-EDU), or high education costs, EDUCATION_COSTS. Education
            costs are high when strictly above EDUCATION_COSTS_SHARE_PERCENT percent (50) of net income;
            out-of-pocket medical costs strictly above SHOCK_SHARE_PERCENT percent (50) also suggest ILLNESS, and
            disaster losses above it DISASTER. Any such spending against net income of zero or less is above its
            share. A registered primary cause that the data could
            show but do not is a finding (AUD-6).""", """
            由数据推断致贫原因：有成员患大病或慢性病（SERIOUS_ILLNESS、CHRONIC_ILLNESS）提示因病；有残疾成员提示因残；
            无劳动能力成员提示缺劳力；有义务教育年龄成员失学（IND-EDU）或教育支出过高提示因学。教育支出严格高于纯收入的
            EDUCATION_COSTS_SHARE_PERCENT%（50）即为过高；自付医疗费用严格高于SHOCK_SHARE_PERCENT%（50）亦提示因病，灾害损失
            高于该比例提示因灾。纯收入为零或负数时，任何此类支出均视为高于其比例。登记的主要致贫原因本可由数据体现却无数据支撑的，记为一条结论（AUD-6）。"""),
    /** Identification outcome and guarantee gaps. */
    ID_H_3("ID-H-3", Section.IDENTIFICATION, "identification", "W2021", "Outcome and guarantee gaps",
            "识别结果与保障缺口", """
            The outcome of identification is ELIGIBLE when the household is poor by income (ID-H-1) and no exclusion
            applies (ID-H-2), EXCLUDED when it is poor by income but an exclusion applies, and NOT_ELIGIBLE
            otherwise. In every outcome, each UNMET indicator is reported as a guarantee gap that calls for sector
            support even when the household is not poor; the finding passes when there is no gap.""", """
            识别结果：收入贫困（ID-H-1）且不属于排除情形（ID-H-2）的为“符合”（ELIGIBLE）；收入贫困但属于排除情形的为
            “排除”（EXCLUDED）；其余为“不符合”（NOT_ELIGIBLE）。无论结果如何，每项不达标的指标都作为保障缺口报告，即使
            家庭不贫困也需行业部门帮扶；无缺口时该结论通过。"""),
    /** Poor village identification. */
    ID_V_1("ID-V-1", Section.IDENTIFICATION, "identification", "REG2014 W2021 PRACTICE", "Poor village", "贫困村识别", """
            A village is identified as poor ("one high, one low, one none", 一高一低一无) when all three hold: its
            poverty incidence is at least POOR_VILLAGE_INCIDENCE_MULTIPLE times (2) the province's rural incidence,
            with at least one registered poor person (a village of none is not of high incidence, even where the
            province's incidence is zero); its villagers' per-capita income is strictly below
            POOR_VILLAGE_INCOME_PERCENT percent (60) of the province's rural average; and it has no collective-economy
            income.""", """
            贫困村按“一高一低一无”识别，三项须同时满足：贫困发生率不低于全省农村贫困发生率的
            POOR_VILLAGE_INCIDENCE_MULTIPLE倍（2），且至少有一名建档立卡贫困人口（无贫困人口的村，即使全省贫困发生率为零，也不属于
            贫困发生率高）；村民人均纯收入严格低于全省农村平均水平的POOR_VILLAGE_INCOME_PERCENT%
            （60）；无村集体经济收入。"""),
    /** Registration procedure: two notices, one announcement. */
    PROC_REG("PROC-REG", Section.IDENTIFICATION, "procedure", "REG2014 PRACTICE", "Registration procedure",
            "建档立卡程序", """
            Registration follows "two notices, one announcement" (两公示一公告): the household applies; village
            representatives appraise and vote; the village committee checks and posts the first notice in the
            village; the township reviews and posts the second notice; the county reviews, approves and announces;
            the household is filed in the registry. Each notice lasts at least NOTICE_DAYS calendar days (7), both
            ends counted, with no upheld objection. Steps are taken in order, none skipped; any step may reject with
            a reason, which ends the procedure; each step records its date and actor.""", """
            建档立卡实行“两公示一公告”：农户申请；村民代表评议表决；村委会核实并在村内第一次公示；乡镇审核并第二次公示；县级
            复审、审批并公告；录入建档立卡系统。每次公示不少于NOTICE_DAYS个日历日（7），首尾均计，且无成立的异议。各步骤须
            依次进行，不得跳过；任何步骤均可附理由驳回，驳回即终止程序；每一步记录日期和经办人。"""),
    /** Development measure for a household with labour capacity. */
    MS_1("MS-1", Section.MEASURES, "measure", "X2017 DEC2015 W2021", "Development measure", "发展性帮扶措施", """
            A household with at least one member with labour capacity (SKILLED, ORDINARY or WEAK) gets at least one
            development measure (PRODUCTION, EMPLOYMENT, ECOLOGICAL, SKILLS_TRAINING or MICROCREDIT), for its capacity
            for self-development; when no other rule selected one, a PRODUCTION measure is added at priority 3.
            Every measure has a priority, and 1 is the highest: 1 closes a guarantee gap or gives the safety net, 2
            supports a hardship (relocation too, which also rehouses a household with a housing gap), 3 develops,
            4 subsidises a cost.""", """
            家中至少有一名有劳动能力的成员（SKILLED、ORDINARY或WEAK）的，至少安排一项发展性措施（PRODUCTION、EMPLOYMENT、
            ECOLOGICAL、SKILLS_TRAINING或MICROCREDIT），增强自我发展能力；其他规则均未安排时，增加一项优先级为3的产业发展
            措施（PRODUCTION）。每项措施都有优先级，1为最高：1补齐保障缺口或兜底保障，2帮扶困难（含易地搬迁，搬迁同时解决住房缺口），
            3促进发展，4补贴费用。"""),
    /** Social security for a household without labour capacity. */
    MS_2("MS-2", Section.MEASURES, "measure", "DEC2015 W2021", "Social security", "社会保障兜底", """
            A household with no member with labour capacity gets SOCIAL_SECURITY (the minimum living allowance or
            extreme-poverty support) at priority 1, the highest; it addresses LACK_OF_LABOUR and any food or clothing
            gap.""", """
            家中无有劳动能力成员的，安排社会保障兜底（SOCIAL_SECURITY，低保或特困供养），优先级为1（最高）；该措施针对
            缺劳力及吃、穿方面的缺口。"""),
    /** Relocation only with consent. */
    MS_3("MS-3", Section.MEASURES, "measure", "DEC2015 W2021", "Relocation only with consent", "自愿搬迁", """
            A household in an inhospitable area is relocated (RELOCATION, priority 2) only with its consent, and the
            relocation also addresses a housing gap. Without consent there is no relocation, a finding says so, and
            a household with labour capacity gets an in-place PRODUCTION measure (priority 3) instead.""", """
            居住在“一方水土养不起一方人”地区的家庭，只有本户同意才实施易地扶贫搬迁（RELOCATION，优先级2），搬迁同时解决
            住房缺口。不同意的不搬迁，结论予以说明；有劳动能力的家庭改为就地安排产业发展措施（PRODUCTION，优先级3）。"""),
    /** Eco-job in an ecological protection zone. */
    MS_4("MS-4", Section.MEASURES, "measure", "DEC2015 W2021", "Ecological eco-job", "生态护林员等生态岗位", """
            A household in an ecological protection zone with labour capacity gets an ECOLOGICAL measure, an
            eco-job such as forest ranger (priority 3).""", """
            居住在生态保护区且有劳动能力的家庭，安排生态补偿措施（ECOLOGICAL），如生态护林员等岗位（优先级3）。"""),
    /** Health support and insurance enrolment. */
    MS_6("MS-6", Section.MEASURES, "measure", "DEC2015 W2021", "Health", "健康帮扶", """
            A member not enrolled in basic medical insurance, or seriously ill without serious-illness cover, gets
            HEALTH insurance enrolment at priority 1, the highest. A household registered with the cause ILLNESS, or
            with a member with a chronic or serious illness, gets HEALTH support at priority 2.""", """
            成员未参加基本医疗保险或患大病未参加大病保险的，安排参保措施（HEALTH），优先级为1（最高）。登记致贫原因为因病，
            或有成员患慢性病、大病的家庭，安排健康帮扶（HEALTH），优先级为2。"""),
    /** Disability support. */
    MS_7("MS-7", Section.MEASURES, "measure", "DEC2015 W2021", "Disability", "残疾人帮扶", """
            A household with a disabled member (grade 1 to 4) gets DISABILITY support at priority 2.""", """
            家中有残疾成员（一至四级）的，安排残疾人帮扶措施（DISABILITY），优先级为2。"""),
    /** Skills training, then employment. */
    MS_8("MS-8", Section.MEASURES, "measure", "DEC2015 W2021", "Skills training, then employment",
            "技能培训与转移就业", """
            A household registered with LACK_OF_SKILLS and with labour capacity gets SKILLS_TRAINING and then
            EMPLOYMENT, both at priority 3.""", """
            登记致贫原因为缺技术且有劳动能力的家庭，先安排技能培训（SKILLS_TRAINING），再安排就业（EMPLOYMENT），优先级均为3。"""),
    /** Poverty-alleviation microcredit. */
    MS_9("MS-9", Section.MEASURES, "measure", "MICRO2014 MICRO2019 W2021", "Microcredit", "扶贫小额信贷", """
            A household registered with LACK_OF_CAPITAL that has a member with labour capacity whose age on 31
            December of the income year is from MICROCREDIT_AGE_MIN to MICROCREDIT_AGE_MAX inclusive (18 to 65) gets
            MICROCREDIT at priority 3: a loan of at most MICROCREDIT_MAX_YUAN yuan (50,000) for at most
            MICROCREDIT_MAX_YEARS years (3), with no collateral or guarantor, its interest subsidised by the
            budget.""", """
            登记致贫原因为缺资金，且有一名有劳动能力、收入年度12月31日年龄在MICROCREDIT_AGE_MIN至MICROCREDIT_AGE_MAX岁之间
            （含两端，即18至65岁）成员的家庭，安排扶贫小额信贷（MICROCREDIT），优先级为3：贷款不超过MICROCREDIT_MAX_YUAN元
            （5万元），期限不超过MICROCREDIT_MAX_YEARS年（3年），免抵押免担保，财政贴息。"""),
    /** Housing renovation. */
    MS_10("MS-10", Section.MEASURES, "measure", "DEC2015 W2021", "Housing", "危房改造", """
            A housing gap (IND-HOUSE UNMET) gets HOUSING, the renovation of dilapidated housing, at priority 1,
            unless RELOCATION is selected (MS-3), which rehouses the household.""", """
            住房不达标（IND-HOUSE）的，安排危房改造（HOUSING），优先级为1；已安排易地扶贫搬迁（MS-3）的除外，搬迁已解决住房。"""),
    /** Safe drinking water. */
    MS_11("MS-11", Section.MEASURES, "measure", "DEC2015 W2021", "Water", "饮水安全", """
            A water gap (IND-WATER UNMET) gets a WATER measure at priority 1.""", """
            饮水不达标（IND-WATER）的，安排饮水安全措施（WATER），优先级为1。"""),
    /** Motivation, never a plain cash handout. */
    MS_12("MS-12", Section.MEASURES, "measure", "X2017 W2021", "Motivation", "扶志扶智", """
            A household registered with LACK_OF_MOTIVATION gets MOTIVATION (rewards for work, work relief) at
            priority 3, never a plain cash handout, and a finding says so.""", """
            登记致贫原因为自身发展动力不足的家庭，安排扶志措施（MOTIVATION，以奖代补、以工代赈），优先级为3，绝不简单发钱，
            结论予以说明。"""),
    /** Asset income and village infrastructure. */
    MS_13("MS-13", Section.MEASURES, "measure", "DEC2015 W2021", "Asset income and infrastructure",
            "资产收益与基础设施", """
            A household registered with LACK_OF_LAND, LACK_OF_WATER or POOR_TRANSPORT gets ASSET_INCOME (priority 3),
            and a finding records the village's need of infrastructure.""", """
            登记致贫原因为缺土地、缺水或交通条件落后的家庭，安排资产收益措施（ASSET_INCOME，优先级3），结论记录村级基础设施
            需求。"""),
    /** Education: return to school and subsidies. */
    MS_5("MS-5", Section.MEASURES, "measure", "EDULAW DEC2015 W2021", "Education", "教育帮扶", """
            A member of compulsory-education age (IND-EDU) who has dropped out or is not enrolled gets an EDUCATION
            measure to return to school at priority 1, the highest. EDUCATION subsidies (priority 4) go to members of
            compulsory-education age in school, to members enrolled beyond compulsory age in senior secondary or
            vocational school (the "Rain and Dew" programme, 雨露计划), and to a household registered with the cause
            EDUCATION_COSTS.""", """
            义务教育年龄（IND-EDU）的成员辍学或未入学的，安排控辍保学措施（EDUCATION），优先级为1（最高）。教育资助
            （EDUCATION，优先级4）覆盖在校的义务教育年龄成员、超过义务教育年龄但在读高中或中等职业学校的成员（“雨露计划”），
            以及登记致贫原因为因学（EDUCATION_COSTS）的家庭。"""),
    /** Coverage of every cause and gap. */
    MS_14("MS-14", Section.MEASURES, "measure", "W2021", "Coverage", "措施全覆盖", """
            Every registered cause, primary or secondary, and every guarantee gap is addressed by at least one
            selected measure; the plan lists each that is not, with the reason (such as LACK_OF_SKILLS without
            labour capacity). The plan lists its measures by priority, 1 first.""", """
            每项登记的致贫原因（主要或次要）和每项保障缺口都至少有一项措施针对；未能针对的，逐项列出并说明理由（如缺技术但
            无劳动能力）。措施按优先级排列，1在前。"""),
    /** Household exit: stable income above the line. */
    EX_H_1("EX-H-1", Section.EXIT, "exit", "EXIT2016 W2021", "Stable income above the line", "收入稳定超过扶贫标准", """
            A household's stable per-capita income (INC-4) of the income year strictly exceeds the poverty line
            applied to it (ID-STD), decided exactly as stable income > line × members (INC-3). Exactly at the line
            does not exit.""", """
            家庭收入年度的人均稳定收入（INC-4）严格高于适用的扶贫标准（ID-STD），按“稳定收入＞标准×人口数”精确判定
            （INC-3）。恰好等于标准的不能退出。"""),
    /** Household exit: every indicator met. */
    EX_H_2("EX-H-2", Section.EXIT, "exit", "EXIT2016 W2021", "Every indicator met", "两不愁三保障全部达标", """
            Every indicator (IND-FOOD, IND-CLOTHING, IND-EDU, IND-MED, IND-HOUSE, IND-WATER) is MET or NOT_APPLICABLE;
            any UNMET indicator refuses the exit and is named.""", """
            各项指标（IND-FOOD、IND-CLOTHING、IND-EDU、IND-MED、IND-HOUSE、IND-WATER）均达标或不适用；任何一项不达标即不能
            退出，并列明该项。"""),
    /** Paper-exit guard. */
    EX_H_4("EX-H-4", Section.EXIT, "exit", "EXIT2016 X2017 MON2020 W2021", "Paper-exit guard", "防止“数字脱贫”", """
            When net income exceeds the line only thanks to one-off transfers (stable income ≤ line × members < net
            income), the exit is refused and the finding says so (AUD-4). When stable income exceeds the line but is
            strictly below the monitoring threshold in force for the household times its members, the exit is
            allowed but enrols the household in monitoring as UNSTABLE_EXITED. That threshold is exactly MON-1's: a
            city's or province's own threshold, else the one the parameter set gives for the year, else
            MONITORING_LINE_MULTIPLE (1.5) times the line applied to the household; never a fixed multiple.""", """
            纯收入仅靠一次性转移性收入才超过标准的（稳定收入≤标准×人口数＜纯收入），不予退出，结论予以说明（AUD-4）。稳定收入
            超过标准但严格低于该户适用的监测标准×人口数的，可以退出，但纳入监测，类别为脱贫不稳定户（UNSTABLE_EXITED）。该监测
            标准与MON-1完全一致：市、省自定的监测标准，否则为参数集当年的监测标准，否则为该户适用扶贫标准的
            MONITORING_LINE_MULTIPLE倍（1.5）；绝不使用固定倍数。"""),
    /** Household exit procedure. */
    EX_H_3("EX-H-3", Section.EXIT, "exit", "EXIT2016 W2021", "Household exit decision", "贫困户退出决定", """
            A household may exit when it is REGISTERED and EX-H-1 and EX-H-2 hold; it is deregistered only through
            the exit procedure (PROC-EXIT), and the decision states which of its steps remain. A household already
            EXITED is reported with its exit date and its transition (GR-1); a household never registered has
            nothing to exit from.""", """
            已建档立卡（REGISTERED）且满足EX-H-1和EX-H-2的家庭可以退出；只有走完退出程序（PROC-EXIT）才能销号，决定中写明
            尚余的步骤。已退出（EXITED）的家庭报告其退出日期和过渡期（GR-1）；从未建档立卡的家庭无从退出。"""),
    /** Village exit. */
    EX_V_1("EX-V-1", Section.EXIT, "exit", "EXIT2016 W2021", "Village exit", "贫困村退出", """
            A village exits when its poverty incidence (ST-1) is strictly below EXIT_INCIDENCE_PERCENT_MAX percent
            (2), or EXIT_INCIDENCE_PERCENT_MAX_WEST (3) in the WEST region, which includes counties treated as
            western. A hardened road, electricity, safe water, a clinic with a qualified doctor and collective-economy
            income are reported as findings; they do not decide.""", """
            贫困村贫困发生率（ST-1）严格低于EXIT_INCIDENCE_PERCENT_MAX%（2），西部地区（含视同西部的县）严格低于
            EXIT_INCIDENCE_PERCENT_MAX_WEST%（3）的，可以退出。硬化路、通电、安全饮水、有合格村医的卫生室和村集体经济收入作为
            结论报告，不影响判定。"""),
    /** County exit: incidence. */
    EX_C_1("EX-C-1", Section.EXIT, "exit", "EXIT2016 W2021", "County exit: incidence", "贫困县退出：贫困发生率", """
            A county meets the incidence standard of exit when its poverty incidence over persons (ST-1) is strictly
            below EXIT_INCIDENCE_PERCENT_MAX percent (2), or EXIT_INCIDENCE_PERCENT_MAX_WEST (3) in the WEST region,
            which includes counties treated as western.""", """
            贫困县按人口计算的贫困发生率（ST-1）严格低于EXIT_INCIDENCE_PERCENT_MAX%（2），西部地区（含视同西部的县）严格低于
            EXIT_INCIDENCE_PERCENT_MAX_WEST%（3）的，达到退出的贫困发生率标准。"""),
    /** County exit: third-party evaluation. */
    EX_C_2("EX-C-2", Section.EXIT, "exit", "EVAL2017 EXIT2016 W2021", "County evaluation", "贫困县退出专项评估检查", """
            A county's exit needs all three results of the third-party evaluation: a wrong-exit rate (wrongly exited
            persons ÷ exited persons sampled) strictly below WRONG_EXIT_PERCENT_MAX percent (2); a
            missed-identification rate (verified missed persons ÷ non-registered rural persons sampled) strictly
            below MISSED_IDENTIFICATION_PERCENT_MAX percent (2); and public recognition (households recognising ÷
            households surveyed) of at least RECOGNITION_PERCENT_MIN percent (90). Rates are decided exactly on the
            counts; failing EX-C-1 or any one of these refuses the exit.""", """
            贫困县退出须第三方评估三项结果全部达标：错退率（抽样错退人数÷抽样脱贫人数）严格低于WRONG_EXIT_PERCENT_MAX%（2）；
            漏评率（核实漏评人数÷抽样未建档立卡农村人数）严格低于MISSED_IDENTIFICATION_PERCENT_MAX%（2）；群众认可度（认可户数
            ÷调查户数）不低于RECOGNITION_PERCENT_MIN%（90）。各比率按计数精确判定；EX-C-1或其中任何一项不达标即不能退出。"""),
    /** County exit procedure. */
    EX_C_3("EX-C-3", Section.EXIT, "procedure", "EXIT2016 W2021", "County exit procedure", "贫困县退出程序", """
            A county exits by this procedure: the county applies; the city reviews; the province verifies, with the
            third-party evaluation (EX-C-2); public notice of at least NOTICE_DAYS calendar days (7) with no upheld
            objection; the province announces the exit. Steps are taken in order, none skipped; any may reject with
            a reason, and a county rejected applies again, every step remaining.""", """
            贫困县退出程序：县级申请；市级初审；省级核查并开展第三方评估（EX-C-2）；公示不少于NOTICE_DAYS个日历日（7）且无成立
            的异议；省级公告退出。各步骤须依次进行，不得跳过；任何步骤均可附理由驳回，被驳回的县须重新申请，全部程序尚需完成。"""),
    /** Exit procedure of a household. */
    PROC_EXIT("PROC-EXIT", Section.EXIT, "procedure", "EXIT2016 PRACTICE W2021", "Household exit procedure", "贫困户退出程序", """
            A household exits by this procedure: the village committee and the resident working team check and
            propose; village representatives appraise; the household agrees; public notice in the village of at least
            NOTICE_DAYS calendar days (7), both ends counted, with no upheld objection; the township verifies; the
            exit is announced; the household is deregistered (销号). Steps are taken in order, none skipped; any may
            reject with a reason, which ends the procedure; each step records its date and actor.""", """
            贫困户退出程序：村两委和驻村工作队核实并提出；村民代表评议；贫困户认可；在村内公示不少于NOTICE_DAYS个日历日（7），
            首尾均计，且无成立的异议；乡镇核查；公告退出；销号。各步骤须依次进行，不得跳过；任何步骤均可附理由驳回，驳回即终止
            程序；每一步记录日期和经办人。"""),
    /** Transition period after exit. */
    GR_1("GR-1", Section.MONITORING, "exit", "LINK2020 X2019 W2021 MON2020", "Transition period", "过渡期", """
            An exited county keeps its main support policies from its year of exit to that year plus
            COUNTY_TRANSITION_YEARS (5), both included. An exited household keeps its policies from its year of exit
            to NATIONAL_TRANSITION_END_YEAR (2025), both included. These are the "four no-removals": responsibility,
            policies, assistance and supervision stay.""", """
            已退出的贫困县自退出当年起至退出年份加COUNTY_TRANSITION_YEARS年（5）止（含两端），保持主要帮扶政策不变。已退出的
            贫困户自退出当年起至NATIONAL_TRANSITION_END_YEAR年（2025）止（含两端），保持帮扶政策不变。即“四个不摘”：摘帽不摘
            责任、不摘政策、不摘帮扶、不摘监管。"""),
    /** Monitoring threshold. */
    MON_1("MON-1", Section.MONITORING, "parameter", "MON2020 MON2021 W2021", "Monitoring threshold", "监测标准", """
            The monitoring threshold of a household, per person per year: its city's or province's own threshold
            for the income year where the parameter set has one (local values override); else the threshold the set
            gives for the year; else MONITORING_LINE_MULTIPLE (1.5) times the poverty line in force for the
            household, which is a provincial or city line where one applies (ID-STD). Decisions compare with it
            exactly (INC-3); it is shown rounded half-up to the fen. When a parameter set's threshold departs from
            the national one, the finding names the set and the national value.""", """
            家庭的监测标准（每人每年）：参数集有其所在市、省当年自定监测标准的，用地方标准；否则用参数集当年的监测标准；否则为
            该户适用扶贫标准（适用省级或市级标准的按其标准，ID-STD）的MONITORING_LINE_MULTIPLE倍（1.5）。判定时按INC-3精确
            比较；显示时四舍五入到分。参数集的监测标准偏离国家标准时，结论写明参数集名称和国家标准。"""),
    /** Monitoring triggers. */
    MON_3("MON-3", Section.MONITORING, "monitoring", "MON2020 MON2021 PRACTICE W2021", "Monitoring triggers", "监测触发条件", """
            Each trigger is a finding: stable per-capita income (INC-4) strictly below the MON-1 threshold; any
            indicator UNMET; rigid spending, the sum of out-of-pocket medical costs, schooling costs and disaster
            losses, strictly above SHOCK_SHARE_PERCENT percent (50) of net income, or any rigid spending against net
            income of zero or less, the finding naming each part; stable per-capita income fallen by at least
            INCOME_FALL_PERCENT percent (30) from the latest earlier income record (not only the year before), the
            finding naming that record's year.""", """
            每个触发条件为一条结论：人均稳定收入（INC-4）严格低于MON-1监测标准；任一指标不达标；刚性支出（自付医疗费用、教育
            支出和灾害损失之和）严格高于纯收入的SHOCK_SHARE_PERCENT%（50），或纯收入为零或负数时有任何刚性支出，结论逐项列明；
            人均稳定收入较最近一条更早的收入记录（不限于上一年）下降不少于INCOME_FALL_PERCENT%（30），结论写明该记录的年份。"""),
    /** Monitoring categories. */
    MON_2("MON-2", Section.MONITORING, "monitoring", "MON2020 MON2021 W2021", "Monitoring categories", "监测对象类别", """
            A REGISTERED household is assisted, not monitored. An EXITED household with any trigger (MON-3) is
            UNSTABLE_EXITED, whatever its income. A household never registered whose stable income is below the
            threshold, or with an indicator UNMET, is MARGINAL; one above the threshold whose only triggers are
            rigid spending or a fall of income is SUDDEN_HARDSHIP. A household with no trigger is not monitored,
            unless it was included in monitoring and its risk is not marked eliminated (MON-4): it leaves monitoring
            only then, so it stays monitored, as UNSTABLE_EXITED if exited and MARGINAL otherwise. Up to LAST_NEW_REGISTRATION_YEAR (2020), the last year of new registration, a never-registered
            household identified ELIGIBLE is to be registered (AUD-10) rather than merely monitored.""", """
            已建档立卡（REGISTERED）的家庭是帮扶对象，不是监测对象。已退出（EXITED）的家庭有任一触发条件（MON-3）即为脱贫
            不稳定户（UNSTABLE_EXITED），不论收入高低。从未建档立卡的家庭，稳定收入低于监测标准或有指标不达标的，为边缘易致
            贫户（MARGINAL）；收入高于监测标准、仅因刚性支出或收入下降而触发的，为突发严重困难户（SUDDEN_HARDSHIP）。无任何触发
            条件的不纳入监测；但已纳入监测、风险尚未标注消除（MON-4）的家庭，只有标注风险消除才退出监测，故继续监测：已退出的
            为脱贫不稳定户，其他为边缘易致贫户。在新识别截止年度LAST_NEW_REGISTRATION_YEAR（2020）及之前，识别为“符合”的未建档立卡家庭应纳入建档立卡（AUD-10），而非仅作监测。"""),
    /** Risk elimination. */
    MON_4("MON-4", Section.MONITORING, "monitoring", "MON2020 MON2021 W2021", "Risk elimination", "风险消除", """
            A monitored household's risk is marked eliminated on a review day when its income has been at or above
            the MON-1 threshold for at least RISK_STABLE_MONTHS months (6), it has been monitored for at least
            RISK_MONITORED_MONTHS months (6), at least one measure has been applied, no indicator is UNMET and no
            trigger is active. A household with no labour capacity that relies on SOCIAL_SECURITY is never marked
            eliminated: it stays monitored. A mark is rolled back when a trigger returns, when the household comes to
            rely on SOCIAL_SECURITY without labour capacity, or when it was made before the conditions its own day
            shows held then (monitored and income stable for the months, against the threshold of the year the last
            of them ends in, a measure applied: a mark in January is checked as the review of the year before).""", """
            监测户在评估日同时满足以下条件的，标注风险消除：收入不低于MON-1监测标准已满RISK_STABLE_MONTHS个月（6），纳入监测
            已满RISK_MONITORED_MONTHS个月（6），至少落实了一项帮扶措施，无指标不达标，且无触发条件。无劳动能力、依靠社会保障
            兜底（SOCIAL_SECURITY）的家庭不标注风险消除，继续监测。触发条件再次出现、家庭转为无劳动能力依靠社会保障兜底，或标注
            之日尚不满足当日可查的条件（纳入监测和收入稳定均满规定月数，按所计最后一个月所在年度的监测标准；已落实帮扶措施；1月的标
            注按上一年度的评估核查）的，撤销风险消除标注。"""),
    /** Monitoring procedure. */
    PROC_MON("PROC-MON", Section.MONITORING, "procedure", "MON2020 PRACTICE W2021", "Monitoring procedure", "监测程序", """
            A household enters monitoring by this procedure: a household report, a cadre's visit or a department's
            data alert; data comparison; village appraisal and notice of at least MONITORING_NOTICE_DAYS calendar
            days (5); township review; county approval; announcement. Marking a risk eliminated follows the same
            steps. Steps are taken in order, none skipped; any may reject with a reason.""", """
            纳入监测的程序：农户申报、干部走访排查或部门数据预警；数据比对；村级评议并公示不少于MONITORING_NOTICE_DAYS个日历日
            （5）；乡镇审核；县级审定；公告。标注风险消除的程序相同。各步骤须依次进行，不得跳过；任何步骤均可附理由驳回。"""),
    /** Poverty incidence. */
    ST_1("ST-1", Section.STATISTICS, "identification", "EXIT2016", "Poverty incidence", "贫困发生率", """
            The poverty incidence of an area or group in an income year is counted over persons: members of
            households on the poverty registry at the end of the year (registered in or before it, and not exited in
            or before it) ÷ all members of the rural registered population counted. Comparisons with a percentage
            are exact; the percentage shown is rounded.""", """
            地区或群体某年度的贫困发生率按人口计算：该年末在建档立卡名单内（当年或之前建档立卡、且当年及之前未退出）家庭的人口÷
            所统计的农村户籍人口。与百分比的比较精确判定；显示的百分比经四舍五入。"""),
    /** Foster–Greer–Thorbecke measures. */
    ST_2("ST-2", Section.STATISTICS, "statistics", "FGT1984", "Foster–Greer–Thorbecke measures", "FGT贫困指数", """
            The Foster–Greer–Thorbecke measures of per-capita net income y against a poverty line z, over persons:
            P0, the headcount ratio; P1, the poverty gap index; P2, the squared poverty gap. With N persons,
            Pα = (1/N) Σ ((z − y) ÷ z)^α over the persons below the line. Below the line is decided exactly as ID-H-1
            decides it (net income < line × members); a negative income counts as no income in the gap.""", """
            以人口计算的人均纯收入y相对于扶贫标准z的FGT指数：P0为贫困发生率（人头比），P1为贫困距指数，P2为平方贫困距。共N人时，
            Pα＝（1/N）Σ（（z－y）÷z）^α，对标准以下的人求和。是否低于标准按ID-H-1精确判定（纯收入＜标准×人口数）；收入为负时
            按零计算贫困距。"""),
    /** Alkire–Foster multidimensional measures. */
    ST_3("ST-3", Section.STATISTICS, "statistics", "AF2011", "Alkire–Foster measures", "AF多维贫困指数", """
            The Alkire–Foster multidimensional measures over chosen dimensions (the six indicators and income),
            weights summing to 1 and a cutoff k. A person is deprived in an indicator that is UNMET (NOT_APPLICABLE is
            not a deprivation) and in income when poor by ID-H-1; a person is multidimensionally poor when the
            weighted deprivation score is at least k (weights and k are binary fractions, so a score short of k by at
            most 10⁻⁹, the rounding of a weight such as 1/3, reaches it), and the deprivations of persons who are not
            poor are censored.
            H = q ÷ n, A = the mean score of the q poor, M0 = H × A; M1 and M2 weigh each censored deprivation by its
            normalised gap or its square; with censored headcount ratios, the contribution of each dimension and the
            decomposition by subgroup.""", """
            Alkire–Foster多维贫困测度：选定维度（六项指标和收入）、权重之和为1、临界值k。指标不达标即在该维度被剥夺（不适用不算
            剥夺），按ID-H-1收入贫困即在收入维度被剥夺；加权剥夺得分不低于k的人为多维贫困（权重和k以二进制小数计算，得分比k低不超过
            10⁻⁹的视为达到k，以容纳1/3等权重的舍入），非贫困人口的剥夺予以删截。
            H＝q÷n，A＝q个贫困人口得分的平均值，M0＝H×A；M1、M2按标准化差距或其平方加权；并给出删截人头比、各维度贡献率和
            分组分解。"""),
    /** Evaluation rates from a sample. */
    ST_4("ST-4", Section.STATISTICS, "exit", "EVAL2017", "Evaluation rates", "评估检查比率", """
            The rates of a third-party evaluation sample, as EX-C-2 defines them: the wrong-exit rate, the
            missed-identification rate and public recognition, computed exactly from the counts and compared with
            WRONG_EXIT_PERCENT_MAX and MISSED_IDENTIFICATION_PERCENT_MAX (strictly below) and RECOGNITION_PERCENT_MIN
            (at least). The percentages shown are rounded half-up to two decimals.""", """
            第三方评估样本的比率，定义同EX-C-2：错退率、漏评率和群众认可度，由计数精确计算，分别与
            WRONG_EXIT_PERCENT_MAX、MISSED_IDENTIFICATION_PERCENT_MAX（严格低于）和RECOGNITION_PERCENT_MIN（不低于）比较。显示
            的百分比四舍五入到两位小数。"""),
    /** Progress by area and period. */
    ST_5("ST-5", Section.STATISTICS, "statistics", "W2021", "Progress", "脱贫进展", """
            Progress by county and income year, over persons: registered (on the registry at some time in the
            year), exited (exit date in the year), remaining (still registered at its end) and relapsed (exited
            before the year and identified ELIGIBLE again for it, ID-H-3); registered = exited + remaining.""", """
            按县和收入年度统计的脱贫进展（按人口）：建档立卡人口（年内任何时候在册）、退出人口（退出日期在该年度）、剩余人口
            （年末仍在册）和返贫人口（该年度之前已退出、该年度又被识别为“符合”，ID-H-3）；建档立卡人口＝退出人口＋剩余人口。"""),
    /** The same ID number twice. */
    AUD_1("AUD-1", Section.AUDIT, "audit", "X2017", "Duplicate ID number", "身份证号码重复", """
            The same ID number twice: within one household it is invalid input and the record is refused; across
            the households of a population it is an audit finding naming both households, and the members by
            index. A household id on more than one record of a population is one finding naming the household and
            the number of its records.""", """
            同一身份证号码出现两次：同一家庭内属于无效输入，记录不予接受；在一个人口群体的不同家庭间出现的，作为审计结论，
            写明两个家庭，并以序号指代成员。同一户编号在一个人口群体中有多条记录的，作为一条审计结论，写明该户及其记录条数。"""),
    /** An invalid ID number. */
    AUD_2("AUD-2", Section.AUDIT, "audit", "X2017", "Invalid ID number", "身份证号码无效", """
            An ID number with a wrong check digit (GB 11643), an impossible birth date, or a birth date or sex that
            differs from the member's record (the 17th digit is odd for MALE, even for FEMALE) is invalid input: the
            record is refused, naming the path of the field. No message repeats the number.""", """
            身份证号码校验码错误（GB 11643）、出生日期不存在，或出生日期、性别与成员登记不一致（第17位奇数为男性、偶数为女性）
            的，属于无效输入：记录不予接受，并写明字段路径。任何信息都不复述号码本身。"""),
    /** A registered household hit by an exclusion. */
    AUD_3("AUD-3", Section.AUDIT, "audit", "X2017", "Registered household excluded", "在册户属于排除情形", """
            A REGISTERED household that a switched-on exclusion of ID-H-2 now applies to.""", """
            已建档立卡（REGISTERED）的家庭现属于已开启的ID-H-2排除情形。"""),
    /** An exit that relied on one-off transfers. */
    AUD_4("AUD-4", Section.AUDIT, "audit", "X2017 EXIT2016", "Exit on one-off transfers", "依靠一次性收入退出", """
            An EXITED household whose exit date falls in the income year audited and whose stable income ≤ line ×
            members < net income in that year: it left poverty only on paper, thanks to one-off transfers
            (EX-H-4).""", """
            退出日期在被审计收入年度内、且当年“稳定收入≤标准×人口数＜纯收入”的已退出（EXITED）家庭：仅靠一次性转移性收入实现
            “数字脱贫”（EX-H-4）。"""),
    /** An implausible income jump. */
    AUD_5("AUD-5", Section.AUDIT, "audit", "X2017 PRACTICE", "Income jump", "收入异常增长", """
            Per-capita net income of the income year strictly more than INCOME_JUMP_MULTIPLE times (3) that of the
            year before: poverty reduced "in figures only" is a risk. A positive income after a year of zero or
            negative income is such a jump; a year without positive income is none.""", """
            收入年度人均纯收入严格高于上一年度的INCOME_JUMP_MULTIPLE倍（3）：存在“数字脱贫”风险。上一年度收入为零或为负、
            本年度为正的，同属此类；本年度收入不为正的不属此类。"""),
    /** Unsupported causes and registry consistency. */
    AUD_6("AUD-6", Section.AUDIT, "audit", "REG2014 JINGZHUN X2017", "Registry consistency", "建档立卡信息一致性", """
            A registered primary cause with no support in the data (ID-H-5), and the registry's own consistency
            checks, ages reckoned on 31 December of the income year: cause ILLNESS but every member HEALTHY;
            EDUCATION_COSTS but no student; DISABILITY but no disabled member; type MINIMUM_LIVING_ALLOWANCE with no
            such transfer in the year; type EXTREME_POVERTY_SUPPORT with a member with labour capacity aged from
            WORKING_AGE_MIN to WORKING_AGE_MAX inclusive (16 to 65); a healthy member, not disabled, aged from
            WORKING_AGE_MIN to HEALTHY_LOST_AGE_MAX inclusive (16 to 60) recorded LOST; per-capita net income of
            zero or less, or strictly above AUDIT_INCOME_CEILING_YUAN yuan (100,000); wage income with no member in
            work; local or migrant work recorded for a member whose labour is LOST or NONE.""", """
            登记的主要致贫原因无数据支撑（ID-H-5），以及建档立卡信息自身的一致性检查（年龄按收入年度12月31日计算）：致贫原因
            为因病但成员均健康；为因学但无在校生；为因残但无残疾成员；户类型为低保贫困户但当年无低保金；为特困供养户但有
            WORKING_AGE_MIN至WORKING_AGE_MAX岁（含两端，16至65岁）有劳动能力的成员；年龄在WORKING_AGE_MIN至HEALTHY_LOST_AGE_MAX
            岁（含两端，16至60岁）、健康且无残疾的成员登记为丧失劳动能力；人均纯收入为零或负数，或严格高于
            AUDIT_INCOME_CEILING_YUAN元（10万元）；有工资性收入但无成员务工；劳动能力为丧失或无的成员登记有本地务工或外出务工。"""),
    /** A procedure out of order or a short notice. */
    AUD_7("AUD-7", Section.AUDIT, "audit", "REG2014 EXIT2016 X2017 MON2020", "Procedure irregularity", "程序不规范", """
            A recorded procedure trail (PROC-REG, PROC-EXIT, EX-C-3, PROC-MON) with a step skipped, out of order or
            foreign to the procedure; a step after a rejection; a step with no actor; a date before the previous
            step's; or a notice with no posting date, ending before it was posted, or shorter than the NOTICE_DAYS
            (MONITORING_NOTICE_DAYS for PROC-MON) in force on the day it was posted (a notice posted before any is in
            force cannot be checked and is reported, and its procedure stops there). A trail that stops before its
            last step is in progress, not irregular, unless the record says it is done: a household recorded as
            registered or exited, or a county as exited, whose latest procedure did not reach its last step, or the
            reverse.""", """
            程序记录（PROC-REG、PROC-EXIT、EX-C-3、PROC-MON）存在以下情形之一：步骤被跳过、顺序颠倒或不属于该程序；驳回后仍有
            步骤；步骤无经办人；日期早于前一步骤；公示无张贴日期、结束早于张贴，或短于张贴当日有效的NOTICE_DAYS天数（PROC-MON为
            MONITORING_NOTICE_DAYS）（张贴时尚无有效天数的公示无法核验，亦予报告，程序止于该步）。记录止于最后一步之前的，视为进
            行中，不属于不规范；但登记状态称已完成的除外：家庭登记为已建档立卡或已退出、县记录为已退出，而最近一次程序未完成最后一步
            的，或者相反。"""),
    /** Contact cadres and resident officials. */
    AUD_8("AUD-8", Section.AUDIT, "audit", "DEC2015 PRACTICE X2017", "Assistance responsibility", "帮扶责任落实", """
            A REGISTERED household with no contact cadre; a contact cadre paired with more than CADRE_MAX_HOUSEHOLDS
            households (30; exactly that many is fine); a registered poor village with no resident first secretary or
            no resident working team.""", """
            已建档立卡（REGISTERED）家庭没有帮扶责任人；一名帮扶责任人结对超过CADRE_MAX_HOUSEHOLDS户（30户；恰好30户不算）；
            在册贫困村没有驻村第一书记或驻村工作队。"""),
    /** Cross-department comparison. */
    AUD_9("AUD-9", Section.AUDIT, "audit", "PRACTICE X2017", "Cross-department comparison", "部门数据比对", """
            Another department's roll of a benefit in a year (such as civil affairs' list of the minimum living
            allowance) against the registry: a household on the roll with no such transfer recorded in the year, or
            with a different amount; a REGISTERED household on the roll of the allowance or of extreme-poverty
            support whose type is not the roll's; a household absent from the roll whose record shows the benefit or
            the type.""", """
            其他部门某年度的福利名册（如民政部门的低保名册）与建档立卡信息比对：在名册上但当年未记录该项转移性收入，或金额不符；
            在低保或特困供养名册上、但户类型与名册不符的在册户；不在名册上、但记录显示享受该福利或属于该户类型的家庭。"""),
    /** Missed identification. */
    AUD_10("AUD-10", Section.AUDIT, "audit", "EVAL2017 MON2021 X2017", "Missed identification", "漏评", """
            For income years up to LAST_NEW_REGISTRATION_YEAR (2020), the last year of new registration, a household
            that is NOT_REGISTERED yet identified ELIGIBLE is a finding: it should be registered, and is not merely
            MARGINAL. From the year after, new registration is closed and such a household is monitored
            (MON-2).""", """
            在新识别截止年度LAST_NEW_REGISTRATION_YEAR（2020）及之前的收入年度，未建档立卡（NOT_REGISTERED）却被识别为“符合”的家庭记为一条
            结论：应纳入建档立卡，而非仅作为边缘易致贫户。此后年度不再新识别，此类家庭纳入监测（MON-2）。"""),
    /** Two parameter sets over one population. */
    SC_1("SC-1", Section.SCENARIOS, "scenario", "JINGZHUN", "Parameter scenario", "参数情景", """
            One population under two parameter sets, such as a raised line: every statistic a parameter set can
            change (ST-2, ST-3, ST-5) under each and their difference, the transitions between outcomes, the
            households whose outcome changes (identification, exit eligibility or monitoring category), and the
            variant's departures from the national standards (IND-STD). Incidence over the registry (ST-1) and
            evaluation rates (ST-4) follow from registration and samples, not from parameters.""", """
            同一人口在两套参数（如提高扶贫标准）下的比较：参数可改变的每项统计指标（ST-2、ST-3、ST-5）在两套参数下的值及其差异、
            结果之间的转移、结果（识别、可否退出或监测类别）发生变化的家庭，以及变体参数偏离国家标准之处（IND-STD）。
            建档立卡贫困发生率（ST-1）和评估比率（ST-4）取决于建档立卡和抽样，与参数无关。"""),
    /** Shocks to households. */
    SC_2("SC-2", Section.SCENARIOS, "scenario", "JINGZHUN", "Shock scenario", "冲击情景", """
            A shock applied to every household of a population (illness costs, a disaster loss, a lost job) and the
            transitions it causes between outcomes: poor and not poor, exit-eligible and not, monitoring
            categories. An illness also makes the member seriously ill; a lost job leaves the member neither
            employed nor in migrant work.""", """
            对人口中每个家庭施加冲击（医疗支出、灾害损失、失业），报告由此引起的结果转移：贫困与非贫困、可退出与不可退出、
            监测类别之间。患病冲击同时将该成员记为患大病；失业冲击使该成员既不在本地就业也不外出务工。""");

    private static final Map<String, Rule> BY_ID = new HashMap<>();

    static {
        for (Rule rule : values()) {
            BY_ID.put(rule.id, rule);
        }
    }

    private final String id;
    private final Section section;
    private final String implementedIn;
    private final List<Source> sources;
    private final String title;
    private final String titleZh;
    private final String statement;
    private final String statementZh;

    Rule(String id, Section section, String implementedIn, String sources, String title, String titleZh,
            String statement, String statementZh) {
        this.id = id;
        this.section = section;
        this.implementedIn = "io.github.jingzhun." + implementedIn;
        List<Source> cited = new ArrayList<>();
        for (String key : sources.split(" ")) {
            cited.add(Source.parse(key));
        }
        this.sources = List.copyOf(cited);
        this.title = title;
        this.titleZh = titleZh;
        // The statements are written as text blocks: English lines join with a space, Chinese lines with nothing.
        this.statement = statement.strip().replaceAll("\\s+", " ");
        this.statementZh = statementZh.strip().replaceAll("\\s*\\n\\s*", "");
    }

    /**
     * Obtains a rule from its id.
     *
     * @param id the id, such as {@code ID-H-1}, not null
     * @return the rule, not null
     * @throws IllegalArgumentException if no rule has that id
     */
    public static Rule parse(String id) {
        Rule rule = BY_ID.get(Objects.requireNonNull(id, "id"));
        if (rule == null) {
            throw new IllegalArgumentException("unknown rule id: " + PersonalData.quoted(id));
        }
        return rule;
    }

    /**
     * The stable id.
     *
     * @return the id, such as {@code ID-H-1}
     */
    public String id() {
        return id;
    }

    /**
     * The section of the rulebook the rule belongs to.
     *
     * @return the section, not null
     */
    public Section section() {
        return section;
    }

    /**
     * A short English title.
     *
     * @return the title, such as {@code Microcredit}, not null
     */
    public String title() {
        return title;
    }

    /**
     * A short Chinese title.
     *
     * @return the title, such as {@code 扶贫小额信贷}, not null
     */
    public String titleZh() {
        return titleZh;
    }

    /**
     * The full statement in English: what the rule decides, each comparison and whether it is strict, and the
     * parameter that holds each threshold, named by its key with the national default in parentheses.
     *
     * @return the statement, one paragraph, not null
     */
    public String statement() {
        return statement;
    }

    /**
     * The full statement in Chinese.
     *
     * @return the statement, one paragraph, not null
     */
    public String statementZh() {
        return statementZh;
    }

    /**
     * The sources the rule rests on, most direct first.
     *
     * @return the sources, at least one, not null
     */
    public List<Source> sources() {
        return sources;
    }

    /**
     * The package whose code decides the rule.
     *
     * @return the package name, such as {@code io.github.jingzhun.measure}, not null
     */
    public String implementedIn() {
        return implementedIn;
    }

    /**
     * Returns the stable id.
     *
     * @return the id, such as {@code ID-H-1}
     */
    @Override
    public String toString() {
        return id;
    }
}

package io.github.jingzhun.audit;

import static io.github.jingzhun.audit.FindingList.add;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Labelled;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.Causes;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.household.WorkStatus;
import io.github.jingzhun.identification.Identification;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * AUD-6: a registered primary cause with no support in the data (ID-H-5) and the registry's own consistency checks.
 * Ages are reckoned on 31 December of the income year, the day the year's parameters are resolved for.
 */
final class RegistryConsistency {

    private static final Wording NO_INCOME_RECORD = Wording.of(
            "The registry holds no income record of {subject}: the income checks could not be made",
            "未登记{subject}年收入信息，无法进行收入核查");
    private static final Wording ILLNESS_ALL_HEALTHY = Wording.of(
            "Cause ILLNESS is registered but every member is HEALTHY", "登记致贫原因为因病，但家庭成员均为健康");
    private static final Wording EDUCATION_NO_STUDENT = Wording.of(
            "Cause EDUCATION_COSTS is registered but no member is at school (ENROLLED or HOME_TUITION)",
            "登记致贫原因为因学，但家中无在校生（含送教上门）");
    private static final Wording DISABILITY_NONE_DISABLED = Wording.of(
            "Cause DISABILITY is registered but no member has a disability", "登记致贫原因为因残，但家中无残疾成员");
    private static final Wording CAUSE_UNSUPPORTED = Wording.of(
            "The registered primary cause, {subject}, has no support in the data (ID-H-5)",
            "登记的主要致贫原因“{subject}”缺乏数据支撑（ID-H-5）",
            Labelled.english(Cause.class), Labelled.chinese(Cause.class));
    private static final Wording ALLOWANCE_WITHOUT_TRANSFER = Wording.of(
            "Type MINIMUM_LIVING_ALLOWANCE, but no minimum living allowance is recorded in {subject}",
            "户类型为低保贫困户，但{subject}年未登记低保金收入");
    private static final Wording SUPPORT_WITH_WORKER = Wording.of(
            "Type EXTREME_POVERTY_SUPPORT, but {subject}, aged {observed}, is of working age (at most {threshold}) "
                    + "and has labour capacity",
            "户类型为特困供养户，但{subject}为{observed}岁的劳动年龄人口（不超过{threshold}岁）且有劳动能力");
    private static final Wording HEALTHY_LOST = Wording.of(
            "{subject}, aged {observed} (at most {threshold}), healthy and not disabled, is recorded as having lost "
                    + "labour capacity",
            "{subject}为{observed}岁（不超过{threshold}岁），身体健康且无残疾，却登记为丧失劳动力");
    private static final Wording INCOME_NOT_POSITIVE = Wording.of(
            "Per-capita net income of {subject} is {observed}, not above {threshold}",
            "{subject}年人均纯收入为{observed}元，不高于{threshold}元");
    private static final Wording INCOME_NOT_POSITIVE_ROUNDED = Wording.of(
            "Per-capita net income of {subject} rounds to {observed}, yet is exactly below {threshold} (INC-3)",
            "{subject}年人均纯收入四舍五入为{observed}元，但精确计算低于{threshold}元（INC-3）");
    private static final Wording INCOME_ABOVE_CEILING = Wording.of(
            "Per-capita net income of {subject} is {observed}, above the plausible ceiling {threshold}",
            "{subject}年人均纯收入为{observed}元，高于合理上限{threshold}元");
    private static final Wording INCOME_ABOVE_CEILING_ROUNDED = Wording.of(
            "Per-capita net income of {subject} rounds to {observed}, yet is exactly above the plausible ceiling "
                    + "{threshold} (INC-3)",
            "{subject}年人均纯收入四舍五入为{observed}元，但精确计算高于合理上限{threshold}元（INC-3）");
    private static final Wording WAGE_WITHOUT_WORKER = Wording.of(
            "Wage income {observed} is recorded in {subject} but no member is employed or in migrant work",
            "{subject}年登记工资性收入{observed}元，但无成员务工");
    private static final Wording EMPLOYED_WITHOUT_CAPACITY = Wording.of(
            "{subject} is recorded as employed locally but has no labour capacity (LOST or NONE)",
            "{subject}登记为本地务工，但劳动能力为丧失或无劳动力");
    private static final Wording IN_WORK_WITHOUT_CAPACITY = Wording.of(
            "{subject} is recorded IN_WORK but has no labour capacity (LOST or NONE)",
            "{subject}登记为务工，但劳动能力为丧失或无劳动力");
    private static final Wording MIGRANT_WITHOUT_CAPACITY = Wording.of(
            "{subject} is recorded with migrant work (months: {observed}) but has no labour capacity (LOST or NONE)",
            "{subject}登记外出务工{observed}个月，但劳动能力为丧失或无劳动力");

    private RegistryConsistency() {}

    /**
     * Adds the AUD-6 findings of a household in the registry.
     *
     * @param household the household, REGISTERED or EXITED, not null
     * @param parameters the year's parameters, not null
     * @param identification the household's identification for the year, or null when it has no income record
     * @param record the household's income record of the year, or null when it has none
     * @param findings the findings so far, not null
     * @return the findings with these added ({@link FindingList#add}), not null
     */
    static List<Finding> check(Household household, YearParameters parameters,
            @Nullable Identification identification, @Nullable IncomeRecord record, List<Finding> findings) {
        if (record == null) {
            findings = add(findings, Finding.of(Rule.AUD_6, false, parameters.year().toString(), NO_INCOME_RECORD));
        }
        findings = causes(household, identification, findings);
        findings = type(household, parameters, record, findings);
        findings = members(household, parameters, findings);
        return record == null ? findings : income(household, parameters, record, findings);
    }

    /**
     * AUD-6: a registered cause that the members contradict (ILLNESS, EDUCATION_COSTS, DISABILITY, primary or
     * secondary), then a primary cause without support in the data as ID-H-5 decides it — unless already reported.
     */
    private static List<Finding> causes(Household household, @Nullable Identification identification,
            List<Finding> findings) {
        Causes causes = household.getCauses();
        List<Member> members = household.getMembers();
        Cause primary = causes.getPrimary();
        boolean primaryContradicted = false;
        if (causes.includes(Cause.ILLNESS) && allHealthy(members)) {
            primaryContradicted = primary == Cause.ILLNESS;
            findings = add(findings, Finding.of(Rule.AUD_6, false, Cause.ILLNESS.name(), ILLNESS_ALL_HEALTHY));
        }
        if (causes.includes(Cause.EDUCATION_COSTS) && noneEducated(members)) {
            primaryContradicted |= primary == Cause.EDUCATION_COSTS;
            findings = add(findings, Finding.of(Rule.AUD_6, false, Cause.EDUCATION_COSTS.name(), EDUCATION_NO_STUDENT));
        }
        if (causes.includes(Cause.DISABILITY) && noneDisabled(members)) {
            primaryContradicted |= primary == Cause.DISABILITY;
            findings = add(findings, Finding.of(Rule.AUD_6, false, Cause.DISABILITY.name(), DISABILITY_NONE_DISABLED));
        }
        if (primary != null && !primaryContradicted && unsupported(identification)) {
            findings = add(findings, Finding.of(Rule.AUD_6, false, primary.name(), CAUSE_UNSUPPORTED));
        }
        return findings;
    }

    // Plain loops rather than streams: these run for every household in the registry.
    private static boolean allHealthy(List<Member> members) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).getHealth() != Health.HEALTHY) {
                return false;
            }
        }
        return true;
    }

    private static boolean noneEducated(List<Member> members) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).getSchooling().isEducated()) {
                return false;
            }
        }
        return true;
    }

    private static boolean noneDisabled(List<Member> members) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).isDisabled()) {
                return false;
            }
        }
        return true;
    }

    private static boolean noneInWork(List<Member> members) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).mayBeInWork()) {
                return false;
            }
        }
        return true;
    }

    /** Whether identification found the registered primary cause without support in the data (ID-H-5). */
    private static boolean unsupported(@Nullable Identification identification) {
        return identification != null && identification.primaryCauseUnsupported();
    }

    /**
     * AUD-6: type MINIMUM_LIVING_ALLOWANCE with no such transfer in the year; type EXTREME_POVERTY_SUPPORT with a
     * member of working age (WORKING_AGE_MIN to WORKING_AGE_MAX inclusive) who has labour capacity.
     */
    private static List<Finding> type(Household household, YearParameters parameters,
            @Nullable IncomeRecord record, List<Finding> findings) {
        HouseholdType type = household.getType();
        if (type == HouseholdType.MINIMUM_LIVING_ALLOWANCE && record != null
                && !record.receives(TransferKind.MINIMUM_LIVING_ALLOWANCE)) {
            findings = add(findings,
                    Finding.of(Rule.AUD_6, false, parameters.year().toString(), ALLOWANCE_WITHOUT_TRANSFER));
        }
        if (type == HouseholdType.EXTREME_POVERTY_SUPPORT) {
            LocalDate reference = referenceDay(parameters);
            int youngest = parameters.intValue(ParameterKey.WORKING_AGE_MIN);
            int oldest = parameters.intValue(ParameterKey.WORKING_AGE_MAX);
            List<Member> members = household.getMembers();
            for (int i = 0; i < members.size(); i++) {
                Member m = members.get(i);
                int age = m.ageOn(reference);
                if (m.getLabour().hasCapacity() && age >= youngest && age <= oldest) {
                    findings = add(findings, Finding.of(Rule.AUD_6, false, age, oldest, Household.memberRef(i),
                            SUPPORT_WITH_WORKER));
                }
            }
        }
        return findings;
    }

    /**
     * AUD-6, member by member: a healthy member of working age up to HEALTHY_LOST_AGE_MAX recorded LOST (a
     * disability explains lost capacity, so "healthy" means HEALTHY and not disabled); local or migrant work, or
     * work status IN_WORK, recorded for a member of labour LOST or NONE.
     */
    private static List<Finding> members(Household household, YearParameters parameters, List<Finding> findings) {
        LocalDate reference = referenceDay(parameters);
        int youngest = parameters.intValue(ParameterKey.WORKING_AGE_MIN);
        int oldest = parameters.intValue(ParameterKey.HEALTHY_LOST_AGE_MAX);
        List<Member> members = household.getMembers();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            if (m.getLabour() == Labour.LOST && m.getHealth() == Health.HEALTHY && !m.isDisabled()) {
                int age = m.ageOn(reference);
                if (age >= youngest && age <= oldest) {
                    findings = add(findings, Finding.of(Rule.AUD_6, false, age, oldest, Household.memberRef(i),
                            HEALTHY_LOST));
                }
            }
            if (!m.getLabour().hasCapacity()) {
                if (m.isEmployed()) {
                    findings = add(findings,
                            Finding.of(Rule.AUD_6, false, Household.memberRef(i), EMPLOYED_WITHOUT_CAPACITY));
                } else if (m.getWorkStatus() == WorkStatus.IN_WORK) {
                    findings = add(findings,
                            Finding.of(Rule.AUD_6, false, Household.memberRef(i), IN_WORK_WITHOUT_CAPACITY));
                }
                if (m.getMigrantWorkMonths() > 0) {
                    findings = add(findings, Finding.of(Rule.AUD_6, false, m.getMigrantWorkMonths(), null,
                            Household.memberRef(i), MIGRANT_WITHOUT_CAPACITY));
                }
            }
        }
        return findings;
    }

    /**
     * AUD-6: per-capita net income ≤ 0 or > AUDIT_INCOME_CEILING_YUAN, decided on totals exactly (INC-3); wage
     * income with no member who may be in work: none employed locally, in migrant work or IN_WORK, and none with
     * labour capacity whose work status is not recorded.
     */
    private static List<Finding> income(Household household, YearParameters parameters, IncomeRecord record,
            List<Finding> findings) {
        int members = household.size();
        Yuan net = record.netIncome();
        Yuan ceiling = parameters.amount(ParameterKey.AUDIT_INCOME_CEILING_YUAN);
        Yuan perCapita = net.perCapita(members);
        // Where the figure shown rounds onto its threshold, the message says the comparison was exact.
        if (net.fen() <= 0) {
            findings = add(findings, Finding.ofAmounts(Rule.AUD_6, false, perCapita, Yuan.ZERO,
                    parameters.year().toString(),
                    net.isNegative() && perCapita.isZero() ? INCOME_NOT_POSITIVE_ROUNDED : INCOME_NOT_POSITIVE));
        } else if (net.exceeds(ceiling, members)) {
            findings = add(findings, Finding.ofAmounts(Rule.AUD_6, false, perCapita, ceiling,
                    parameters.year().toString(),
                    perCapita.isGreaterThan(ceiling) ? INCOME_ABOVE_CEILING : INCOME_ABOVE_CEILING_ROUNDED));
        }
        // "In work": recorded as employed, working away or IN_WORK; where the record has no work status, able to
        // work (Member.mayBeInWork), so that older records without one are not flagged for every wage.
        if (record.getWage().fen() > 0 && noneInWork(household.getMembers())) {
            findings = add(findings, Finding.ofAmounts(Rule.AUD_6, false, record.getWage(), null,
                    parameters.year().toString(), WAGE_WITHOUT_WORKER));
        }
        return findings;
    }

    /** Ages are reckoned on 31 December of the income year. */
    private static LocalDate referenceDay(YearParameters parameters) {
        return parameters.lastDay();
    }
}

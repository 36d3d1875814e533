package io.github.jingzhun.audit;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.money.Yuan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * AUD-9, cross-department comparison (部门数据比对): another department's {@link DepartmentRoll} against the
 * registry's records of the same year. A pure function.
 *
 * <p>A registry household is on the roll when an entry names its registry id, or when an entry that names no
 * registry id names the ID number of one of its members: an entry naming a household names it alone. The findings, each naming the household by its registry id:
 * <ul>
 *   <li>on the roll, but the registry records no transfer of the roll's benefit in the year (or no income record
 *       of the year at all);</li>
 *   <li>on the roll with an amount, and the registry's total of that benefit in the year differs;</li>
 *   <li>on the roll of the minimum living allowance or of extreme-poverty support, but a REGISTERED household's
 *       type is not MINIMUM_LIVING_ALLOWANCE or EXTREME_POVERTY_SUPPORT respectively;</li>
 *   <li>absent from the roll, but the registry records a transfer of the benefit in the year, or a REGISTERED
 *       household's type is the benefit's.</li>
 * </ul>
 * Roll entries that match no household in the registry given are not findings: a department's roll rightly
 * covers households outside the poverty registry (most households on the minimum living allowance are not
 * registered poor), and the registry given may be one county's part. A household that several lines name — one by
 * its registry id, another by a member's ID number, or two by different members — is a finding, and is compared
 * with the amounts of those lines summed. The comparison keeps the roll's index in memory and reads the registry
 * once.
 */
public final class CrossDepartmentAudit {

    // {benefit} and {year} are the roll's: a finding says which roll it compares with
    private static final String[] NOT_RECORDED = {
        "Household {subject} is on the department's roll of {benefit}, but the registry records no transfer of "
                + "{benefit} in {year}",
        "{subject}户在部门{benefit}名册中，但建档立卡系统未登记{year}年{benefit}收入"};
    private static final String[] AMOUNT_DIFFERS = {
        "Household {subject}: the registry records {observed} yuan of {benefit} in {year}, the department's roll "
                + "{threshold}",
        "{subject}户：建档立卡系统登记{year}年{benefit}收入{observed}元，部门名册为{threshold}元"};
    private static final String[] ABSENT = {
        "Household {subject} has {benefit} in the registry in {year}, but is absent from the department's roll",
        "{subject}户在建档立卡系统中登记有{year}年{benefit}，但不在部门名册中"};
    private static final String[] ABSENT_TYPED = {
        "Household {subject}'s registry type is {benefit}, but it is absent from the department's roll of {year}",
        "{subject}户建档立卡户类型为{benefit}，但不在部门{year}年名册中"};
    private static final String[] NAMED_TWICE = {
        "Household {subject} is on the department's roll of {benefit} in {year} on {observed} lines, by its registry "
                + "id or its members' ID numbers: a roll has one line a household, so its amounts are taken together",
        "{subject}户在部门{year}年{benefit}名册中出现{observed}行（按户编号或成员身份证号）：名册每户一行，金额合并比对"};
    private static final String[] TYPE_DIFFERS = {
        "Household {subject} is on the department's roll of {benefit}, but its registry type is not {benefit}",
        "{subject}户在部门{benefit}名册中，但建档立卡户类型不是{benefit}"};

    private final DepartmentRoll roll;
    private final Wording notRecorded;
    private final Wording amountDiffers;
    private final Wording absent;
    private final Wording absentTyped;
    private final Wording typeDiffers;
    private final Wording namedTwice;
    private final Map<String, DepartmentRoll.Entry> byHousehold = new HashMap<>();
    private final Map<ResidentId, DepartmentRoll.Entry> byMember = new HashMap<>();

    private CrossDepartmentAudit(DepartmentRoll roll) {
        this.roll = roll;
        this.notRecorded = wording(NOT_RECORDED, roll);
        this.amountDiffers = wording(AMOUNT_DIFFERS, roll);
        this.absent = wording(ABSENT, roll);
        this.absentTyped = wording(ABSENT_TYPED, roll);
        this.typeDiffers = wording(TYPE_DIFFERS, roll);
        this.namedTwice = wording(NAMED_TWICE, roll);
        for (DepartmentRoll.Entry entry : roll.entries()) {
            String household = entry.household();
            if (household != null) {
                // a line naming a household names it alone: its ID numbers name no other household
                byHousehold.putIfAbsent(household, entry);
            } else {
                for (ResidentId member : entry.members()) {
                    byMember.putIfAbsent(member, entry);
                }
            }
        }
    }

    /**
     * Indexes a roll for comparison with a registry read one household at a time, as a stream of any length is.
     * The index is immutable once built: any number of threads may compare households with it.
     *
     * @param roll the department's roll, not null
     * @return the comparison, not null
     */
    public static CrossDepartmentAudit of(DepartmentRoll roll) {
        return new CrossDepartmentAudit(roll);
    }

    /**
     * Compares one registry household with the roll.
     *
     * @param household the household, not null
     * @return its AUD-9 findings; empty when the roll and its record agree; not null
     */
    public List<Finding> check(Household household) {
        List<Finding> findings = new ArrayList<>(0);
        check(household, findings);
        return findings.isEmpty() ? List.of() : List.copyOf(findings);
    }

    private void check(Household household, List<Finding> findings) {
        DepartmentRoll.Entry entry = byHousehold.get(household.getId());
        List<DepartmentRoll.Entry> others = byMember(household, entry);
        if (others.isEmpty()) {
            compare(entry != null, entry == null ? null : entry.amount(), household, findings);
            return;
        }
        // Lines the roll could not tell apart, naming one household by different keys: one finding, amounts summed.
        List<DepartmentRoll.Entry> lines = new ArrayList<>(others);
        if (entry != null) {
            lines.add(0, entry);
        }
        Yuan amount = null;
        for (DepartmentRoll.Entry line : lines) {
            if (line.amount() != null) {
                amount = amount == null ? line.amount() : amount.plus(line.amount());
            }
        }
        if (lines.size() > 1) {
            findings.add(Finding.of(Rule.AUD_9, false, lines.size(), null, household.getId(), namedTwice));
        }
        compare(true, amount, household, findings);
    }

    /**
     * Compares a roll with the registry, reading the registry once.
     *
     * @param roll the department's roll, not null
     * @param registry the registry's households, not null
     * @return the AUD-9 findings, in registry order; empty when roll and registry agree; not null
     */
    public static List<Finding> compare(DepartmentRoll roll, Iterable<Household> registry) {
        CrossDepartmentAudit audit = of(roll);
        List<Finding> findings = new ArrayList<>(0);
        for (Household household : registry) {
            audit.check(household, findings);
        }
        return List.copyOf(findings);
    }

    /**
     * Compares a roll with the registry given as a stream, reading it once, in encounter order.
     *
     * @param roll the department's roll, not null
     * @param registry the registry's households, not null; consumed
     * @return the findings, as {@link #compare(DepartmentRoll, Iterable)} gives them, not null
     */
    public static List<Finding> compare(DepartmentRoll roll, Stream<Household> registry) {
        return compare(roll, registry::iterator);
    }

    /** The entries naming a household's members, other than the one naming its id, each once. */
    private List<DepartmentRoll.Entry> byMember(Household household, DepartmentRoll.@Nullable Entry byId) {
        List<DepartmentRoll.Entry> entries = List.of();
        for (Member member : household.getMembers()) {
            DepartmentRoll.Entry entry = byMember.get(member.getIdNumber());
            if (entry != null && entry != byId && !containsSame(entries, entry)) {
                entries = entries.isEmpty() ? new ArrayList<>(1) : entries;
                entries.add(entry);
            }
        }
        return entries;
    }

    private static boolean containsSame(List<DepartmentRoll.Entry> entries, DepartmentRoll.Entry entry) {
        for (DepartmentRoll.Entry e : entries) {
            if (e == entry) {
                return true;
            }
        }
        return false;
    }

    /**
     * AUD-9: one registry household against the roll — on it or absent, and the amount its lines give, or null if
     * they give none.
     */
    private void compare(boolean onRoll, @Nullable Yuan amount, Household household, List<Finding> findings) {
        TransferKind benefit = roll.benefit();
        String id = household.getId();
        IncomeRecord record = household.incomeOf(roll.year());
        boolean recorded = record != null && record.receives(benefit);
        HouseholdType type = typeOf(benefit);
        boolean typed = type != null && household.getStatus().getState() == RegistrationState.REGISTERED;
        if (!onRoll) {
            if (recorded) {
                findings.add(Finding.of(Rule.AUD_9, false, id, absent));
            } else if (typed && household.getType() == type) {
                findings.add(Finding.of(Rule.AUD_9, false, id, absentTyped));
            }
            return;
        }
        if (record == null || !recorded) {
            findings.add(Finding.of(Rule.AUD_9, false, id, notRecorded));
        } else if (amount != null) {
            Yuan received = total(record, benefit);
            if (!received.equals(amount)) {
                findings.add(Finding.of(Rule.AUD_9, false, received.toBigDecimal(), amount.toBigDecimal(), id,
                        amountDiffers));
            }
        }
        if (typed && household.getType() != type) {
            findings.add(Finding.of(Rule.AUD_9, false, id, typeDiffers));
        }
    }

    private static Yuan total(IncomeRecord record, TransferKind benefit) {
        Yuan total = Yuan.ZERO;
        for (Transfer t : record.getTransfers()) {
            if (t.getKind() == benefit) {
                total = total.plus(t.getAmount());
            }
        }
        return total;
    }

    /** The household type that a benefit makes (ID-H-4), or null if it makes none. */
    private static @Nullable HouseholdType typeOf(TransferKind benefit) {
        return switch (benefit) {
            case MINIMUM_LIVING_ALLOWANCE -> HouseholdType.MINIMUM_LIVING_ALLOWANCE;
            case EXTREME_POVERTY_SUPPORT -> HouseholdType.EXTREME_POVERTY_SUPPORT;
            default -> null;
        };
    }

    private static Wording wording(String[] template, DepartmentRoll roll) {
        String year = roll.year().toString();
        return Wording.of(template[0].replace("{benefit}", roll.benefit().english()).replace("{year}", year),
                template[1].replace("{benefit}", roll.benefit().chinese()).replace("{year}", year));
    }
}

package io.github.jingzhun.examples.population;

import io.github.jingzhun.audit.RollLine;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.money.Yuan;
import java.time.Year;
import java.util.BitSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Another department's roll that agrees with a synthetic registry: civil affairs' roll of the minimum living
 * allowance (低保名册) of a year holds every household receiving the allowance that year, by registry id and the
 * head's ID number, with the amount paid. Compared with the registry it was made from, it gives no finding (AUD-9).
 *
 * <p>Made line by line, as the registry is written. A roll names a person once, but two synthetic households can
 * draw one ID number by chance (AUD-1 finds them in the registry): a head whose number the roll may hold already is
 * named by the household alone.
 */
public final class DepartmentRolls {

    /** The department keeping the roll. */
    public static final String CIVIL_AFFAIRS = "civil affairs";

    /**
     * The heads' ID numbers written, as bits of their hashes: constant memory (8 MiB) however many households are
     * written. A number taken for one written, rarely, only leaves it out of a line that names the household.
     */
    private static final int HEAD_BITS = 1 << 26;

    private final Year year;
    private final BitSet heads = new BitSet(HEAD_BITS);

    private DepartmentRolls(Year year) {
        this.year = Objects.requireNonNull(year, "year");
    }

    /**
     * Civil affairs' roll of the minimum living allowance of a year, made line by line.
     *
     * @param year the roll's year, not null
     * @return the roll, empty
     */
    public static DepartmentRolls minimumLivingAllowance(Year year) {
        return new DepartmentRolls(year);
    }

    /**
     * The roll's line for the next household written.
     *
     * @param household the household, not null
     * @return the line, or null if the household received no allowance that year
     */
    public @Nullable RollLine line(Household household) {
        IncomeRecord record = household.incomeOf(year);
        if (record == null || !record.receives(TransferKind.MINIMUM_LIVING_ALLOWANCE)) {
            return null;
        }
        Yuan paid = Yuan.ZERO;
        for (Transfer t : record.getTransfers()) {
            if (t.getKind() == TransferKind.MINIMUM_LIVING_ALLOWANCE) {
                paid = paid.plus(t.getAmount());
            }
        }
        RollLine.Builder line = RollLine.builder().withDepartment(CIVIL_AFFAIRS)
                .withBenefit(TransferKind.MINIMUM_LIVING_ALLOWANCE).withYear(year).withHousehold(household.getId())
                .withAmount(paid);
        ResidentId head = household.getMembers().get(0).getIdNumber();
        int hash = head.unmasked().hashCode() * 0x9E3779B9;
        int bit = hash >>> (Integer.SIZE - Integer.numberOfTrailingZeros(HEAD_BITS));
        if (!heads.get(bit)) {
            heads.set(bit);
            line.addIdNumbers(head);
        }
        return line.build();
    }
}

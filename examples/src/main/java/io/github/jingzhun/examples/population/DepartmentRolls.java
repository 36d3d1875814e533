package io.github.jingzhun.examples.population;

import io.github.jingzhun.audit.RollLine;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.money.Yuan;
import java.time.Year;
import org.jspecify.annotations.Nullable;

/**
 * Another department's roll that agrees with a synthetic registry: civil affairs' roll of the minimum living
 * allowance (低保名册) of a year holds every household receiving the allowance that year, by registry id and the
 * head's ID number, with the amount paid. Compared with the registry it was made from, it gives no finding (AUD-9).
 */
public final class DepartmentRolls {

    /** The department keeping the roll. */
    public static final String CIVIL_AFFAIRS = "civil affairs";

    private DepartmentRolls() {}

    /**
     * The line of civil affairs' minimum-living-allowance roll for a household.
     *
     * @param household the household, not null
     * @param year the roll's year, not null
     * @return the line, or null if the household received no allowance that year
     */
    public static @Nullable RollLine minimumLivingAllowance(Household household, Year year) {
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
        return RollLine.builder().withDepartment(CIVIL_AFFAIRS).withBenefit(TransferKind.MINIMUM_LIVING_ALLOWANCE)
                .withYear(year).withHousehold(household.getId())
                .addIdNumbers(household.getMembers().get(0).getIdNumber()).withAmount(paid).build();
    }
}

package io.github.jingzhun.household;

import io.github.jingzhun.money.Yuan;
import java.time.Year;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A household's income and rigid spending for one calendar year (INC-1..4). All amounts are in yuan and not
 * negative; net production income may still be negative. Rigid spending (medical, education, disaster) does not
 * reduce net income. Immutable, thread-safe and value-based.
 */
@Value.Immutable
public abstract class IncomeRecord {

    IncomeRecord() {}

    /**
     * Returns a builder of income records.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link IncomeRecord} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableIncomeRecord.Builder {
        Builder() {}
    }

    /**
     * The income year.
     *
     * @return the year, not null
     */
    public abstract Year getYear();

    /**
     * Wage income (工资性收入).
     *
     * @return the amount, not negative
     */
    @Value.Default
    public Yuan getWage() {
        return Yuan.ZERO;
    }

    /**
     * Gross production and business income (生产经营性收入, gross).
     *
     * @return the amount, not negative
     */
    @Value.Default
    public Yuan getProductionGross() {
        return Yuan.ZERO;
    }

    /**
     * Production costs (生产经营费用支出).
     *
     * @return the amount, not negative
     */
    @Value.Default
    public Yuan getProductionCosts() {
        return Yuan.ZERO;
    }

    /**
     * Property income: rent, dividends, shares in collective assets (财产性收入).
     *
     * @return the amount, not negative
     */
    @Value.Default
    public Yuan getProperty() {
        return Yuan.ZERO;
    }

    /**
     * Transfers received (转移性收入).
     *
     * @return the transfers, not null
     */
    public abstract List<Transfer> getTransfers();

    /**
     * Out-of-pocket medical costs of the year (rigid spending).
     *
     * @return the amount, not negative
     */
    @Value.Default
    public Yuan getMedicalOutOfPocket() {
        return Yuan.ZERO;
    }

    /**
     * Education costs of the year (rigid spending).
     *
     * @return the amount, not negative
     */
    @Value.Default
    public Yuan getEducationCosts() {
        return Yuan.ZERO;
    }

    /**
     * Disaster losses of the year (rigid spending).
     *
     * @return the amount, not negative
     */
    @Value.Default
    public Yuan getDisasterLoss() {
        return Yuan.ZERO;
    }

    /**
     * INC-1: net household income = wage + (gross production income − production costs) + property + all
     * transfers.
     *
     * @return the net income, possibly negative, not null
     */
    public final Yuan netIncome() {
        Yuan net = net();
        return net != null ? net : Yuan.ofFen(netIncomeFen(true));
    }

    /**
     * INC-4: stable income = INC-1 without one-off transfers. It is what exit and monitoring use.
     *
     * @return the stable net income, possibly negative, not null
     */
    public final Yuan stableIncome() {
        Yuan stable = stable();
        return stable != null ? stable : Yuan.ofFen(netIncomeFen(false));
    }

    /**
     * INC-1, summed once when the record is built, as every decision reads it several times, and kept as an
     * amount, which decisions then share; null on overflow, which the record's check refuses.
     */
    @Value.Derived
    @Value.Auxiliary
    @Nullable Yuan net() {
        return sumOrNull(true);
    }

    /** INC-4, summed once; null on overflow. */
    @Value.Derived
    @Value.Auxiliary
    @Nullable Yuan stable() {
        return sumOrNull(false);
    }

    private @Nullable Yuan sumOrNull(boolean withOneOff) {
        try {
            return Yuan.ofFen(netIncomeFen(withOneOff));
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** The income year as a number, kept when the record is built: {@link Household#incomeOf} compares it. */
    @Value.Derived
    @Value.Auxiliary
    int yearValue() {
        return getYear().getValue();
    }

    /**
     * Whether any transfer of a kind was received in the year.
     *
     * @param kind the kind, not null
     * @return true if a transfer of that kind is recorded
     */
    public final boolean receives(TransferKind kind) {
        return (kinds() & 1 << kind.ordinal()) != 0;
    }

    /**
     * The kinds of the transfers received, by the bits of their ordinals, found once when the record is built:
     * identification (ID-H-4), the audit (AUD-6) and risk elimination (MON-4) ask of every household, and the
     * transfer lists come in several classes, which makes a loop over them slow.
     */
    @Value.Derived
    @Value.Auxiliary
    int kinds() {
        int kinds = 0;
        List<Transfer> transfers = getTransfers();
        for (int i = 0; i < transfers.size(); i++) {
            kinds |= 1 << transfers.get(i).getKind().ordinal();
        }
        return kinds;
    }

    /**
     * Whether all of the year's income is transfers: no wage, production or property income.
     *
     * @return true if the household lives on transfers alone
     */
    public final boolean isTransfersOnly() {
        return getWage().fen() == 0 && getProductionGross().fen() == 0 && getProperty().fen() == 0;
    }

    private long netIncomeFen(boolean withOneOff) {
        long sum = Math.addExact(getWage().fen(), getProductionGross().fen());
        sum = Math.subtractExact(sum, getProductionCosts().fen());
        sum = Math.addExact(sum, getProperty().fen());
        List<Transfer> transfers = getTransfers();
        for (int i = 0; i < transfers.size(); i++) {
            Transfer t = transfers.get(i);
            if (withOneOff || t.isRecurring()) {
                sum = Math.addExact(sum, t.getAmount().fen());
            }
        }
        return sum;
    }

    /** The problem of a record whose net income (INC-1) lies beyond what an amount may be. */
    static final String NET_INCOME_BEYOND_LIMIT =
            "net income (wage + production − costs + property + transfers) must be between minus one trillion and one "
                    + "trillion yuan";

    @Value.Check
    void check() {
        Problems problems = new Problems();
        problems.nonNegative("wage", getWage());
        problems.nonNegative("productionGross", getProductionGross());
        problems.nonNegative("productionCosts", getProductionCosts());
        problems.nonNegative("property", getProperty());
        problems.nonNegative("medicalOutOfPocket", getMedicalOutOfPocket());
        problems.nonNegative("educationCosts", getEducationCosts());
        problems.nonNegative("disasterLoss", getDisasterLoss());
        // Each amount is within the limit; their sum, which decisions write and read back as an amount, must be too.
        Yuan net = net();
        if (net == null || !net.isWithinLimit()) {
            problems.add("", NET_INCOME_BEYOND_LIMIT);
        }
        problems.throwIfAny();
    }
}

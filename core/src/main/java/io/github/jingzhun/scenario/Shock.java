package io.github.jingzhun.scenario;

import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.money.Yuan;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * A shock to a household in an income year (SC-2): illness, disaster or a lost job. Applying a shock is a pure
 * function from a household to a new household; a household without a record for the year, or without the member
 * named, is left unchanged.
 */
public sealed interface Shock {

    /**
     * The household after the shock.
     *
     * @param household the household before, not null
     * @param year the income year the shock falls in, not null
     * @return the household after, not null
     */
    Household apply(Household household, Year year);

    /**
     * A short description, such as {@code illness of members[0] costing 20000.00}.
     *
     * @return the description, not null
     */
    String describe();

    /**
     * A member falls seriously ill: health SERIOUS_ILLNESS, and out-of-pocket medical costs added to the year.
     *
     * @param member the member's index, from 0
     * @param costs the out-of-pocket costs, not negative
     * @return the shock, not null
     * @throws IllegalArgumentException if the index or the costs are negative
     */
    static Shock illness(int member, Yuan costs) {
        return new Illness(member, costs);
    }

    /**
     * A disaster destroys part of the year's production and causes a loss.
     *
     * @param productionLost gross production income lost, not negative
     * @param loss the disaster loss recorded as rigid spending, not negative
     * @return the shock, not null
     */
    static Shock disaster(Yuan productionLost, Yuan loss) {
        return new Disaster(productionLost, loss);
    }

    /**
     * A member loses a job: the wage they earned is lost and they no longer work locally or away.
     *
     * @param member the member's index, from 0
     * @param wageLost the wage income lost in the year, not negative
     * @return the shock, not null
     * @throws IllegalArgumentException if the index or the wage lost is negative
     */
    static Shock lostJob(int member, Yuan wageLost) {
        return new LostJob(member, wageLost);
    }

    /**
     * Illness: a member becomes seriously ill and costs are paid out of pocket.
     *
     * @param member the member's index
     * @param costs the out-of-pocket costs
     */
    record Illness(int member, Yuan costs) implements Shock {
        /**
         * Creates the shock.
         *
         * @param member the member's index, from 0
         * @param costs the out-of-pocket costs, not negative, not null
         * @throws IllegalArgumentException if the index or the costs are negative
         */
        public Illness {
            notNegative(member);
            notNegative("costs", costs);
        }

        @Override
        public Household apply(Household household, Year year) {
            if (member >= household.size() || household.incomeOf(year) == null) {
                return household;
            }
            return withRecord(withMember(household, member,
                    m -> Member.builder().from(m).withHealth(Health.SERIOUS_ILLNESS).build()), year,
                    (b, r) -> b.withMedicalOutOfPocket(r.getMedicalOutOfPocket().plus(costs)));
        }

        @Override
        public String describe() {
            return "illness of " + Household.memberRef(member) + " costing " + costs;
        }
    }

    /**
     * Disaster: production lost and a loss recorded.
     *
     * @param productionLost gross production income lost
     * @param loss the disaster loss
     */
    record Disaster(Yuan productionLost, Yuan loss) implements Shock {
        /**
         * Creates the shock.
         *
         * @param productionLost gross production income lost, not negative
         * @param loss the disaster loss, not negative
         */
        public Disaster {
            notNegative("productionLost", productionLost);
            notNegative("loss", loss);
        }

        @Override
        public Household apply(Household household, Year year) {
            return withRecord(household, year, (b, r) -> b
                    .withProductionGross(lessAtMost(r.getProductionGross(), productionLost))
                    .withDisasterLoss(r.getDisasterLoss().plus(loss)));
        }

        @Override
        public String describe() {
            return "disaster losing " + productionLost + " of production and " + loss + " in assets";
        }
    }

    /**
     * Lost job: wage lost, no longer employed or working away.
     *
     * @param member the member's index
     * @param wageLost the wage income lost
     */
    record LostJob(int member, Yuan wageLost) implements Shock {
        /**
         * Creates the shock.
         *
         * @param member the member's index, from 0
         * @param wageLost the wage income lost, not negative
         * @throws IllegalArgumentException if the index or the wage lost is negative
         */
        public LostJob {
            notNegative(member);
            notNegative("wageLost", wageLost);
        }

        @Override
        public Household apply(Household household, Year year) {
            if (member >= household.size() || household.incomeOf(year) == null) {
                return household;
            }
            return withRecord(withMember(household, member,
                    m -> Member.builder().from(m).withEmployed(false).withMigrantWorkMonths(0).build()), year,
                    (b, r) -> b.withWage(lessAtMost(r.getWage(), wageLost)));
        }

        @Override
        public String describe() {
            return "lost job of " + Household.memberRef(member) + " losing " + wageLost + " in wages";
        }
    }

    private static Household withMember(Household household, int index, UnaryOperator<Member> change) {
        List<Member> members = new ArrayList<>(household.getMembers());
        members.set(index, change.apply(members.get(index)));
        return Household.builder().from(household).withMembers(members).build();
    }

    /** The household with its record of a year changed: {@code change} sets on a builder from the record. */
    private static Household withRecord(Household household, Year year,
            BiFunction<IncomeRecord.Builder, IncomeRecord, IncomeRecord.Builder> change) {
        List<IncomeRecord> records = new ArrayList<>(household.getIncome());
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).getYear().equals(year)) {
                IncomeRecord record = records.get(i);
                records.set(i, change.apply(IncomeRecord.builder().from(record), record).build());
                return Household.builder().from(household).withIncome(records).build();
            }
        }
        return household;
    }

    /** The amount less a loss, never below zero: a shock cannot take more than there is. */
    private static Yuan lessAtMost(Yuan amount, Yuan loss) {
        return loss.isGreaterThan(amount) ? Yuan.ZERO : amount.minus(loss);
    }

    private static void notNegative(int member) {
        if (member < 0) {
            throw new IllegalArgumentException("member: an index from 0, not " + member);
        }
    }

    private static void notNegative(String what, Yuan amount) {
        if (Objects.requireNonNull(amount, what).isNegative()) {
            throw new IllegalArgumentException(what + ": must not be negative");
        }
    }
}

package io.github.jingzhun.identification;

import static io.github.jingzhun.identification.Wordings.*;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.identification.Incidence;
import io.github.jingzhun.money.Yuan;
import java.time.Year;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The households of one area (a village, a county, a province) summed in one pass for the area's decisions
 * (ID-V-1, EX-V-1, EX-C-1): households, persons, persons on the poverty registry at the end of the income year
 * (ST-1) and net income of the year (INC-1), whatever the number of households. Sums of the same year combine,
 * so partial sums merge.
 *
 * <p>Poverty incidence is over the area's rural registered (户籍) population. A registry extract rarely holds every
 * rural resident, so when the area's record gives its rural population that figure is the denominator
 * ({@link #incidence(Integer)}), and {@link #basis(Integer)} says which denominator was used.
 *
 * <p>Mutable and not thread-safe: one per area and thread.
 */
public final class AreaPopulation {


    private final Year year;
    private long households;
    private long persons;
    private long poorPersons;
    private long netIncomeFen;

    private AreaPopulation(Year year) {
        this.year = Objects.requireNonNull(year, "year");
    }

    /**
     * Starts an empty sum for an income year.
     *
     * @param year the income year whose net income is summed, not null
     * @return the empty sum, not null
     */
    public static AreaPopulation of(Year year) {
        return new AreaPopulation(year);
    }

    /**
     * Sums households, read once.
     *
     * @param households the area's households, each with an income record for the year, not null
     * @param year the income year, not null
     * @return the sum, not null
     * @throws IllegalArgumentException if a household has no income record for the year
     */
    public static AreaPopulation of(Iterable<? extends Household> households, Year year) {
        AreaPopulation population = new AreaPopulation(year);
        for (Household h : households) {
            population.add(h);
        }
        return population;
    }

    /**
     * Adds a household: its members, whether they were registered poor at the end of the year, and its net income
     * of the year.
     *
     * @param household the household, not null
     * @throws IllegalArgumentException if the household has no income record for the year
     * @throws ArithmeticException if the income sum overflows
     */
    public void add(Household household) {
        IncomeRecord record = household.incomeOf(year);
        if (record == null) {
            throw new IllegalArgumentException("household " + household.getId() + " has no income record for "
                    + year);
        }
        netIncomeFen = Math.addExact(netIncomeFen, record.netIncome().fen());
        households++;
        persons += household.size();
        if (household.getStatus().onRegistryAtEndOf(year)) {
            poorPersons += household.size();
        }
    }

    /**
     * Adds the sums of another area of the same year into this one, as a county sums its villages.
     *
     * @param other the other sum, not null
     * @return this sum, not null
     * @throws IllegalArgumentException if the other sums another year
     */
    public AreaPopulation combine(AreaPopulation other) {
        if (!year.equals(other.year)) {
            throw new IllegalArgumentException("cannot combine the sums of " + year + " and " + other.year);
        }
        households += other.households;
        persons += other.persons;
        poorPersons += other.poorPersons;
        netIncomeFen = Math.addExact(netIncomeFen, other.netIncomeFen);
        return this;
    }

    /**
     * The income year summed.
     *
     * @return the year, not null
     */
    public Year year() {
        return year;
    }

    /**
     * The households added.
     *
     * @return the count
     */
    public long households() {
        return households;
    }

    /**
     * The persons of the households added.
     *
     * @return the count
     */
    public long persons() {
        return persons;
    }

    /**
     * The persons of the households added that were on the registry at the end of the year: the registered poor,
     * neither exited by then nor never registered.
     *
     * @return the count
     */
    public long poorPersons() {
        return poorPersons;
    }

    /**
     * The net income of the year (INC-1) of every household added.
     *
     * @return the total, not null
     */
    public Yuan netIncome() {
        return Yuan.ofFen(netIncomeFen);
    }

    /**
     * The per-capita net income of the persons added, rounded half-up to the fen for display (INC-3).
     *
     * @return the amount, not null
     * @throws IllegalStateException if no household was added
     */
    public Yuan perCapitaIncome() {
        if (persons == 0) {
            throw new IllegalStateException("no household was added");
        }
        return netIncome().perCapita(Math.toIntExact(persons));
    }

    /**
     * Poverty incidence over the persons of the households added.
     *
     * @return the incidence, not null
     */
    public Incidence incidence() {
        return new Incidence(poorPersons, persons);
    }

    /**
     * Poverty incidence over the area's rural population on record, when there is one and it is at least the
     * persons of the households added; else over those persons.
     *
     * @param ruralPopulation the rural population on record, or null
     * @return the incidence, not null
     */
    public Incidence incidence(@Nullable Integer ruralPopulation) {
        return usesRecord(ruralPopulation) ? new Incidence(poorPersons, ruralPopulation) : incidence();
    }

    /**
     * ST-1: which denominator {@link #incidence(Integer)} used, as a finding: the rural population on record
     * (passed), the persons of the households read when none is on record (passed), or the households read
     * because the figure on record is smaller than they are (not passed: the record is inconsistent).
     *
     * @param ruralPopulation the rural population on record, or null
     * @return the finding, not null
     */
    public Finding basis(@Nullable Integer ruralPopulation) {
        if (ruralPopulation == null) {
            return Finding.of(Rule.ST_1, true, persons, null, null, OVER_HOUSEHOLDS);
        }
        if (usesRecord(ruralPopulation)) {
            return Finding.of(Rule.ST_1, true, ruralPopulation, null, Long.toString(persons), OVER_RECORD);
        }
        return Finding.of(Rule.ST_1, false, ruralPopulation, persons, null, RECORD_TOO_SMALL);
    }

    private boolean usesRecord(@Nullable Integer ruralPopulation) {
        return ruralPopulation != null && ruralPopulation >= persons;
    }

    @Override
    public String toString() {
        return "AreaPopulation{" + year + ": " + households + " households, " + persons + " persons, " + poorPersons
                + " registered poor}";
    }
}

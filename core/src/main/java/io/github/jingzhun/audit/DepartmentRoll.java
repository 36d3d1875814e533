package io.github.jingzhun.audit;

import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.household.RegistryId;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.money.Yuan;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Another department's roll of the households receiving a benefit in a year, such as civil affairs' list of
 * households on the minimum living allowance (低保名册), for comparison with the registry (AUD-9). The benefit is
 * named by the registry's {@link TransferKind}, so each entry can be compared with the household's transfers.
 *
 * <p>An entry identifies a household by its registry id, by the ID numbers of its members as the department
 * knows them, or both; the amount the department paid in the year is optional. {@link #toString()} shows ID
 * numbers masked only. Immutable and thread-safe.
 *
 * @param department the department keeping the roll, such as {@code civil affairs}, not blank
 * @param benefit the benefit the roll records, not null
 * @param year the calendar year of the roll, compared with the registry's income record of that year, not null
 * @param entries the households on the roll, not null
 */
public record DepartmentRoll(String department, TransferKind benefit, Year year, List<Entry> entries) {

    /**
     * Creates a roll, copying its entries.
     *
     * @param department the department keeping the roll, such as {@code civil affairs}, not blank
     * @param benefit the benefit the roll records, not null
     * @param year the calendar year of the roll, not null
     * @param entries the households on the roll, not null
     * @throws IllegalArgumentException if the department is blank, not plain text or holds a resident ID number, or
     *     two entries name the same household or the same member: a roll has one line a household
     */
    public DepartmentRoll {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(year, "year");
        if (PlainText.isBlank(department)) {
            throw new IllegalArgumentException("department: must not be blank");
        }
        PlainText.require("department", department);
        entries = List.copyOf(entries);
        String twice = twice(entries);
        if (twice != null) {
            throw new IllegalArgumentException(twice);
        }
    }

    /**
     * The first household or member that two entries name, described; else null. Sorted copies of the names, not
     * hash sets: a roll of a million lines is held whole, and the check adds a few bytes a line while it runs.
     */
    private static @Nullable String twice(List<Entry> entries) {
        String household = firstTwice(entries.stream().map(Entry::household).filter(Objects::nonNull)
                .toArray(String[]::new), Comparator.naturalOrder());
        if (household != null) {
            int[] at = twoEntries(entries, e -> household.equals(e.household()));
            return "entries[" + at[1] + "].household: " + household + " is on the roll already, at entries[" + at[0]
                    + "]; a roll has one line a household";
        }
        ResidentId member = firstTwice(entries.stream().flatMap(e -> e.members().stream().distinct())
                .toArray(ResidentId[]::new), Comparator.comparing(ResidentId::unmasked));
        if (member != null) {
            int[] at = twoEntries(entries, e -> e.members().contains(member));
            // The ID number is personal data: named by where it is, never by its value.
            return "entries[" + at[1] + "].members[" + entries.get(at[1]).members().indexOf(member) + "]: an ID "
                    + "number on the roll already, at entries[" + at[0] + "]; a roll has one line a household";
        }
        return null;
    }

    private static <T> @Nullable T firstTwice(T[] names, Comparator<T> order) {
        Arrays.sort(names, order);
        for (int i = 1; i < names.length; i++) {
            if (order.compare(names[i - 1], names[i]) == 0) {
                return names[i];
            }
        }
        return null;
    }

    /** The first two entries that name it. */
    private static int[] twoEntries(List<Entry> entries, Predicate<Entry> naming) {
        int[] at = {-1, -1};
        for (int i = 0, found = 0; found < 2; i++) {
            if (naming.test(entries.get(i))) {
                at[found++] = i;
            }
        }
        return at;
    }

    /**
     * Groups roll lines into rolls: one roll for each department, benefit and year met, in the order first met,
     * with its entries in the order of their lines.
     *
     * @param lines the lines, not null
     * @return the rolls, not null
     */
    public static List<DepartmentRoll> of(Iterable<RollLine> lines) {
        Map<List<Object>, List<Entry>> rolls = new LinkedHashMap<>();
        for (RollLine line : lines) {
            rolls.computeIfAbsent(List.of(line.getDepartment(), line.getBenefit(), line.getYear()),
                    k -> new ArrayList<>()).add(line.entry());
        }
        List<DepartmentRoll> list = new ArrayList<>(rolls.size());
        for (Map.Entry<List<Object>, List<Entry>> roll : rolls.entrySet()) {
            List<Object> key = roll.getKey();
            list.add(new DepartmentRoll((String) key.get(0), (TransferKind) key.get(1), (Year) key.get(2),
                    roll.getValue()));
        }
        return List.copyOf(list);
    }

    /**
     * One household on a roll.
     *
     * @param household the household's registry id, or null if the department identifies it by members only
     * @param members ID numbers of the household's members as the department records them, possibly empty, not
     *     null
     * @param amount the amount the department paid the household in the year, or null if not given
     */
    public record Entry(@Nullable String household, List<ResidentId> members, @Nullable Yuan amount) {

        /**
         * Creates an entry, copying its members.
         *
         * @param household the household's registry id, or null if the department identifies it by members only
         * @param members ID numbers of the household's members as the department records them, not null
         * @param amount the amount paid in the year, not negative, or null if not given
         * @throws IllegalArgumentException if the entry has neither a household id nor a member, the household id
         *     is blank or not an id that may be printed (a resident ID number, say), or the amount negative
         */
        public Entry {
            members = List.copyOf(members);
            if (household == null && members.isEmpty()) {
                throw new IllegalArgumentException("a roll entry needs a household id or a member's ID number");
            }
            if (household != null && household.isBlank()) {
                throw new IllegalArgumentException("household: must not be blank");
            }
            // A household id is printed with findings, as a roll line's is: never a resident ID number.
            String problem = household == null ? null : RegistryId.problem(household, RegistryId.HOUSEHOLD_PRINTED);
            if (problem != null) {
                throw new IllegalArgumentException("household: " + problem);
            }
            if (amount != null && amount.isNegative()) {
                throw new IllegalArgumentException("amount: must not be negative");
            }
        }

        /**
         * An entry naming the household by its registry id.
         *
         * @param household the registry id, not blank
         * @param amount the amount paid in the year, or null if not given
         * @return the entry, not null
         */
        public static Entry ofHousehold(String household, @Nullable Yuan amount) {
            return new Entry(household, List.of(), amount);
        }

        /**
         * An entry naming the household by the ID numbers of its members, as rolls keyed by the head's ID do.
         *
         * @param members the ID numbers, at least one, not null
         * @param amount the amount paid in the year, or null if not given
         * @return the entry, not null
         */
        public static Entry ofMembers(List<ResidentId> members, @Nullable Yuan amount) {
            return new Entry(null, members, amount);
        }
    }
}

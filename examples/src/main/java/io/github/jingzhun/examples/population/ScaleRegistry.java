package io.github.jingzhun.examples.population;

import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Sex;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A registry of any number of persons for the audit across households (AUD-1, AUD-8), lean enough to draw ninety
 * million persons quickly: every household is one synthetic household's record with its own id, contact cadre and
 * members, each member with an ID number of their own. Planted in it, at places drawn from a seed: persons
 * registered again in a later household (some of them in two later households), contact cadres paired with 30 to 40
 * households, and the findings the audit must give, exactly.
 *
 * <p>Households have 3, 1, 4, 2, 5 members in turn (three on average, as in the national registry, whose 90 million
 * persons lived in some 30 million households), and twenty households share a cadre, one in fifty has none. ID
 * numbers are valid (GB 11643), in a scrambled order, distinct except where planted.
 */
final class ScaleRegistry {

    /** Household sizes, in turn: three members on average. */
    private static final int[] SIZES = {3, 1, 4, 2, 5};
    private static final int CYCLE_PERSONS = 15;
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** The (area, sequence) places of one birth date and sex: 900,000 area codes, 500 sequence numbers. */
    private static final long PLACES = 900_000L * 500;
    /** A multiplier coprime to PLACES (2^7 3^2 5^8): a person's number is scrambled, yet distinct. */
    private static final long SCRAMBLE = 100_000_007L;
    private static final int MOST_CADRE = 30;

    private final long persons;
    private final long households;
    /** The members of the last household, which may be fewer than its turn says. */
    private final int lastSize;
    private final Household template;
    private final Member[] slots = new Member[SIZES.length];
    /** The planted repeats by the household where they are registered again, in the order they are appended. */
    private final TreeMap<Long, List<Repeat>> repeatsAt = new TreeMap<>();
    /** The planted repeats by the household where their person is first registered. */
    private final Map<Long, List<Repeat>> sourcesAt = new TreeMap<>();
    /** The cadres planted, by household. */
    private final Map<Long, String> plantedCadres = new TreeMap<>();
    /** The households of each planted cadre, in input order. */
    private final TreeMap<String, List<Long>> cadreHouseholds = new TreeMap<>();
    private final int repeats;

    /** A person registered again: first in a household at an index, then in another after its own members. */
    private static final class Repeat {
        final long first;
        final int firstIndex;
        final long again;
        int againIndex;
        Member member;

        Repeat(long first, int firstIndex, long again) {
            this.first = first;
            this.firstIndex = firstIndex;
            this.again = again;
        }
    }

    /**
     * A registry of persons.
     *
     * @param persons the distinct persons, at least 1,000
     * @param repeatedPersons how many of them are registered again in a later household; one in twenty of them in
     *     two later ones
     * @param overloadedCadres how many cadres are paired with 31 to 40 households (AUD-8); one more is paired with
     *     exactly 30, which is allowed
     * @param seed where the faults are planted
     */
    ScaleRegistry(long persons, int repeatedPersons, int overloadedCadres, long seed) {
        if (persons < 1000) {
            throw new IllegalArgumentException("at least 1,000 persons: " + persons);
        }
        this.persons = persons;
        long h = persons / CYCLE_PERSONS * SIZES.length;
        for (long left = persons % CYCLE_PERSONS; left > 0; h++) {
            left -= SIZES[(int) (h % SIZES.length)];
        }
        this.households = h;
        this.lastSize = (int) (persons - (h - 1) / SIZES.length * CYCLE_PERSONS
                - prefix((int) ((h - 1) % SIZES.length)));
        this.template = SyntheticPopulation.of(seed, Year.of(2019)).household(0);
        Member base = template.getMembers().get(0);
        for (int s = 0; s < slots.length; s++) {
            Sex sex = s % 2 == 0 ? Sex.MALE : Sex.FEMALE;
            LocalDate birth = LocalDate.of(1950 + 11 * s, 1 + s, 3 + 5 * s);
            slots[s] = Member.builder().from(base).withSex(sex).withBirthDate(birth)
                    .withIdNumber(ResidentId.parse(idNumber(birth, sex, 0))).build();
        }
        SplittableRandom r = new SplittableRandom(seed);
        Set<Long> taken = new HashSet<>();
        int planted = 0;
        for (int k = 0; k < repeatedPersons; k++) {
            long first;
            int index;
            do {
                first = r.nextLong(households - 2);
                index = r.nextInt(size(first));
            } while (!taken.add(first * 8 + index));
            int again = k % 20 == 0 ? 2 : 1;
            long previous = -1;
            for (int a = 0; a < again; a++) {
                long at;
                do {
                    at = first + 1 + r.nextLong(households - first - 1);
                } while (at == previous);
                previous = at;
                Repeat repeat = new Repeat(first, index, at);
                sourcesAt.computeIfAbsent(first, x -> new ArrayList<>()).add(repeat);
                repeatsAt.computeIfAbsent(repeat.again, x -> new ArrayList<>()).add(repeat);
                planted++;
            }
        }
        this.repeats = planted;
        for (Map.Entry<Long, List<Repeat>> e : repeatsAt.entrySet()) {
            int index = members(e.getKey());
            for (Repeat repeat : e.getValue()) {
                repeat.againIndex = index++;
            }
        }
        for (int c = 0; c <= overloadedCadres; c++) {
            String cadre = String.format("CADRE-PLANTED-%03d", c);
            int count = c == overloadedCadres ? MOST_CADRE : MOST_CADRE + 1 + c % 10;
            List<Long> paired = new ArrayList<>();
            while (paired.size() < count) {
                long household = r.nextLong(households);
                if (!plantedCadres.containsKey(household)) {
                    plantedCadres.put(household, cadre);
                    paired.add(household);
                }
            }
            paired.sort(null);
            cadreHouseholds.put(cadre, paired);
        }
    }

    /** The persons registered, the planted repeats included. */
    long registrations() {
        return persons + repeats;
    }

    long households() {
        return households;
    }

    int repeats() {
        return repeats;
    }

    /** The members of a household in its turn; the last one may have fewer, see {@link #members(long)}. */
    private static int size(long household) {
        return SIZES[(int) (household % SIZES.length)];
    }

    private int members(long household) {
        return household == households - 1 ? lastSize : size(household);
    }

    /** The members of the first households of a cycle of sizes. */
    private static int prefix(int count) {
        int sum = 0;
        for (int i = 0; i < count; i++) {
            sum += SIZES[i];
        }
        return sum;
    }

    /**
     * Draws the households in order; the last one may have fewer members, so that there are exactly the persons
     * asked for.
     *
     * @param sink receives the households
     */
    void households(Consumer<Household> sink) {
        long[] next = new long[SIZES.length];
        List<Member> members = new ArrayList<>();
        for (long h = 0; h < households; h++) {
            members.clear();
            int size = members(h);
            for (int s = 0; s < size; s++) {
                members.add(person(s, next[s]++));
            }
            List<Repeat> sources = sourcesAt.get(h);
            if (sources != null) {
                for (Repeat repeat : sources) {
                    repeat.member = members.get(repeat.firstIndex);
                }
            }
            List<Repeat> again = repeatsAt.get(h);
            if (again != null) {
                for (Repeat repeat : again) {
                    members.add(repeat.member);
                }
            }
            String cadre = plantedCadres.get(h);
            if (cadre == null && h % 50 != 49) {
                cadre = "CADRE-" + digits(h / 20 + 1, 8);
            }
            sink.accept(Household.builder().from(template).withId(id(h)).withContactCadre(cadre)
                    .withMembers(members).build());
        }
    }

    /** The AUD-1 subjects the audit must give, in order. */
    List<String> expectedRepeats() {
        List<String> subjects = new ArrayList<>(repeats);
        for (List<Repeat> at : repeatsAt.values()) {
            for (Repeat repeat : at) {
                subjects.add(id(repeat.first) + " " + Household.memberRef(repeat.firstIndex) + ", "
                        + id(repeat.again) + " " + Household.memberRef(repeat.againIndex));
            }
        }
        return subjects;
    }

    /** The AUD-8 findings the audit must give, by cadre: the households paired with each, in order. */
    Map<String, List<String>> expectedCadres() {
        Map<String, List<String>> expected = new TreeMap<>();
        for (Map.Entry<String, List<Long>> e : cadreHouseholds.entrySet()) {
            if (e.getValue().size() > MOST_CADRE) {
                expected.put(e.getKey(), e.getValue().stream().map(ScaleRegistry::id).toList());
            }
        }
        return expected;
    }

    static String id(long household) {
        return "HH-" + digits(household + 1, 9);
    }

    private static String digits(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** The n-th person of a slot: its birth date and sex, and a scrambled place among area codes and sequences. */
    private Member person(int slot, long n) {
        Member m = slots[slot];
        return Member.builder().from(m).withIdNumber(ResidentId.parse(idNumber(m.getBirthDate(), m.getSex(), n)))
                .build();
    }

    private static String idNumber(LocalDate birth, Sex sex, long n) {
        if (n >= PLACES) {
            throw new IllegalArgumentException("too many persons of one birth date and sex: " + n);
        }
        long place = Math.floorMod(n * SCRAMBLE, PLACES);
        long area = 100_000 + place / 500;
        long sequence = place % 500 * 2 + (sex == Sex.MALE ? 1 : 0);
        long date = birth.getYear() * 10_000L + birth.getMonthValue() * 100L + birth.getDayOfMonth();
        char[] c = new char[18];
        put(c, 0, area, 6);
        put(c, 6, date, 8);
        put(c, 14, sequence, 3);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (c[i] - '0') * WEIGHTS[i];
        }
        c[17] = CHECK_CHARACTERS.charAt(sum % 11);
        return new String(c);
    }

    private static void put(char[] c, int from, long value, int width) {
        long v = value;
        for (int i = from + width - 1; i >= from; i--) {
            c[i] = (char) ('0' + v % 10);
            v /= 10;
        }
    }
}

package io.github.jingzhun.audit;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The audit of a population of households in one pass (supervision across households): the same ID number in two
 * households and a household id on two records (AUD-1), and a contact cadre paired with more than
 * CADRE_MAX_HOUSEHOLDS households (AUD-8). The households are read once, in order, and never held; what must be
 * remembered goes to an {@link AuditStorage}.
 *
 * <pre>{@code
 * List<Finding> findings = PopulationAudit.check(households, parameters);       // on the heap
 *
 * PopulationAudit audit = PopulationAudit.start(parameters, storage);           // with a storage that spills
 * households.forEach(audit::add);
 * audit.finish(finding -> ...);                                                 // RegistryFinding, households named
 * }</pre>
 *
 * <p><b>How repeats are found.</b> A repeat can occur anywhere in the population, so every ID number seen must be
 * compared. Each person becomes one pair of longs: the ID number's first 17 digits, which fit a long (the check
 * character follows from them), and where the person was seen — the storage's reference of the household (below
 * 2^47) and the member's index (below 2^16). The pairs are sorted by number, equal numbers in the order added; a
 * repeat is a run of equal numbers, the first of the run where the person was first seen. The repeats
 * are sorted again by where they were met, so findings come in input order, and only then are the households' ids
 * read back from the storage. On the heap ({@link AuditStorage#inMemory()}) that is 16 bytes a person, 16 a
 * household and the households' ids and cadres, some 45 bytes a person in all; a storage that spills sorted runs to
 * disk and merges them keeps the heap to its buffer, whatever the population.
 *
 * <p><b>How records are counted.</b> Each household becomes a pair of its id's 64-bit hash and its reference, sorted
 * like persons; only a run of two or more equal hashes has its ids read back and compared exactly. A household
 * recorded twice is one finding with the number of its records, not one for each member its records share.
 *
 * <p><b>How cadres are counted.</b> Each household paired with a cadre becomes a pair of the cadre id's 64-bit hash
 * and the household's reference, sorted like persons. A run of equal hashes of at most CADRE_MAX_HOUSEHOLDS
 * households cannot hold an overloaded cadre, whatever collisions it hides; a longer run has its cadre ids read
 * back and counted exactly. So nothing is kept per cadre until a cadre is overloaded. Households are counted
 * whatever their state: a cadre stays paired with a household after its exit (GR-1, "responsibility stays"), and
 * monitored households have cadres too.
 *
 * <p>An audit is used by one thread: {@link #add} the households in order, then {@link #finish} once.
 */
public final class PopulationAudit {

    private static final Wording DUPLICATE_ID = Wording.of(
            "The same ID number is registered in two households: {subject}", "同一身份证号码在两户中重复登记：{subject}");
    private static final Wording RECORDED_AGAIN = Wording.of(
            "Household {subject} is recorded {observed} times in the registry; a household has one record",
            "户编号{subject}在建档立卡系统中有{observed}条记录，一户只应有一条记录");
    private static final Wording CADRE_OVERLOADED = Wording.of(
            "Contact cadre {subject} is paired with {observed} households, more than {threshold}",
            "帮扶责任人{subject}结对帮扶{observed}户，超过{threshold}户");

    /** A person's place: the household's reference above these bits, the member's index in them. */
    private static final int MEMBER_BITS = 16;
    private static final long MEMBER_MASK = (1L << MEMBER_BITS) - 1;
    private static final long MOST_REFERENCE = 1L << (Long.SIZE - 1 - MEMBER_BITS);

    private final YearParameters parameters;
    private final AuditStorage storage;
    private final AuditStorage.Pairs persons;
    private final AuditStorage.Pairs ids;
    private final AuditStorage.Pairs cadres;
    private boolean finished;

    private PopulationAudit(YearParameters parameters, AuditStorage storage) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.persons = storage.pairs();
        this.ids = storage.pairs();
        this.cadres = storage.pairs();
    }

    /**
     * Starts an audit that keeps what it remembers in a storage.
     *
     * @param parameters the parameters of the year audited, not null
     * @param storage where to keep households and pairs; the caller closes it after {@link #finish}, not null
     * @return the audit, not null
     */
    public static PopulationAudit start(YearParameters parameters, AuditStorage storage) {
        return new PopulationAudit(parameters, storage);
    }

    /**
     * Audits a population given as an iterable, reading it once, on the heap.
     *
     * @param households the households, not null
     * @param parameters the parameters of the year audited, not null
     * @return the AUD-1 findings in the order the repeats were met, then the AUD-8 findings by cadre id; empty when
     *     there is nothing to report; not null
     */
    public static List<Finding> check(Iterable<Household> households, YearParameters parameters) {
        Objects.requireNonNull(households, "households");
        List<Finding> findings = new ArrayList<>(0);
        try (AuditStorage storage = AuditStorage.inMemory()) {
            PopulationAudit audit = start(parameters, storage);
            for (Household household : households) {
                audit.add(household);
            }
            audit.finish(f -> findings.add(f.finding()));
        }
        return List.copyOf(findings);
    }

    /**
     * Audits a population given as a stream, reading it once, in encounter order, on the heap.
     *
     * @param households the households, not null; consumed
     * @param parameters the parameters of the year audited, not null
     * @return the findings, as {@link #check(Iterable, YearParameters)} gives them, not null
     */
    public static List<Finding> check(Stream<Household> households, YearParameters parameters) {
        Objects.requireNonNull(households, "households");
        return check(households::iterator, parameters);
    }

    /**
     * Adds the next household of the population.
     *
     * @param household the household, not null
     * @throws IllegalStateException if the audit was finished, or the storage's reference is out of range
     * @throws IllegalArgumentException if the household has 65,536 members or more
     */
    public void add(Household household) {
        Objects.requireNonNull(household, "household");
        if (finished) {
            throw new IllegalStateException("the audit was finished");
        }
        List<Member> members = household.getMembers();
        if (members.size() > MEMBER_MASK) {
            throw new IllegalArgumentException("household " + household.getId() + " has too many members to audit: "
                    + members.size());
        }
        String cadre = household.getContactCadre();
        long reference = storage.keep(household.getId(), cadre);
        if (reference < 0 || reference >= MOST_REFERENCE) {
            throw new IllegalStateException("the storage gave a reference out of range: " + reference);
        }
        for (int i = 0; i < members.size(); i++) {
            persons.add(key(members.get(i).getIdNumber()), reference << MEMBER_BITS | i);
        }
        ids.add(hash(household.getId()), reference);
        if (cadre != null) {
            cadres.add(hash(cadre), reference);
        }
    }

    /**
     * Finishes the audit: reports each ID number met again in another household, naming where it was first seen
     * and where again (AUD-1), in the order the repeats were met; then each household id on more than one record,
     * with the number of its records (AUD-1), in the order their second records were met; then each contact cadre
     * paired with more than CADRE_MAX_HOUSEHOLDS households, naming them all (AUD-8), by cadre id.
     *
     * @param findings receives the findings, not null
     * @throws IllegalStateException if the audit was finished already
     */
    public void finish(Consumer<RegistryFinding> findings) {
        if (finished) {
            throw new IllegalStateException("the audit was finished");
        }
        finished = true;
        duplicates(findings);
        recordedAgain(findings);
        cadres(findings);
    }

    /** AUD-1: runs of equal ID numbers; each repeat names the first and the repeat, reported in input order. */
    private void duplicates(Consumer<RegistryFinding> findings) {
        persons.sort();
        AuditStorage.Pairs repeats = null;
        long number = 0;
        long first = -1;
        while (persons.next()) {
            if (first >= 0 && persons.key() == number) {
                if (repeats == null) {
                    repeats = storage.pairs();
                }
                repeats.add(persons.value(), first);
            } else {
                number = persons.key();
                first = persons.value();
            }
        }
        if (repeats == null) {
            return;
        }
        repeats.sort();
        while (repeats.next()) {
            long here = repeats.key();
            long seen = repeats.value();
            String firstHousehold = storage.household(seen >>> MEMBER_BITS);
            String household = storage.household(here >>> MEMBER_BITS);
            if (firstHousehold.equals(household)) {
                continue;  // one household recorded twice, which recordedAgain reports once, not by member
            }
            String subject = firstHousehold + " " + Household.memberRef((int) (seen & MEMBER_MASK)) + ", "
                    + household + " " + Household.memberRef((int) (here & MEMBER_MASK));
            findings.accept(new RegistryFinding(List.of(firstHousehold, household),
                    Finding.of(Rule.AUD_1, false, subject, DUPLICATE_ID)));
        }
    }

    /** AUD-1: household ids on more than one record, split exactly where a run of equal hashes holds two. */
    private void recordedAgain(Consumer<RegistryFinding> findings) {
        ids.sort();
        // by the reference of the id's second record, so that they come in the order they were met
        SortedMap<Long, String> again = new TreeMap<>();
        Map<String, Integer> records = new HashMap<>();
        forEachRun(ids, 2, run -> {
            Map<String, Long> first = new HashMap<>();
            for (long reference : run) {
                String id = storage.household(reference);
                if (first.putIfAbsent(id, reference) != null && records.merge(id, 2, (n, one) -> n + 1) == 2) {
                    again.put(reference, id);
                }
            }
        });
        for (String id : again.values()) {
            findings.accept(new RegistryFinding(List.of(id), Finding.of(Rule.AUD_1, false,
                    BigDecimal.valueOf(records.get(id)), null, id, RECORDED_AGAIN)));
        }
    }

    /** AUD-8: households per cadre, counted exactly where a run of equal hashes is long enough to matter. */
    private void cadres(Consumer<RegistryFinding> findings) {
        int most = parameters.intValue(ParameterKey.CADRE_MAX_HOUSEHOLDS);
        cadres.sort();
        Map<String, long[]> overloaded = new TreeMap<>();
        forEachRun(cadres, most + 1, run -> overloaded(run, most, overloaded));
        // AUD-8: a cadre is paired with at most CADRE_MAX_HOUSEHOLDS households; exactly that many is fine.
        for (Map.Entry<String, long[]> cadre : overloaded.entrySet()) {
            long[] references = cadre.getValue();
            List<String> households = new ArrayList<>(references.length);
            for (long reference : references) {
                households.add(storage.household(reference));
            }
            findings.accept(new RegistryFinding(households, Finding.of(Rule.AUD_8, false,
                    BigDecimal.valueOf(references.length), BigDecimal.valueOf(most), cadre.getKey(),
                    CADRE_OVERLOADED)));
        }
    }

    /** Each run of equal keys of sorted pairs at least as long as given, as the values of the run, in order. */
    private static void forEachRun(AuditStorage.Pairs pairs, int shortest, Consumer<long[]> action) {
        long[] run = new long[64];
        int length = 0;
        long key = 0;
        while (true) {
            boolean more = pairs.next();
            if (!more || length > 0 && pairs.key() != key) {
                if (length >= shortest) {
                    action.accept(Arrays.copyOf(run, length));
                }
                length = 0;
            }
            if (!more) {
                return;
            }
            key = pairs.key();
            if (length == run.length) {
                run = Arrays.copyOf(run, 2 * length);
            }
            run[length++] = pairs.value();
        }
    }

    /**
     * Splits a run of equal hashes by the cadre ids themselves, keeping the cadres paired with too many households:
     * a household recorded twice (AUD-1) is one household of its cadre.
     */
    private void overloaded(long[] run, int most, Map<String, long[]> overloaded) {
        Map<String, long[]> byCadre = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Set<String> paired = new HashSet<>();
        for (long reference : run) {
            String cadre = storage.cadre(reference);
            if (cadre == null) {
                throw new IllegalStateException("a household counted for a cadre has none kept");
            }
            if (!paired.add(cadre + "\n" + storage.household(reference))) {
                continue;
            }
            int count = counts.merge(cadre, 1, Integer::sum);
            long[] references = byCadre.computeIfAbsent(cadre, c -> new long[8]);
            if (count > references.length) {
                references = Arrays.copyOf(references, 2 * references.length);
                byCadre.put(cadre, references);
            }
            references[count - 1] = reference;
        }
        for (Map.Entry<String, Integer> cadre : counts.entrySet()) {
            if (cadre.getValue() > most) {
                overloaded.put(cadre.getKey(), Arrays.copyOf(byCadre.get(cadre.getKey()), cadre.getValue()));
            }
        }
    }

    /** The first 17 digits of an ID number as a number: they determine the 18th, the check character. */
    static long key(ResidentId id) {
        String number = id.unmasked();
        long key = 0;
        for (int i = 0; i < 17; i++) {
            key = key * 10 + (number.charAt(i) - '0');
        }
        return key;
    }

    /** A 64-bit hash of an id (a household's, a cadre's): FNV-1a over its characters, then SplitMix64's finaliser. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}

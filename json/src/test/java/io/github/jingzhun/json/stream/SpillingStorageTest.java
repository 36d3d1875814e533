package io.github.jingzhun.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.audit.AuditStorage;
import io.github.jingzhun.audit.PopulationAudit;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.json.RandomHouseholds;
import io.github.jingzhun.parameter.YearParameters;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spilling storage gives back exactly what the heap would, whatever the runs, loses no finding of the population
 * audit, counts the bytes it spills and leaves no file behind.
 */
class SpillingStorageTest {

    @TempDir
    Path temp;

    private static long[][] random(long seed, int count, int distinctKeys) {
        Random r = new Random(seed);
        long[][] pairs = new long[count][];
        for (int i = 0; i < count; i++) {
            long key = distinctKeys > 0 ? r.nextInt(distinctKeys) : r.nextLong();
            pairs[i] = new long[] {key, r.nextLong() >>> 1};
        }
        return pairs;
    }

    private static List<String> readBack(AuditStorage.Pairs pairs) {
        List<String> out = new ArrayList<>();
        pairs.sort();
        while (pairs.next()) {
            out.add(pairs.key() + ":" + pairs.value());
        }
        return out;
    }

    @ParameterizedTest(name = "{0} pairs in runs of {1}")
    @CsvSource({"0, 2", "1, 2", "7, 2", "100, 3", "1000, 7", "5000, 16", "5000, 100000", "20000, 64"})
    void pairsComeBackSortedAsOnTheHeap(int count, int runPairs) throws Exception {
        long[][] input = random(count * 31L + runPairs, count, count / 3 + 1);
        List<String> expected;
        try (AuditStorage memory = AuditStorage.inMemory()) {
            AuditStorage.Pairs pairs = memory.pairs();
            for (long[] p : input) {
                pairs.add(p[0], p[1]);
            }
            expected = readBack(pairs);
        }
        long[][] sorted = input.clone();
        Arrays.sort(sorted, (a, b) -> Long.compare(a[0], b[0])); // stable: equal keys in the order added
        assertThat(expected).containsExactlyElementsOf(Stream.of(sorted).map(p -> p[0] + ":" + p[1]).toList());
        try (SpillingStorage storage = new SpillingStorage(temp, runPairs)) {
            AuditStorage.Pairs pairs = storage.pairs();
            for (long[] p : input) {
                pairs.add(p[0], p[1]);
            }
            assertThat(pairs.size()).isEqualTo(count);
            assertThat(readBack(pairs)).containsExactlyElementsOf(expected);
            if (count >= runPairs * (SpillingStorage.FAN_IN + 1L)) {
                assertThat(storage.runsWritten()).as("merged in passes").isGreaterThan(count / runPairs);
            }
        }
    }

    @Test
    void aSpillFileThatFailsIsNamedWithWhereItsDirectoryIsNotTheDirectorysRandomName() {
        Path file = Path.of("/var/spill", "jingzhun-audit-1234567890123456789", "run-3");
        assertThat(SpillingStorage.failed(file, new IOException("File too large")).getCause())
                .isInstanceOf(FileSystemException.class)
                .hasMessage("the audit's spill file run-3 in /var/spill: File too large");
    }

    @Test
    void manyRunsAreMergedInPassesWithFewFilesOpen() throws Exception {
        long[][] input = random(5, 3000, 0);
        try (SpillingStorage storage = new SpillingStorage(temp, 4)) {
            AuditStorage.Pairs pairs = storage.pairs();
            for (long[] p : input) {
                pairs.add(p[0], p[1]);
            }
            List<String> out = readBack(pairs);
            assertThat(out).hasSize(3000);
            assertThat(out.stream().map(p -> Long.parseLong(p.substring(0, p.indexOf(':')))).toList()).isSorted();
            // 750 runs of 4 merged 64 at a time, the merged runs first: 11 merged runs, then a last merge while
            // reading.
            assertThat(storage.runsWritten()).isEqualTo(750 + 11);
        }
    }

    @Test
    void theBytesWrittenAndOnDiskAreCounted() throws Exception {
        try (SpillingStorage storage = new SpillingStorage(temp, 4)) {
            AuditStorage.Pairs pairs = storage.pairs();
            for (long[] p : random(9, 3000, 0)) {
                pairs.add(p[0], p[1]);
            }
            assertThat(storage.bytesWritten()).as("750 runs of 4 pairs spilled").isEqualTo(3000 * 16L);
            readBack(pairs);
            // 750 runs, 686 too many: 10 merges of 64 runs and one of 57 write 2,788 pairs once more; at most the
            // runs and the merge of 64 runs being written are on disk at once.
            assertThat(storage.bytesWritten()).isEqualTo((3000 + 2788) * 16L);
            assertThat(storage.mostBytesOnDisk()).isEqualTo((3000 + 64 * 4) * 16L);
            storage.keep("HH-1", "CADRE-1");
            storage.household(0);
            assertThat(storage.bytesWritten()).as("a household: two lengths and its ids")
                    .isEqualTo((3000 + 2788) * 16L + 8 + 4 + 7);
        }
    }

    /**
     * Persons registered in many households, the first at the very start and the others up to the very end, cadres
     * paired with households from the first to the last: with runs this short, pairs of one person or one cadre are
     * in runs far apart, the repeats themselves spill, and the runs are merged in one level or several (runs of 64
     * merged 4 at once: over 4^3 runs). The findings are those of a plain map from ID number to where it was first
     * seen, none lost.
     */
    @ParameterizedTest(name = "runs of {0} pairs merged {1} at once")
    @CsvSource({"32, 64", "64, 4", "50, 3", "1000, 2", "1048576, 64"})
    void thePopulationAuditOverSpilledRunsLosesNoFindingAUD1AUD8(int runPairs, int fanIn) throws Exception {
        YearParameters parameters = PovertyPolicy.national().parametersFor(Year.of(2019));
        Random r = new Random(runPairs);
        List<Household> households = new ArrayList<>();
        Member everywhere = null;
        int count = 3000;
        for (int i = 0; i < count; i++) {
            Household h = RandomHouseholds.generate(77_000L + i);
            List<Member> members = new ArrayList<>(h.getMembers());
            if (i == 0) {
                everywhere = members.get(0);
            } else if (i == 1 || i == count / 2 || i == count - 1 || r.nextInt(5) == 0) {
                Member again = i % 3 == 0 ? everywhere : households.get(r.nextInt(i)).getMembers().get(0);
                if (members.stream().noneMatch(m -> m.getIdNumber().equals(again.getIdNumber()))) {
                    members.add(r.nextInt(members.size() + 1), again);
                }
            }
            String cadre = i == 0 || i % 97 == 0 || i == count - 1 ? "CADRE-FAR" : "CADRE-" + i / 25;
            households.add(Household.builder().from(h).withId("HH-" + i).withContactCadre(cadre)
                    .withMembers(members).build());
        }
        // The oracle: each ID number and where it was first seen; a cadre and its households.
        Map<String, String> firstSeen = new HashMap<>();
        List<String> repeats = new ArrayList<>();
        Map<String, List<String>> cadres = new TreeMap<>();
        for (Household h : households) {
            for (int m = 0; m < h.getMembers().size(); m++) {
                String here = h.getId() + " " + Household.memberRef(m);
                String first = firstSeen.putIfAbsent(h.getMembers().get(m).getIdNumber().unmasked(), here);
                if (first != null) {
                    repeats.add(first + ", " + here);
                }
            }
            cadres.computeIfAbsent(Objects.requireNonNull(h.getContactCadre()), c -> new ArrayList<>()).add(h.getId());
        }
        cadres.values().removeIf(paired -> paired.size() <= 30);
        assertThat(repeats).hasSizeGreaterThan(600).filteredOn(s -> s.startsWith("HH-0 ")).hasSizeGreaterThan(150);
        assertThat(cadres).containsOnlyKeys("CADRE-FAR");

        List<String> foundRepeats = new ArrayList<>();
        Map<String, List<String>> foundCadres = new TreeMap<>();
        Path directory;
        try (SpillingStorage storage = new SpillingStorage(temp, runPairs, fanIn)) {
            directory = storage.directory();
            PopulationAudit audit = PopulationAudit.start(parameters, storage);
            households.forEach(audit::add);
            audit.finish(f -> {
                if (f.finding().rule() == Rule.AUD_1) {
                    foundRepeats.add(f.finding().subject());
                } else {
                    foundCadres.put(f.finding().subject(), f.households());
                }
            });
            long persons = households.stream().mapToLong(h -> h.getMembers().size()).sum();
            if (runPairs == 64) {
                assertThat(persons / runPairs).as("runs of persons: enough for three levels").isGreaterThan(64);
            }
            assertThat(storage.runsWritten()).as("runs spilled, then merged")
                    .isGreaterThanOrEqualTo((int) Math.min(persons / runPairs, Integer.MAX_VALUE));
        }
        assertThat(foundRepeats).containsExactlyElementsOf(repeats);
        assertThat(foundCadres).isEqualTo(cadres);
        assertThat(directory).doesNotExist();
    }

    @Test
    void householdsAndCadresComeBackByReferenceLongOnesToo() throws Exception {
        String long1 = "HH-" + "长".repeat(40_000);
        try (SpillingStorage storage = new SpillingStorage(temp, 8)) {
            List<Long> refs = new ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                refs.add(storage.keep("HH-" + i, i % 3 == 0 ? null : "CADRE-" + i % 7));
            }
            long big = storage.keep(long1, long1);
            long after = storage.keep("HH-after", "C");
            assertThat(refs).isSorted().doesNotHaveDuplicates();
            assertThat(big).isGreaterThan(refs.get(refs.size() - 1));
            assertThat(after).isGreaterThan(big);
            assertThat(storage.household(refs.get(4321))).isEqualTo("HH-4321");
            assertThat(storage.cadre(refs.get(4321))).isEqualTo("CADRE-2");
            assertThat(storage.cadre(refs.get(4320))).isNull();
            assertThat(storage.household(big)).isEqualTo(long1);
            assertThat(storage.cadre(big)).isEqualTo(long1);
            assertThat(storage.household(after)).isEqualTo("HH-after");
            assertThat(storage.household(refs.get(0))).isEqualTo("HH-0");
            storage.keep("HH-later", null);
            assertThat(storage.household(refs.get(1))).isEqualTo("HH-1");
            assertThatThrownBy(() -> storage.household(-1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void closingDeletesEveryFileAndTheDirectory() throws Exception {
        Path directory;
        try (SpillingStorage storage = new SpillingStorage(temp, 2)) {
            directory = storage.directory();
            storage.keep("HH-1", "C");
            AuditStorage.Pairs pairs = storage.pairs();
            for (int i = 0; i < 100; i++) {
                pairs.add(100 - i, i);
            }
            pairs.sort();
            pairs.next();
            try (Stream<Path> files = Files.list(directory)) {
                assertThat(files.count()).isGreaterThan(10);
            }
        }
        assertThat(directory).doesNotExist();
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void closingTwiceIsHarmless() throws Exception {
        SpillingStorage storage = new SpillingStorage(temp, 2);
        storage.close();
        storage.close();
        assertThat(storage.directory()).doesNotExist();
    }

    @Test
    void pairsAreAddedThenSortedThenRead() throws Exception {
        try (SpillingStorage storage = new SpillingStorage(temp, 2)) {
            AuditStorage.Pairs pairs = storage.pairs();
            pairs.add(1, 1);
            pairs.add(2, 2);
            pairs.add(0, 0);
            assertThatThrownBy(pairs::next).isInstanceOf(IllegalStateException.class);
            pairs.sort();
            assertThatThrownBy(() -> pairs.add(3, 3)).isInstanceOf(IllegalStateException.class);
            assertThat(pairs.next()).isTrue();
            assertThat(pairs.key()).isZero();
            assertThat(readBack(pairs)).containsExactly("1:1", "2:2"); // sorting again changes nothing
        }
        assertThatThrownBy(() -> new SpillingStorage(temp, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpillingStorage(temp, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}

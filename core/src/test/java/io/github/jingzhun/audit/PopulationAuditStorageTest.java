package io.github.jingzhun.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.Households;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The population audit over a storage: findings name the households involved, the ID number is compared by its 17
 * digits, cadres colliding in their hash are counted apart, and an audit is added to, then finished, once.
 */
class PopulationAuditStorageTest {

    private static final YearParameters Y2019 = PolicyParameters.national().forYear(Year.of(2019));
    private static final long HASH_OF_CADRE_17 = 6855013023663850544L;

    private static Member person() {
        return Households.member(Sex.FEMALE, LocalDate.of(1975, 2, 3)).build();
    }

    private static Household household(String id, @Nullable String cadre, Member... members) {
        return Households.household("522727").withId(id).withContactCadre(cadre).addMembers(members).build();
    }

    private static List<RegistryFinding> audit(AuditStorage storage, List<Household> households) {
        List<RegistryFinding> findings = new ArrayList<>();
        PopulationAudit audit = PopulationAudit.start(Y2019, storage);
        households.forEach(audit::add);
        audit.finish(findings::add);
        return findings;
    }

    @Test
    void aRepeatNamesBothHouseholdsAndAThirdNamesTheFirstAUD1() {
        Member shared = person();
        List<RegistryFinding> findings = audit(AuditStorage.inMemory(), List.of(household("HH-A", null, shared),
                household("HH-B", null, person(), shared), household("HH-C", null, shared)));
        assertThat(findings).extracting(RegistryFinding::households).containsExactly(List.of("HH-A", "HH-B"),
                List.of("HH-A", "HH-C"));
        assertThat(findings.get(1).finding().subject()).isEqualTo("HH-A members[0], HH-C members[0]");
    }

    @Test
    void aHouseholdReadTwiceNamesItselfOnceAUD1() {
        Household twice = household("HH-A", null, person(), person());
        assertThat(audit(AuditStorage.inMemory(), List.of(twice, twice))).extracting(RegistryFinding::households)
                .containsExactly(List.of("HH-A"));
    }

    @Test
    void theKeyIsTheSeventeenDigitsAUD1() {
        assertThat(PopulationAudit.key(ResidentId.parse("522727198001011229"))).isEqualTo(52272719800101122L);
        assertThat(PopulationAudit.key(ResidentId.parse("11010519491231002X"))).isEqualTo(11010519491231002L);
        Member a = Households.member(Sex.MALE, LocalDate.of(1990, 1, 1)).build();
        Member b = Households.member(Sex.MALE, LocalDate.of(1990, 1, 1)).build();
        assertThat(PopulationAudit.key(a.getIdNumber())).isNotEqualTo(PopulationAudit.key(b.getIdNumber()));
    }

    @Test
    void theCadreHashIsFixedAndTellsCadresApartAUD8() {
        // Pinned: a storage may keep the hashes of a run on disk between JVMs of one audit, never across versions.
        assertThat(PopulationAudit.hash("")).isEqualTo(PopulationAudit.hash(""));
        assertThat(PopulationAudit.hash("CADRE-000017")).isEqualTo(HASH_OF_CADRE_17);
        assertThat(PopulationAudit.hash("CADRE-000018")).isNotEqualTo(HASH_OF_CADRE_17);
        assertThat(PopulationAudit.hash("A")).isNotEqualTo(PopulationAudit.hash("B")).isNotZero();
    }

    @Test
    void cadresWhoseHashesCollideAreCountedApartAUD8() {
        // A storage whose second set of pairs, the cadres', loses every key: all cadres collide in one run.
        AuditStorage colliding = new AuditStorage() {
            private final AuditStorage memory = AuditStorage.inMemory();
            private int sets;

            @Override
            public long keep(String household, @Nullable String cadre) {
                return memory.keep(household, cadre);
            }

            @Override
            public String household(long reference) {
                return memory.household(reference);
            }

            @Override
            public @Nullable String cadre(long reference) {
                return memory.cadre(reference);
            }

            @Override
            public Pairs pairs() {
                Pairs pairs = memory.pairs();
                if (++sets != 2) {
                    return pairs;
                }
                return new Pairs() {
                    @Override
                    public void add(long key, long value) {
                        pairs.add(0, value);
                    }

                    @Override
                    public long size() {
                        return pairs.size();
                    }

                    @Override
                    public void sort() {
                        pairs.sort();
                    }

                    @Override
                    public boolean next() {
                        return pairs.next();
                    }

                    @Override
                    public long key() {
                        return pairs.key();
                    }

                    @Override
                    public long value() {
                        return pairs.value();
                    }
                };
            }

            @Override
            public void close() {
                memory.close();
            }
        };
        List<Household> households = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            households.add(household("HH-A" + i, "CADRE-A", person()));
            households.add(household("HH-B" + i, "CADRE-B", person()));
        }
        households.add(household("HH-B30", "CADRE-B", person()));
        List<RegistryFinding> findings = audit(colliding, households);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.finding().rule()).isEqualTo(Rule.AUD_8);
            assertThat(f.finding().subject()).isEqualTo("CADRE-B");
            assertThat(f.finding().observed()).isEqualByComparingTo("31");
            assertThat(f.households()).hasSize(31).startsWith("HH-B0").endsWith("HH-B30");
        });
        households.add(household("HH-A30", "CADRE-A", person()));
        assertThat(audit(colliding, households)).extracting(f -> f.finding().subject())
                .containsExactly("CADRE-A", "CADRE-B");
    }

    /** A storage on the heap that gives back what a test says in place of some of what it kept. */
    private static AuditStorage lying(long reference, @Nullable String cadre) {
        AuditStorage memory = AuditStorage.inMemory();
        return new AuditStorage() {
            @Override
            public long keep(String household, @Nullable String c) {
                memory.keep(household, c);
                return reference;
            }

            @Override
            public String household(long r) {
                return memory.household(0);
            }

            @Override
            public @Nullable String cadre(long r) {
                return cadre;
            }

            @Override
            public Pairs pairs() {
                return memory.pairs();
            }

            @Override
            public void close() {
                memory.close();
            }
        };
    }

    @Test
    void aStorageGivingAReferenceOutOfRangeIsRefused() {
        for (long reference : new long[] {-1, 1L << 47}) {
            PopulationAudit audit = PopulationAudit.start(Y2019, lying(reference, null));
            assertThatThrownBy(() -> audit.add(household("HH-A", null, person())))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("out of range");
        }
        PopulationAudit fine = PopulationAudit.start(Y2019, lying((1L << 47) - 1, null));
        fine.add(household("HH-A", null, person()));
    }

    @Test
    void aStorageLosingACadreIsAnError() {
        PopulationAudit audit = PopulationAudit.start(Y2019, lying(0, null));
        for (int i = 0; i < 31; i++) {
            audit.add(household("HH-" + i, "CADRE-X", person()));
        }
        assertThatThrownBy(() -> audit.finish(f -> { })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCadreWithManyHouseholdsNamesThemAllInOrderAUD8() {
        List<Household> households = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            households.add(household("HH-" + i, i % 3 == 0 ? "CADRE-SMALL-" + i : "CADRE-BIG", person()));
        }
        List<RegistryFinding> findings = audit(AuditStorage.inMemory(), households);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.finding().observed()).isEqualByComparingTo("100");
            assertThat(f.households()).hasSize(100).startsWith("HH-1", "HH-2", "HH-4").endsWith("HH-148", "HH-149");
        });
    }

    @Test
    void anAuditIsFinishedOnceAndTakesNothingAfter() {
        PopulationAudit audit = PopulationAudit.start(Y2019, AuditStorage.inMemory());
        audit.add(household("HH-A", null, person()));
        audit.finish(f -> { });
        assertThatThrownBy(() -> audit.finish(f -> { })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> audit.add(household("HH-B", null, person())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRegistryFindingNamesAHousehold() {
        assertThatThrownBy(() -> new RegistryFinding(List.of(), PopulationAudit.check(List.of(), Y2019).stream()
                .findFirst().orElse(io.github.jingzhun.decision.Finding.of(Rule.AUD_1, false, null,
                        io.github.jingzhun.decision.Wording.of("x", "x")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHeapStorageGivesBackWhatItKept() {
        try (AuditStorage storage = AuditStorage.inMemory()) {
            long a = storage.keep("HH-A", null);
            long b = storage.keep("HH-B", "C");
            assertThat(b).isGreaterThan(a);
            assertThat(storage.household(b)).isEqualTo("HH-B");
            assertThat(storage.cadre(a)).isNull();
            assertThat(storage.cadre(b)).isEqualTo("C");
            AuditStorage.Pairs pairs = storage.pairs();
            assertThatThrownBy(pairs::next).isInstanceOf(IllegalStateException.class);
            for (int i = 0; i < 3000; i++) {
                pairs.add(3000 - i, i);
            }
            assertThat(pairs.size()).isEqualTo(3000);
            pairs.sort();
            pairs.sort();
            assertThatThrownBy(() -> pairs.add(1, 1)).isInstanceOf(IllegalStateException.class);
            assertThat(pairs.next()).isTrue();
            assertThat(pairs.key()).isEqualTo(1);
            assertThat(pairs.value()).isEqualTo(2999);
            int more = 1;
            while (pairs.next()) {
                more++;
            }
            assertThat(more).isEqualTo(3000);
            assertThat(pairs.next()).isFalse();
        }
    }
}

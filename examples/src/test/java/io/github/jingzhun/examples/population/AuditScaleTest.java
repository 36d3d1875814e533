package io.github.jingzhun.examples.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The registry measured at scale holds exactly the persons asked for and its planted faults, which the audit finds. */
class AuditScaleTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} persons")
    @ValueSource(longs = {1000, 1001, 1002, 1003, 1004, 20_000})
    void theRegistryHasThePersonsAskedForAndNoUnplantedRepeat(long persons) {
        ScaleRegistry registry = new ScaleRegistry(persons, 30, 2, 7);
        Map<String, Integer> registrations = new HashMap<>();
        Set<String> ids = new HashSet<>();
        long[] households = new long[1];
        registry.households(h -> {
            assertThat(h.getId()).isEqualTo(ScaleRegistry.id(households[0]++));
            ids.add(h.getId());
            h.getMembers().forEach(m -> registrations.merge(m.getIdNumber().unmasked(), 1, Integer::sum));
        });
        assertThat(households[0]).isEqualTo(registry.households());
        assertThat(ids).hasSize((int) registry.households());
        assertThat(registrations).hasSize((int) persons);
        assertThat(registrations.values().stream().mapToLong(Integer::longValue).sum())
                .isEqualTo(registry.registrations());
        // 30 persons registered again, every twentieth of them twice: 32 repeats.
        assertThat(registry.repeats()).isEqualTo(32);
        assertThat(registrations.values().stream().filter(n -> n > 1).mapToInt(n -> n - 1).sum()).isEqualTo(32);
        assertThat(registry.expectedRepeats()).hasSize(32);
        assertThat(registry.expectedCadres()).hasSize(2).allSatisfy((cadre, paired) -> assertThat(paired)
                .hasSizeBetween(31, 40));
    }

    @Test
    void theAuditFindsExactlyThePlantedFaultsSpillingOrOnTheHeap() throws Exception {
        for (boolean heap : new boolean[] {false, true}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            boolean exact = AuditScale.run(30_000, temp, heap, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            String report = bytes.toString(StandardCharsets.UTF_8);
            assertThat(exact).as(report).isTrue();
            assertThat(report).contains("30,000 persons registered 31,050 times in 10,000 households")
                    .contains("findings: 1,050 AUD-1, 10 AUD-8: exactly those planted");
            assertThat(report.contains("disk:")).isEqualTo(!heap);
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("spill files deleted").isEmpty();
        }
    }

    @Test
    void aRegistryTooSmallForItsFaultsIsRefused() {
        assertThatThrownBy(() -> new ScaleRegistry(999, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ScaleRegistry.id(0)).isEqualTo("HH-000000001");
    }
}

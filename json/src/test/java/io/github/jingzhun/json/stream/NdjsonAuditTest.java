package io.github.jingzhun.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.audit.DepartmentRoll;
import io.github.jingzhun.audit.HouseholdAudit;
import io.github.jingzhun.audit.PopulationAudit;
import io.github.jingzhun.audit.RegistryFinding;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.json.ContractSchema;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.RandomHouseholds;
import io.github.jingzhun.json.SchemaCheck;
import io.github.jingzhun.parameter.MissingParameterException;
import io.github.jingzhun.parameter.YearParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The NDJSON audit of a registry: every line accounted for, findings naming households and never persons, the
 * same findings whether it spills or not, on one thread or more, and no file left behind.
 */
class NdjsonAuditTest {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();
    private static final JsonImporter IMPORTER = JingzhunJson.importer();
    private static final PovertyPolicy POLICY = PovertyPolicy.national();
    private static final Year YEAR = Year.of(2019);
    private static final YearParameters PARAMETERS = POLICY.parametersFor(YEAR);

    @TempDir
    Path temp;

    /**
     * A registry with persons registered twice (now and then three times), cadres paired with many households,
     * and whatever each random household's record holds.
     */
    static List<Household> registry(long seed, int size) {
        Random r = new Random(seed);
        List<Household> households = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Household h = RandomHouseholds.generate(seed * 100_003 + i);
            Household.Builder b = Household.builder().from(h).withId("HH-" + i)
                    .withContactCadre(r.nextInt(10) == 0 ? null : "CADRE-" + r.nextInt(Math.max(1, size / 32)));
            if (i > 0 && r.nextInt(6) == 0) {
                Member shared = households.get(r.nextInt(households.size())).getMembers().get(0);
                List<Member> members = new ArrayList<>(h.getMembers());
                if (members.stream().noneMatch(m -> m.getIdNumber().equals(shared.getIdNumber()))) {
                    members.set(members.size() - 1, shared);
                    b.withMembers(members);
                }
            }
            households.add(b.build());
        }
        return households;
    }

    private static String ndjson(List<Household> households) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Household h : households) {
            sb.append(MAPPER.writeValueAsString(h)).append('\n');
        }
        return sb.toString();
    }

    private record Run(NdjsonAudit.Summary summary, String output) {}

    private Run run(NdjsonAudit audit, String input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NdjsonAudit.Summary summary = audit.spillTo(temp)
                .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("files left behind").isEmpty();
        }
        return new Run(summary, out.toString(StandardCharsets.UTF_8));
    }

    private static List<JsonNode> lines(String output) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (!line.isEmpty()) {
                lines.add(MAPPER.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void everyLineIsAHouseholdAuditedOrAnErrorAndEveryFindingIsWritten() throws Exception {
        List<Household> registry = registry(1, 300);
        String input = ndjson(registry.subList(0, 150)) + "{\"id\": 1}\n\nnot json\n"
                + ndjson(registry.subList(150, 300));
        Run run = run(new NdjsonAudit(POLICY, YEAR, IMPORTER), input);
        assertThat(run.summary().lines()).isEqualTo(303);
        assertThat(run.summary().households()).isEqualTo(300);
        assertThat(run.summary().errors()).isEqualTo(3);
        List<JsonNode> lines = lines(run.output());
        assertThat(lines).filteredOn(l -> l.has("errors")).extracting(l -> l.get("line").asLong())
                .containsExactly(151L, 152L, 153L);
        List<JsonNode> findings = lines.stream().filter(l -> l.has("rule")).toList();
        assertThat(findings).hasSize((int) run.summary().totalFindings());
        for (JsonNode f : findings) {
            assertThat(SchemaCheck.of(ContractSchema.AUDIT_FINDING).violations(f)).isEmpty();
            assertThat(MAPPER.treeToValue(f, RegistryFinding.class).finding().rule().id())
                    .isEqualTo(f.get("rule").asText());
        }
        for (Rule rule : run.summary().findings().keySet()) {
            assertThat(findings.stream().filter(f -> f.get("rule").asText().equals(rule.id())).count())
                    .isEqualTo(run.summary().findings().get(rule));
        }
        assertThat(run.summary().findings()).containsKeys(Rule.AUD_1, Rule.AUD_6, Rule.AUD_7, Rule.AUD_8);
    }

    @Test
    void householdFindingsAreThoseOfTheHouseholdAuditThenTheRegistrysInInputOrder() throws Exception {
        List<Household> registry = registry(2, 200);
        Run run = run(new NdjsonAudit(POLICY, YEAR, IMPORTER), ndjson(registry));
        List<RegistryFinding> expected = new ArrayList<>();
        for (Household h : registry) {
            for (Finding f : HouseholdAudit.check(h, PARAMETERS)) {
                expected.add(new RegistryFinding(List.of(h.getId()), f));
            }
        }
        List<Finding> population = PopulationAudit.check(registry, PARAMETERS);
        List<RegistryFinding> actual = new ArrayList<>();
        for (JsonNode line : lines(run.output())) {
            actual.add(MAPPER.treeToValue(line, RegistryFinding.class));
        }
        assertThat(actual.subList(0, expected.size())).isEqualTo(expected);
        assertThat(actual.subList(expected.size(), actual.size())).extracting(RegistryFinding::finding)
                .isEqualTo(population);
        assertThat(population).extracting(Finding::rule).contains(Rule.AUD_1, Rule.AUD_8);
    }

    @ParameterizedTest(name = "runs of {0} pairs, {1} threads")
    @CsvSource({"2, 1", "3, 2", "17, 1", "1000, 2", "1000000, 1"})
    void spillingLosesNoFindingAndTheOutputIsTheSameWhateverTheRunsAndThreads(int runPairs, int threads)
            throws Exception {
        String input = ndjson(registry(3, 1500));
        Run reference = run(new NdjsonAudit(POLICY, YEAR, IMPORTER).runPairs(1 << 22), input);
        Run run = run(new NdjsonAudit(POLICY, YEAR, IMPORTER).runPairs(runPairs).threads(threads), input);
        assertThat(run.output()).isEqualTo(reference.output());
        assertThat(run.summary()).isEqualTo(reference.summary());
        assertThat(reference.summary().findings().get(Rule.AUD_1)).isGreaterThan(100);
        assertThat(reference.summary().findings().get(Rule.AUD_8)).isGreaterThan(10);
    }

    @Test
    void anOverloadedCadreNamesEveryHouseholdPairedWithIt() throws Exception {
        List<Household> registry = new ArrayList<>();
        for (Household h : registry(4, 60)) {
            registry.add(Household.builder().from(h).withContactCadre(registry.size() % 2 == 0 ? "CADRE-40" : "C2")
                    .build());
        }
        Run run = run(new NdjsonAudit(POLICY, YEAR, IMPORTER).runPairs(4), ndjson(registry));
        List<JsonNode> cadres = lines(run.output()).stream().filter(l -> l.get("rule").asText().equals("AUD-8")
                && l.has("observed")).toList();
        assertThat(cadres).isEmpty(); // 30 each: at the limit, not above
        registry.add(Household.builder().from(registry.get(1)).withId("HH-EXTRA").withContactCadre("C2").build());
        run = run(new NdjsonAudit(POLICY, YEAR, IMPORTER).runPairs(4), ndjson(registry));
        cadres = lines(run.output()).stream().filter(l -> l.get("rule").asText().equals("AUD-8")
                && l.has("observed")).toList();
        assertThat(cadres).singleElement().satisfies(c -> {
            assertThat(c.get("subject").asText()).isEqualTo("C2");
            assertThat(c.get("observed").asInt()).isEqualTo(31);
            assertThat(c.get("households")).hasSize(31);
            assertThat(c.get("households").get(0).asText()).isEqualTo("HH-1");
            assertThat(c.get("households").get(30).asText()).isEqualTo("HH-EXTRA");
        });
    }

    @Test
    void rollsAreComparedWithEveryHousehold() throws Exception {
        Household registered = Household.builder().from(registry(5, 1).get(0)).withId("HH-ROLL")
                .withStatus(Status.registered(LocalDate.of(2016, 3, 1))).withType(HouseholdType.GENERAL).build();
        DepartmentRoll roll = new DepartmentRoll("civil affairs", TransferKind.MINIMUM_LIVING_ALLOWANCE, YEAR,
                List.of(DepartmentRoll.Entry.ofHousehold("HH-ROLL", null)));
        Run run = run(new NdjsonAudit(POLICY, YEAR, IMPORTER).rolls(List.of(roll)), ndjson(List.of(registered)));
        assertThat(lines(run.output())).filteredOn(l -> l.get("rule").asText().equals("AUD-9"))
                .extracting(l -> l.get("message").asText()).contains("Household HH-ROLL is on the department's "
                        + "roll of the minimum living allowance, but its registry type is not the minimum living allowance");
        assertThat(registered.getStatus().getState()).isEqualTo(RegistrationState.REGISTERED);
    }

    @Test
    void theOutputNamesNoPerson() throws Exception {
        List<Household> registry = registry(6, 400);
        Run run = run(new NdjsonAudit(POLICY, YEAR, IMPORTER).runPairs(8), ndjson(registry));
        assertThat(run.summary().totalFindings()).isGreaterThan(100);
        for (Household h : registry) {
            for (Member m : h.getMembers()) {
                assertThat(run.output()).doesNotContain(m.getIdNumber().unmasked());
                assertThat(run.output()).doesNotContain(m.getIdNumber().unmasked().substring(0, 14));
                if (m.getName().length() > 3 && !m.getName().equals("{observed}")) {
                    assertThat(run.output()).as("a name").doesNotContain("\"" + m.getName());
                }
            }
        }
    }

    @Test
    void textStreamsGiveTheSameOutput() throws Exception {
        String input = ndjson(registry(7, 100));
        Run bytes = run(new NdjsonAudit(POLICY, YEAR, IMPORTER), input);
        StringWriter out = new StringWriter();
        NdjsonAudit.Summary summary = new NdjsonAudit(POLICY, YEAR, IMPORTER).spillTo(temp)
                .run(new StringReader(input), out);
        assertThat(out.toString()).isEqualTo(bytes.output());
        assertThat(summary).isEqualTo(bytes.summary());
    }

    @Test
    void aFailedRunLeavesNoFileBehind() throws Exception {
        String input = ndjson(registry(8, 600));
        OutputStream failing = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 10_000) {
                    throw new IOException("disk full");
                }
            }
        };
        assertThatThrownBy(() -> new NdjsonAudit(POLICY, YEAR, IMPORTER).runPairs(4).spillTo(temp)
                .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), failing))
                .isInstanceOf(IOException.class).hasMessageEndingWith("disk full");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aYearWithoutALineIsRefusedBeforeReading() {
        assertThatThrownBy(() -> new NdjsonAudit(POLICY, Year.of(2031), IMPORTER).spillTo(temp)
                .run(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()))
                .isInstanceOf(MissingParameterException.class);
        assertThatThrownBy(() -> new NdjsonAudit(POLICY, YEAR, IMPORTER).threads(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

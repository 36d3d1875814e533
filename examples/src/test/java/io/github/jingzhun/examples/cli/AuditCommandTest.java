package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.examples.population.PlantedFaults;
import io.github.jingzhun.examples.population.SyntheticPopulation;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.json.JingzhunJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit} end to end on the generated registry: every planted fault is found and nothing else, the output
 * names no person, every input line is accounted for, and a bad roll is refused with its paths.
 */
class AuditCommandTest {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();
    private static final int HOUSEHOLDS = 1000;

    @TempDir
    static Path temp;

    private static String clean;
    private static String planted;
    private static Path cleanRoll;
    private static Path plantedRoll;

    @BeforeAll
    static void generate() {
        cleanRoll = temp.resolve("clean-roll.ndjson");
        plantedRoll = temp.resolve("planted-roll.ndjson");
        CliRun c = CliRun.of("", "generate", "--households", "" + HOUSEHOLDS, "--roll", cleanRoll.toString());
        CliRun p = CliRun.of("", "generate", "--households", "" + HOUSEHOLDS, "--plant-faults", "--roll",
                plantedRoll.toString());
        assertThat(c.code()).isEqualTo(Cli.OK);
        assertThat(p.code()).isEqualTo(Cli.OK);
        assertThat(p.err()).contains("planted 6 faults");
        clean = c.out();
        planted = p.out();
    }

    /** A finding as a key: its rule, households and subject; counted, as a finding may repeat. */
    private static Map<String, Integer> findings(CliRun run) throws Exception {
        Map<String, Integer> keys = new HashMap<>();
        for (String line : run.lines()) {
            JsonNode f = MAPPER.readTree(line);
            assertThat(f.has("rule")).as(line).isTrue();
            List<String> households = new ArrayList<>();
            f.get("households").forEach(h -> households.add(h.asText()));
            keys.merge(f.get("rule").asText() + " " + households + " " + f.path("subject").asText(), 1, Integer::sum);
        }
        return keys;
    }

    private static Map<String, Integer> difference(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> d = new HashMap<>();
        a.forEach((k, n) -> {
            int more = n - b.getOrDefault(k, 0);
            if (more > 0) {
                d.put(k, more);
            }
        });
        return d;
    }

    @Test
    void aSummaryFileThatCannotBeWrittenIsNamed() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(java.nio.file.Path.of("/dev/full")));
        CliRun run = CliRun.of(CliRun.sample(), "audit", "--year", "2019", "--summary", "/dev/full");

        assertThat(run.code()).isEqualTo(Cli.INCOMPLETE);
        assertThat(run.err()).contains("audit: could not finish: /dev/full: No space left on device; standard "
                + "output was written in full");
    }

    @Test
    void aHouseholdIdOnTwoRecordsIsFoundWhateverTheirMembers() throws Exception {
        List<String> sample = CliRun.sample().lines().toList();
        String first = MAPPER.readTree(sample.get(0)).get("id").asText();
        String second = MAPPER.readTree(sample.get(1)).get("id").asText();
        String registry = sample.get(0) + "\n" + sample.get(1).replace("\"" + second + "\"", "\"" + first + "\"")
                + "\n";

        CliRun run = CliRun.of(registry, "audit", "--year", "2019");

        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.lines()).filteredOn(l -> l.contains("\"AUD-1\"")).singleElement().satisfies(l -> {
            JsonNode f = MAPPER.readTree(l);
            assertThat(f.get("households")).hasSize(1);
            assertThat(f.get("households").get(0).asText()).isEqualTo(first);
            assertThat(f.get("observed").asInt()).isEqualTo(2);
        });
    }

    @Test
    void everyPlantedFaultIsFoundAndNothingElse() throws Exception {
        CliRun before = CliRun.of(clean, "audit", "--year", "2019", "--roll", cleanRoll.toString());
        CliRun after = CliRun.of(planted, "audit", "--year", "2019", "--roll", plantedRoll.toString(),
                "--threads", "2");
        assertThat(before.code()).isEqualTo(Cli.OK);
        assertThat(after.code()).isEqualTo(Cli.OK);
        Map<String, Integer> expected = new HashMap<>();
        for (PlantedFaults.Fault f : PlantedFaults.in(SyntheticPopulation.of(2019, Year.of(2019)), HOUSEHOLDS)
                .faults()) {
            expected.merge(f.rule().id() + " " + f.households() + " " + f.subject(), 1, Integer::sum);
        }
        assertThat(expected).hasSize(6);
        Map<String, Integer> was = findings(before);
        Map<String, Integer> is = findings(after);
        assertThat(difference(is, was)).isEqualTo(expected);
        assertThat(difference(was, is)).isEmpty();
        // The clean registry has no finding across households, no procedure irregularity and agrees with its roll.
        assertThat(was.keySet()).noneMatch(k -> k.startsWith("AUD-1 ") || k.startsWith("AUD-7 ")
                || k.startsWith("AUD-9 ") || k.startsWith("AUD-8 [HH") && k.contains("CADRE"));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : after.lines()) {
            lines.add(MAPPER.readTree(line));
        }
        assertThat(lines).filteredOn(l -> l.get("rule").asText().equals("AUD-8") && l.has("observed"))
                .singleElement().satisfies(l -> {
                    assertThat(l.get("observed").asInt()).isEqualTo(40);
                    assertThat(l.get("threshold").asInt()).isEqualTo(30);
                });
        assertThat(lines).filteredOn(l -> l.get("rule").asText().equals("AUD-7")).singleElement()
                .satisfies(l -> assertThat(l.get("observed").asInt()).isEqualTo(5));
        assertThat(after.err()).contains("AUD-1   Duplicate ID number", "AUD-10  Missed identification", "compared with the roll of civil affairs");
    }

    @Test
    void aRollSplitOverTwoFilesIsOneRoll(@TempDir Path temp) throws Exception {
        List<String> lines = Files.readAllLines(plantedRoll);
        Path first = Files.write(temp.resolve("first.ndjson"), lines.subList(0, lines.size() / 2));
        Path second = Files.write(temp.resolve("second.ndjson"), lines.subList(lines.size() / 2, lines.size()));
        CliRun whole = CliRun.of(planted, "audit", "--year", "2019", "--roll", plantedRoll.toString());
        CliRun split = CliRun.of(planted, "audit", "--year", "2019", "--roll", first.toString(), "--roll",
                second.toString());
        assertThat(findings(whole).keySet()).filteredOn(k -> k.startsWith("AUD-9 ")).hasSize(1);
        assertThat(split.out()).isEqualTo(whole.out());
        assertThat(split.err()).contains("(" + first + ")", "(" + second + ")");
    }

    @Test
    void aHouseholdOrMemberTwiceOnARollIsRefusedWithBothLinesAndNothingIsAudited(@TempDir Path temp)
            throws Exception {
        List<String> lines = Files.readAllLines(cleanRoll, StandardCharsets.UTF_8);
        Path again = Files.write(temp.resolve("again.ndjson"), List.of(lines.get(0), lines.get(1), lines.get(0)));
        CliRun run = CliRun.of(clean, "audit", "--year", "2019", "--roll", again.toString());
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.out()).isEmpty();
        String household = MAPPER.readTree(lines.get(0)).get("household").asText();
        assertThat(run.err()).contains("--roll " + again + ": line 3 names " + household + ", which line 1 names on "
                + "the roll of civil affairs, MINIMUM_LIVING_ALLOWANCE 2019; a roll has one line a household, so "
                + "nothing was audited");

        // Every line that repeats is named, not the first alone, so that one run shows what to mend.
        String other = MAPPER.readTree(lines.get(1)).get("household").asText();
        Path twiceEach = Files.write(temp.resolve("twice-each.ndjson"),
                List.of(lines.get(0), lines.get(1), lines.get(0), lines.get(1)));
        CliRun each = CliRun.of(clean, "audit", "--year", "2019", "--roll", twiceEach.toString());
        assertThat(each.code()).isEqualTo(Cli.USAGE);
        assertThat(each.err()).contains("--roll " + twiceEach + ": 2 lines name a household or an ID number that an "
                + "earlier line names; a roll has one line a household, so nothing was audited:\n"
                + "  line 3 names " + household + ", which line 1 names on the roll of civil affairs, "
                + "MINIMUM_LIVING_ALLOWANCE 2019\n"
                + "  line 4 names " + other + ", which line 2 names");

        // A file that repeats itself is refused with the lines repeating another file's named too.
        String third = MAPPER.readTree(lines.get(2)).get("household").asText();
        Path a = Files.write(temp.resolve("a.ndjson"), List.of(lines.get(0), lines.get(1)));
        Path b = Files.write(temp.resolve("b.ndjson"), List.of(lines.get(1), lines.get(2), lines.get(2)));
        CliRun both = CliRun.of(clean, "audit", "--year", "2019", "--roll", a.toString(), "--roll", b.toString());
        assertThat(both.code()).isEqualTo(Cli.USAGE);
        assertThat(both.err()).contains("--roll " + b + ": 2 lines name a household or an ID number that an earlier "
                + "line names; a roll has one line a household, even split over files, so nothing was audited:\n"
                + "  line 1 of " + b + " names " + other + ", which line 2 of " + a + " names on the roll",
                "\n  line 3 of " + b + " names " + third + ", which line 2 of " + b + " names");

        // The same member under another line without the household's id: named by where it is, not its number.
        JsonNode first = MAPPER.readTree(lines.get(0));
        String byMember = "{\"department\":\"civil affairs\",\"benefit\":\"MINIMUM_LIVING_ALLOWANCE\","
                + "\"year\":2019,\"idNumbers\":[" + first.get("idNumbers").get(0) + "]}";
        Path member = Files.write(temp.resolve("member.ndjson"), List.of(lines.get(0), byMember));
        CliRun twice = CliRun.of(clean, "audit", "--year", "2019", "--roll", member.toString());
        assertThat(twice.code()).isEqualTo(Cli.USAGE);
        assertThat(twice.err()).contains("line 2: $.idNumbers[0] is an ID number of line 1 on the roll of civil "
                + "affairs").doesNotContain(first.get("idNumbers").get(0).asText());

        // Across files: the roll split over them holds the household twice.
        Path second = Files.write(temp.resolve("second.ndjson"), List.of(lines.get(0)));
        CliRun split = CliRun.of(clean, "audit", "--year", "2019", "--roll", cleanRoll.toString(), "--roll",
                second.toString());
        assertThat(split.code()).isEqualTo(Cli.USAGE);
        assertThat(split.err()).contains("--roll " + second + ": line 1 of " + second + " names " + household
                + ", which line 1 of " + cleanRoll + " names on the roll of civil affairs, MINIMUM_LIVING_ALLOWANCE "
                + "2019; a roll has one line a household, even split over files, so nothing was audited");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aRollFromAPipeNamesItsRepeatingLinesFromWhatItRead(@TempDir Path temp) throws Exception {
        List<String> cleanLines = Files.readAllLines(cleanRoll, StandardCharsets.UTF_8);
        List<String> lines = List.of(cleanLines.get(0), cleanLines.get(1), cleanLines.get(0), cleanLines.get(1));
        Path pipe = temp.resolve("roll.pipe");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        Thread writer = new Thread(() -> {
            try {
                Files.write(pipe, lines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.start();
        CliRun run = CliRun.of(clean, "audit", "--year", "2019", "--roll", pipe.toString());
        writer.join();
        // in the words a file of the same lines gets, which is read again to find them
        Path file = Files.write(temp.resolve("roll.ndjson"), lines);
        CliRun fromFile = CliRun.of(clean, "audit", "--year", "2019", "--roll", file.toString());
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("  line 4 names ")
                .isEqualTo(fromFile.err().replace(file.toString(), pipe.toString()));
    }

    @Test
    void theOutputNamesNoPerson() throws Exception {
        CliRun run = CliRun.of(planted, "audit", "--year", "2019", "--roll", plantedRoll.toString());
        List<String> names = new ArrayList<>();
        for (String line : planted.split("\n")) {
            Household h = JingzhunJson.importer().readHousehold(line);
            for (Member m : h.getMembers()) {
                assertThat(run.out()).doesNotContain(m.getIdNumber().unmasked());
                names.add(m.getName());
            }
        }
        for (String name : names) {
            assertThat(run.out()).doesNotContain(name);
            assertThat(run.err()).doesNotContain(name);
        }
    }

    @Test
    void everyInputLineIsAccountedFor() throws Exception {
        String[] lines = clean.split("\n");
        String input = lines[0] + "\n{\"id\": \"HH-BAD\"}\n\n" + lines[1] + "\n";
        Path summary = temp.resolve("summary.json");
        CliRun run = CliRun.of(input, "audit", "--year", "2019", "--summary", summary.toString());
        assertThat(run.code()).isEqualTo(Cli.ERRORS);
        assertThat(run.lines()).filteredOn(l -> l.startsWith("{\"line\":")).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("{\"line\":2,\"errors\":[").contains("\"$.area\""))
                .anySatisfy(l -> assertThat(l).startsWith("{\"line\":3,"));
        assertThat(run.err()).contains("4 lines: 2 households audited, 2 errors");
        JsonNode json = MAPPER.readTree(Files.readString(summary, StandardCharsets.UTF_8));
        assertThat(json.get("lines").asLong()).isEqualTo(4);
        assertThat(json.get("households").asLong()).isEqualTo(2);
        assertThat(json.get("errors").asLong()).isEqualTo(2);
        assertThat(json.get("totalFindings").asLong()).isEqualTo(run.lines().size() - 2);
    }

    @Test
    void aRollWithABadLineIsRefusedWithItsPathsAndNothingIsAudited() throws Exception {
        Path roll = temp.resolve("bad-roll.ndjson");
        List<String> good = Files.readAllLines(cleanRoll, StandardCharsets.UTF_8);
        String bad = good.get(1).replaceFirst("\"idNumbers\":\\[\"([0-9]{17})[0-9X]\"", "\"idNumbers\":[\"$1Y\"");
        assertThat(bad).isNotEqualTo(good.get(1));
        Files.writeString(roll, good.get(0) + "\n" + bad + "\n" + good.get(2) + "\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of(clean, "audit", "--year", "2019", "--roll", roll.toString());
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("1 of 3 lines are not valid roll lines, so nothing was audited (lines naming a "
                + "household twice are looked for once every line reads)", "line 2: $.idNumbers[0]: ID number "
                + "has a wrong check digit (GB 11643) (AUD-2)").doesNotContain(good.get(1).substring(100, 130));
    }

    @Test
    void anEmptyRollIsRefusedAsItNamesNoDepartmentToCompare() throws Exception {
        Path empty = Files.writeString(temp.resolve("empty-roll.ndjson"), "", StandardCharsets.UTF_8);
        CliRun run = CliRun.of(clean, "audit", "--year", "2019", "--roll", cleanRoll.toString(), "--roll",
                empty.toString());
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--roll " + empty + " holds no roll line, so nothing was audited");
    }

    @Test
    void aRollOfManyBadLinesNamesTheFirstHundredAndCountsTheRest() throws Exception {
        Path roll = temp.resolve("many-bad.ndjson");
        String good = Files.readAllLines(cleanRoll, StandardCharsets.UTF_8).get(0);
        StringBuilder lines = new StringBuilder(good).append('\n');
        for (int i = 0; i < 250; i++) {
            lines.append("{}\n").append(good).append('\n');
        }
        Files.writeString(roll, lines, StandardCharsets.UTF_8);
        CliRun run = CliRun.of(clean, "audit", "--year", "2019", "--roll", roll.toString());
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("250 of 501 lines are not valid roll lines", "line 2: ", "line 200: ",
                "and 150 more (at most 100 bad lines are named)").doesNotContain("line 202: ");
    }

    @Test
    void theRegistryIsReadFromAFileToo() throws Exception {
        Path file = temp.resolve("registry.ndjson");
        Files.writeString(file, clean, StandardCharsets.UTF_8);
        CliRun fromFile = CliRun.of("", "audit", "--year", "2019", "--households", file.toString(), "--spill-dir",
                temp.toString());
        CliRun fromInput = CliRun.of(clean, "audit", "--year", "2019", "--threads", "1");
        assertThat(fromFile.code()).isEqualTo(Cli.OK);
        assertThat(fromFile.out()).isEqualTo(fromInput.out());
        assertThat(CliRun.of("", "audit", "--year", "2019", "--households", temp.resolve("none").toString())
                .code()).isEqualTo(Cli.USAGE);
        try (var left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("jingzhun-audit"));
        }
    }

    @Test
    void usageErrorsAreExitTwo() {
        assertThat(CliRun.of("", "audit").code()).isEqualTo(Cli.USAGE);
        assertThat(CliRun.of("", "audit", "--year", "2031").code()).isEqualTo(Cli.USAGE);
        assertThat(CliRun.of("", "audit", "--year", "2019", "--threads", "0").code()).isEqualTo(Cli.USAGE);
        assertThat(CliRun.of("", "audit", "--year", "2019", "--roll", temp.resolve("none").toString()).code())
                .isEqualTo(Cli.USAGE);
        assertThat(CliRun.of("", "help", "audit").out()).contains("--roll", "--summary", "AUD-1");
    }

    @Test
    void aFileOrDirectoryThatCannotBeUsedIsAUsageErrorThatSaysWhyBeforeAnyWork() throws Exception {
        String missing = temp.resolve("none").resolve("summary.json").toString();
        String directory = temp.toString();
        String file = Files.writeString(temp.resolve("plain.txt"), "x").toString();
        assertThat(CliRun.of(clean, "audit", "--year", "2019", "--summary", missing)).satisfies(run -> {
            assertThat(run.code()).isEqualTo(Cli.USAGE);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("--summary " + missing + " cannot be written: no such directory ");
        });
        assertThat(CliRun.of(clean, "audit", "--year", "2019", "--summary", directory).err())
                .startsWith("--summary " + directory + " is a directory, not a file");
        assertThat(CliRun.of(clean, "audit", "--year", "2019", "--spill-dir", missing).err())
                .startsWith("--spill-dir " + missing + ": no such directory");
        assertThat(CliRun.of(clean, "audit", "--year", "2019", "--households", directory)).satisfies(run -> {
            assertThat(run.code()).isEqualTo(Cli.USAGE);
            assertThat(run.err()).startsWith("--households " + directory + " is a directory, not a file")
                    .doesNotContain("Exception");
        });
        assertThat(CliRun.of(clean, "audit", "--year", "2019", "--roll", directory).err())
                .startsWith("--roll " + directory + " is a directory, not a file");
        Path registry = Files.writeString(temp.resolve("registry.ndjson"), clean);
        for (String option : List.of("--households", "--roll")) {
            assertThat(CliRun.of("", "audit", "--year", "2019", option, registry.toString(), "--summary",
                    registry.toString())).satisfies(run -> {
                        assertThat(run.code()).isEqualTo(Cli.USAGE);
                        assertThat(run.err()).startsWith("--summary " + registry + " is also " + option
                                + ": writing it would replace what the run reads");
                    });
        }
        assertThat(registry).hasContent(clean);
        // a roll given twice would give each of its findings twice, by the same path or another
        assertThat(CliRun.of(clean, "audit", "--year", "2019", "--roll", cleanRoll.toString(), "--roll",
                cleanRoll.getParent().resolve(".").resolve(cleanRoll.getFileName()).toString())).satisfies(run -> {
                    assertThat(run.code()).isEqualTo(Cli.USAGE);
                    assertThat(run.out()).isEmpty();
                    assertThat(run.err()).contains(" is given twice: its records would be compared twice");
                });
        for (String option : List.of("--summary", "--spill-dir", "--households", "--roll", "--parameters")) {
            assertThat(CliRun.of(clean, "audit", "--year", "2019", option, "")).satisfies(run -> {
                assertThat(run.code()).isEqualTo(Cli.USAGE);
                assertThat(run.err()).startsWith(option + " \"\" names no file");
            });
        }
        assertThat(CliRun.of(clean, "audit", "--year", "2019", "--spill-dir", file).err())
                .startsWith("--spill-dir " + file + " is a file, not a directory");
        if (Files.isDirectory(Path.of("/proc"))) {  // where not even root can make a file
            assertThat(CliRun.of(clean, "audit", "--year", "2019", "--spill-dir", "/proc").err())
                    .startsWith("--spill-dir /proc cannot be written: no file can be made in it");
        }
    }
}

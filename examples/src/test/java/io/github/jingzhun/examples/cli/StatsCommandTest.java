package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.parameter.PolicyParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stats} end to end: the summary table of the README's demo, JSON, and error lines. */
class StatsCommandTest {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();

    @Test
    void theDemoPrintsTheSummaryTable() {
        CliRun run = CliRun.of(CliRun.sample(), "stats", "--year", "2019");
        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains(
                "Jingzhun statistics, income year 2019: national parameters, line 3218.00 yuan per person",
                "Read 200 lines: 200 households", "0 errors",
                "Identification (ID-H-3)", "ELIGIBLE", "type MINIMUM_LIVING_ALLOWANCE", "EXCLUDED", "NOT_ELIGIBLE",
                "Exit of registered households (EX-H)", "exit eligible", "Monitoring (MON-2)", "UNSTABLE_EXITED",
                "MARGINAL", "SUDDEN_HARDSHIP", "FGT P0, headcount ratio (ST-2)",
                "Alkire-Foster H, 7 dimensions, k = 1/3",
                "Incidence, persons registered and not exited (ST-1)",
                "Progress (ST-5), persons on the registry in 2019", "  exited in 2019",
                "  still registered at the end of 2019", "Progress by county (ST-5), persons",
                "522727", "Pingtang, Guizhou", "WEST", "SOUTH", "621126", "NORTH", "130123", "EAST", "433124",
                "CENTRAL");
        assertThat(run.out()).doesNotContain("Wang", "Li ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aDimensionNamedTwiceOrNoneIsAUsageError() {
        CliRun twice = CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--dimensions", "INCOME,INCOME,FOOD");
        assertThat(twice.code()).isEqualTo(Cli.USAGE);
        assertThat(twice.err()).contains("--dimensions names INCOME twice");
        CliRun none = CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--dimensions", ",");
        assertThat(none.code()).isEqualTo(Cli.USAGE);
        assertThat(none.err()).contains("--dimensions names no dimension");
        CliRun trailing = CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--dimensions", "FOOD,");
        assertThat(trailing.code()).isEqualTo(Cli.USAGE);
        assertThat(trailing.err()).contains("--dimensions ends with a comma");
    }

    /** The national parameter set as JSON, edited, in a file. */
    private static Path national(Path dir, UnaryOperator<String> edit) throws IOException {
        return Files.writeString(dir.resolve("parameters.json"),
                edit.apply(MAPPER.writeValueAsString(PolicyParameters.national())));
    }

    @Test
    void aSetOfItsOwnIsNamedThoughItDepartsFromNoNationalValue(@TempDir Path dir) throws Exception {
        Path file = national(dir, json -> json.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"guizhou-zones\""));
        CliRun run = CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--parameters", file.toString());
        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains("income year 2019: parameters \"guizhou-zones\" (no departure from the "
                + "national standard), line 3218.00");
    }

    @Test
    void aProvincialLineIsNamedBesideTheNationalOneTheStatisticsAreMeasuredAgainst(@TempDir Path dir)
            throws Exception {
        Path file = national(dir, json -> json.replace("\"regionalLines\":[]", "\"regionalLines\":[{\"area\":\"52\","
                + "\"year\":2019,\"amount\":3333.33,\"source\":\"Guizhou\",\"reason\":\"a higher line\"},{\"area\":\"52\","
                + "\"year\":2018,\"amount\":3300.00,\"source\":\"Guizhou\",\"reason\":\"a higher line\"}]"));
        CliRun table = CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--parameters", file.toString());
        assertThat(table.out()).contains("line 3218.00 yuan per person (national; own lines: area 52 3333.33)\n");
        JsonNode json = MAPPER.readTree(CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--format", "json",
                "--parameters", file.toString()).out());
        assertThat(json.get("regionalLines").toString()).isEqualTo("[{\"area\":\"52\",\"line\":3333.33}]");
        assertThat(MAPPER.readTree(CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--format", "json").out())
                .get("regionalLines").isEmpty()).isTrue();
    }

    @Test
    void aCountyTreatedAsWesternIsInTheWestRegion(@TempDir Path dir) throws Exception {
        // Huayuan, Hunan, of a central province: WEST by the set, as areas decides its exit
        Path file = national(dir, json -> json.replace("\"treatedAsWestern\":[]", "\"treatedAsWestern\":[\"433124\"]"));
        CliRun table = CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--parameters", file.toString());
        assertThat(table.out()).containsPattern("433124  Huayuan, Hunan +WEST ");
        assertThat(CliRun.of(CliRun.sample(), "stats", "--year", "2019").out())
                .containsPattern("433124  Huayuan, Hunan +CENTRAL ");
        JsonNode json = MAPPER.readTree(CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--format", "json",
                "--parameters", file.toString()).out());
        assertThat(json.findValues("region")).extracting(JsonNode::asText).contains("WEST")
                .doesNotContain("CENTRAL");
    }

    @Test
    void aParameterFileNotInUtf8NamesTheByte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gbk.json");
        Files.write(file, new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xFF, '"', '}'});
        CliRun run = CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--parameters", file.toString());
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("is not a valid parameter set: $: malformed UTF-8 at byte 7; a parameter file "
                + "is text in UTF-8");
        // a file of several lines, as one is written by hand: the line, and the byte in it
        Files.write(file, new byte[] {'{', '\n', ' ', '"', 'n', '"', ':', '"', (byte) 0xFF, '"', '\n', '}'});
        assertThat(CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--parameters", file.toString()).err())
                .contains("$: malformed UTF-8 at line 2, byte 7; a parameter file is text in UTF-8");
        // lines ended by a carriage return alone count as lines too, as the JSON reader counts them
        Files.write(file, new byte[] {'{', '\r', ' ', '"', 'n', '"', ':', '"', (byte) 0xFF, '"', '\r', '}'});
        assertThat(CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--parameters", file.toString()).err())
                .contains("$: malformed UTF-8 at line 2, byte 7; a parameter file is text in UTF-8");
        // UTF-16, as Windows tools save 'Unicode': said so, not taken for GBK
        Files.write(file, "{}".getBytes(StandardCharsets.UTF_16));
        assertThat(CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--parameters", file.toString()).err())
                .contains("$: a UTF-16 byte order mark at byte 1; a parameter file is text in UTF-8 (one saved as "
                        + "UTF-16");
    }

    @Test
    void theReadmeShowsWhatTheDemoPrints() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```\nJingzhun statistics");
        assertThat(start).as("the demo's output in the README").isNotNegative();
        String excerpt = readme.substring(start + 4, readme.indexOf("```", start + 4));
        List<String> printed = CliRun.of(CliRun.sample(), "stats", "--year", "2019").out().lines().toList();
        // Abridged with "...", and otherwise line for line what the demo prints, in order.
        int at = 0;
        for (String line : excerpt.lines().filter(l -> !l.equals("...")).toList()) {
            int found = printed.subList(at, printed.size()).indexOf(line);
            assertThat(found).as("README line \"%s\" printed after line %d", line, at).isNotNegative();
            at += found + 1;
        }
    }

    @Test
    void theJsonSummaryAddsUp() throws Exception {
        CliRun run = CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--format", "json", "--k", "0.25",
                "--dimensions", "income,housing,water,medical");
        assertThat(run.code()).isEqualTo(Cli.OK);
        JsonNode stats = MAPPER.readTree(run.out());
        assertThat(stats.get("households").asLong()).isEqualTo(200);
        long persons = stats.get("persons").asLong();
        assertThat(sum(stats.get("outcomes"), "households")).isEqualTo(200);
        assertThat(sum(stats.get("outcomes"), "persons")).isEqualTo(persons);
        assertThat(sum(stats.get("monitoring"), "households")).isEqualTo(200);
        assertThat(sum(stats.get("eligibleTypes"), "households"))
                .isEqualTo(stats.get("outcomes").get("ELIGIBLE").get("households").asLong());
        assertThat(stats.get("fgt").get("p0").asDouble()).isBetween(0.05, 0.5);
        assertThat(stats.get("fgt").get("p0").asDouble())
                .isEqualTo((double) stats.get("fgt").get("poorPersons").asLong() / persons);
        assertThat(stats.get("alkireFoster").get("k").asDouble()).isEqualTo(0.25);
        assertThat(stats.get("alkireFoster").get("dimensions")).hasSize(4);
        // ST-3's contributions: of each dimension to M0, and of each county (subgroup); each set sums to 1
        JsonNode af = stats.get("alkireFoster");
        assertThat(af.get("m0").asDouble()).isPositive();
        assertThat(af.get("contributions")).hasSize(4);
        assertThat(StreamSupport.stream(af.get("contributions").spliterator(), false).mapToDouble(JsonNode::asDouble)
                .sum()).isCloseTo(1.0, within(1e-9));
        af.get("uncensoredHeadcountRatios").properties().forEach(e -> assertThat(e.getValue().asDouble())
                .isGreaterThanOrEqualTo(af.get("censoredHeadcountRatios").get(e.getKey()).asDouble()));
        assertThat(StreamSupport.stream(stats.get("counties").spliterator(), false)
                .mapToDouble(c -> c.get("m0Contribution").asDouble()).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(stats.get("counties")).hasSize(6);
        assertThat(StreamSupport.stream(stats.get("counties").spliterator(), false)
                .mapToLong(c -> c.get("households").asLong()).sum()).isEqualTo(200);
        JsonNode progress = stats.get("progress");
        assertThat(progress.get("registeredPersons").asLong())
                .isEqualTo(progress.get("exitedPersons").asLong() + progress.get("remainingPersons").asLong());
        assertThat(progress.get("registeredPersons").asLong()).isPositive().isLessThanOrEqualTo(persons);
        assertThat(stats.get("incidence").get("poorPersons").asLong())
                .isEqualTo(progress.get("remainingPersons").asLong());
        // ST-1 and ST-5 read the registry's dates alike: a year earlier, those exited since count as poor.
        JsonNode before = MAPPER.readTree(CliRun.of(CliRun.sample(), "stats", "--year", "2018", "--format", "json")
                .out());
        assertThat(before.get("incidence").get("poorPersons").asLong())
                .isEqualTo(before.get("progress").get("remainingPersons").asLong())
                .isGreaterThan(stats.get("incidence").get("poorPersons").asLong());
        JsonNode county = stats.get("counties").get(0);
        assertThat(county.get("progress").fieldNames()).toIterable().containsExactly("registeredPersons",
                "exitedPersons", "relapsedPersons", "remainingPersons");
    }

    @Test
    void errorLinesAreCountedReportedAndLeftOut() throws Exception {
        String in = CliRun.sample().lines().limit(10).reduce("", (a, b) -> a + b + "\n") + "{\"id\": 1}\n\n";
        CliRun run = CliRun.of(in, "stats", "--year", "2019", "--format", "json");
        assertThat(run.code()).isEqualTo(Cli.ERRORS);
        JsonNode stats = MAPPER.readTree(run.out());
        assertThat(stats.get("lines").asLong()).isEqualTo(12);
        assertThat(stats.get("households").asLong()).isEqualTo(10);
        assertThat(stats.get("errors").asLong()).isEqualTo(2);
        assertThat(run.err()).contains("stats: line 11: $.id:", "stats: line 12: $: empty line");
    }

    @Test
    void onlyTheFirstErrorLinesAreShownInFull() {
        String in = "x\n".repeat(ErrorReport.SHOWN + 5);
        CliRun run = CliRun.of(in, "stats", "--year", "2019");
        assertThat(run.code()).isEqualTo(Cli.ERRORS);
        assertThat(run.err().lines().filter(l -> l.startsWith("stats: line "))).hasSize(ErrorReport.SHOWN);
        assertThat(run.err()).contains("stats: 5 more error lines not shown");
        assertThat(run.out()).contains("Read 25 lines: 0 households (0 persons), 25 errors");
    }

    @Test
    void aHigherLineCountsMorePoor() throws Exception {
        double base = MAPPER.readTree(CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--format", "json").out())
                .get("fgt").get("p0").asDouble();
        CliRun raised = CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--line", "4000", "--format", "json");
        JsonNode stats = MAPPER.readTree(raised.out());
        assertThat(stats.get("line").decimalValue()).isEqualByComparingTo("4000");
        assertThat(stats.get("fgt").get("p0").asDouble()).isGreaterThan(base);
    }

    private static long sum(JsonNode counts, String field) {
        long sum = 0;
        for (JsonNode c : counts) {
            sum += c.get(field).asLong();
        }
        return sum;
    }
}

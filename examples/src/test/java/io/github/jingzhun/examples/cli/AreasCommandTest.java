package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingzhun.json.JingzhunJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code areas} end to end: the README's command on the bundled sample, error lines, accounting, usage. */
class AreasCommandTest {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();

    @TempDir
    Path temp;

    private static String resource(String name) {
        try (InputStream in = AreasCommandTest.class.getResourceAsStream("/sample/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<JsonNode> json(CliRun run) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : run.lines()) {
            nodes.add(MAPPER.readTree(line));
        }
        return nodes;
    }

    private CliRun sample(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("areas", "--year", "2019", "--villages",
                file("villages.ndjson", resource("villages.ndjson")).toString(), "--counties",
                file("counties.ndjson", resource("counties.ndjson")).toString()));
        args.addAll(List.of(more));
        return CliRun.of(CliRun.sample(), args.toArray(new String[0]));
    }

    @Test
    void theReadmeCommandDecidesEveryVillageAndCountyOfTheBundledSample() throws IOException {
        CliRun run = sample();

        assertThat(run.code()).isEqualTo(Cli.OK);
        List<JsonNode> lines = json(run);
        long villageLines = resource("villages.ndjson").lines().count();
        long countyLines = resource("counties.ndjson").lines().count();
        // every village on record, plus the one named by households but not on record
        assertThat(lines.stream().filter(l -> l.has("village"))).hasSize((int) villageLines + 1);
        assertThat(lines.stream().filter(l -> !l.has("village") && l.has("county"))).hasSize((int) countyLines);
        assertThat(lines).noneMatch(l -> l.has("errors"));
        assertThat(lines).filteredOn(l -> l.has("village") && !l.get("onRecord").asBoolean()).singleElement()
                .satisfies(l -> assertThat(l.get("households").asLong()).isPositive());
        assertThat(lines).filteredOn(l -> l.has("village") && l.get("households").asLong() == 0).singleElement()
                .satisfies(l -> assertThat(l.get("village").asText()).isEqualTo("522727107201"));
        assertThat(lines).filteredOn(l -> l.has("village") && l.get("exit").isObject())
                .anyMatch(l -> l.get("exit").get("eligible").asBoolean())
                .anyMatch(l -> l.get("identification").get("poor").asBoolean());
        JsonNode pingtang = lines.stream().filter(l -> !l.has("village") && l.get("county").asText().equals("522727"))
                .findFirst().orElseThrow();
        assertThat(pingtang.get("exit").get("eligible").asBoolean()).isTrue();
        assertThat(run.out()).doesNotContain("Wang", "\"idNumber\"");
        assertThat(run.err()).isEqualTo(String.join("\n",
                "areas: households -: 200 lines: 200 households, 0 errors",
                "areas: villages " + temp.resolve("villages.ndjson") + ": " + villageLines + " lines: " + villageLines
                        + " villages, 0 errors",
                "areas: counties " + temp.resolve("counties.ndjson") + ": 7 lines: 7 counties, 0 errors",
                "areas: wrote " + (villageLines + 1) + " village decisions (" + (villageLines - 1) + " decided, 2 not)"
                        + " and 7 county decisions (6 decided, 1 not)", ""));
    }

    @Test
    void everyErrorLineOfEveryInputIsWrittenWithItsFileAndLine() throws IOException {
        Path villages = file("v.ndjson", "{\"code\": \"522727101201\"}\n{\"code\": \"5227\"}\n"
                + "{\"code\": \"522727101201\", \"clinic\": true}\n");
        Path counties = file("c.ndjson", "{\"code\": \"522727\", \"designated\": \"yes\"}\n");
        String households = String.join("\n", CliRun.sample().lines().limit(3).toList()) + "\nnot json\n";

        CliRun run = CliRun.of(households, "areas", "--year", "2019", "--villages", villages.toString(),
                "--counties", counties.toString());

        assertThat(run.code()).isEqualTo(Cli.ERRORS);
        List<JsonNode> errors = json(run).stream().filter(l -> l.has("errors")).toList();
        assertThat(errors).extracting(e -> e.get("file").asText() + ":" + e.get("line").asLong()).containsExactly(
                villages + ":2", villages + ":3", counties + ":1", "-:4");
        assertThat(errors.get(0).get("errors").get(0).get("path").asText()).isEqualTo("$.code");
        assertThat(errors.get(1).get("errors").get(0).get("message").asText())
                .isEqualTo("village 522727101201 appears twice; first on line 1");
        assertThat(errors.get(2).get("errors").get(0).get("path").asText()).isEqualTo("$.designated");
        assertThat(run.err()).contains("households -: 4 lines: 3 households, 1 error\n",
                "villages " + villages + ": 3 lines: 1 village, 2 errors\n",
                "counties " + counties + ": 1 line: 0 counties, 1 error\n");
        // every county named is still decided, its record missing
        assertThat(json(run)).filteredOn(l -> l.has("county") && !l.has("village") && !l.has("errors"))
                .allMatch(l -> !l.get("onRecord").asBoolean());
    }

    @Test
    void withoutCountiesNoCountyIsDecided() throws IOException {
        Path villages = file("v.ndjson", resource("villages.ndjson"));

        CliRun run = CliRun.of(CliRun.sample(), "areas", "--year", "2019", "--villages", villages.toString());

        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(json(run)).allMatch(l -> l.has("village"));
        assertThat(run.err()).doesNotContain("counties").contains("and 0 county decisions");
    }

    @Test
    void withoutCountiesHouseholdsNamingNoVillageAreCountedInTheSummary() throws IOException {
        Path villages = file("v.ndjson", resource("villages.ndjson"));
        JsonNode first = MAPPER.readTree(CliRun.sample().lines().findFirst().orElseThrow());
        ((ObjectNode) first.get("area")).remove("village");
        String households = first + "\n" + CliRun.sample();

        CliRun run = CliRun.of(households, "areas", "--year", "2019", "--villages", villages.toString());
        CliRun withCounties = CliRun.of(households, "areas", "--year", "2019", "--villages", villages.toString(),
                "--counties", file("c.ndjson", resource("counties.ndjson")).toString());

        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.err()).contains("areas: 1 household named no village: each counts in its county alone, and "
                + "no county is decided without --counties");
        assertThat(withCounties.err()).doesNotContain("named no village");
    }

    @Test
    void aHouseholdWhoseIncomeNetsBeyondWhatAnAmountHoldsIsAnErrorLineAndTheRunGoesOn() throws IOException {
        // each amount within a trillion yuan, as read, but not their sum: areas would add it to its villages' sums
        ObjectNode first = (ObjectNode) MAPPER.readTree(CliRun.sample().lines().findFirst().orElseThrow());
        ObjectNode big = first.deepCopy();
        for (JsonNode record : big.get("income")) {
            ((ObjectNode) record).set("transfers", MAPPER.readTree(
                    "[{\"kind\": \"OTHER\", \"amount\": 999999999999.99, \"recurring\": true}]"));
            ((ObjectNode) record).put("wage", new java.math.BigDecimal("999999999999.99"));
        }

        CliRun run = CliRun.of(first + "\n" + big + "\n", "areas", "--year", "2019", "--villages",
                file("v.ndjson", resource("villages.ndjson")).toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Cli.ERRORS);
        assertThat(json(run)).filteredOn(l -> l.has("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("line").asLong()).isEqualTo(2);
            assertThat(e.get("errors").get(0).get("path").asText()).startsWith("$.income[");
            assertThat(e.get("errors").get(0).get("message").asText()).contains("net income")
                    .contains("one trillion yuan");
        });
        assertThat(run.err()).contains("households -: 2 lines: 1 household, 1 error\n");
        assertThat(json(run)).filteredOn(l -> l.has("village")).isNotEmpty();
    }

    @Test
    void publishedFiguresOfTheYearAreUsedAndOthersSkipped() throws IOException {
        Path benchmarks = file("b.ndjson", "{\"province\": \"52\", \"year\": 2019, \"ruralIncidencePercent\": 2.5, "
                + "\"ruralPerCapitaIncome\": 10756.3, \"source\": \"yearbook (test)\"}\n"
                + "{\"province\": \"52\", \"year\": 2018, \"ruralIncidencePercent\": 5, "
                + "\"ruralPerCapitaIncome\": 9716, \"source\": \"yearbook (test)\"}\n");

        CliRun run = sample("--benchmarks", benchmarks.toString());

        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.err()).contains("benchmarks " + benchmarks + ": 2 lines: 1 province of 2019, 1 of other "
                + "years skipped, 0 errors");
        List<JsonNode> decided = json(run).stream().filter(l -> l.has("village") && l.get("identification")
                .isObject()).toList();
        assertThat(decided).filteredOn(l -> l.get("county").asText().startsWith("52")).isNotEmpty()
                .allMatch(l -> l.get("identification").get("benchmark").get("published").asBoolean());
        assertThat(decided).filteredOn(l -> !l.get("county").asText().startsWith("52")).isNotEmpty()
                .noneMatch(l -> l.get("identification").get("benchmark").get("published").asBoolean());
    }

    @Test
    void unknownFieldsAreErrorsUnlessTolerated() throws IOException {
        Path villages = file("v.ndjson", "{\"code\": \"522727101201\", \"school\": true}\n");

        CliRun strict = CliRun.of("", "areas", "--year", "2019", "--villages", villages.toString());
        CliRun tolerant = CliRun.of("", "areas", "--year", "2019", "--villages", villages.toString(),
                "--tolerate-unknown-fields");

        assertThat(strict.code()).isEqualTo(Cli.ERRORS);
        assertThat(strict.out()).contains("\"path\":\"$.school\",\"message\":\"unknown field\"");
        assertThat(tolerant.code()).isEqualTo(Cli.OK);
        assertThat(json(tolerant)).singleElement().satisfies(l -> assertThat(l.get("households").asLong()).isZero());
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        Path villages = file("v.ndjson", "");

        assertThat(CliRun.of("", "areas", "--year", "2019").code()).isEqualTo(Cli.USAGE);
        CliRun missing = CliRun.of("", "areas", "--year", "2019", "--villages", temp.resolve("none").toString());
        assertThat(missing.code()).isEqualTo(Cli.USAGE);
        assertThat(missing.err()).contains("--villages " + temp.resolve("none") + ": no such file");
        assertThat(CliRun.of("", "areas", "--year", "2009", "--villages", villages.toString()).code())
                .isEqualTo(Cli.USAGE);
        assertThat(CliRun.of("", "areas", "--year", "2019", "--villages", villages.toString(), "--counties",
                temp.resolve("none").toString()).code()).isEqualTo(Cli.USAGE);
        assertThat(CliRun.of("", "areas", "--year", "2019", "--villages", villages.toString()).code())
                .isEqualTo(Cli.OK);
    }
}

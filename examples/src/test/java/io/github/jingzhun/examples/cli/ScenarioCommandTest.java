package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.parameter.PolicyParameters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scenario} end to end: SC-1 with a raised line, SC-2 with a shock, and both from one reading. */
class ScenarioCommandTest {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();

    @Test
    void aRaisedLineMakesHouseholdsPoor() {
        CliRun run = CliRun.of(CliRun.sample(), "scenario", "--year", "2019", "--line", "4000");
        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains("Read 200 lines: 200 households, 0 errors", "SC-1, income year 2019",
                "base:    national parameters, line 3218.00", "line 4000.00", "FGT P0, headcount ratio",
                "Departures of the variant from the national standards (IND-STD)\n  line 2019: national 3218.00, "
                        + "the variant 4000.00 - ", "NOT_ELIGIBLE -> ELIGIBLE",
                "Households whose outcome changed: ", "Statistic (persons)",
                "Persons on the registry in 2019 (ST-5)", "  exited in 2019",
                "  still registered at the end of 2019",
                "variant: parameters \"national, 2019 line 4000.00\" (1 departure from the national standard)",
                "  Alkire-Foster (ST-3): 7 dimensions (FOOD, CLOTHING, EDUCATION, MEDICAL, HOUSING, WATER, INCOME), "
                        + "k = 1/3\n")
                .doesNotContain("SC-2", "persons registered", "1 departures");
    }

    @Test
    void aShockMovesHouseholdsIntoMonitoring() throws Exception {
        CliRun run = CliRun.of(CliRun.sample(), "scenario", "--year", "2019", "--shock", "illness:0:20000",
                "--format", "json");
        assertThat(run.code()).isEqualTo(Cli.OK);
        JsonNode scenario = MAPPER.readTree(run.out());
        assertThat(scenario.has("parameters")).isFalse();
        assertThat(scenario.get("shock").get("shock").asText()).isEqualTo("illness of members[0] costing 20000.00");
        assertThat(scenario.get("shock").get("baseParameters").asText()).isEqualTo(PolicyParameters.national()
                .getName());
        assertThat(scenario.get("shock").get("baseLine").decimalValue()).isEqualByComparingTo("3218");
        assertThat(CliRun.of(CliRun.sample(), "scenario", "--year", "2019", "--shock", "illness:0:20000").out())
                .contains("SC-2, income year 2019: illness of members[0] costing 20000.00, under the base: national "
                        + "parameters, line 3218.00 yuan per person\n");
        JsonNode monitoring = scenario.get("shock").get("transitions").get("monitoring");
        assertThat(monitoring.get("NONE -> SUDDEN_HARDSHIP").asLong()).isPositive();
        long total = 0;
        for (JsonNode n : monitoring) {
            total += n.asLong();
        }
        assertThat(total).isEqualTo(200);
    }

    @Test
    void bothAnalysesFromOneReadingEqualEachAlone(@TempDir Path dir) throws Exception {
        Path variant = Files.writeString(dir.resolve("variant.json"),
                CliRun.of("", "parameters", "--line", "3600").out(), StandardCharsets.UTF_8);
        String[] both = {"scenario", "--year", "2019", "--parameters", variant.toString(), "--shock",
            "lost-job:0:3000", "--format", "json"};
        JsonNode together = MAPPER.readTree(CliRun.of(CliRun.sample(), both).out());
        JsonNode sc1 = MAPPER.readTree(CliRun.of(CliRun.sample(), "scenario", "--year", "2019", "--parameters",
                variant.toString(), "--format", "json").out());
        JsonNode sc2 = MAPPER.readTree(CliRun.of(CliRun.sample(), "scenario", "--year", "2019", "--shock",
                "lost-job:0:3000", "--format", "json").out());
        assertThat(together.get("parameters")).isEqualTo(sc1.get("parameters"));
        assertThat(together.get("shock")).isEqualTo(sc2.get("shock"));
        assertThat(together.get("parameters").get("differences").get("p0").asDouble()).isPositive();
        // the two sets compared are named
        assertThat(together.get("parameters").get("baseParameters").asText())
                .isEqualTo(PolicyParameters.national().getName());
        assertThat(together.get("parameters").get("variantParameters").asText()).isNotBlank()
                .isNotEqualTo(together.get("parameters").get("baseParameters").asText());
        // Progress counts persons, and says so; as counts they are integers.
        JsonNode base = together.get("parameters").get("base");
        assertThat(base.has("registered")).isFalse();
        assertThat(base.get("registeredPersons").isIntegralNumber()).isTrue();
        assertThat(base.get("registeredPersons").asLong()).isEqualTo(base.get("exitedPersons").asLong()
                + base.get("remainingPersons").asLong());
        assertThat(together.get("parameters").get("differences").get("relapsedPersons").isIntegralNumber()).isTrue();
        assertThat(together.get("parameters").get("deviations").get(0).get("value").decimalValue())
                .isEqualByComparingTo("3600");
    }

    @Test
    void errorLinesAreCountedAndTheRestCompared() {
        String in = CliRun.sample().lines().limit(20).reduce("", (a, b) -> a + b + "\n") + "oops\n";
        CliRun run = CliRun.of(in, "scenario", "--year", "2019", "--line", "4000", "--shock", "disaster:2000:8000");
        assertThat(run.code()).isEqualTo(Cli.ERRORS);
        assertThat(run.out()).contains("Read 21 lines: 20 households, 1 error", "SC-1", "SC-2",
                "disaster losing 2000.00 of production and 8000.00 in assets");
        assertThat(run.err()).contains("scenario: line 21: $: malformed JSON");
    }

    @Test
    void aShockIsWrittenInPlainDigitsAndChangedIsNotNegative() {
        String in = CliRun.sample().lines().findFirst().orElseThrow() + "\n";
        assertThat(CliRun.of(in, "scenario", "--year", "2019", "--shock", "illness:0:1e3")).satisfies(run -> {
            assertThat(run.code()).isEqualTo(Cli.USAGE);
            assertThat(run.err()).contains("an amount is plain digits, such as 20000 or 3218.50");
        });
        assertThat(CliRun.of(in, "scenario", "--year", "2019", "--shock", "illness:0:-5")).satisfies(run -> {
            assertThat(run.code()).isEqualTo(Cli.USAGE);
            assertThat(run.err()).contains("illness:0:-5 (an amount is not negative)");
        });
        assertThat(CliRun.of(in, "scenario", "--year", "2019", "--shock", "illness:0:1,000.50").code())
                .isEqualTo(Cli.OK);
        assertThat(CliRun.of(in, "scenario", "--year", "2019", "--line", "4000", "--changed", "-1").err())
                .startsWith("--changed must not be negative: -1");
        // a line that is a number, negative or beyond what an amount holds, is out of range, not malformed
        for (String line : List.of("-1", "0", "1000000.01", "12345678901234567")) {
            assertThat(CliRun.of(in, "scenario", "--year", "2019", "--line", line)).satisfies(run -> {
                assertThat(run.code()).isEqualTo(Cli.USAGE);
                // a number of 15 or more digits typed could be an ID number: never repeated
                assertThat(run.err()).contains("must be more than 0 and at most 1000000.00 yuan: "
                        + (line.length() < 15 ? line : "<redacted>"));
            });
        }
        assertThat(CliRun.of(in, "scenario", "--year", "2019", "--line", "4e3").err())
                .contains("not an amount of yuan such as 4000 or 3218.50: 4e3");
        // sixteen digits are plain digits too: beyond a trillion, which the message names
        for (String amount : List.of("9999999999999999", "1000000000000.01", "000000005000000000000000")) {
            assertThat(CliRun.of(in, "scenario", "--year", "2019", "--shock", "illness:0:" + amount)).satisfies(run -> {
                assertThat(run.code()).isEqualTo(Cli.USAGE);
                assertThat(run.err()).contains("amount must be between minus one trillion and one trillion yuan");
            });
        }
        assertThat(CliRun.of(in, "scenario", "--year", "2019", "--shock", "illness:0:00000000000000000000005").code())
                .isEqualTo(Cli.OK);
    }

    @Test
    void everyStatisticIsComparedAndNamedAsStatsNamesIt() throws Exception {
        // with k = 1/7, one dimension of seven makes a person poor: the line raised adds to the poor in income
        JsonNode sc1 = MAPPER.readTree(CliRun.of(CliRun.sample(), "scenario", "--year", "2019", "--line", "4000",
                "--k", "1/7", "--format", "json").out()).get("parameters");
        JsonNode base = MAPPER.readTree(CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--k", "1/7",
                "--format", "json").out());
        JsonNode variant = MAPPER.readTree(CliRun.of(CliRun.sample(), "stats", "--year", "2019", "--line", "4000",
                "--k", "1/7", "--format", "json").out());
        for (String side : List.of("base", "variant")) {
            JsonNode stats = side.equals("base") ? base : variant;
            JsonNode compared = sc1.get(side);
            assertThat(compared.get("p2")).isEqualTo(stats.get("fgt").get("p2"));
            assertThat(compared.get("m0")).isEqualTo(stats.get("alkireFoster").get("m0"));
            for (String part : List.of("censoredHeadcountRatios", "contributions")) {
                assertThat(compared.get(part)).as(part).isEqualTo(stats.get("alkireFoster").get(part));
            }
            assertThat(stats.get("counties")).isNotEmpty();
            for (JsonNode county : stats.get("counties")) {
                JsonNode same = compared.get("counties").get(county.get("county").asText());
                for (String measure : List.of("h", "m0", "m0Contribution", "progress")) {
                    assertThat(same.get(measure)).as(measure).isEqualTo(county.get(measure));
                }
            }
        }
        assertThat(sc1.get("differences").get("censoredHeadcountRatios").get("INCOME").asDouble()).isPositive();
        assertThat(sc1.get("baseLine").decimalValue()).isEqualByComparingTo("3218");
        assertThat(sc1.get("variantLine").decimalValue()).isEqualByComparingTo("4000");
        for (String setting : List.of("k", "dimensions")) {
            assertThat(sc1.get("alkireFoster").get(setting)).as(setting).isEqualTo(base.get("alkireFoster").get(setting));
        }
        JsonNode relapsed = sc1.get("differences").get("counties").get("522727").get("progress").get("relapsedPersons");
        assertThat(relapsed.asLong()).isEqualTo(sc1.get("variant").get("counties").get("522727").get("progress")
                .get("relapsedPersons").asLong() - sc1.get("base").get("counties").get("522727").get("progress")
                .get("relapsedPersons").asLong());
    }

    @Test
    void aLineTheParametersCannotTakeIsAUsageErrorBeforeAnyWork(@TempDir Path dir) throws Exception {
        String set = CliRun.of("", "parameters").out().replace("\"regionalLines\" : [ ]",
                "\"regionalLines\" : [ {\"area\": \"52\", \"year\": 2019, \"amount\": 3500, \"source\": \"s\", "
                        + "\"reason\": \"r\"} ]");
        Path guizhou = Files.writeString(dir.resolve("guizhou.json"), set, StandardCharsets.UTF_8);
        for (String command : List.of("stats", "scenario")) {
            CliRun run = CliRun.of(CliRun.sample(), command, "--year", "2019", "--parameters", guizhou.toString(),
                    "--line", "3500");
            assertThat(run.code()).as(command).isEqualTo(Cli.USAGE);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).as(command).contains("--line 3500.00 cannot apply to --parameters " + guizhou
                    + ": $.regionalLines[0].amount: ", "a province or city may only set a higher line");
        }
        // A threshold of the set below the line asked for: named by its path in the --base file.
        String threshold = CliRun.of("", "parameters").out().replace("\"monitoringThresholds\" : [ ]",
                "\"monitoringThresholds\" : [ {\"year\": 2019, \"amount\": 3500, \"source\": \"s\", "
                        + "\"reason\": \"r\"} ]");
        Path base = Files.writeString(dir.resolve("threshold.json"), threshold, StandardCharsets.UTF_8);
        CliRun run = CliRun.of(CliRun.sample(), "scenario", "--year", "2019", "--base", base.toString(), "--line",
                "4000");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--line 4000.00 cannot apply to --base " + base + ": $.monitoringThresholds[0]"
                + ".amount: the monitoring threshold 3500.00 for 2019 is below the line 4000.00 in force in the "
                + "country");
    }
}

package io.github.jingzhun.examples.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.examples.SampleHouseholds;
import io.github.jingzhun.json.JingzhunJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseFileTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return write(dir, yaml);
    }

    /** Writes a case file, cases.yaml, in a directory. */
    static Path write(Path dir, String yaml) throws IOException {
        Path file = dir.resolve("cases.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    /** The example of a kind of record in the JSON contract, such as {@code household}. */
    static JsonNode contractExample(String kind) throws IOException {
        String contract = Files.readString(Path.of("..", "json", "CONTRACT.md"), StandardCharsets.UTF_8);
        int marker = contract.indexOf("<!-- example: " + kind + " -->");
        int start = contract.indexOf("```json\n", marker) + "```json\n".length();
        return JingzhunJson.mapper().readTree(contract.substring(start, contract.indexOf("```", start)));
    }

    @Test
    void theBaseHouseholdIsTheWorkedHouseholdOfTheContract() throws IOException {
        assertThat(CaseFile.baseHousehold()).isEqualTo(contractExample("household"));
    }

    @Test
    void theSampleWorkedHouseholdIsTheContractsToo() throws Exception {
        assertThat(JingzhunJson.importer().readHousehold(contractExample("household").toString()))
                .isEqualTo(SampleHouseholds.workedHousehold());
    }

    @Test
    void theBaseRollLineIsTheContractsExample() throws IOException {
        try (InputStream in = CaseFile.class.getResourceAsStream("base-roll-line.json")) {
            assertThat(JingzhunJson.mapper().readTree(in)).isEqualTo(contractExample("roll-line"));
        }
    }

    @Test
    void errorsNameTheirLineAndPathAndTheOtherCasesStillRun() throws IOException {
        Path file = write("""
                defaults:
                  year: 2019
                cases:
                  - name: fine
                    rules: [ID-H-1]
                    expect: {outcome: ELIGIBLE}
                  - name: broken
                    rules: [ID-H-9]
                    household:
                      members: [{health: ILL}]
                      colour: red
                    expect:
                      outcom: ELIGIBLE
                      findings:
                        XX-1: {passed: true}
                """);
        CaseFile read = CaseFile.read(file);
        assertThat(read.cases()).extracting(PolicyCase::name).containsExactly("fine");
        assertThat(read.problems()).extracting(p -> p.line() + " " + p.path()).containsExactly(
                "8 cases[1].rules[0]", "10 cases[1].household.members[0].health", "11 cases[1].household.colour",
                "13 cases[1].expect.outcom", "15 cases[1].expect.findings.XX-1");
        assertThat(read.problems().get(0).toString()).isEqualTo(file + ":8: cases[1].rules[0]: unknown rule id "
                + "'ID-H-9' (the rules command lists them)");
    }

    @Test
    void aNameOrAKeyThatCouldRestyleATerminalIsAProblemAndNotRepeated() throws IOException {
        Path file = write("""
                defaults:
                  year: 2019
                cases:
                  - name: "red \\e[31m"
                    rules: [ID-H-1]
                    expect: {outcome: ELIGIBLE}
                  - name: fine
                    "col\\tour": red
                    rules: [ID-H-1]
                    expect: {outcome: ELIGIBLE}
                """);
        CaseFile read = CaseFile.read(file);
        assertThat(read.cases()).isEmpty();
        assertThat(read.problems()).extracting(CaseProblem::path).containsExactly("cases[0].name", "cases[1]");
        assertThat(read.problems()).extracting(CaseProblem::message).allSatisfy(m -> assertThat(m)
                .contains(PlainText.PROBLEM).doesNotContain("\u001b", "\t"));
    }

    @Test
    void aFactRefusedIsNamedWhereItIsWrittenInTheDefaultsOrTheCase() throws IOException {
        CaseFile read = CaseFile.read(write("""
                defaults:
                  year: 2019
                  household:
                    location: {consentsToRelocation: null}
                cases:
                  - name: w
                    rules: [ID-H-1]
                    expect: {outcome: ELIGIBLE}
                  - name: v
                    rules: [ID-H-1]
                    household:
                      location: {consentsToRelocation: "yes"}
                    expect: {outcome: ELIGIBLE}
                """));

        assertThat(read.problems()).extracting(CaseProblem::line, CaseProblem::path).containsExactly(
                tuple(4, "defaults.household.location.consentsToRelocation"),
                tuple(12, "cases[1].household.location.consentsToRelocation"));
    }

    @Test
    void aBirthDateOrSexThatDisagreesWithTheBasesIdNumberIsNamedWhereItIsWritten() throws IOException {
        CaseFile read = CaseFile.read(write("""
                defaults:
                  year: 2019
                cases:
                  - name: born a day later
                    rules: [AUD-2]
                    household:
                      members: [{birthDate: "1980-01-02"}]
                    expect: {outcome: ELIGIBLE}
                  - name: a son
                    rules: [AUD-2]
                    household:
                      members: [{sex: MALE}]
                    expect: {outcome: ELIGIBLE}
                  - name: the number written
                    rules: [AUD-2]
                    household:
                      members: [{idNumber: "522727198001021224"}]
                    expect: {outcome: ELIGIBLE}
                """));

        assertThat(read.problems()).extracting(CaseProblem::line, CaseProblem::path).containsExactly(
                tuple(7, "cases[0].household.members[0].birthDate"),
                tuple(12, "cases[1].household.members[0].sex"),
                tuple(17, "cases[2].household.members[0].idNumber"));
    }

    @Test
    void anOverrideNamesAnUnknownKeyOrAValueOutOfItsRangeWhereItIs() throws IOException {
        CaseFile read = CaseFile.read(write("""
                defaults:
                  year: 2019
                cases:
                  - name: no such parameter
                    rules: [ID-H-1]
                    parameters:
                      overrides:
                        - {key: NOTICE_WEEKS, value: 1, reason: "a unit of its own"}
                    expect: {outcome: ELIGIBLE}
                  - name: a month that is none
                    rules: [IND-EDU]
                    parameters:
                      overrides:
                        - {key: EDUCATION_REFERENCE_MONTH, value: 13, reason: "a school year of thirteen months"}
                    expect: {outcome: ELIGIBLE}
                """));

        assertThat(read.cases()).isEmpty();
        assertThat(read.problems()).extracting(CaseProblem::path, p -> p.message().substring(0, 30)).containsExactly(
                tuple("cases[0].parameters.overrides[0].key", "no parameter 'NOTICE_WEEKS'; p"),
                tuple("cases[1].parameters.overrides[0].value", "EDUCATION_REFERENCE_MONTH 13 f"));
        // the override is where the problem is: not the set's name, nor a path inside the set rebuilt with it
        assertThat(read.problems().get(1).message()).isEqualTo("EDUCATION_REFERENCE_MONTH 13 from 2010-01-01 must "
                + "be a whole number from 1 to 12");
    }

    @Test
    void aValueOverriddenTwiceIsAProblemRatherThanTheLastWinning() throws IOException {
        CaseFile read = CaseFile.read(write("""
                defaults:
                  year: 2019
                cases:
                  - name: two notices
                    rules: [EX-H-3]
                    parameters:
                      overrides:
                        - {key: NOTICE_DAYS, value: 5, reason: "a shorter notice"}
                        - {line: 2019, value: 4000, reason: "a higher line"}
                        - {key: NOTICE_DAYS, value: 9, reason: "a longer notice"}
                        - {line: 2019, value: 3000, reason: "a lower line"}
                    expect: {outcome: ELIGIBLE}
                """));

        assertThat(read.cases()).isEmpty();
        assertThat(read.problems()).extracting(CaseProblem::path, CaseProblem::message).containsExactly(
                tuple("cases[0].parameters.overrides[2].key", "overridden twice; each override departs from a "
                        + "different value"),
                tuple("cases[0].parameters.overrides[3].line", "overridden twice; each override departs from a "
                        + "different value"));
    }

    @Test
    void overridesOrDimensionsWrittenAsAMappingAreAProblemAndTheOtherCasesStillRead() throws IOException {
        CaseFile read = CaseFile.read(write("""
                defaults:
                  year: 2019
                cases:
                  - name: overrides as a mapping
                    rules: [EX-H-1]
                    parameters:
                      overrides: {key: NOTICE_DAYS, value: 8, reason: r}
                    expect: {exit: {eligible: false}}
                  - name: a variant's overrides as a mapping
                    rules: [SC-1]
                    population:
                      households: [{}]
                      variant: {overrides: {NOTICE_DAYS: 8}}
                    expect: {differences: {P0: 0}}
                  - name: dimensions as a mapping
                    rules: [ST-3]
                    population:
                      households: [{}]
                      dimensions: {INCOME: 1}
                    expect: {differences: {P0: 0}}
                  - name: well written
                    rules: [EX-H-1]
                    expect: {exit: {eligible: false}}
                """));

        assertThat(read.cases()).extracting(PolicyCase::name).containsExactly("well written");
        assertThat(read.problems()).extracting(CaseProblem::path).startsWith("cases[0].parameters.overrides",
                "cases[1].population.variant.overrides", "cases[2].population.dimensions");
    }

    @Test
    void anAreaOrScenarioExpectationNoDecisionCouldMeetIsAProblemWhereItIs() throws IOException {
        CaseFile read = CaseFile.read(write("""
                defaults: {year: 2019}
                cases:
                  - name: county
                    rules: [EX-C-1]
                    area: {}
                    expect:
                      counties:
                        "522727": {registeredPersons: abc, exit: {eligible: 3, remainingSteps: [BOGUS]}}
                  - name: village
                    rules: [ID-V-1]
                    area: {}
                    expect: {villages: {"522727101201": {identification: {poor: {x: 1}}}}}
                  - name: scenario
                    rules: [SC-1]
                    population: {variant: {overrides: [{line: 2019, value: 3218.01, reason: "one fen"}]}}
                    expect: {deviations: [{x: 1}], transitions: {changed: [[1]]}}
                  - name: well written
                    rules: [EX-C-1]
                    area: {}
                    expect: {counties: {"522727": {exit: {eligible: false, remainingSteps: [CITY_REVIEW]}}}}
                """));

        assertThat(read.cases()).extracting(PolicyCase::name).containsExactly("well written");
        assertThat(read.problems()).extracting(CaseProblem::line, CaseProblem::path, CaseProblem::message)
                .containsExactly(
                        tuple(8, "cases[0].expect.counties[522727].registeredPersons",
                                "must be a whole number, as the area decision writes it"),
                        tuple(8, "cases[0].expect.counties[522727].exit.eligible",
                                "must be true or false, as the area decision writes it"),
                        tuple(8, "cases[0].expect.counties[522727].exit.remainingSteps", "must be a list of one of "
                                + "COUNTY_APPLICATION, CITY_REVIEW, PROVINCIAL_VERIFICATION, PUBLIC_NOTICE, "
                                + "PROVINCIAL_ANNOUNCEMENT, as the area decision writes it"),
                        tuple(12, "cases[1].expect.villages[522727101201].identification.poor",
                                "must be true or false, as the area decision writes it"),
                        tuple(16, "cases[2].expect.deviations[0]", "must be a parameter's name, such as NOTICE_DAYS"),
                        tuple(16, "cases[2].expect.transitions.changed[0]", "must be a household's id"));
    }

    @Test
    void anAreaOrScenarioExpectationIsCheckedAsItIsComparedNumbersByValueAndAsText() throws IOException {
        CaseFile read = CaseFile.read(write("""
                defaults: {year: 2019}
                cases:
                  - name: numbers written for texts, whole numbers with a point
                    rules: [ID-V-1]
                    area: {}
                    expect:
                      villages:
                        "522727101201": {village: 522727101201, registeredPersons: 2.0, year: 2019.00,
                          identification: {benchmark: {province: 52}}, audit: [{rule: AUD-8, subject: 3}]}
                      counties:
                        "522727": {county: 522727, villages: 1.0}
                  - name: an id written as a number
                    rules: [SC-2]
                    population:
                      households: [{id: "1001"}]
                      shock: {kind: lostJob, member: 0, wageLost: 3000}
                    expect: {transitions: {changed: [1001]}}
                  - name: an item of a list no decision could hold
                    rules: [ID-V-1]
                    area: {}
                    expect: {villages: {"522727101201": {audit: [{rule: BOGUS, passed: 3}]}}}
                """));

        assertThat(read.cases()).extracting(PolicyCase::name).containsExactly(
                "numbers written for texts, whole numbers with a point", "an id written as a number");
        assertThat(read.problems()).extracting(CaseProblem::path).containsExactly(
                "cases[2].expect.villages[522727101201].audit[0].rule",
                "cases[2].expect.villages[522727101201].audit[0].passed");
    }

    @Test
    void anAmountOutOfRangeIsAProblemOfItsOwnField() throws IOException {
        CaseFile read = CaseFile.read(write("""
                defaults: {year: 2019}
                cases:
                  - {name: a, rules: [SC-2], population: {households: [{}], shock: {kind: illness, member: 0,
                      costs: 10000000000000}}, expect: {noFindings: [AUD-1]}}
                  - {name: b, rules: [SC-2], population: {households: [{}], shock: {kind: disaster,
                      productionLost: 0, loss: 0.001}}, expect: {noFindings: [AUD-1]}}
                  - {name: c, rules: [ID-H-1], parameters: {overrides: [{line: 2019, value: 0, reason: z}]},
                      expect: {noFindings: [AUD-1]}}
                  - {name: d, rules: [ID-H-1], expect: {refused: []}}
                  - {name: e, rules: [EX-C-1], area: {}, expect: {refused: [{path: $}]}}
                  - {name: f, rules: [ID-H-1], parameters: {overrides: [{line: 2019, value: 4000, reason: true}]},
                      expect: {noFindings: [AUD-1]}}
                """));

        assertThat(read.problems()).extracting(CaseProblem::path).containsExactly(
                "cases[0].population.shock.costs", "cases[1].population.shock.loss",
                "cases[2].parameters.overrides[0].value", "cases[3].expect.refused", "cases[4].expect.refused",
                "cases[5].parameters.overrides[0].reason");
        assertThat(read.problems()).extracting(CaseProblem::message).startsWith(
                "costs: amount must be between minus one trillion and one trillion yuan",
                "loss: amount has a fraction of a fen: 0.001");
        assertThat(read.problems().get(3).message()).isEqualTo("must be a list of at least one problem: path, and "
                + "the rule the message cites");
        assertThat(read.problems().get(4).message()).startsWith("unknown expected result 'refused' of an area case");
    }

    @Test
    void aParameterFileIsNamedAsTextAndNullIsNoFile() throws IOException {
        String base = "defaults: {year: 2019}\ncases:\n  - {name: f, rules: [ID-H-1], parameters: {file: %s}, "
                + "expect: {outcome: NOT_ELIGIBLE}}\n";
        assertThat(CaseFile.read(write(String.format(base, "null"))).problems()).isEmpty();
        for (String file : List.of("3218", "true", "[a.json]")) {
            assertThat(CaseFile.read(write(String.format(base, file))).problems()).as(file)
                    .extracting(CaseProblem::path, CaseProblem::message)
                    .containsExactly(tuple("cases[0].parameters.file", "must be the name of a parameter file, as "
                            + "text"));
        }
    }

    @Test
    void aCutoffOutOfRangeIsShownAsWrittenNeverAsLongAsAnIdNumber() throws IOException {
        for (String[] k : new String[][] {{"1.5", "1.5"}, {"4/3", "4/3"}, {"0", "0"},
            {"522727198001011229", "<redacted>"}}) {
            assertThat(messages("defaults: {year: 2019}\ncases:\n  - {name: k, rules: [ST-3], population: "
                    + "{households: [{}], k: " + k[0] + "}, expect: {noFindings: [AUD-1]}}\n")).as(k[0])
                    .containsExactly("the cutoff k must be in (0, 1], not " + k[1]);
        }
    }

    @Test
    void anOverridesReasonThatMayNotBePrintedIsAProblemOfTheReason() throws IOException {
        CaseFile read = CaseFile.read(write("""
                defaults:
                  year: 2019
                cases:
                  - name: a reason with a tab
                    rules: [ID-H-1]
                    parameters:
                      overrides:
                        - key: NOTICE_DAYS
                          value: 6
                          reason: "a\tb"
                    expect: {outcome: ELIGIBLE}
                """));

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("cases[0].parameters.overrides[0].reason");
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).isEqualTo(PlainText.PROBLEM);
        });
    }

    @Test
    void aYearOrAMemberIndexOutOfRangeIsAProblemNeverAWrappedNumber() throws IOException {
        CaseFile read = CaseFile.read(write("""
                cases:
                  - name: a year past an int's range
                    rules: [ID-H-1]
                    year: 4294969315
                    expect: {outcome: ELIGIBLE}
                  - name: a year as text
                    rules: [ID-H-1]
                    year: "2019"
                    expect: {outcome: ELIGIBLE}
                  - name: a member past an int's range
                    rules: [SC-2]
                    year: 2019
                    population:
                      households: [{}]
                      shock: {kind: illness, member: 4294967296, costs: 1}
                    expect: {transitions: {changed: []}}
                  - name: a line's year with a fraction
                    rules: [SC-1]
                    year: 2019
                    population:
                      households: [{}]
                      variant: {overrides: [{line: 2019.9, value: 4000, reason: "a raised line"}]}
                    expect: {differences: {P0: 0}}
                  - name: a year before the contract's
                    rules: [ID-H-1]
                    year: 1899
                    expect: {outcome: ELIGIBLE}
                """));

        assertThat(read.cases()).isEmpty();
        assertThat(read.problems()).extracting(CaseProblem::path).containsExactly("cases[0].year", "cases[1].year",
                "cases[2].population.shock.member", "cases[3].population.variant.overrides[0].line", "cases[4].year");
        assertThat(read.problems().get(0).message()).isEqualTo("the income year must be a number from 1900 to 2999 "
                + "such as 2019");
        assertThat(read.problems().get(2).message()).isEqualTo("member: must be a member's index from 0 to 49");
    }

    @Test
    void aValueGivenButWrongIsNotCalledMissing() throws IOException {
        CaseFile read = CaseFile.read(write("""
                cases:
                  - name: rules not a list
                    rules: ID-H-1
                    year: 2019
                    expect: {outcome: ELIGIBLE}
                  - name: rules missing
                    year: 2019
                    expect: {outcome: ELIGIBLE}
                """));

        assertThat(read.problems()).extracting(CaseProblem::message).containsExactly(
                "must be a list of the ids of the rules the case exercises, such as [ID-H-1]",
                "required: the ids of the rules the case exercises, such as [ID-H-1]");
    }

    @Test
    void aDimensionNamedTwiceIsAProblemAtItsSecondMention() throws IOException {
        // equally weighted, INCOME named twice would weigh double; dropping the repeat would change the measure asked
        CaseFile read = CaseFile.read(write("""
                cases:
                  - name: a dimension twice
                    rules: [ST-3]
                    year: 2019
                    population:
                      households: [{}]
                      dimensions: [INCOME, WATER, INCOME]
                    expect: {alkireFoster: {a: 0.5}}
                """));

        assertThat(read.cases()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("cases[0].population.dimensions[2]");
            assertThat(p.message()).isEqualTo("names INCOME twice");
        });
    }

    @Test
    void noProblemRepeatsAnIdNumberOrANameWrittenWhereAKeyOrAnIdWasExpected() throws IOException {
        CaseFile read = CaseFile.read(write("""
                cases:
                  - name: personal data in every place a case names something
                    rules: [ID-H-1, "522727198001011229", Wang Fang]
                    year: 2019
                    parameters:
                      overrides:
                        - {key: "522727198001011229", value: 1, reason: "a key that is none"}
                    expect:
                      "522727198001011229": 1
                      type: "Wang Fang"
                      indicators: {"Wang Fang": MET}
                      findings: {"Wang Fang": {passed: true}, ID-H-1: {"522727198001011229": 1}}
                  - name: a population case
                    rules: [SC-1]
                    year: 2019
                    population:
                      households: [{}]
                      variant: {overrides: [{line: 2019, value: 4000, reason: "a raised line"}]}
                    expect:
                      transitions: {identification: {"Wang Fang": 1, "522727198001011229 -> ELIGIBLE": 1}}
                      fgt: {"Wang Fang": 1}
                """));

        assertThat(read.problems()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(p -> assertThat(p.toString())
                .doesNotContain("198001011229", "Wang", "Fang"));
        assertThat(read.problems()).extracting(CaseProblem::message).filteredOn(m -> m.contains("unknown rule id"))
                .containsOnly("unknown rule id [?] (the rules command lists them)");
    }

    @Test
    void aFileThatIsNotUtf8IsOneProblem() throws IOException {
        Path file = write("cases: []\n");
        Files.write(file, new byte[] {'#', '\n', '#', ' ', (byte) 0xC3, '\n'});

        assertThat(CaseFile.read(file).problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("is not well-formed UTF-8: malformed at byte 5 (a file saved in GBK or "
                    + "GB 18030 must be converted to UTF-8 first)");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void aTabIndentingALineIsAProblemOfThatLine() throws IOException {
        CaseFile read = CaseFile.read(write("defaults:\n  year: 2019\n\tx: 1\ncases: []\n"));
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("is not valid YAML").contains("(line 3, column 1)");
        });
    }

    @Test
    void aCharacterYamlDoesNotAllowIsAProblemOfItsLineNamingIt() throws IOException {
        for (String c : new String[] {"\u0001", "\u0000", "\u001B", "\u007F", "\uFFFE"}) {
            CaseFile read = CaseFile.read(write("cases:\n  - name: x\n    year: 2019\n    note: a" + c + "b\n"));
            assertThat(read.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(4);
                assertThat(p.message()).isEqualTo(String.format(
                        "is not valid YAML: the character U+%04X is not allowed in YAML", (int) c.charAt(0)));
            });
        }
        assertThat(CaseFile.read(write("cases: []\n# \u00A0 \uFEFF \uD83D\uDE00\tok\r\n")).problems())
                .noneMatch(p -> p.message().startsWith("is not valid YAML"));
    }

    @Test
    void aFileThatIsNotYamlIsOneProblemNotAnException() throws IOException {
        CaseFile read = CaseFile.read(write("cases: [\n  {name: x\n"));
        assertThat(read.cases()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.message()).startsWith("is not valid YAML");
        });
    }

    @Test
    void aYamlErrorNeverQuotesTheLinesItIsOn() throws IOException {
        String person = "{idNumber: \"522727198001011229\", name: \"Wang Fang\"";
        List<String> documents = List.of(
                "cases:\n  - household: {members: [" + person + "}\n    expect: {noFindings: [AUD-1]}\n",
                "cases:\n  - household: {members: [" + person + "\t, sex: FEMALE}]}\n",
                "cases:\n  - name: x\n    \"Wang Fang\": 1\n    \"Wang Fang\": 2\n",
                "cases:\n  - name: x\n    \"522727198001011229\": 1\n    \"522727198001011229\": 2\n");
        List<String> messages = new ArrayList<>();
        for (String yaml : documents) {
            messages.add(CaseFile.read(write(yaml)).problems().get(0).message());
        }
        assertThat(messages).allSatisfy(m -> assertThat(m).startsWith("is not valid YAML: ")
                .doesNotContain("522727", "Wang", "Fang"));
        assertThat(messages.get(0)).isEqualTo("is not valid YAML: while parsing a flow sequence (line 2, column 26): "
                + "expected ',' or ']', but got <scalar> (line 3, column 5)");
        assertThat(messages.get(2)).isEqualTo("is not valid YAML: the key [?] is given twice");
    }

    @Test
    void aQuoteLeftOpenSaysWhereItBegan() throws IOException {
        assertThat(CaseFile.read(write("cases:\n  - name: \"unterminated\n    rules: [ID-H-1]\n")).problems())
                .singleElement().extracting(CaseProblem::message).asString()
                .contains("while scanning a quoted scalar (line 2, column 11): found unexpected end of stream");
    }

    @Test
    void aSecondDocumentIsOneProblemOfItsFile() throws IOException {
        assertThat(CaseFile.read(write("{a: 1}\n{b: 2}\n")).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("is not valid YAML: expected '<document start>', but found '{' "
                    + "(line 2, column 1)");
        });
    }

    @Test
    void aSecondDocumentAfterItsMarkerIsAProblemNotSkipped() throws IOException {
        String second = "cases:\n  - name: second\n    rules: [ID-H-1]\n";
        for (String first : List.of("cases:\n  - name: first\n", "---\ncases: []\n", "just text\n")) {
            assertThat(CaseFile.read(write(first + "---\n" + second)).problems()).as(first).singleElement()
                    .satisfies(p -> {
                        assertThat(p.line()).isEqualTo(first.split("\n").length + 2);
                        assertThat(p.message()).isEqualTo("is not valid YAML: a case file is one YAML document; a "
                                + "second begins here");
                    });
        }
        // a marker before the only document, and one with nothing after it, leave one document
        List<String> alone = messages("cases: []\n");
        assertThat(alone).containsExactly("must be a list of at least one case");
        assertThat(messages("---\ncases: []\n")).isEqualTo(alone);
        assertThat(messages("cases: []\n---\n")).isEqualTo(alone);
    }

    @Test
    void aNullWrittenAsASecondDocumentIsAProblemNotSkipped() throws IOException {
        for (String second : List.of("null\n", "~\n", "\"\"\n")) {
            assertThat(messages("cases: []\n---\n" + second)).as(second).containsExactly(
                    "is not valid YAML: a case file is one YAML document; a second begins here");
        }
    }

    @Test
    void anAliasIsAProblemNotReadAsItsAnchorsName() throws IOException {
        assertThat(CaseFile.read(write("defaults: {year: 2019}\ncases:\n  - {name: &n first, rules: [ID-H-1]}\n"
                + "  - {name: *n, rules: [ID-H-1]}\n")).problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(4);
                    assertThat(p.message()).isEqualTo("is not valid YAML: a YAML alias (*name) is not read: write "
                            + "out the value it names");
                });
        for (String name : List.of("12345", "522727198001011229")) {
            assertThat(messages("defaults: {year: 2019}\ncases:\n  - {name: *" + name + ", rules: [ID-H-1]}\n"))
                    .as(name).containsExactly("is not valid YAML: a YAML alias (*name) is not read: write out the "
                            + "value it names");
        }
    }

    @Test
    void aNumberTooLongToPrintIsAProblem() throws IOException {
        String tooLong = "is not valid YAML: a number with more than 30 digits before or after the point, written "
                + "out, is not plausible in a case";
        assertThat(messages("cases:\n  - {name: e, rules: [ST-2], expect: {fgt: {p0: 1e999999999}}}\n"))
                .containsExactly(tooLong);
        assertThat(messages("cases:\n  - {name: e, rules: [ST-2], expect: {fgt: {p0: 1e-31}}}\n"))
                .containsExactly(tooLong);
        assertThat(messages("cases:\n  - {name: e, expect: {fgt: {p0: 1e29}}}\n")).doesNotContain(tooLong);
        // longer than Jackson reads a number, or than YAML reads one as a number: the same problem, at its line
        for (int digits : List.of(1001, 1025, 5000)) {
            assertThat(CaseFile.read(write("cases:\n  - {name: e, rules: [ST-2], expect: {fgt: {p0: "
                    + "1".repeat(digits) + "}}}\n")).problems()).as("%d digits", digits).singleElement()
                    .satisfies(p -> {
                        assertThat(p.line()).isEqualTo(2);
                        assertThat(p.message()).isEqualTo(tooLong);
                    });
        }
        // quoted, it is text, as any quoted value is, after an anchor too; and so is one tagged as text
        assertThat(messages("cases:\n  - {name: e, household: {income: [{wage: '" + "1".repeat(1025) + "'}]}}\n"))
                .doesNotContain(tooLong);
        for (String county : List.of("&c \"522727\"", "&c '522727'", "&c\n        \"522727\"", "!!str 522727",
            "!!str \"522727\"", "&c !!str 522727")) {
            assertThat(messages("cases:\n  - name: e\n    household:\n      area: {county: " + county + "}\n"))
                    .as(county).doesNotContain(tooLong);
        }
        for (String county : List.of("|-\n          522727", ">-\n          522727", "&c # the county\n          \"522727\"")) {
            assertThat(messages("cases:\n  - name: e\n    household:\n      area:\n        county: " + county + "\n"))
                    .as(county).doesNotContain(tooLong);
        }
        assertThat(messages("cases:\n  - {name: e, expect: {fgt: {p0: &p " + "1".repeat(1025) + "}}}\n"))
                .containsExactly(tooLong);
        // a character beyond U+FFFF before it, which the YAML parser counts as one character, Java as two
        assertThat(messages("# \ud840\udc00 \ud83d\ude00\ncases:\n  - {name: e, note: \"" + "1".repeat(1100) + "\"}\n"))
                .doesNotContain(tooLong);
    }

    @Test
    void anInfinityOrNotANumberIsAProblemInPlainWords() throws IOException {
        for (String value : List.of(".inf", "-.Inf", ".nan", ".NaN")) {
            assertThat(CaseFile.read(write("cases:\n  - {name: e, household: {income: [{wage: " + value + "}]}}\n"))
                    .problems()).as(value).singleElement().satisfies(p -> {
                        assertThat(p.line()).isEqualTo(2);
                        assertThat(p.message()).isEqualTo("is not valid YAML: a number must be finite: " + value
                                + " (YAML's infinity or not-a-number) is not plausible in a case");
                    });
        }
    }

    @Test
    void aNumberOrBooleanThatOnlyYamlReadsSoIsAProblem() throws IOException {
        for (String value : List.of("0777", "0x10", "0b1010", "+5", ".5", "3_035.98", "5_227_271_980_010_112")) {
            assertThat(CaseFile.read(write("cases:\n  - {name: e, household: {income: [{wage: " + value + "}]}}\n"))
                    .problems()).as(value).singleElement().satisfies(p -> {
                        assertThat(p.line()).isEqualTo(2);
                        assertThat(p.message()).startsWith("is not valid YAML: write a number as JSON does")
                                .doesNotContain("5227271980010112");
                    });
        }
        assertThat(messages("cases:\n  - {name: e, household: {income: [{wage: 0777}]}}\n")).singleElement()
                .asString().contains("YAML reads '0777' as 511 ");
        for (String value : List.of("on", "off", "yes", "No", "True", "FALSE")) {
            assertThat(messages("cases:\n  - {name: e, household: {assets: {privateCar: " + value + "}}}\n"))
                    .as(value).containsExactly("is not valid YAML: write a boolean as JSON does, true or false: YAML "
                            + "reads '" + value + "' as " + !List.of("off", "No", "FALSE").contains(value)
                            + "; quote it if it is text");
        }
        for (String value : List.of("0", "-0.5", "3035.98", "1e3", "true", "false", "'0777'", "\"on\"")) {
            assertThat(messages("cases:\n  - {name: e, household: {income: [{wage: " + value + "}]}}\n"))
                    .as(value).noneMatch(m -> m.startsWith("is not valid YAML"));
        }
    }

    private List<String> messages(String yaml) throws IOException {
        return CaseFile.read(write(yaml)).problems().stream().map(CaseProblem::message).toList();
    }

    @Test
    void aNoteIsText() throws IOException {
        assertThat(messages("cases:\n  - {name: a, year: 2019, rules: [ID-H-1], note: {a: b}, expect: {outcome: "
                + "ELIGIBLE}}\n")).containsExactly("must be text: a remark on the case");
        assertThat(messages("cases:\n  - {name: a, year: 2019, rules: [ID-H-1], note: 2019, expect: {outcome: "
                + "ELIGIBLE}}\n")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{findings: {ID-H-1: []}}   | must name at least one finding; a rule expected to have none is listed in "
            + "noFindings",
        "{}                         | must be a mapping of at least one expected result",
        "{noFindings: []}           | must be a list of at least one rule id",
        "{exit: {}}                 | must be a mapping of at least one expected value",
        "{indicators: {}}           | must be a mapping of at least one expected value",
        "{findings: {}}             | must be a mapping from rule ids to findings, at least one"})
    void anExpectationThatWouldCheckNothingIsRefused(String expect, String message) throws IOException {
        assertThat(messages("cases:\n  - {name: a, year: 2019, rules: [ID-H-1], expect: " + expect + "}\n"))
                .containsExactly(message);
    }

    @Test
    void anAreaExpectationOfNoCountyOrAnEmptyPartIsRefused() throws IOException {
        assertThat(messages("cases:\n  - {name: a, year: 2019, rules: [EX-C-1], area: {}, expect: {counties: {}}}\n"))
                .containsExactly("must be a mapping from codes to the decisions expected, at least one");
        assertThat(messages("cases:\n  - {name: a, year: 2019, rules: [EX-C-1], area: {}, expect: {counties: "
                + "{'522727': {exit: {}}}}}\n")).containsExactly("must be a mapping of at least one expected value");
        // a county expected with nothing more: that it is decided
        assertThat(messages("cases:\n  - {name: a, year: 2019, rules: [EX-C-1], area: {}, expect: {counties: "
                + "{'522727': {}}}}\n")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{fgt: {}}", "{alkireFoster: {}}", "{progress: {}}", "{transitions: {}}",
        "{transitions: {identification: {}}}", "{differences: {}}", "{variant: {}}"})
    void aPopulationExpectationThatWouldCheckNothingIsRefused(String expect) throws IOException {
        assertThat(messages("cases:\n  - {name: a, year: 2019, rules: [ST-2], population: {}, expect: " + expect
                + "}\n")).filteredOn(m -> m.startsWith("must be a mapping ")).singleElement().asString()
                .contains("at least one");
    }

    @Test
    void aLimitOfTheReaderIsNamedInPlainWords() throws IOException {
        String deep = "# nested too deep\ncases: " + "[".repeat(1200) + "]".repeat(1200) + "\n";
        assertThat(CaseFile.read(write(deep)).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).startsWith("is not valid YAML: ").contains("nesting depth")
                    .doesNotContain("`", "from");
            assertThat(problem.line()).isEqualTo(2);
        });
    }

    @Test
    void aFileIsHeldToTwoMibibytes() throws IOException {
        String head = "cases:\n  - {name: big, rules: [ID-H-1], year: 2019, expect: {outcome: ELIGIBLE}}\n";
        String atLimit = head + "#".repeat((2 << 20) - head.length() - 1) + "\n";
        assertThat(CaseFile.read(write(atLimit)).cases()).hasSize(1);
        assertThat(messages(atLimit + "\n")).containsExactly("is longer than 2 MiB: split it into several files");
    }

    @Test
    void aFileIsHeldToOneHundredThousandTokens() throws IOException {
        // the document's mapping, cases, a list, a mapping, name, its value, rules, a list, and the four ends: 12
        // tokens, and 99,988 rule ids
        String atLimit = "cases: [{name: many, rules: [" + "ID-H-1, ".repeat(99_987) + "ID-H-1]}]\n";
        assertThat(messages(atLimit)).noneMatch(m -> m.contains("tokens"));
        assertThat(messages(atLimit.replace("rules: [", "rules: [ID-H-1, "))).containsExactly("is not valid YAML: "
                + "a case file holds at most 100,000 YAML tokens (keys, values, brackets): split it into several files");
    }

    @Test
    void aFileIsHeldToTenThousandHouseholdsAndThenRunsNoCase() throws IOException {
        String atLimit = "defaults: {year: 2019}\ncases:\n  - {name: one, rules: [ID-H-1], expect: {outcome: "
                + "ELIGIBLE}}\n  - {name: many, rules: [ST-2], population: {households: [" + "{}, ".repeat(9_998)
                + "{}]}, expect: {fgt: {p0: 1}}}\n";
        assertThat(CaseFile.read(write(atLimit)).problems()).isEmpty();
        CaseFile over = CaseFile.read(write(atLimit.replace("households: [", "households: [{}, ")));
        assertThat(over.cases()).isEmpty();
        assertThat(over.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("cases[1].population.households[9999]");
            assertThat(p.message()).isEqualTo("a case file builds at most 10,000 households, its cases' and "
                    + "populations' together: split it into several files");
        });
    }

    @Test
    void aNameOfTheWrongTypeIsNotSaidToBeMissing() throws IOException {
        assertThat(CaseFile.read(write("cases:\n  - name: [1, 2]\n")).problems()).extracting(CaseProblem::message)
                .contains("must be a text: what the case shows").doesNotContain("required: what the case shows");
        assertThat(CaseFile.read(write("cases:\n  - year: 2019\n")).problems()).extracting(CaseProblem::message)
                .contains("required: what the case shows");
        // a name that shows nothing, no-break and zero-width spaces too, is blank
        for (String blank : List.of("' '", "\"\\u00a0\\u200b\"")) {
            assertThat(CaseFile.read(write("cases:\n  - name: " + blank + "\n")).problems())
                    .as(blank).extracting(CaseProblem::message).contains("must not be blank: what the case shows");
        }
    }

    @Test
    void aParameterFileThatIsADirectoryIsSaidToBeOne() throws IOException {
        Files.createDirectories(dir.resolve("sets"));
        assertThat(CaseFile.read(write("cases:\n  - name: x\n    parameters: {file: sets}\n")).problems())
                .extracting(CaseProblem::message).anySatisfy(m -> assertThat(m).endsWith("sets: it is a directory"))
                .noneSatisfy(m -> assertThat(m).contains("Exception"));
    }

    @Test
    void anUnknownFieldIsNamedOnlyIfItIsAPlainWord() throws IOException {
        CaseFile read = CaseFile.read(write("cases:\n  - name: x\n    \"Wang Fang\": 1\n    colour: 2\n"));
        assertThat(read.problems()).extracting(CaseProblem::message).filteredOn(m -> m.startsWith("unknown field"))
                .containsExactly("unknown field [?]; known: area, expect, household, name, note, parameters, "
                        + "population, rules, year", "unknown field 'colour'; known: area, expect, household, name, "
                        + "note, parameters, population, rules, year");
    }

    @Test
    void aHouseholdFactThatCannotExistIsAnError() throws IOException {
        CaseFile read = CaseFile.read(write("""
                cases:
                  - name: a child born after the income year
                    rules: [ID-H-1]
                    year: 2019
                    household:
                      members: [{}, {birthDate: "2030-01-01"}]
                    expect: {outcome: ELIGIBLE}
                """));
        assertThat(read.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.path()).startsWith("cases[0].household.members[1]");
        });
    }

    @Test
    void listsMergeElementByElementAndNullRemoves() {
        JsonNode base = JingzhunJson.mapper().valueToTree(List.of(1, 2, 3));
        JsonNode facts = JingzhunJson.mapper().valueToTree(java.util.Arrays.asList(null, 5));
        // A null element removes the base's; a missing one keeps it; further ones are added.
        JsonNode removeFirst = YamlDocument.MAPPER.createArrayNode().addNull().add(5).add(6).add(7);
        assertThat(CaseFile.merge(base.deepCopy(), removeFirst).toString()).isEqualTo("[5,6,7]");
        assertThat(CaseFile.merge(base.deepCopy(), facts).toString()).isEqualTo("[5,3]");
        assertThat(CaseFile.merge(base.deepCopy(), YamlDocument.MAPPER.createArrayNode().add(9)).toString())
                .isEqualTo("[9,2,3]");
    }

    @Test
    void aFailureShowsExpectedActualAndTheRule() throws IOException {
        Path file = write("""
                cases:
                  - name: exactly at the line, wrongly expected poor
                    rules: [ID-H-1]
                    year: 2019
                    household:
                      income: [{wage: 3036.00}]
                    expect:
                      findings:
                        ID-H-1: {passed: true}
                """);
        StringWriter out = new StringWriter();
        boolean passed = CaseRunner.run(List.of(file), new PrintWriter(out));
        assertThat(passed).isFalse();
        assertThat(out.toString()).contains("FAIL  exactly at the line, wrongly expected poor (" + file + ":2)",
                "expected {passed: true}",
                "actual   {passed: false, observed: 3218.00, threshold: 3218.00, subject: 2019}",
                "ID-H-1 Income test: A household is poor by income",
                "1 case in 1 file: 0 passed, 1 failed, 0 errors in case files");
    }
    @Test
    void eachFilesResultsAreWrittenBeforeTheNextFileIsRead() throws IOException {
        Path first = write(Files.createDirectories(dir.resolve("a")), "cases: [{name: first, rules: [ID-H-1], year: 2019, expect: {outcome: "
                + "ELIGIBLE}}]\n");
        Path second = write(Files.createDirectories(dir.resolve("b")), "cases: [{name: second}]\n");
        List<String> flushed = new ArrayList<>();
        StringWriter out = new StringWriter() {
            @Override
            public void flush() {
                flushed.add(toString());
            }
        };
        CaseRunner.run(List.of(first, second), new PrintWriter(out));
        assertThat(flushed.get(0)).contains("PASS  first").doesNotContain(second.toString());
    }

    @Test
    void anExpectedValueNoDecisionCouldHaveIsAMistakeOfTheFile() throws IOException {
        assertThat(CaseFile.read(write("""
                cases:
                  - name: a
                    rules: [ID-H-1]
                    year: 2019
                    expect:
                      perCapitaIncome: abc
                      outcome: 1
                      exit: {eligible: 3}
                      monitoring: {monitored: maybe}
                      findings: {ID-H-1: {passed: maybe, observed: abc, threshold: [1]}}
                """)).problems()).extracting(CaseProblem::toString).map(t -> t.substring(t.indexOf(".yaml") + 5))
                .containsExactlyInAnyOrder(
                        ":6: cases[0].expect.perCapitaIncome: must be a number, such as 3218.00",
                        ":7: cases[0].expect.outcome: unknown value '1'; one of ELIGIBLE, EXCLUDED, NOT_ELIGIBLE",
                        ":8: cases[0].expect.exit.eligible: must be true or false",
                        ":9: cases[0].expect.monitoring.monitored: must be true or false",
                        ":10: cases[0].expect.findings.ID-H-1.passed: must be true or false",
                        ":10: cases[0].expect.findings.ID-H-1.observed: must be a number, such as 3218.00",
                        ":10: cases[0].expect.findings.ID-H-1.threshold: must be a single value");
    }

    @Test
    void aFieldNoAreaDecisionWritesIsAMistakeOfTheFile() throws IOException {
        List<String> messages = messages("""
                cases:
                  - name: a
                    rules: [EX-C-1]
                    year: 2019
                    area: {}
                    expect:
                      counties: {"522727": {exitt: 1, exit: {eligible: true, transitionEnd: 2024}}}
                      villages: {"522727101201": {identification: {poorr: true}}}
                """);
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).startsWith("unknown field 'exitt'; known: ").contains("applicationYear", "exit");
        assertThat(messages.get(1)).isEqualTo("unknown field 'poorr'; known: benchmark, findings, incidencePercent, "
                + "perCapitaIncome, poor");
    }

    @Test
    void aVillageCountyOrProvinceGivenTwiceInAnAreaCaseIsAMistakeOfTheFileAtTheSecond() throws IOException {
        assertThat(CaseFile.read(write("""
                cases:
                  - name: a
                    rules: [ST-1]
                    year: 2019
                    area: {villages: [{}, {}], counties: [{}, {}], benchmarks: [{}, {}]}
                    expect: {villages: {"522727101201": {households: 1}}}
                """)).problems()).extracting(CaseProblem::toString).map(t -> t.substring(t.indexOf(".yaml") + 5))
                .containsExactly(
                        ":5: cases[0].area.villages[1]: village 522727101201 is given twice; an area case gives each "
                                + "once",
                        ":5: cases[0].area.counties[1]: county 522727 is given twice; an area case gives each once",
                        ":5: cases[0].area.benchmarks[1]: province 52 is given twice; an area case gives each once");
    }

    @Test
    void aMistakeInTheDefaultsIsSaidOnceHoweverManyCasesMergeThem() throws IOException {
        assertThat(messages("""
                defaults:
                  year: 2019
                  household: {members: [{health: BAD}]}
                cases:
                  - {name: a, rules: [ID-H-1], expect: {outcome: ELIGIBLE}}
                  - {name: b, rules: [ID-H-1], expect: {outcome: ELIGIBLE}}
                  - {name: c, rules: [ID-H-1], expect: {outcome: ELIGIBLE}}
                """)).singleElement().asString().startsWith("expected one of");
    }

    @Test
    void aKeyThatIsAListOrAMappingIsSaidSoInPlainWords() throws IOException {
        assertThat(messages("cases:\n  - name: a\n    household: {? [a] : 1}\n")).singleElement().isEqualTo(
                "is not valid YAML: a key must be a single value, such as a word, not a list or a mapping");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a county that exited in 2019 is in transition until 2024
        "{exit: {transitionEnd: 2025}} | expected 2025 | actual   2024 | GR-1 Transition period",
        // the county's recorded exit year is data, not an exit decision
        "{exitYear: 2020}              | expected 2020 | actual   2019 | ''"})
    void aCountyFieldExpectedWronglyQuotesTheRuleThatDecidesItAndNoOther(String expected, String wanted,
            String actual, String rule) throws IOException {
        Path file = write("""
                cases:
                  - name: a county that exited in 2019, wrongly expected
                    rules: [GR-1]
                    year: 2019
                    area:
                      counties: [{exitYear: 2019}]
                    expect:
                      counties:
                        "522727": %s
                """.formatted(expected));
        StringWriter out = new StringWriter();
        assertThat(CaseRunner.run(List.of(file), new PrintWriter(out))).isFalse();
        assertThat(out.toString()).contains(wanted, actual, rule).doesNotContain("EX-C-1");
    }

    @Test
    void theReportNeverRepeatsARunOf15DigitsAnExpectationHolds() throws IOException {
        Path file = write("""
                cases:
                  - name: a
                    year: 2019
                    rules: [ID-H-1]
                    expect:
                      findings: {ID-H-1: {subject: "11010519491231002X"}}
                  - name: b
                    year: 2019
                    rules: [EX-C-1]
                    area: {}
                    expect: {counties: {"11010519491231002x": {exit: {eligible: false}}}}
                  - name: case 110105491231002
                    year: 2019
                    rules: [ID-H-1]
                    expect: {outcome: ELIGIBLE}
                """);
        StringWriter out = new StringWriter();
        assertThat(CaseRunner.run(List.of(file), new PrintWriter(out))).isFalse();
        assertThat(out.toString()).contains("FAIL  a", "subject: <redacted>", "FAIL  b", "counties.<redacted>",
                "cases[2].name: could hold a resident ID number").doesNotContain("110105491231002", "11010519491231002");
    }

    @Test
    void theReportNeverRepeatsASeparatedIdNumberOrAMembersNameYetShowsARatiosDecimals() throws IOException {
        Path file = write("""
                cases:
                  - name: a
                    year: 2019
                    rules: [ID-H-1]
                    expect: {findings: {ID-H-1: {subject: "522727-20100505-1230"}}}
                  - name: b, for Wang\u00A0Fang's household
                    year: 2019
                    rules: [ID-H-1]
                    expect: {findings: {ID-H-1: {subject: "WANG  FANG"}}}
                  - name: c
                    year: 2019
                    rules: [ST-2]
                    population:
                      households: [{}, {id: HH-522727-0002, income: [{wage: 3036.00}]}]
                    expect: {fgt: {p1: 0.01}}
                """);
        StringWriter out = new StringWriter();
        assertThat(CaseRunner.run(List.of(file), new PrintWriter(out))).isFalse();
        assertThat(out.toString()).contains("FAIL  a", "FAIL  b, for <redacted>'s household", "subject: <redacted>",
                "FAIL  c", "actual   0.00279676817899316").doesNotContain("20100505", "Wang", "WANG");
    }
}

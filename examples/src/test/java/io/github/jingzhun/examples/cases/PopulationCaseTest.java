package io.github.jingzhun.examples.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Population cases (statistics, registry audit, scenarios): their errors and their failures. */
class PopulationCaseTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return CaseFileTest.write(dir, yaml);
    }

    @Test
    void errorsOfAPopulationCaseNameTheirLineAndPathAndTheOtherCasesStillRun() throws IOException {
        Path file = write("""
                defaults:
                  year: 2019
                cases:
                  - name: fine
                    rules: [ST-2]
                    population:
                      households: [{}]
                    expect:
                      fgt: {persons: 2}
                  - name: broken
                    rules: [ST-9]
                    population:
                      households:
                        - {}
                        - {id: HH-522727-0002, members: [{}, {birthDate: "2030-01-01"}]}
                      roll: [{idNumbers: ["522727198001011220"]}]
                      dimensions: [INCOME, WEALTH]
                      colour: red
                    expect:
                      fgt: {persons: 2, p3: 0.1}
                      transitions: {identification: {ELIGIBLE: 1}}
                      findings:
                        AUD-99: {passed: false}
                """);
        CaseFile read = CaseFile.read(file);
        assertThat(read.cases()).extracting(PolicyCase::name).containsExactly("fine");
        assertThat(read.problems()).extracting(p -> p.line() + " " + p.path()).contains(
                "11 cases[1].rules[0]",
                "15 cases[1].population.households[1].members[1].birthDate",
                "16 cases[1].population.roll[0].idNumbers[0]",
                "17 cases[1].population.dimensions[1]",
                "18 cases[1].population.colour",
                "20 cases[1].expect.fgt.p3",
                "21 cases[1].expect.transitions.identification.ELIGIBLE",
                "23 cases[1].expect.findings.AUD-99");
        assertThat(read.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file));
        assertThat(read.problems()).filteredOn(p -> p.path().endsWith("colour")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("unknown field 'colour'; known: dimensions, "
                        + "households, k, roll, shock, variant"));
        assertThat(read.problems()).filteredOn(p -> p.path().endsWith("idNumbers[0]")).isNotEmpty()
                .allSatisfy(p -> assertThat(p.message()).doesNotContain("522727198001011220"));
    }

    @Test
    void aMoveBetweenNamesNoTransitionHasIsAProblemNotAMoveNeverMade() throws IOException {
        Path file = write("""
                defaults:
                  year: 2019
                cases:
                  - name: misspelt
                    rules: [SC-1]
                    population:
                      households: [{}]
                      variant: {overrides: [{line: 2019, value: 3218.01, reason: r}]}
                    expect:
                      transitions:
                        identification: {"NOT_ELIGIBLE -> ELIGBLE": 0, "NOT_ELIGIBLE -> ELIGIBLE": 0}
                        exit: {"ELIGIBLE -> ELIGIBLE": 0, "EXIT_ELIGIBLE -> NOT_EXIT_ELIGIBLE": 0}
                        monitoring: {"NONE -> MARGINL": 0, "NONE -> MARGINAL": 0, "NONE -> NONE": -1,
                                     "MARGINAL -> NONE": 1.5}
                """);
        CaseFile read = CaseFile.read(file);
        assertThat(read.cases()).isEmpty();
        assertThat(read.problems()).extracting(p -> p.line() + " " + p.path() + ": " + p.message()).containsExactly(
                "11 cases[0].expect.transitions.identification.NOT_ELIGIBLE -> ELIGBLE: identification moves are "
                        + "between ELIGIBLE, EXCLUDED, NOT_ELIGIBLE, not NOT_ELIGIBLE -> ELIGBLE",
                "12 cases[0].expect.transitions.exit.ELIGIBLE -> ELIGIBLE: exit moves are between EXIT_ELIGIBLE, "
                        + "NOT_EXIT_ELIGIBLE, not ELIGIBLE -> ELIGIBLE",
                "13 cases[0].expect.transitions.monitoring.NONE -> MARGINL: monitoring moves are between MARGINAL, "
                        + "NONE, SUDDEN_HARDSHIP, UNSTABLE_EXITED, not NONE -> MARGINL",
                "13 cases[0].expect.transitions.monitoring.NONE -> NONE: must be a number of households: a whole "
                        + "number, 0 or more",
                "14 cases[0].expect.transitions.monitoring.MARGINAL -> NONE: must be a number of households: a whole "
                        + "number, 0 or more");
    }

    @Test
    void aScenarioHasAVariantOrAShockAndAShockIsWellFormed() throws IOException {
        CaseFile read = CaseFile.read(write("""
                cases:
                  - name: both
                    rules: [SC-1]
                    year: 2019
                    population:
                      variant: {overrides: [{line: 2019, value: 4000, reason: "what if"}]}
                      shock: {kind: disaster, productionLost: 1, loss: 0}
                    expect: {differences: {P0: 0}}
                  - name: a shock of no known kind
                    rules: [SC-2]
                    year: 2019
                    population:
                      shock: {kind: flood, productionLost: 1}
                    expect: {transitions: {changed: []}}
                  - name: a shock of a member who cannot be, and a negative cost
                    rules: [SC-2]
                    year: 2019
                    population:
                      shock: {kind: illness, member: -1, costs: -5, days: 3}
                      k: 2
                    expect: {transitions: {changed: []}}
                  - name: a household case expects no statistics
                    rules: [ST-2]
                    year: 2019
                    expect: {fgt: {p0: 1}}
                  - name: differences without a variant
                    rules: [SC-1]
                    year: 2019
                    population: {households: [{}]}
                    expect: {differences: {P0: 0}, transitions: {changed: []}}
                """));
        assertThat(read.cases()).isEmpty();
        assertThat(read.problems()).extracting(p -> p.line() + " " + p.path()).containsExactlyInAnyOrder(
                "7 cases[0].population.shock",
                "13 cases[1].population.shock.kind",
                "19 cases[2].population.shock.member",
                "19 cases[2].population.shock.costs",
                "19 cases[2].population.shock.days",
                "20 cases[2].population.k",
                "25 cases[3].expect.fgt",
                "30 cases[4].expect.differences",
                "30 cases[4].expect.transitions");
    }

    @Test
    void aFailingPopulationCaseShowsExpectedActualAndTheRule() throws IOException {
        Path file = write("""
                cases:
                  - name: half the persons poor, wrongly expected a quarter
                    rules: [ST-2]
                    year: 2019
                    population:
                      households: [{}, {id: HH-522727-0002, income: [{wage: 3036.00}]}]
                    expect:
                      fgt: {p0: 0.25, p1: 0.0028}
                """);
        StringWriter out = new StringWriter();
        assertThat(CaseRunner.run(List.of(file), new PrintWriter(out))).isFalse();
        assertThat(out.toString()).contains("FAIL  half the persons poor, wrongly expected a quarter",
                "fgt.p0\n          expected 0.25\n          actual   0.5\n",
                "ST-2 Foster–Greer–Thorbecke measures:")
                .doesNotContain("fgt.p1");
    }

    @Test
    void aTransitionNotInTheDecisionCountsZero() throws IOException {
        Path file = write("""
                cases:
                  - name: no household moves
                    rules: [SC-2]
                    year: 2019
                    population:
                      shock: {kind: disaster, productionLost: 0, loss: 0}
                    expect:
                      transitions: {identification: {"ELIGIBLE -> NOT_ELIGIBLE": 0, "ELIGIBLE -> ELIGIBLE": 2}}
                """);
        StringWriter out = new StringWriter();
        assertThat(CaseRunner.run(List.of(file), new PrintWriter(out))).isFalse();
        assertThat(out.toString()).contains("transitions.identification.ELIGIBLE -> ELIGIBLE\n"
                + "          expected 2\n          actual   1\n", "SC-2 Shock scenario:")
                .doesNotContain("ELIGIBLE -> NOT_ELIGIBLE\n");
    }
}

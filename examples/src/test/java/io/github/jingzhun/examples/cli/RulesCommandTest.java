package io.github.jingzhun.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.Rulebook;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.RegionalLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules}: the rulebook on the command line. */
class RulesCommandTest {

    @TempDir
    Path dir;

    @Test
    void everyRuleIsListedWithItsSectionAndTitle() {
        CliRun run = CliRun.of("", "rules");
        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.err()).isEmpty();
        for (Rule rule : Rule.values()) {
            assertThat(run.out()).contains("\n  " + rule.id() + " ").contains(rule.title() + " · " + rule.titleZh());
        }
        assertThat(run.lines()).startsWith("Income · 收入", "  INC-1        Net household income · 家庭纯收入");
        assertThat(run.out()).contains("\nMeasures · 精准帮扶措施\n  MS-1         Development measure")
                .contains("  AUD-10       Missed identification · 漏评\n");
    }

    @Test
    void aRuleIsExplainedWithItsSourcesAndItsValuesByIncomeYear() {
        CliRun run = CliRun.of("", "rules", "MS-9");
        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.out()).isEqualTo(Rulebook.describe(Rule.MS_9, PolicyParameters.national()))
                .contains("Parameters of set 'national' 2021.2, by income year (2010–2020):")
                .contains("  MICROCREDIT_MAX_YUAN (yuan)\n"
                        + "    2010–2013  50000  MICRO2014 applied to income years before it took effect (Jingzhun's "
                        + "reading)\n"
                        + "    2014–2020  50000  MICRO2014, loans of up to 50,000 yuan, without collateral or "
                        + "guarantor\n")
                .contains("MICRO2019: China Banking and Insurance Regulatory Commission");
    }

    @Test
    void anIdInSmallLettersIsTheRule() {
        assertThat(CliRun.of("", "rules", "ms-9").out()).startsWith("MS-9  Microcredit");
    }

    @Test
    void aParameterFileShowsItsOwnValuesWithTheirReasons() throws Exception {
        PolicyParameters guizhou = PolicyParameters.builder().from(PolicyParameters.national()).withName("guizhou")
                .withVersion("2019.1").build()
                .withParameter(ParameterKey.MICROCREDIT_MAX_YUAN, new BigDecimal("80000"), "provincial notice",
                        "a larger loan in Guizhou")
                .withPovertyLine(Year.of(2019), Yuan.of(3300), "provincial notice", "a higher line")
                .withRegionalLine(new RegionalLine(52, Year.of(2019), Yuan.of(3500), "Guizhou notice",
                        "a provincial line"))
                .withPovertyLine(Year.of(2021), Yuan.of(4100), "provincial notice", "a year the nation has no line");
        Path file = dir.resolve("guizhou.json");
        Files.writeString(file, JingzhunJson.mapper().writeValueAsString(guizhou), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("", "rules", "MS-9", "--parameters", file.toString());
        assertThat(run.code()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains("Parameters of set 'guizhou' 2019.1")
                .contains("    2010–2021  80000  provincial notice; reason: a larger loan in Guizhou\n");
        assertThat(CliRun.of("", "rules", "ID-H-1", "--parameters", file.toString()).out())
                .contains("    2019  3300.00  provincial notice; reason: a higher line\n");
        // IND-STD: the set's departures are listed after what was asked, each with the national value
        assertThat(run.out()).endsWith("""

                Departures of this set from the national standards (IND-STD)
                  MICROCREDIT_MAX_YUAN: national 50000, this set 80000 - a larger loan in Guizhou
                  line 2019: national 3218.00, this set 3300.00 - a higher line
                  line 2021: national none, this set 4100.00 - a year the nation has no line
                  line 2019 in 52: national 3218.00, this set 3500.00 - a provincial line
                """);
        assertThat(CliRun.of("", "rules", "MS-9").out()).doesNotContain("Departures");
    }

    @Test
    void anUnknownIdIsAUsageErrorNamingTheClosestIds() {
        CliRun run = CliRun.of("", "rules", "MS-15");
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("unknown rule id: MS-15; did you mean MS-1, MS-5, MS-10, MS-11, MS-12?")
                .contains("Try 'jingzhun rules --help'");
        assertThat(CliRun.of("", "rules", "EX-C-9").err()).startsWith("unknown rule id: EX-C-9; did you mean EX-C-1, "
                + "EX-C-2, EX-C-3");
        assertThat(CliRun.of("", "rules", "ZZZZZZZZ").err()).startsWith("unknown rule id: ZZZZZZZZ; 'rules' lists "
                + "every rule");
    }

    @Test
    void aParameterFileThatCannotBeReadIsAUsageError() {
        CliRun run = CliRun.of("", "rules", "MS-9", "--parameters", dir.resolve("missing.json").toString());
        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--parameters").contains("no such file");
    }

    @Test
    void theClosestIdsOfAFamilyAreItsRules() {
        assertThat(RulesCommand.closest("AUD-99")).containsExactly("AUD-9", "AUD-1", "AUD-2", "AUD-3", "AUD-4");
        assertThat(RulesCommand.closest("MON")).containsExactly("MON-1", "MON-2", "MON-3", "MON-4");
    }
}

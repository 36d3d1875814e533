package io.github.jingzhun.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleTest {

    @ParameterizedTest
    @EnumSource(Rule.class)
    void parseRoundTripsEveryId(Rule rule) {
        assertThat(Rule.parse(rule.id())).isSameAs(rule);
        assertThat(rule).hasToString(rule.id());
        assertThat(rule.title()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ID-H-1", "ID-H-2", "ID-H-3", "ID-H-4", "ID-H-5", "ID-V-1", "ID-STD", "IND-STD",
        "INC-1", "INC-2", "INC-3", "INC-4", "IND-FOOD", "IND-CLOTHING", "IND-EDU", "IND-MED", "IND-HOUSE",
        "IND-WATER"})
    @DisplayName("every income, indicator and identification rule that the core decides has an id")
    void everyDecidedPolicyRuleIsKnown(String id) {
        assertThat(Rule.parse(id).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ID-H-6", "id-h-1", "ID_H_1", "", "AUD-11", "ID-V"})
    void unknownIdsAreRejectedNamingTheId(String id) {
        assertThatThrownBy(() -> Rule.parse(id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown rule id: " + id);
    }

    @Test
    void aNullIdIsNamed() {
        assertThatThrownBy(() -> Rule.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ID-H-1", "ID-H-1 ", "Wang Fang", "522727198001011229", "x522727198001011229"})
    void anIdThatCouldBeANameOrAnIdNumberIsNotRepeated(String id) {
        assertThatThrownBy(() -> Rule.parse(id)).hasMessage("unknown rule id: [?]");
    }

    @Test
    void idsAreDistinctAndInThePolicyForm() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::id))
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[A-Z]+(-[A-Z0-9]+)+"));
    }

    @Test
    void enumNameIsTheIdWithUnderscores() {
        for (Rule rule : Rule.values()) {
            assertThat(rule.name()).isEqualTo(rule.id().replace('-', '_'));
        }
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void everyRuleHasItsSectionTitlesStatementsAndSources(Rule rule) {
        assertThat(rule.section()).isNotNull();
        assertThat(rule.titleZh()).isNotBlank();
        assertThat(rule.statement()).hasSizeGreaterThan(40).doesNotContain("\n").doesNotContain("  ").endsWith(".")
                .doesNotContain("POLICY").doesNotContain(".md");
        assertThat(rule.statementZh()).doesNotContain("\n").doesNotContain("  ").matches("(?s).*[\u4e00-\u9fff].*")
                .endsWith("。");
        assertThat(rule.sources()).isNotEmpty().doesNotHaveDuplicates();
        assertThat(rule.implementedIn()).startsWith("io.github.jingzhun.");
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    @DisplayName("the package said to implement a rule exists, and cites the rule wherever code cites it")
    void thePackageThatImplementsARuleCitesIt(Rule rule) throws IOException {
        Path main = Path.of("src/main/java");
        Path dir = main.resolve(rule.implementedIn().replace('.', '/'));
        assertThat(dir).isDirectory();
        Set<String> citing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(main)) {
            // The keys of parameters list the rules that read them: a listing, not an implementation.
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("ParameterKey.java")
                    && !f.endsWith("LineKey.java")).toList()) {
                if (Pattern.compile("\\bRule\\." + rule.name() + "\\b").matcher(Files.readString(file)).find()) {
                    citing.add(main.relativize(file.getParent()).toString().replace('/', '.'));
                }
            }
        }
        if (!citing.isEmpty()) {
            assertThat(citing).as(rule + " is cited in " + citing).contains(rule.implementedIn());
        }
    }

    @Test
    @DisplayName("every rule id of the policy, and AUD-10, is a rule")
    void everyRuleIdOfThePolicyIsARule() {
        List<String> ids = new ArrayList<>(List.of("IND-FOOD", "IND-CLOTHING", "IND-EDU", "IND-MED", "IND-HOUSE",
                "IND-WATER", "IND-STD", "ID-STD", "ID-V-1", "PROC-REG", "PROC-EXIT", "PROC-MON", "EX-V-1", "GR-1"));
        range(ids, "INC-", 4);
        range(ids, "ID-H-", 5);
        range(ids, "MS-", 14);
        range(ids, "EX-H-", 4);
        range(ids, "EX-C-", 3);
        range(ids, "MON-", 4);
        range(ids, "ST-", 5);
        range(ids, "AUD-", 10);
        range(ids, "SC-", 2);
        assertThat(Arrays.stream(Rule.values()).map(Rule::id)).containsExactlyInAnyOrderElementsOf(ids);
    }

    private static void range(List<String> ids, String prefix, int last) {
        for (int i = 1; i <= last; i++) {
            ids.add(prefix + i);
        }
    }

    @Test
    @DisplayName("sections come in the rulebook's order, each with rules, and rules within them in that order")
    void rulesAreInTheOrderOfTheirSections() {
        Section previous = Section.INCOME;
        for (Rule rule : Rule.values()) {
            assertThat(rule.section()).isGreaterThanOrEqualTo(previous);
            previous = rule.section();
        }
        for (Section section : Section.values()) {
            assertThat(Arrays.stream(Rule.values()).filter(r -> r.section() == section)).isNotEmpty();
            assertThat(section.title()).isNotBlank();
            assertThat(section.titleZh()).isNotBlank();
        }
    }

    @Test
    @DisplayName("the clarified readings are stated: priority 1 highest, derived type, MS-5 beyond compulsory age")
    void theClarifiedReadingsAreStated() {
        assertThat(Rule.MS_1.statement()).contains("1 is the highest");
        assertThat(Rule.ID_H_4.statement()).contains("A transfer on record decides first").contains("derived");
        assertThat(Rule.ID_H_5.statement()).contains("strictly above EDUCATION_COSTS_SHARE_PERCENT percent (50) of net income");
        assertThat(Rule.MS_5.statement()).contains("beyond compulsory age in senior secondary or vocational school");
        assertThat(Rule.MON_1.statement()).contains("poverty line in force for the household");
        assertThat(Rule.EX_H_4.statement()).contains("exactly MON-1's").contains("never a fixed multiple");
        assertThat(Rule.MON_3.statement()).contains("the sum of").contains("latest earlier income record");
        assertThat(Rule.MON_2.statement()).contains("any trigger (MON-3) is UNSTABLE_EXITED, whatever its income");
    }
}

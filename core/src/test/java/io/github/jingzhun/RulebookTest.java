package io.github.jingzhun;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Source;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The committed rulebook is the one the code renders, and it reads as a reference. */
class RulebookTest {

    /** The committed file, beside this module's pom. */
    static final Path COMMITTED = Path.of("RULEBOOK.md");

    @Test
    void theCommittedRulebookIsTheOneTheCodeRenders() throws IOException {
        String rendered = Rulebook.markdown();
        if (Boolean.getBoolean("jingzhun.rulebook.write")) {
            Files.writeString(COMMITTED, rendered, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("core/RULEBOOK.md is stale: the rules, sources or parameters in code changed. Regenerate it from "
                        + "the repository's root with: " + Rulebook.REGENERATE + " and commit it")
                .isEqualTo(rendered);
    }

    @Test
    void everyRuleHasItsAnchorAndEverySourceItsEntry() {
        String md = Rulebook.markdown();
        for (Rule rule : Rule.values()) {
            assertThat(md).contains("<a id=\"" + rule.id() + "\"></a>\n\n### " + rule.id() + " ");
            assertThat(md).contains("](#" + rule.id() + ")");
        }
        for (Source source : Source.values()) {
            assertThat(md).contains("<a id=\"source-" + source.key() + "\"></a>");
        }
        for (ParameterKey key : ParameterKey.values()) {
            assertThat(md).contains("<a id=\"parameter-" + key.name() + "\"></a>");
        }
    }

    @Test
    void everyLinkWithinTheRulebookHasItsAnchor() {
        String md = Rulebook.markdown();
        Matcher links = Pattern.compile("\\]\\(#([^)]+)\\)").matcher(md);
        int count = 0;
        while (links.find()) {
            assertThat(md).as("anchor of #" + links.group(1)).contains("<a id=\"" + links.group(1) + "\"></a>");
            count++;
        }
        assertThat(count).isGreaterThan(Rule.values().length * 2);
    }

    @Test
    void aRuleIsDescribedWithItsStatementsSourcesAndValuesByIncomeYear() {
        String text = Rulebook.describe(Rule.MS_9, PolicyParameters.national());
        assertThat(text).startsWith("MS-9  Microcredit · 扶贫小额信贷\n")
                .contains("MICRO2014: State Council Leading Group Office")
                .contains("《关于创新发展扶贫小额信贷的指导意见》")
                .contains("  MICROCREDIT_AGE_MAX (years)\n"
                        + "    2010–2018  65  MICRO2019 applied to income years before it took effect (Jingzhun's "
                        + "reading)\n"
                        + "    2019–2020  65  MICRO2019, the upper age of borrowers may be relaxed to 65\n")
                .contains("    2010–2020  18  PRACTICE, adult borrowers\n")
                .contains("Sources of the values:\n  PRACTICE: ");
        // 100 columns, a Chinese character counting two; closing punctuation may hang past them, never start a line
        assertThat(text.lines()).allSatisfy(line -> {
            assertThat(width(line)).isLessThanOrEqualTo(102);
            assertThat(line).doesNotStartWith("，").doesNotStartWith("。");
        });
        assertThat(text).contains("\n  MICRO2019: China Banking and Insurance Regulatory Commission, Ministry of Finance, People's "
                + "Bank\n    of China");
    }

    @Test
    void linesOfTheIncomeYearsAreShownForTheRulesThatReadThem() {
        String text = Rulebook.describe(Rule.ID_H_1, PolicyParameters.national());
        assertThat(text).contains("  poverty line (povertyLines, yuan per person per year)\n    2010  2300.00  W2021, ")
                .contains("    2019  3218.00  NBS, ")
                .contains("  provincial or city poverty line (regionalLines, yuan per person per year)\n"
                        + "    none set\n");
    }

    private static int width(String line) {
        return line.codePoints().map(c -> c >= 0x2E80 && c <= 0xFFEF ? 2 : 1).sum();
    }
}

package io.github.jingzhun;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.measure.Measure;
import io.github.jingzhun.procedure.ProcedureKind;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PovertyPolicy.assess on the JSON contract's worked household: measures and exit, as the decision example says. */
class AssessTest {

    private final Decision decision = PovertyPolicy.national().assess(Households.worked(), Year.of(2019));

    private Finding exitFinding(Rule rule) {
        List<Finding> found = decision.exit().findings().stream().filter(f -> f.rule() == rule).toList();
        assertThat(found).as("exit findings of %s", rule).hasSize(1);
        return found.get(0);
    }

    @Test
    @DisplayName("EX-H-1: the worked household's exit is refused, observed 2950.00 against 3218.00")
    void exitRefusedOnExH1() {
        assertThat(decision.exit().eligible()).isFalse();
        assertThat(decision.exit().monitorOnExit()).isFalse();
        Finding f = exitFinding(Rule.EX_H_1);
        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualTo(new BigDecimal("2950.00"));
        assertThat(f.threshold()).isEqualTo(new BigDecimal("3218.00"));
        // EX-H-1 is the only exit condition failing besides the procedure not yet started (EX-H-3).
        assertThat(decision.exit().findings()).filteredOn(x -> !x.passed()).extracting(Finding::rule)
                .containsExactly(Rule.EX_H_1, Rule.EX_H_3);
    }

    @Test
    @DisplayName("MS-6, MS-8, MS-5: the worked household gets HEALTH, SKILLS_TRAINING, EMPLOYMENT, EDUCATION")
    void measuresAsInJsonMd() {
        assertThat(decision.measures().measures()).containsExactly(
                new Measure(MeasureCategory.HEALTH, Rule.MS_6, 2, List.of("ILLNESS")),
                new Measure(MeasureCategory.SKILLS_TRAINING, Rule.MS_8, 3, List.of("LACK_OF_SKILLS")),
                new Measure(MeasureCategory.EMPLOYMENT, Rule.MS_8, 3, List.of("LACK_OF_SKILLS")),
                new Measure(MeasureCategory.EDUCATION, Rule.MS_5, 4, List.of("members[1]")));
        assertThat(decision.measures().unaddressed()).isEmpty();
    }

    @Test
    @DisplayName("EX-H-3: every PROC-EXIT step remains for the worked household")
    void everyExitStepRemains() {
        assertThat(decision.exit().remainingSteps()).containsExactlyElementsOf(ProcedureKind.HOUSEHOLD_EXIT.steps());
    }

    @Test
    @DisplayName("EX-H-3: Decision.toString() explains in plain words which exit steps remain, in English and Chinese")
    void toStringExplainsRemainingExitSteps() {
        String text = decision.toString();

        assertThat(text)
                .contains("Exit: not eligible\n")
                .contains("✗ EX-H-1  Stable per-capita income 2950.00 does not exceed the 2019 line 3218.00 | "
                        + "人均稳定收入2950.00元未超过2019年标准3218.00元")
                .contains("✗ EX-H-3  Exit steps remaining: village committee and resident team check and propose; "
                        + "democratic appraisal by village representatives; the household agrees; public notice; "
                        + "township verification; announcement; deregistration | 尚需完成的退出程序：村两委和驻村工作队核实拟退出、"
                        + "村民代表民主评议、贫困户认可、公示、乡镇核查、公告、销号")
                .doesNotContain("PUBLIC_NOTICE", "TOWNSHIP_VERIFICATION", "VILLAGE_PROPOSAL")
                .doesNotContain("Wang Fang", "Li Ming", "522727198001011229", "522727201005051230");
    }

    @Test
    @DisplayName("MS-1..14: Decision.toString() lists the measures in order with their rules and priorities")
    void toStringListsMeasures() {
        String text = decision.toString();

        assertThat(text).contains("Measures:\n"
                + "  HEALTH (MS-6, priority 2) for ILLNESS\n"
                + "  SKILLS_TRAINING (MS-8, priority 3) for LACK_OF_SKILLS\n"
                + "  EMPLOYMENT (MS-8, priority 3) for LACK_OF_SKILLS\n"
                + "  EDUCATION (MS-5, priority 4) for members[1]\n");
        assertThat(text).contains("✓ MS-14  Every registered cause and guarantee gap is addressed by a measure");
        assertThat(text.indexOf("Measures:")).isLessThan(text.indexOf("Exit:"));
    }

    @Test
    @DisplayName("MS-14, EX-H-1..4: findings() includes the measure and exit findings after the others")
    void findingsIncludeMeasuresAndExit() {
        List<Finding> all = decision.findings();

        assertThat(all).containsSubsequence(decision.identification().findings().get(0),
                decision.measures().findings().get(0), decision.exit().findings().get(0));
        int exitEnd = all.size() - decision.monitoring().findings().size() - decision.audit().size();
        assertThat(all.subList(exitEnd - decision.exit().findings().size(), exitEnd))
                .containsExactlyElementsOf(decision.exit().findings());
    }
}

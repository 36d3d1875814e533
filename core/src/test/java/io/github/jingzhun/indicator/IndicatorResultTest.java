package io.github.jingzhun.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** IndicatorResult: an indicator is MET when all its findings pass, UNMET when any fails. */
class IndicatorResultTest {

    private static final Wording OK = Wording.of("criterion met", "达标");
    private static final Wording NOT_OK = Wording.of("criterion not met", "未达标");

    static Finding passed(Rule rule) {
        return Finding.of(rule, true, null, OK);
    }

    static Finding failed(Rule rule) {
        return Finding.of(rule, false, null, NOT_OK);
    }

    @ParameterizedTest(name = "{0}: every finding passed is MET")
    @EnumSource(Indicator.class)
    void everyFindingPassedIsMet(Indicator indicator) {
        IndicatorResult result = IndicatorResult.of(indicator,
                List.of(passed(indicator.rule()), passed(indicator.rule())));

        assertThat(result.indicator()).isEqualTo(indicator);
        assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
        assertThat(result.findings()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}: one failed finding among passed ones is UNMET")
    @EnumSource(Indicator.class)
    void oneFailedFindingIsUnmet(Indicator indicator) {
        Rule rule = indicator.rule();
        for (int failing = 0; failing < 3; failing++) {
            Finding[] findings = {passed(rule), passed(rule), passed(rule)};
            findings[failing] = failed(rule);

            IndicatorResult result = IndicatorResult.of(indicator, Arrays.asList(findings));

            assertThat(result.status()).as("failing finding %d", failing).isEqualTo(IndicatorStatus.UNMET);
            assertThat(result.findings()).containsExactly(findings);
        }
    }

    @Test
    void everyFindingFailedIsUnmetAndKeepsAllFindings() {
        IndicatorResult result = IndicatorResult.of(Indicator.WATER,
                List.of(failed(Rule.IND_WATER), failed(Rule.IND_WATER), failed(Rule.IND_WATER)));

        assertThat(result.status()).isEqualTo(IndicatorStatus.UNMET);
        assertThat(result.findings()).hasSize(3).noneMatch(Finding::passed);
    }

    @Test
    void findingsAreCopiedSoLaterChangesToTheListDoNotLeakIn() {
        List<Finding> findings = new ArrayList<>(List.of(passed(Rule.IND_FOOD)));
        IndicatorResult result = new IndicatorResult(Indicator.FOOD, IndicatorStatus.MET, findings);

        findings.add(failed(Rule.IND_FOOD));

        assertThat(result.findings()).containsExactly(passed(Rule.IND_FOOD));
    }

    @Test
    void findingsCannotBeChangedThroughTheResult() {
        IndicatorResult result = IndicatorResult.of(Indicator.FOOD, List.of(passed(Rule.IND_FOOD)));

        assertThatThrownBy(() -> result.findings().add(failed(Rule.IND_FOOD)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNullFindingIsRejected() {
        List<Finding> findings = new ArrayList<>();
        findings.add(null);

        assertThatThrownBy(() -> new IndicatorResult(Indicator.FOOD, IndicatorStatus.MET, findings))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void resultsWithTheSameIndicatorStatusAndFindingsAreEqual() {
        IndicatorResult a = IndicatorResult.of(Indicator.MEDICAL, List.of(failed(Rule.IND_MED)));
        IndicatorResult b = new IndicatorResult(Indicator.MEDICAL, IndicatorStatus.UNMET, List.of(failed(Rule.IND_MED)));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(IndicatorResult.of(Indicator.MEDICAL, List.of(passed(Rule.IND_MED))));
        assertThat(a).isNotEqualTo(IndicatorResult.of(Indicator.HOUSING, List.of(failed(Rule.IND_MED))));
    }

    @Test
    void notApplicableIsOnlyEverGivenExplicitlyNeverByOf() {
        IndicatorResult notApplicable = new IndicatorResult(Indicator.EDUCATION, IndicatorStatus.NOT_APPLICABLE,
                List.of(passed(Rule.IND_EDU)));

        assertThat(notApplicable.status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
        assertThat(IndicatorResult.of(Indicator.EDUCATION, List.of(passed(Rule.IND_EDU))).status())
                .isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void toStringShowsIndicatorAndStatus() {
        IndicatorResult result = IndicatorResult.of(Indicator.HOUSING, List.of(failed(Rule.IND_HOUSE)));

        assertThat(result.toString()).contains("HOUSING", "UNMET");
    }
}

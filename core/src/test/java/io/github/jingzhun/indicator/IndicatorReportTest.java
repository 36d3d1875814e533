package io.github.jingzhun.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** IndicatorReport: one result per indicator, its gaps (ID-H-3) and whether the household is guaranteed. */
class IndicatorReportTest {

    private static final Wording OK = Wording.of("{subject} met", "{subject}达标");
    private static final Wording NOT_OK = Wording.of("{subject} not met", "{subject}未达标");

    static IndicatorResult met(Indicator indicator) {
        return new IndicatorResult(indicator, IndicatorStatus.MET,
                List.of(Finding.of(indicator.rule(), true, indicator.name(), OK)));
    }

    static IndicatorResult unmet(Indicator indicator) {
        return new IndicatorResult(indicator, IndicatorStatus.UNMET, List.of(
                Finding.of(indicator.rule(), true, indicator.name() + " first", OK),
                Finding.of(indicator.rule(), false, indicator.name() + " second", NOT_OK)));
    }

    static IndicatorResult notApplicable(Indicator indicator) {
        return new IndicatorResult(indicator, IndicatorStatus.NOT_APPLICABLE,
                List.of(Finding.of(indicator.rule(), true, indicator.name(), OK)));
    }

    /** All six indicators MET except the given ones, which take the given results. */
    static List<IndicatorResult> allMetExcept(IndicatorResult... others) {
        Map<Indicator, IndicatorResult> byIndicator = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            byIndicator.put(indicator, met(indicator));
        }
        for (IndicatorResult other : others) {
            byIndicator.put(other.indicator(), other);
        }
        return new ArrayList<>(byIndicator.values());
    }

    @Test
    void ofKeepsOneResultPerIndicatorInEnumOrderWhateverTheInputOrder() {
        List<IndicatorResult> results = allMetExcept(unmet(Indicator.WATER));
        List<IndicatorResult> reversed = new ArrayList<>(results);
        Collections.reverse(reversed);

        IndicatorReport report = IndicatorReport.of(reversed);

        assertThat(report.results()).containsExactlyElementsOf(results);
        assertThat(report.results()).extracting(IndicatorResult::indicator).containsExactly(Indicator.values());
        assertThat(report).isEqualTo(IndicatorReport.of(results)).hasSameHashCodeAs(IndicatorReport.of(results));
    }

    @ParameterizedTest(name = "IndicatorReport.of rejects a report missing {0}")
    @EnumSource(Indicator.class)
    void ofRejectsAMissingIndicator(Indicator missing) {
        List<IndicatorResult> results = allMetExcept();
        results.removeIf(r -> r.indicator() == missing);

        assertThatThrownBy(() -> IndicatorReport.of(results))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("indicator missing: " + missing);
    }

    @Test
    void ofRejectsAnEmptyList() {
        assertThatThrownBy(() -> IndicatorReport.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("indicator missing: ");
    }

    @ParameterizedTest(name = "IndicatorReport.of rejects {0} given twice")
    @EnumSource(Indicator.class)
    void ofRejectsARepeatedIndicator(Indicator repeated) {
        List<IndicatorResult> results = allMetExcept();
        results.add(unmet(repeated));

        assertThatThrownBy(() -> IndicatorReport.of(results))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("indicator given twice: " + repeated);
    }

    @Test
    void ofRejectsARepeatedIndicatorEvenWhenAnotherIsMissing() {
        List<IndicatorResult> results = allMetExcept();
        results.set(results.size() - 1, met(Indicator.FOOD)); // WATER replaced by a second FOOD

        assertThatThrownBy(() -> IndicatorReport.of(results))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("indicator given twice: FOOD");
    }

    @Test
    void idH3GapsListTheUnmetIndicatorsInEnumOrder() {
        IndicatorReport report = IndicatorReport.of(List.of(
                unmet(Indicator.WATER), met(Indicator.CLOTHING), unmet(Indicator.MEDICAL),
                notApplicable(Indicator.EDUCATION), unmet(Indicator.FOOD), met(Indicator.HOUSING)));

        assertThat(report.gaps()).containsExactly(Indicator.FOOD, Indicator.MEDICAL, Indicator.WATER);
        assertThat(report.isGuaranteed()).isFalse();
    }

    @Test
    void idH3NotApplicableIsNoGap() {
        IndicatorReport report = IndicatorReport.of(allMetExcept(notApplicable(Indicator.EDUCATION)));

        assertThat(report.gaps()).isEmpty();
        assertThat(report.isGuaranteed()).isTrue();
    }

    @Test
    void everyIndicatorMetIsGuaranteedWithNoGaps() {
        IndicatorReport report = IndicatorReport.of(allMetExcept());

        assertThat(report.gaps()).isEmpty();
        assertThat(report.isGuaranteed()).isTrue();
    }

    @ParameterizedTest(name = "a single gap in {0} means not guaranteed")
    @EnumSource(Indicator.class)
    void aSingleUnmetIndicatorIsTheOnlyGapAndTheHouseholdIsNotGuaranteed(Indicator indicator) {
        IndicatorReport report = IndicatorReport.of(allMetExcept(unmet(indicator)));

        assertThat(report.gaps()).containsExactly(indicator);
        assertThat(report.isGuaranteed()).isFalse();
        assertThat(report.status(indicator)).isEqualTo(IndicatorStatus.UNMET);
    }

    @Test
    void everyIndicatorUnmetIsAGapInEnumOrder() {
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            results.add(0, unmet(indicator));
        }

        IndicatorReport report = IndicatorReport.of(results);

        assertThat(report.gaps()).containsExactly(Indicator.values());
        assertThat(report.isGuaranteed()).isFalse();
    }

    @Test
    void gapsAreACopyThatCannotChangeTheReport() {
        IndicatorReport report = IndicatorReport.of(allMetExcept(unmet(Indicator.HOUSING)));

        try {
            report.gaps().clear();
        } catch (UnsupportedOperationException expected) {
            // an unmodifiable list is as good as a copy
        }

        assertThat(report.gaps()).containsExactly(Indicator.HOUSING);
    }

    @Test
    void statusAndResultAnswerForEachIndicator() {
        IndicatorResult housing = unmet(Indicator.HOUSING);
        IndicatorResult education = notApplicable(Indicator.EDUCATION);
        IndicatorReport report = IndicatorReport.of(allMetExcept(housing, education));

        assertThat(report.status(Indicator.FOOD)).isEqualTo(IndicatorStatus.MET);
        assertThat(report.status(Indicator.EDUCATION)).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
        assertThat(report.status(Indicator.HOUSING)).isEqualTo(IndicatorStatus.UNMET);
        assertThat(report.result(Indicator.HOUSING)).isSameAs(housing);
        assertThat(report.result(Indicator.EDUCATION)).isSameAs(education);
    }

    @Test
    void findingsAreAllFindingsInIndicatorOrder() {
        IndicatorReport report = IndicatorReport.of(allMetExcept(unmet(Indicator.MEDICAL)));

        assertThat(report.findings()).extracting(Finding::subject).containsExactly(
                "FOOD", "CLOTHING", "EDUCATION", "MEDICAL first", "MEDICAL second", "HOUSING", "WATER");
        assertThat(report.findings()).extracting(Finding::rule).containsExactly(
                Rule.IND_FOOD, Rule.IND_CLOTHING, Rule.IND_EDU, Rule.IND_MED, Rule.IND_MED, Rule.IND_HOUSE,
                Rule.IND_WATER);
        assertThat(report.findings()).filteredOn(f -> !f.passed()).singleElement()
                .extracting(Finding::message).isEqualTo("MEDICAL second not met");
    }

    @Test
    void resultsCannotBeChangedThroughTheReport() {
        IndicatorReport report = IndicatorReport.of(allMetExcept());

        assertThatThrownBy(() -> report.results().set(0, unmet(Indicator.FOOD)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(report.status(Indicator.FOOD)).isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void reportsDifferingInOneStatusAreNotEqual() {
        assertThat(IndicatorReport.of(allMetExcept()))
                .isNotEqualTo(IndicatorReport.of(allMetExcept(unmet(Indicator.WATER))))
                .isNotEqualTo(null)
                .isNotEqualTo("FOOD MET");
    }

    @Test
    void equalReportsHaveEqualHashCodesAndDifferentOnesSpread() {
        List<IndicatorResult> reversed = allMetExcept(unmet(Indicator.WATER));
        Collections.reverse(reversed);
        IndicatorReport report = IndicatorReport.of(allMetExcept(unmet(Indicator.WATER)));

        assertThat(IndicatorReport.of(reversed)).isEqualTo(report).hasSameHashCodeAs(report);
        assertThat(IndicatorReport.of(allMetExcept()).hashCode()).isNotEqualTo(report.hashCode());
    }

    @Test
    void toStringSummarisesEachIndicatorWithItsStatus() {
        IndicatorReport report = IndicatorReport.of(allMetExcept(
                notApplicable(Indicator.EDUCATION), unmet(Indicator.HOUSING)));

        assertThat(report).hasToString(
                "FOOD MET, CLOTHING MET, EDUCATION NOT_APPLICABLE, MEDICAL MET, HOUSING UNMET, WATER MET");
    }
}

package io.github.jingzhun.exit;

import io.github.jingzhun.exit.EvaluationSample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ST-4: the rates of an evaluation sample against the thresholds of EX-C-2. */
class EvaluationRatesTest {

    private static final Year YEAR = Year.of(2019);
    private static final YearParameters Y2019 = PovertyPolicy.national().parametersFor(YEAR);

    @Test
    @DisplayName("ST-4: wrong-exit, missed-identification and recognition rates worked by hand")
    void st4WorkedByHand() {
        // Wrong exit 2 ÷ 150 = 1.333…% < 2%; missed 6 ÷ 300 = 2% exactly, not below 2%; recognition 180 ÷ 200 = 90%,
        // at least 90%.
        EvaluationRates rates = EvaluationRates.of(EvaluationSample.of(150, 2, 300, 6, 200, 180), Y2019);

        assertThat(rates.wrongExitPercent()).isEqualTo(new BigDecimal("1.33"));
        assertThat(rates.missedIdentificationPercent()).isEqualTo(new BigDecimal("2.00"));
        assertThat(rates.recognitionPercent()).isEqualTo(new BigDecimal("90.00"));
        assertThat(rates.findings()).extracting(Finding::rule).containsOnly(Rule.ST_4);
        assertThat(rates.findings()).extracting(Finding::passed).containsExactly(true, false, true);
        assertThat(rates.meetsThresholds()).isFalse();
        assertThat(rates.findings().get(1).message())
                .isEqualTo("Missed-identification rate 2.00% (6/300 non-registered persons sampled) is not below 2%");
        assertThat(rates.findings().get(2).messageZh()).isEqualTo("群众认可度90.00%（调查农户180/200），不低于90%");
    }

    @Test
    @DisplayName("ST-4: a rate is compared exactly, not as its rounded display")
    void st4ComparesExactly() {
        // 1,999 ÷ 100,000 = 1.999% shows as 2.00% but is below 2%; 89,999 ÷ 100,000 = 89.999% shows as 90.00% but
        // is below 90%.
        EvaluationRates rates = EvaluationRates.of(EvaluationSample.of(100_000, 1_999, 100, 0, 100_000, 89_999),
                Y2019);

        assertThat(rates.wrongExitPercent()).isEqualTo(new BigDecimal("2.00"));
        assertThat(rates.findings().get(0).passed()).isTrue();
        assertThat(rates.recognitionPercent()).isEqualTo(new BigDecimal("90.00"));
        assertThat(rates.findings().get(2).passed()).isFalse();
        assertThat(rates.findings().get(0).message()).isEqualTo("Wrong-exit rate rounds to 2.00% (1999/100000 "
                + "exited persons sampled), yet is exactly below 2%");
        assertThat(rates.findings().get(2).message()).isEqualTo("Public recognition rounds to 90.00% (89999/100000 "
                + "households surveyed), yet is exactly below 90%");
        assertThat(rates.findings().get(2).messageZh()).isEqualTo(
                "群众认可度四舍五入为90.00%（调查农户89999/100000），但精确计算低于90%");
    }

    @Test
    @DisplayName("ST-4: a missed-identification rate of 1,999 in 100,000 shows as 2.00% but is below 2%")
    void st4MissedComparesExactly() {
        EvaluationRates rates = EvaluationRates.of(EvaluationSample.of(100, 0, 100_000, 1_999, 100, 100), Y2019);

        Finding missed = rates.findings().get(1);
        assertThat(rates.missedIdentificationPercent()).isEqualTo(new BigDecimal("2.00"));
        assertThat(missed.passed()).isTrue();
        assertThat(missed.message()).isEqualTo("Missed-identification rate rounds to 2.00% (1999/100000 "
                + "non-registered persons sampled), yet is exactly below 2%");
        assertThat(missed.messageZh()).contains("四舍五入为2.00%", "但精确计算低于2%");
        assertThat(rates.meetsThresholds()).isTrue();
    }

    @Test
    @DisplayName("ST-4: a wrong-exit rate of exactly 2% (3/150) is not below 2%; one person fewer (2/150) is")
    void st4WrongExitBoundary() {
        EvaluationRates at = EvaluationRates.of(EvaluationSample.of(150, 3, 300, 0, 200, 200), Y2019);
        EvaluationRates below = EvaluationRates.of(EvaluationSample.of(150, 2, 300, 0, 200, 200), Y2019);

        assertThat(at.findings().get(0).passed()).isFalse();
        assertThat(at.findings().get(0).message())
                .isEqualTo("Wrong-exit rate 2.00% (3/150 exited persons sampled) is not below 2%");
        assertThat(at.meetsThresholds()).isFalse();
        assertThat(below.findings().get(0).passed()).isTrue();
        assertThat(below.meetsThresholds()).isTrue();
    }

    @Test
    @DisplayName("ST-4: each finding says which way its rate went: below the maximum, at least the minimum")
    void st4PassingFindingsSaySo() {
        EvaluationRates rates = EvaluationRates.of(EvaluationSample.of(150, 2, 300, 5, 200, 179), Y2019);

        assertThat(rates.findings()).extracting(Finding::passed).containsExactly(true, true, false);
        assertThat(rates.findings()).extracting(Finding::message).containsExactly(
                "Wrong-exit rate 1.33% (2/150 exited persons sampled) is below 2%",
                "Missed-identification rate 1.67% (5/300 non-registered persons sampled) is below 2%",
                "Public recognition 89.50% (179/200 households surveyed) is below 90%");
        assertThat(rates.findings()).extracting(Finding::messageZh).containsExactly(
                "错退率1.33%（抽查已脱贫人口2/150），低于2%",
                "漏评率1.67%（抽查非建档立卡人口5/300），低于2%",
                "群众认可度89.50%（调查农户179/200），低于90%");
    }

    @Test
    @DisplayName("ST-4: a clean sample meets every threshold")
    void st4CleanSample() {
        EvaluationRates rates = EvaluationRates.of(EvaluationSample.of(3, 0, 7, 0, 9, 9), Y2019);

        assertThat(rates.wrongExitPercent()).isEqualTo(new BigDecimal("0.00"));
        assertThat(rates.recognitionPercent()).isEqualTo(new BigDecimal("100.00"));
        assertThat(rates.meetsThresholds()).isTrue();
    }

    @Test
    @DisplayName("ST-4: thresholds come from the parameters")
    void st4ThresholdsFromParameters() {
        YearParameters strict = PolicyParameters.national()
                .withParameter(ParameterKey.WRONG_EXIT_PERCENT_MAX, BigDecimal.ONE, "test", "a stricter county")
                .forYear(YEAR);
        EvaluationSample sample = EvaluationSample.of(150, 2, 300, 0, 200, 190);

        assertThat(EvaluationRates.of(sample, Y2019).meetsThresholds()).isTrue();
        EvaluationRates rates = EvaluationRates.of(sample, strict);
        assertThat(rates.meetsThresholds()).isFalse();
        assertThat(rates.findings().get(0).threshold()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    @DisplayName("ST-4: the rates that miss their EX-C-2 threshold are named, in order")
    void st4FailedRatesAreNamed() {
        assertThat(EvaluationRates.of(EvaluationSample.of(100, 2, 100, 2, 100, 89), Y2019).failed())
                .containsExactly("WRONG_EXIT", "MISSED_IDENTIFICATION", "RECOGNITION");
        assertThat(EvaluationRates.of(EvaluationSample.of(100, 0, 100, 2, 100, 90), Y2019).failed())
                .containsExactly("MISSED_IDENTIFICATION");
        assertThat(EvaluationRates.of(EvaluationSample.of(100, 1, 100, 1, 100, 90), Y2019).failed()).isEmpty();
    }

    @Test
    @DisplayName("ST-4: rates have one finding per rate")
    void st4OneFindingPerRate() {
        EvaluationRates rates = EvaluationRates.of(EvaluationSample.of(100, 1, 100, 1, 100, 90), Y2019);

        assertThatIllegalArgumentException().isThrownBy(() -> new EvaluationRates(rates.sample(),
                rates.wrongExitPercent(), rates.missedIdentificationPercent(), rates.recognitionPercent(),
                rates.findings().subList(0, 2))).withMessage("findings: one per rate, not 2");
    }
}

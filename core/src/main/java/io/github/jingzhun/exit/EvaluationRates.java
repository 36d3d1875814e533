package io.github.jingzhun.exit;

import static io.github.jingzhun.exit.Wordings.*;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.exit.EvaluationSample;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rates of a third-party evaluation sample (ST-4): wrong-exit rate (wrongly exited persons ÷ exited persons
 * sampled), missed-identification rate (verified missed persons ÷ non-registered rural persons sampled) and public
 * recognition (households recognising ÷ households surveyed), each against its EX-C-2 threshold.
 *
 * <p>The percentages are computed from the counts in decimal arithmetic, never in binary floating point, and
 * rounded half-up to two decimals for display (a quotient such as 1 ÷ 3 has no finite decimal). Whether a rate
 * meets its threshold is decided exactly on the counts: part × 100 against threshold × whole. Immutable,
 * thread-safe and value-based.
 *
 * @param sample the sample, not null
 * @param wrongExitPercent the wrong-exit rate in percent, two decimals, not null
 * @param missedIdentificationPercent the missed-identification rate in percent, two decimals, not null
 * @param recognitionPercent public recognition in percent, two decimals, not null
 * @param findings one finding per rate citing ST-4, passed when the rate meets its EX-C-2 threshold, in the order
 *     wrong-exit, missed-identification, recognition, not null
 */
public record EvaluationRates(EvaluationSample sample, BigDecimal wrongExitPercent,
        BigDecimal missedIdentificationPercent, BigDecimal recognitionPercent, List<Finding> findings) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Creates the rates, copying the findings.
     *
     * @param sample the sample, not null
     * @param wrongExitPercent the wrong-exit rate in percent, not null
     * @param missedIdentificationPercent the missed-identification rate in percent, not null
     * @param recognitionPercent public recognition in percent, not null
     * @param findings the three findings, in the order of the rates, not null
     * @throws IllegalArgumentException if there are not three findings
     */
    public EvaluationRates {
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(wrongExitPercent, "wrongExitPercent");
        Objects.requireNonNull(missedIdentificationPercent, "missedIdentificationPercent");
        Objects.requireNonNull(recognitionPercent, "recognitionPercent");
        findings = List.copyOf(findings);
        if (findings.size() != 3) {
            throw new IllegalArgumentException("findings: one per rate, not " + findings.size());
        }
    }

    /**
     * Computes the rates of a sample and compares each with its threshold of the year (EX-C-2: wrong-exit and
     * missed-identification strictly below their maximum, recognition at least its minimum).
     *
     * @param sample the sample, not null
     * @param parameters the parameters of the year, giving the thresholds, not null
     * @return the rates with their findings, not null
     */
    public static EvaluationRates of(EvaluationSample sample, YearParameters parameters) {
        BigDecimal wrongMax = parameters.value(ParameterKey.WRONG_EXIT_PERCENT_MAX);
        BigDecimal missedMax = parameters.value(ParameterKey.MISSED_IDENTIFICATION_PERCENT_MAX);
        BigDecimal recognitionMin = parameters.value(ParameterKey.RECOGNITION_PERCENT_MIN);
        int wrong = sample.getWronglyExitedPersons();
        int exited = sample.getExitedPersonsSampled();
        int missed = sample.getMissedPersons();
        int nonRegistered = sample.getNonRegisteredPersonsSampled();
        int recognising = sample.getHouseholdsRecognising();
        int surveyed = sample.getHouseholdsSurveyed();
        // ST-4 with the thresholds of EX-C-2, each decided exactly on the counts.
        boolean wrongLow = compare(wrong, exited, wrongMax) < 0;
        boolean missedLow = compare(missed, nonRegistered, missedMax) < 0;
        boolean recognised = compare(recognising, surveyed, recognitionMin) >= 0;
        BigDecimal wrongPercent = percent(wrong, exited);
        BigDecimal missedPercent = percent(missed, nonRegistered);
        BigDecimal recognitionPercent = percent(recognising, surveyed);
        return new EvaluationRates(sample, wrongPercent, missedPercent, recognitionPercent, List.of(
                // A rate shown rounded to the threshold, though exactly on the passing or failing side, says so.
                Finding.of(Rule.ST_4, wrongLow, wrongPercent, wrongMax, wrong + "/" + exited, !wrongLow
                        ? WRONG_EXIT_HIGH
                        : wrongPercent.compareTo(wrongMax) < 0 ? WRONG_EXIT_LOW : WRONG_EXIT_LOW_ROUNDED),
                Finding.of(Rule.ST_4, missedLow, missedPercent, missedMax, missed + "/" + nonRegistered, !missedLow
                        ? MISSED_HIGH : missedPercent.compareTo(missedMax) < 0 ? MISSED_LOW : MISSED_LOW_ROUNDED),
                Finding.of(Rule.ST_4, recognised, recognitionPercent, recognitionMin, recognising + "/" + surveyed,
                        recognised ? RECOGNISED : recognitionPercent.compareTo(recognitionMin) < 0 ? NOT_RECOGNISED
                                : NOT_RECOGNISED_ROUNDED)));
    }

    /**
     * Whether every rate meets its threshold, as EX-C-2 requires for a county's exit.
     *
     * @return true if all three findings pass
     */
    public boolean meetsThresholds() {
        return failed().isEmpty();
    }

    /**
     * The rates that miss their threshold, by name: {@code WRONG_EXIT}, {@code MISSED_IDENTIFICATION},
     * {@code RECOGNITION}, in that order.
     *
     * @return the names, empty when every rate meets its threshold, not null
     */
    public List<String> failed() {
        List<String> failed = new ArrayList<>(0);
        for (int i = 0; i < RATES.size(); i++) {
            if (!findings.get(i).passed()) {
                failed.add(RATES.get(i));
            }
        }
        return failed;
    }

    /** The rates in the order of the findings. */
    private static final List<String> RATES = List.of("WRONG_EXIT", "MISSED_IDENTIFICATION", "RECOGNITION");

    /** The sign of part ÷ whole − percent ÷ 100, exactly: part × 100 compared with percent × whole. */
    private static int compare(long part, long whole, BigDecimal percent) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(whole)));
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}

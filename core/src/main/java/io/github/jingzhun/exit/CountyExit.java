package io.github.jingzhun.exit;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.procedure.Step;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether a county may exit poverty, and why: its incidence (EX-C-1), its third-party evaluation with the ST-4
 * rates (EX-C-2), the steps of its procedure that remain (EX-C-3) and, once it has exited, its transition (GR-1).
 *
 * @param county the county, not null
 * @param eligible true when EX-C-1 and every rate of EX-C-2 pass; the procedure's steps do not decide
 * @param incidencePercent the county's poverty incidence in percent, rounded to two decimals for display, not null
 * @param evaluation the rates of the evaluation sample, or null when no sample is on record
 * @param remainingSteps the steps of EX-C-3 still to take, in order; empty when done, every step after a
 *     rejection, not null
 * @param transitionEnd the last year of the county's transition (GR-1), or null if it has not exited
 * @param findings the reasons, each citing its rule, in the order EX-C-1, EX-C-2 (with the ST-4 rates), EX-C-3,
 *     GR-1, not null
 */
public record CountyExit(CountyCode county, boolean eligible, BigDecimal incidencePercent,
        @Nullable EvaluationRates evaluation, List<Step> remainingSteps, @Nullable Year transitionEnd,
        List<Finding> findings) {

    /**
     * Creates a county exit decision, copying its lists.
     *
     * @param county the county, not null
     * @param eligible true when EX-C-1 and every rate of EX-C-2 pass
     * @param incidencePercent the county's poverty incidence in percent, not null
     * @param evaluation the rates of the evaluation sample, or null
     * @param remainingSteps the steps of EX-C-3 still to take, not null
     * @param transitionEnd the last year of the county's transition, or null
     * @param findings the reasons, not null
     */
    public CountyExit {
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(incidencePercent, "incidencePercent");
        remainingSteps = List.copyOf(remainingSteps);
        findings = List.copyOf(findings);
    }
}

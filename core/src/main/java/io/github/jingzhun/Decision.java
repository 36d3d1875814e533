package io.github.jingzhun;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.exit.ExitDecision;
import io.github.jingzhun.identification.Identification;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.indicator.IndicatorResult;
import io.github.jingzhun.measure.Measure;
import io.github.jingzhun.measure.MeasurePlan;
import io.github.jingzhun.monitoring.MonitoringDecision;
import io.github.jingzhun.monitoring.RiskReview;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The decision on one household for one income year: identification, indicators, measures, exit and monitoring,
 * each with
 * findings. {@link #toString()} renders a readable explanation in English and Chinese, which is what JShell shows.
 *
 * @param household the household id, not null
 * @param year the income year, not null
 * @param identification whether the household is poor, and why, not null
 * @param indicators the guarantee indicators, not null
 * @param measures the measures selected, most urgent first, not null
 * @param exit whether the household may exit, and which exit steps remain, not null
 * @param monitoring whether the household is to be monitored against relapse, and why, not null
 * @param audit the supervision findings on the household's record (AUD-*), empty when nothing is amiss, not null
 */
public record Decision(String household, Year year, Identification identification, IndicatorReport indicators,
        MeasurePlan measures, ExitDecision exit, MonitoringDecision monitoring, List<Finding> audit) {

    /**
     * Creates a decision, copying the audit findings.
     *
     * @param household the household id, not null
     * @param year the income year, not null
     * @param identification whether the household is poor, and why, not null
     * @param indicators the guarantee indicators, not null
     * @param measures the measures selected, most urgent first, not null
     * @param exit whether the household may exit, and which exit steps remain, not null
     * @param monitoring whether the household is to be monitored against relapse, and why, not null
     * @param audit the supervision findings on the household's record (AUD-*), empty when nothing is amiss, not null
     * @throws NullPointerException if any argument is null, or a finding of the audit
     */
    public Decision {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(identification, "identification");
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(exit, "exit");
        Objects.requireNonNull(monitoring, "monitoring");
        audit = List.copyOf(Objects.requireNonNull(audit, "audit"));
    }

    /**
     * Every finding of the decision: identification, indicators, measures, exit, monitoring, then audit.
     *
     * @return the findings, unmodifiable, not null
     */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(identification.findings());
        all.addAll(indicators.findings());
        all.addAll(measures.findings());
        all.addAll(exit.findings());
        all.addAll(monitoring.findings());
        RiskReview review = monitoring.riskElimination();
        if (review != null) {
            all.addAll(review.findings());
        }
        all.addAll(audit);
        return Collections.unmodifiableList(all);
    }

    /**
     * Renders the decision as a readable explanation: the outcome, the income against the line, and every
     * finding with its rule id, in English and Chinese.
     *
     * @return the explanation, not null
     */
    @Override
    public String toString() {
        Identification id = identification;
        StringBuilder sb = new StringBuilder(1024);
        sb.append("Household ").append(household).append(", income year ").append(year).append(": ")
                .append(id.outcome());
        if (id.type() != null) {
            sb.append(" (").append(id.type()).append(')');
        }
        sb.append('\n').append("  per-capita net income ").append(id.perCapitaIncome()).append(" against the ")
                .append(id.standard()).append(" line ").append(id.line()).append('\n');
        sb.append("Identification:\n");
        lines(sb, id.findings());
        sb.append("Indicators: ").append(indicators).append('\n');
        for (IndicatorResult r : indicators.results()) {
            lines(sb, r.findings());
        }
        sb.append("Measures:\n");
        for (Measure m : measures.measures()) {
            sb.append("  ").append(m).append('\n');
        }
        lines(sb, measures.findings());
        sb.append("Exit: ").append(exit.eligible() ? "eligible" : "not eligible")
                .append(exit.monitorOnExit() ? ", with monitoring as UNSTABLE_EXITED" : "").append('\n');
        lines(sb, exit.findings());
        sb.append("Monitoring: ").append(monitoring.monitored() ? "monitored as " + monitoring.category()
                : "not monitored").append('\n');
        lines(sb, monitoring.findings());
        RiskReview review = monitoring.riskElimination();
        if (review != null) {
            sb.append("Risk elimination: ")
                    .append(review.monitoringCase().isEliminated() ? "eliminated" : "risk stands").append('\n');
            lines(sb, review.findings());
        }
        if (!audit.isEmpty()) {
            sb.append("Audit:\n");
            lines(sb, audit);
        }
        return sb.toString();
    }

    private static void lines(StringBuilder sb, List<Finding> findings) {
        for (Finding f : findings) {
            sb.append("  ").append(f).append('\n');
        }
    }
}

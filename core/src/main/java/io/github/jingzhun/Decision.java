package io.github.jingzhun;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.identification.Identification;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.indicator.IndicatorResult;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision on one household for one income year: its indicators and identification, each with findings.
 * {@link #toString()} renders a readable explanation in English and Chinese, which is what JShell shows.
 *
 * @param household the household id, not null
 * @param year the income year, not null
 * @param identification whether the household is poor, and why, not null
 * @param indicators the guarantee indicators, not null
 */
public record Decision(String household, Year year, Identification identification, IndicatorReport indicators) {

    /**
     * Every finding of the decision: identification first, then indicators.
     *
     * @return the findings, not null
     */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(identification.findings());
        all.addAll(indicators.findings());
        return all;
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
        for (Finding f : id.findings()) {
            sb.append("  ").append(f).append('\n');
        }
        sb.append("Indicators: ").append(indicators).append('\n');
        for (IndicatorResult r : indicators.results()) {
            for (Finding f : r.findings()) {
                sb.append("  ").append(f).append('\n');
            }
        }
        return sb.toString();
    }
}

package io.github.jingzhun.monitoring;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.LazyFindings;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.parameter.YearParameters;
import java.time.LocalDate;
import java.util.List;

/** The findings of a risk review (MON-4), built from the facts it was made on when first read. */
final class RiskFindings extends LazyFindings {

    private final Household household;
    private final MonitoringCase monitoringCase;
    private final LocalDate asOf;
    private final YearParameters parameters;
    private final IndicatorReport indicators;
    private final MonitoringDecision screening;
    private final List<MeasureCategory> measuresApplied;

    RiskFindings(Household household, MonitoringCase monitoringCase, LocalDate asOf, YearParameters parameters,
            IndicatorReport indicators, MonitoringDecision screening, List<MeasureCategory> measuresApplied) {
        // The year's income record is looked up again when the findings are read, not kept: most are never read.
        this.household = household;
        this.monitoringCase = monitoringCase;
        this.asOf = asOf;
        this.parameters = parameters;
        this.indicators = indicators;
        this.screening = screening;
        this.measuresApplied = measuresApplied;
    }

    @Override
    protected List<Finding> build() {
        return RiskElimination.explain(household, monitoringCase, asOf, parameters, indicators, screening,
                measuresApplied);
    }
}

package io.github.jingzhun.monitoring;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.LazyFindings;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.parameter.YearParameters;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The findings of a monitoring decision, built from the facts it was decided on when first read. */
final class MonitoringFindings extends LazyFindings {

    private final Household household;
    private final YearParameters parameters;
    private final IndicatorReport indicators;
    private final @Nullable MonitoringCategory kept;

    // The year's income record is looked up again when the findings are read, not kept: most are never read.
    MonitoringFindings(Household household, YearParameters parameters, IndicatorReport indicators,
            @Nullable MonitoringCategory kept) {
        this.household = household;
        this.parameters = parameters;
        this.indicators = indicators;
        this.kept = kept;
    }

    /** Whether the household is monitored only because its risk is not marked eliminated, with no trigger. */
    boolean isKept() {
        return kept != null;
    }

    @Override
    protected List<Finding> build() {
        return RelapseMonitor.explain(household, parameters, indicators, kept);
    }
}

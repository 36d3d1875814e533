package io.github.jingzhun.measure;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.LazyFindings;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.parameter.YearParameters;
import java.util.List;

/** The findings of a measure plan, built from the facts and measures it was selected on when first read. */
final class MeasureFindings extends LazyFindings {

    private final Household household;
    private final YearParameters parameters;
    private final IndicatorReport indicators;
    private final List<Measure> measures;

    MeasureFindings(Household household, YearParameters parameters, IndicatorReport indicators,
            List<Measure> measures) {
        this.household = household;
        this.parameters = parameters;
        this.indicators = indicators;
        this.measures = measures;
    }

    @Override
    protected List<Finding> build() {
        return MeasureSelector.explain(household, parameters, indicators, measures);
    }
}

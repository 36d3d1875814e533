package io.github.jingzhun.indicator;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.LazyFindings;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.parameter.YearParameters;
import java.util.List;

/** The findings of one indicator, built from the facts it was decided on when first read. */
final class IndicatorFindings extends LazyFindings {

    private final Indicator indicator;
    private final Household household;
    private final YearParameters parameters;

    IndicatorFindings(Indicator indicator, Household household, YearParameters parameters) {
        this.indicator = indicator;
        this.household = household;
        this.parameters = parameters;
    }

    @Override
    protected List<Finding> build() {
        return Indicators.findings(indicator, household, parameters);
    }

    /**
     * The members the passing, or failing, findings name: read from the findings once built, else, for education,
     * decided from the facts alone, so that selecting measures (MS-5) does not build findings a run may never read.
     */
    List<String> members(boolean passed) {
        List<Finding> b = ifBuilt();
        return b == null && indicator == Indicator.EDUCATION ? Indicators.schoolAge(household, parameters, passed)
                : IndicatorResult.members(this, passed);
    }
}

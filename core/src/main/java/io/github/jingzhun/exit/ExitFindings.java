package io.github.jingzhun.exit;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.LazyFindings;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.Procedure;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The findings of an exit decision, built from the facts it was decided on when first read. */
final class ExitFindings extends LazyFindings {

    private final Household household;
    private final YearParameters parameters;
    private final IndicatorReport indicators;
    private final @Nullable Procedure procedure;
    private final IncomeRecord record;

    ExitFindings(Household household, YearParameters parameters, IndicatorReport indicators,
            @Nullable Procedure procedure, IncomeRecord record) {
        this.household = household;
        this.parameters = parameters;
        this.indicators = indicators;
        this.procedure = procedure;
        this.record = record;
    }

    @Override
    protected List<Finding> build() {
        return HouseholdExit.explain(household, parameters, indicators, procedure, record);
    }

    /**
     * The failed EX-H-4 finding, or null: read from the findings once built, else decided from the facts alone, so
     * that the audit (AUD-4), which asks only this, does not build the findings an outcomes-only run never reads.
     */
    @Nullable Finding paperExit() {
        List<Finding> b = ifBuilt();
        return b != null ? HouseholdExit.paperExit(b) : HouseholdExit.paperExit(household, parameters, record);
    }
}

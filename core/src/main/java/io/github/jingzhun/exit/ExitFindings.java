package io.github.jingzhun.exit;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.Procedure;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The findings of an exit decision, built from the facts it was decided on when first read: every assessed
 * household is decided, while a run that writes outcomes only never reads them. Unmodifiable and thread-safe.
 */
final class ExitFindings extends AbstractList<Finding> implements RandomAccess {

    private final Household household;
    private final YearParameters parameters;
    private final IndicatorReport indicators;
    private final @Nullable Procedure procedure;
    private final IncomeRecord record;
    private volatile @Nullable List<Finding> built;

    ExitFindings(Household household, YearParameters parameters, IndicatorReport indicators,
            @Nullable Procedure procedure, IncomeRecord record) {
        this.household = household;
        this.parameters = parameters;
        this.indicators = indicators;
        this.procedure = procedure;
        this.record = record;
    }

    private List<Finding> built() {
        List<Finding> b = built;
        if (b == null) {
            // Pure and idempotent: two threads may both build them; either result is the same value.
            b = HouseholdExit.explain(household, parameters, indicators, procedure, record);
            built = b;
        }
        return b;
    }

    /**
     * The failed EX-H-4 finding, or null: read from the findings once built, else decided from the facts alone, so
     * that the audit (AUD-4), which asks only this, does not build the findings an outcomes-only run never reads.
     */
    @Nullable Finding paperExit() {
        List<Finding> b = built;
        return b != null ? HouseholdExit.paperExit(b) : HouseholdExit.paperExit(household, parameters, record);
    }

    @Override
    public Finding get(int index) {
        return built().get(index);
    }

    @Override
    public int size() {
        return built().size();
    }
}

package io.github.jingzhun.measure;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.parameter.YearParameters;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The findings of a measure plan, built from the facts and measures it was selected on when first read: every assessed household
 * has its measures selected, while a run that writes outcomes only never reads them. Unmodifiable and thread-safe.
 */
final class MeasureFindings extends AbstractList<Finding> implements RandomAccess {

    private final Household household;
    private final YearParameters parameters;
    private final IndicatorReport indicators;
    private final List<Measure> measures;
    private volatile @Nullable List<Finding> built;

    MeasureFindings(Household household, YearParameters parameters, IndicatorReport indicators,
            List<Measure> measures) {
        this.household = household;
        this.parameters = parameters;
        this.indicators = indicators;
        this.measures = measures;
    }

    private List<Finding> built() {
        List<Finding> b = built;
        if (b == null) {
            // Pure and idempotent: two threads may both build them; either result is the same value.
            b = MeasureSelector.explain(household, parameters, indicators, measures);
            built = b;
        }
        return b;
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

package io.github.jingzhun.indicator;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.LazyFindings;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.parameter.YearParameters;
import java.util.List;

/**
 * The findings of IND-EDU or IND-WATER, built from the facts they were decided on when first read: one class per
 * indicator, so that each household's findings keep no more than its facts.
 */
abstract sealed class IndicatorFindings extends LazyFindings {

    final Household household;
    final YearParameters parameters;

    private IndicatorFindings(Household household, YearParameters parameters) {
        this.household = household;
        this.parameters = parameters;
    }

    /** The members the passing, or failing, findings name. */
    List<String> members(boolean passed) {
        return IndicatorResult.members(this, passed);
    }

    /** IND-EDU's findings. */
    static final class Education extends IndicatorFindings {

        Education(Household household, YearParameters parameters) {
            super(household, parameters);
        }

        @Override
        protected List<Finding> build() {
            return Indicators.educationFindings(household, parameters);
        }

        /**
         * Read from the findings once built, else decided from the facts alone, so that selecting measures (MS-5)
         * does not build findings a run may never read.
         */
        @Override
        List<String> members(boolean passed) {
            return ifBuilt() == null ? Indicators.schoolAge(household, parameters, passed) : super.members(passed);
        }
    }

    /** IND-WATER's findings. */
    static final class Water extends IndicatorFindings {

        Water(Household household, YearParameters parameters) {
            super(household, parameters);
        }

        @Override
        protected List<Finding> build() {
            return Indicators.waterFindings(household.getConditions().getWater(), parameters);
        }
    }
}

package io.github.jingzhun.exit;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.LazyFindings;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.Procedure;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The findings of an exit decision, built from the facts it was decided on when first read. Every decision makes
 * one and most are never read, so it keeps only what cannot be looked up again: not the year's income record, and
 * an exit procedure only when there is one ({@link WithProcedure}).
 */
class ExitFindings extends LazyFindings {

    private final Household household;
    private final YearParameters parameters;
    private final IndicatorReport indicators;

    private ExitFindings(Household household, YearParameters parameters, IndicatorReport indicators) {
        this.household = household;
        this.parameters = parameters;
        this.indicators = indicators;
    }

    /** The findings of a decision made with an exit procedure, or with none started (null). */
    static ExitFindings of(Household household, YearParameters parameters, IndicatorReport indicators,
            @Nullable Procedure procedure) {
        return procedure == null ? new ExitFindings(household, parameters, indicators)
                : new WithProcedure(household, parameters, indicators, procedure);
    }

    /** The exit procedure the decision was made with, or null if none had started. */
    @Nullable Procedure procedure() {
        return null;
    }

    /** The year's income record: the decision was made, so it is there. */
    private IncomeRecord record() {
        return Objects.requireNonNull(household.incomeOf(parameters.year()), "record");
    }

    @Override
    protected final List<Finding> build() {
        return HouseholdExit.explain(household, parameters, indicators, procedure(), record());
    }

    /**
     * The failed EX-H-4 finding, or null: read from the findings once built, else decided from the facts alone, so
     * that the audit (AUD-4), which asks only this, does not build the findings an outcomes-only run never reads.
     */
    final @Nullable Finding paperExit() {
        List<Finding> b = ifBuilt();
        return b != null ? HouseholdExit.paperExit(b) : HouseholdExit.paperExit(household, parameters, record());
    }

    /** The findings of a decision made with an exit procedure. */
    private static final class WithProcedure extends ExitFindings {

        private final Procedure procedure;

        WithProcedure(Household household, YearParameters parameters, IndicatorReport indicators,
                Procedure procedure) {
            super(household, parameters, indicators);
            this.procedure = procedure;
        }

        @Override
        Procedure procedure() {
            return procedure;
        }
    }
}

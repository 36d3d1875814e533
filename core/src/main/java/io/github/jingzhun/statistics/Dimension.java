package io.github.jingzhun.statistics;

import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorStatus;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.parameter.YearParameters;
import org.jspecify.annotations.Nullable;

/**
 * A dimension of the Alkire–Foster measures (ST-3): one of the six guarantee indicators, which are dichotomous, or
 * income, which is cardinal.
 *
 * <p>A household is deprived in an indicator when the indicator is UNMET; NOT_APPLICABLE (such as education with
 * no member of school age) counts as not deprived. It is deprived in {@link #INCOME} when it is poor by the income
 * test of ID-H-1, decided exactly as INC-3 says; its normalised gap is then (z − y) ÷ z, as in FGT (ST-2).
 */
public enum Dimension {
    /** Food assured, IND-FOOD. */
    FOOD(Indicator.FOOD),
    /** Clothing assured, IND-CLOTHING. */
    CLOTHING(Indicator.CLOTHING),
    /** Compulsory education guaranteed, IND-EDU. */
    EDUCATION(Indicator.EDUCATION),
    /** Basic medical care guaranteed, IND-MED. */
    MEDICAL(Indicator.MEDICAL),
    /** Safe housing guaranteed, IND-HOUSE. */
    HOUSING(Indicator.HOUSING),
    /** Safe drinking water, IND-WATER. */
    WATER(Indicator.WATER),
    /** Per-capita net income below the poverty line, ID-H-1: the one cardinal dimension. */
    INCOME(null);

    private final @Nullable Indicator indicator;

    Dimension(@Nullable Indicator indicator) {
        this.indicator = indicator;
    }

    /**
     * The dimension of a guarantee indicator.
     *
     * @param indicator the indicator, not null
     * @return the dimension, not null
     */
    public static Dimension of(Indicator indicator) {
        return switch (indicator) {
            case FOOD -> FOOD;
            case CLOTHING -> CLOTHING;
            case EDUCATION -> EDUCATION;
            case MEDICAL -> MEDICAL;
            case HOUSING -> HOUSING;
            case WATER -> WATER;
        };
    }

    /**
     * The guarantee indicator of this dimension.
     *
     * @return the indicator, or null for {@link #INCOME}
     */
    public @Nullable Indicator indicator() {
        return indicator;
    }

    /**
     * The rule that decides deprivation in this dimension: the indicator's rule, or ID-H-1 for income.
     *
     * @return the rule, not null
     */
    public Rule rule() {
        return indicator == null ? Rule.ID_H_1 : indicator.rule();
    }

    /**
     * Whether the dimension is cardinal, with a normalised gap, rather than dichotomous (a gap of 1 when deprived).
     *
     * @return true for {@link #INCOME}
     */
    public boolean isCardinal() {
        return indicator == null;
    }

    /** The status of this indicator for a household; only the indicator asked for is evaluated. */
    IndicatorStatus status(Household household, YearParameters parameters) {
        return switch (this) {
            case FOOD -> Indicators.food(household).status();
            case CLOTHING -> Indicators.clothing(household).status();
            case EDUCATION -> Indicators.education(household, parameters).status();
            case MEDICAL -> Indicators.medical(household).status();
            case HOUSING -> Indicators.housing(household, parameters).status();
            case WATER -> Indicators.water(household, parameters).status();
            case INCOME -> throw new IllegalStateException("income is not a guarantee indicator");
        };
    }
}

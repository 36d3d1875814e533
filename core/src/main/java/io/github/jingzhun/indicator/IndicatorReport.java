package io.github.jingzhun.indicator;

import io.github.jingzhun.decision.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A household's standing on all six indicators. Immutable and thread-safe.
 */
public final class IndicatorReport {

    /**
     * The gaps of every set of UNMET indicators, by the bits of their ordinals, in the order of {@link Indicator}:
     * made once and shared, as every report of the same gaps has the same list.
     */
    private static final List<List<Indicator>> GAPS = gapLists();

    private static List<List<Indicator>> gapLists() {
        Indicator[] indicators = Indicator.values();
        List<List<Indicator>> lists = new ArrayList<>(1 << indicators.length);
        for (int bits = 0; bits < 1 << indicators.length; bits++) {
            List<Indicator> gaps = new ArrayList<>(indicators.length);
            for (Indicator indicator : indicators) {
                if ((bits & 1 << indicator.ordinal()) != 0) {
                    gaps.add(indicator);
                }
            }
            lists.add(List.copyOf(gaps));
        }
        return List.copyOf(lists);
    }

    // One result per indicator, each in its own field: a report per household, and no list, which is made when read.
    private final IndicatorResult food;
    private final IndicatorResult clothing;
    private final IndicatorResult education;
    private final IndicatorResult medical;
    private final IndicatorResult housing;
    private final IndicatorResult water;
    /** The gaps, found once: identification, measures, exit and monitoring all ask for them. */
    private final List<Indicator> gaps;

    /** A report from the result of each indicator. */
    IndicatorReport(IndicatorResult food, IndicatorResult clothing, IndicatorResult education,
            IndicatorResult medical, IndicatorResult housing, IndicatorResult water) {
        this.food = food;
        this.clothing = clothing;
        this.education = education;
        this.medical = medical;
        this.housing = housing;
        this.water = water;
        this.gaps = GAPS.get(unmet(food) | unmet(clothing) | unmet(education) | unmet(medical) | unmet(housing)
                | unmet(water));
    }

    /** The bit of a result's indicator if it is UNMET, else 0. */
    private static int unmet(IndicatorResult result) {
        return result.status() == IndicatorStatus.UNMET ? 1 << result.indicator().ordinal() : 0;
    }

    /**
     * Obtains a report from one result per indicator.
     *
     * @param results the results, one for each {@link Indicator}, in any order
     * @return the report, not null
     * @throws IllegalArgumentException if an indicator is missing or repeated
     */
    public static IndicatorReport of(List<IndicatorResult> results) {
        IndicatorResult[] byIndicator = new IndicatorResult[Indicator.values().length];
        for (IndicatorResult r : results) {
            if (byIndicator[r.indicator().ordinal()] != null) {
                throw new IllegalArgumentException("indicator given twice: " + r.indicator());
            }
            byIndicator[r.indicator().ordinal()] = r;
        }
        for (Indicator indicator : Indicator.values()) {
            if (byIndicator[indicator.ordinal()] == null) {
                throw new IllegalArgumentException("indicator missing: " + indicator);
            }
        }
        return new IndicatorReport(byIndicator[0], byIndicator[1], byIndicator[2], byIndicator[3], byIndicator[4],
                byIndicator[5]);
    }

    /**
     * The result of one indicator.
     *
     * @param indicator the indicator, not null
     * @return the result, not null
     */
    public IndicatorResult result(Indicator indicator) {
        return switch (indicator) {
            case FOOD -> food;
            case CLOTHING -> clothing;
            case EDUCATION -> education;
            case MEDICAL -> medical;
            case HOUSING -> housing;
            case WATER -> water;
        };
    }

    /**
     * The status of one indicator.
     *
     * @param indicator the indicator, not null
     * @return the status, not null
     */
    public IndicatorStatus status(Indicator indicator) {
        return result(indicator).status();
    }

    /**
     * All results, in the order of {@link Indicator}.
     *
     * @return the results, not null
     */
    public List<IndicatorResult> results() {
        return List.of(food, clothing, education, medical, housing, water);
    }

    /**
     * ID-H-3: the guarantee gaps, the UNMET indicators, which call for sector support whether or not the
     * household is poor.
     *
     * @return the unmet indicators, in the order of {@link Indicator}, unmodifiable, not null
     */
    public List<Indicator> gaps() {
        return gaps;
    }

    /**
     * Whether every indicator is MET or NOT_APPLICABLE.
     *
     * @return true if there is no gap
     */
    public boolean isGuaranteed() {
        return gaps.isEmpty();
    }

    /**
     * The findings of all indicators, in the order of {@link Indicator}.
     *
     * @return the findings, unmodifiable, not null
     */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        for (IndicatorResult r : results()) {
            all.addAll(r.findings());
        }
        return Collections.unmodifiableList(all);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof IndicatorReport && results().equals(((IndicatorReport) obj).results());
    }

    @Override
    public int hashCode() {
        return results().hashCode();
    }

    /**
     * Returns each indicator with its status, such as {@code FOOD MET, CLOTHING MET, ...}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (IndicatorResult r : results()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(r.indicator()).append(' ').append(r.status());
        }
        return sb.toString();
    }
}

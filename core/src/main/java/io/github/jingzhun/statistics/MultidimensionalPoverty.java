package io.github.jingzhun.statistics;

import io.github.jingzhun.decision.Finding;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Alkire–Foster measures of a population (ST-3), as {@link AlkireFoster} computes them: the multidimensional
 * headcount ratio H, the intensity A, the adjusted headcount ratio M0 = H × A, the adjusted poverty gap M1 and the
 * adjusted squared gap M2, the headcount ratios and contribution of each dimension, and the decomposition by
 * subgroup. All figures are over persons; every ratio is 0 for no persons. Immutable, thread-safe and value-based.
 *
 * @param year the income year, not null
 * @param cutoff the poverty cutoff k, the least weighted deprivation score of a poor person, in (0, 1]
 * @param persons the persons counted: members times weight, summed; not negative
 * @param poorPersons the persons multidimensionally poor (score at least k), at most {@code persons}
 * @param h the headcount ratio H: poor persons ÷ persons
 * @param a the intensity A: the mean deprivation score of the poor; 0 when no one is poor
 * @param m0 the adjusted headcount ratio M0 = H × A = Σ weight × censored headcount ratio
 * @param m1 the adjusted poverty gap M1: as M0, with each deprivation counted by its normalised gap (1 for a
 *     dichotomous dimension, so M1 = M0 without income)
 * @param m2 the adjusted squared gap M2: as M1, with squared gaps
 * @param indicators the measures of each dimension chosen, in the order of {@link Dimension}, not null
 * @param subgroups each subgroup's measures and contribution, ordered by key; empty without a subgroup key
 * @param findings the measures as findings citing ST-3, not null
 */
public record MultidimensionalPoverty(Year year, double cutoff, long persons, long poorPersons, double h, double a,
        double m0, double m1, double m2, List<IndicatorMeasures> indicators, List<SubgroupMeasures> subgroups,
        List<Finding> findings) {

    /**
     * Creates the measures, checking the counts and copying the lists.
     *
     * @param year the income year, not null
     * @param cutoff the poverty cutoff k
     * @param persons the persons counted, not negative
     * @param poorPersons the persons multidimensionally poor, at most {@code persons}
     * @param h the headcount ratio H
     * @param a the intensity A
     * @param m0 the adjusted headcount ratio M0
     * @param m1 the adjusted poverty gap M1
     * @param m2 the adjusted squared gap M2
     * @param indicators the measures of each dimension, not null
     * @param subgroups the measures of each subgroup, not null
     * @param findings the findings, not null
     * @throws IllegalArgumentException if the counts are negative or the poor outnumber the persons
     */
    public MultidimensionalPoverty {
        Objects.requireNonNull(year, "year");
        if (poorPersons < 0 || persons < poorPersons) {
            throw new IllegalArgumentException("Alkire-Foster needs 0 <= poor persons <= persons, not " + poorPersons
                    + " of " + persons);
        }
        indicators = List.copyOf(indicators);
        subgroups = List.copyOf(subgroups);
        findings = List.copyOf(findings);
    }

    /**
     * The measures of one dimension.
     *
     * @param dimension the dimension, not null
     * @return its measures, not null
     * @throws IllegalArgumentException if the dimension was not chosen
     */
    public IndicatorMeasures indicator(Dimension dimension) {
        for (IndicatorMeasures m : indicators) {
            if (m.dimension() == dimension) {
                return m;
            }
        }
        throw new IllegalArgumentException("dimension not measured: " + dimension);
    }

    /**
     * The measures of one subgroup.
     *
     * @param key the subgroup's key, not null
     * @return its measures, or null if no household of the subgroup was counted
     */
    public @Nullable SubgroupMeasures subgroup(String key) {
        for (SubgroupMeasures m : subgroups) {
            if (m.subgroup().equals(key)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The measures of one dimension (ST-3). The contributions of all dimensions sum to 1 when M0 is positive.
     *
     * @param dimension the dimension, not null
     * @param weight its weight; the weights of all dimensions sum to 1
     * @param uncensoredHeadcountRatio persons deprived in it, poor or not, ÷ persons (the raw headcount ratio)
     * @param censoredHeadcountRatio persons deprived in it and multidimensionally poor ÷ persons
     * @param contribution weight × censored headcount ratio ÷ M0: its share of M0; 0 when M0 is 0
     */
    public record IndicatorMeasures(Dimension dimension, double weight, double uncensoredHeadcountRatio,
            double censoredHeadcountRatio, double contribution) {}

    /**
     * The measures of one subgroup (ST-3), computed over its own persons. The contributions of all subgroups sum to
     * 1 when the total M0 is positive.
     *
     * @param subgroup the subgroup's key, such as a county code, not null
     * @param persons the subgroup's persons
     * @param poorPersons its multidimensionally poor persons
     * @param populationShare its persons ÷ all persons
     * @param h its headcount ratio H
     * @param a its intensity A
     * @param m0 its adjusted headcount ratio M0
     * @param m1 its adjusted poverty gap M1
     * @param m2 its adjusted squared gap M2
     * @param contribution population share × its M0 ÷ the total M0: its share of the total; 0 when that is 0
     */
    public record SubgroupMeasures(String subgroup, long persons, long poorPersons, double populationShare, double h,
            double a, double m0, double m1, double m2, double contribution) {}
}

package io.github.jingzhun.identification;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.Standard;
import java.time.Year;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a household is poor in an income year, and why (POLICY.md §5).
 *
 * @param year the income year, not null
 * @param outcome ELIGIBLE, EXCLUDED or NOT_ELIGIBLE (ID-H-3), not null
 * @param type the household type of an ELIGIBLE household (ID-H-4), else null
 * @param netIncome net household income (INC-1), not null
 * @param perCapitaIncome per-capita net income rounded half-up to the fen, for display (INC-2, INC-3)
 * @param line the poverty line applied, per person (ID-STD), not null
 * @param standard the standard of the line, not null
 * @param gaps the UNMET indicators, reported in every outcome (ID-H-3), not null
 * @param derivedCauses the causes the data suggest (ID-H-5), not null
 * @param exclusions the exclusions that hit the household, whatever its income (ID-H-2), not null
 * @param findings the reasons, each citing its rule, not null
 */
public record Identification(Year year, Outcome outcome, @Nullable HouseholdType type, Yuan netIncome,
        Yuan perCapitaIncome, Yuan line, Standard standard, List<Indicator> gaps, Set<Cause> derivedCauses,
        Set<Exclusion> exclusions, List<Finding> findings) {

    /**
     * Creates an identification, copying its collections; sets keep the order of their enums.
     *
     * @param year the income year, not null
     * @param outcome ELIGIBLE, EXCLUDED or NOT_ELIGIBLE (ID-H-3), not null
     * @param type the household type of an ELIGIBLE household (ID-H-4), else null
     * @param netIncome net household income (INC-1), not null
     * @param perCapitaIncome per-capita net income rounded half-up to the fen, for display (INC-2, INC-3)
     * @param line the poverty line applied, per person (ID-STD), not null
     * @param standard the standard of the line, not null
     * @param gaps the UNMET indicators, reported in every outcome (ID-H-3), not null
     * @param derivedCauses the causes the data suggest (ID-H-5), not null
     * @param exclusions the exclusions that hit the household, whatever its income (ID-H-2), not null
     * @param findings the reasons, each citing its rule, not null
     */
    public Identification {
        gaps = List.copyOf(gaps);
        derivedCauses = derivedCauses.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(derivedCauses));
        exclusions = exclusions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(exclusions));
        findings = List.copyOf(findings);
    }

    /**
     * Whether the household is identified as poor.
     *
     * @return true if ELIGIBLE
     */
    public boolean isPoor() {
        return outcome == Outcome.ELIGIBLE;
    }
}

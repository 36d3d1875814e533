package io.github.jingzhun.examples.cases;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.audit.RollLine;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.scenario.Shock;
import io.github.jingzhun.statistics.AlkireFoster;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a population case decides over: households counted together (ST-2, ST-3, ST-5), audited as a registry
 * (AUD-1, AUD-8) and against other departments' rolls (AUD-9), and, for a scenario, a variant parameter set
 * (SC-1) or a shock (SC-2).
 *
 * @param households the households, at least one
 * @param roll the lines of other departments' rolls, empty for none
 * @param measure the Alkire–Foster measure (dimensions, weights and cutoff k), not null
 * @param variant the parameters a parameter scenario compares with the case's (SC-1); null for none
 * @param shock the shock a shock scenario applies to every household (SC-2); null for none
 */
public record PopulationInput(List<Household> households, List<RollLine> roll, AlkireFoster measure,
        @Nullable PovertyPolicy variant, @Nullable Shock shock) {

    /**
     * A population input.
     *
     * @param households the households, at least one
     * @param roll the roll lines, empty for none
     * @param measure the Alkire–Foster measure, not null
     * @param variant the variant parameters; null for none
     * @param shock the shock; null for none
     */
    public PopulationInput {
        households = List.copyOf(households);
        roll = List.copyOf(roll);
        Objects.requireNonNull(measure, "measure");
        if (variant != null && shock != null) {
            throw new IllegalArgumentException("a scenario has a variant or a shock, not both");
        }
    }
}

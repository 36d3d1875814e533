package io.github.jingzhun.scenario;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import java.time.Year;

/**
 * SC-2: apply a shock to every household of a population and report the transitions between outcomes — poor and
 * not poor, exit-eligible and not, monitoring categories. Households are read once; memory holds the counts and
 * the ids of households whose outcome changed.
 */
public final class ShockScenario {

    private ShockScenario() {}

    /**
     * Assesses each household before and after a shock.
     *
     * @param households the population, read once, not null
     * @param shock the shock, not null
     * @param policy the policy to assess with, not null
     * @param year the income year the shock falls in, not null
     * @return the transitions, not null
     */
    public static Transitions run(Iterable<Household> households, Shock shock, PovertyPolicy policy, Year year) {
        Transitions.Counter counter = new Transitions.Counter();
        for (Household household : households) {
            counter.add(policy.assess(household, year), policy.assess(shock.apply(household, year), year));
        }
        return counter.result();
    }
}

package io.github.jingzhun.measure;

import io.github.jingzhun.decision.Rule;
import java.util.List;
import java.util.Objects;

/**
 * One selected measure: its category, the rule that selected it, its priority and what it addresses — registered
 * causes ({@code ILLNESS}), guarantee gaps ({@code HOUSING}), members ({@code members[1]}) or location flags
 * ({@code inhospitableArea}).
 *
 * @param category the category, not null
 * @param rule the measure rule (MS-*) that selected it, not null
 * @param priority 1 (most urgent) to 4
 * @param addresses what it addresses, not empty
 */
public record Measure(MeasureCategory category, Rule rule, int priority, List<String> addresses) {

    /**
     * Creates a measure, copying what it addresses.
     *
     * @param category the category, not null
     * @param rule the measure rule (MS-*) that selected it, not null
     * @param priority 1 (most urgent) to 4
     * @param addresses what it addresses, not empty
     */
    public Measure {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rule, "rule");
        addresses = List.copyOf(addresses);
    }

    /**
     * Whether a development measure, one that builds "capacity for self-development" (MS-1): PRODUCTION,
     * EMPLOYMENT, ECOLOGICAL, SKILLS_TRAINING or MICROCREDIT.
     *
     * @return true if a development measure
     */
    public boolean isDevelopment() {
        return category.isDevelopment();
    }

    @Override
    public String toString() {
        return category + " (" + rule + ", priority " + priority + ") for " + String.join(", ", addresses);
    }
}

package io.github.jingzhun.measure;

import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.MeasureCategory;
import java.util.List;
import java.util.Objects;

/**
 * One selected measure: its category, the rule that selected it, its priority and what it addresses — registered
 * causes ({@code ILLNESS}), guarantee gaps ({@code HOUSING}), members ({@code members[1]}) or location flags
 * ({@code inhospitableArea}).
 *
 * @param category the category, not null
 * @param rule the measure rule (MS-*) that selected it, not null
 * @param priority the {@link Priority#rank() rank} of its priority: 1, the highest (most urgent), to 4, the lowest
 * @param addresses what it addresses, not empty
 */
public record Measure(MeasureCategory category, Rule rule, int priority, List<String> addresses) {

    /**
     * Creates a measure, copying what it addresses.
     *
     * @param category the category, not null
     * @param rule the measure rule (MS-*) that selected it, not null
     * @param priority the rank of its priority: 1, the highest (most urgent), to 4, the lowest
     * @param addresses what it addresses, not empty
     * @throws IllegalArgumentException if the priority is not 1 to 4
     */
    public Measure {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rule, "rule");
        if (priority < Priority.URGENT.rank() || priority > Priority.SUBSIDY.rank()) {
            throw new IllegalArgumentException("priority must be " + Priority.URGENT.rank() + " (the highest) to "
                    + Priority.SUBSIDY.rank() + " (the lowest): " + priority);
        }
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

package io.github.jingzhun.audit;

import io.github.jingzhun.decision.Finding;
import java.util.List;
import java.util.Objects;

/**
 * An audit finding on a registry with the households it involves, by registry id: what an auditor's list of
 * findings holds. A finding on one household's record names that household; a person registered in two households
 * (AUD-1) names both; an overloaded contact cadre (AUD-8) names every household paired with the cadre.
 *
 * @param households the registry ids of the households involved, in the order the registry holds them, not empty
 * @param finding the finding, citing its AUD rule, not null
 */
public record RegistryFinding(List<String> households, Finding finding) {

    /**
     * Creates a registry finding, copying its households.
     *
     * @param households the registry ids of the households involved, not empty
     * @param finding the finding, not null
     * @throws IllegalArgumentException if no household is named
     */
    public RegistryFinding {
        households = List.copyOf(households);
        Objects.requireNonNull(finding, "finding");
        if (households.isEmpty()) {
            throw new IllegalArgumentException("a registry finding names at least one household");
        }
    }
}

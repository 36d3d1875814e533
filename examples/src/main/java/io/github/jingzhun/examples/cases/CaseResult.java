package io.github.jingzhun.examples.cases;

import java.util.List;
import java.util.Objects;

/**
 * The result of running a case.
 *
 * @param policyCase the case, not null
 * @param failures what differs from the expectation, each as readable lines; empty when the case passed
 */
public record CaseResult(PolicyCase policyCase, List<String> failures) {

    /**
     * A result.
     *
     * @param policyCase the case, not null
     * @param failures what differs, empty when the case passed
     */
    public CaseResult {
        Objects.requireNonNull(policyCase, "policyCase");
        failures = List.copyOf(failures);
    }

    /**
     * Whether the decision is what the case expects.
     *
     * @return true when nothing differs
     */
    public boolean passed() {
        return failures.isEmpty();
    }

    /**
     * What differs, as the {@code test} command prints it.
     *
     * @return the lines, joined; empty when the case passed
     */
    public String report() {
        return String.join("\n", failures);
    }
}

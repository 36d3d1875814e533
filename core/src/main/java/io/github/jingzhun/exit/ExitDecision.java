package io.github.jingzhun.exit;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.LazyFindings;
import io.github.jingzhun.procedure.Step;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a household may exit poverty (脱贫退出), and why (EX-H-1..4).
 *
 * @param eligible true when the household is registered and EX-H-1, EX-H-2 and EX-H-4 all hold
 * @param monitorOnExit true when the exit must enrol the household in monitoring as UNSTABLE_EXITED (EX-H-4)
 * @param remainingSteps the steps of PROC-EXIT still to take (EX-H-3), not null
 * @param findings the reasons, each citing its rule, not null
 */
public record ExitDecision(boolean eligible, boolean monitorOnExit, List<Step> remainingSteps,
        List<Finding> findings) {

    /**
     * Creates an exit decision, copying its lists.
     *
     * @param eligible true when the household is registered and EX-H-1, EX-H-2 and EX-H-4 all hold
     * @param monitorOnExit true when the exit must enrol the household in monitoring as UNSTABLE_EXITED (EX-H-4)
     * @param remainingSteps the steps of PROC-EXIT still to take (EX-H-3), not null
     * @param findings the reasons, each citing its rule, not null
     */
    public ExitDecision {
        remainingSteps = List.copyOf(remainingSteps);
        findings = LazyFindings.copyOf(findings);
    }

    /**
     * The paper exit found (EX-H-4): the failed EX-H-4 finding — stable income not above the line, net income above
     * it only with one-off transfers — or null when there is none.
     *
     * @return the failed EX-H-4 finding, or null
     */
    public @Nullable Finding paperExit() {
        return findings instanceof ExitFindings lazy ? lazy.paperExit() : HouseholdExit.paperExit(findings);
    }
}

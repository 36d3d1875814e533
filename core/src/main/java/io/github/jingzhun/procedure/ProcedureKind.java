package io.github.jingzhun.procedure;

import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.parameter.ParameterKey;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The procedures of the policy (PROC-REG, PROC-EXIT, EX-C-3, PROC-MON), each an ordered list of steps and the
 * parameter that sets its notice length.
 */
public enum ProcedureKind {
    /** PROC-REG: "two notices, one announcement". */
    REGISTRATION(Rule.PROC_REG, ParameterKey.NOTICE_DAYS, List.of(Step.APPLICATION, Step.DEMOCRATIC_APPRAISAL,
            Step.VILLAGE_NOTICE, Step.TOWNSHIP_NOTICE, Step.COUNTY_ANNOUNCEMENT, Step.FILED)),
    /** PROC-EXIT (EX-H-3): a household's exit, ending in deregistration. */
    HOUSEHOLD_EXIT(Rule.PROC_EXIT, ParameterKey.NOTICE_DAYS, List.of(Step.VILLAGE_PROPOSAL,
            Step.DEMOCRATIC_APPRAISAL, Step.HOUSEHOLD_AGREEMENT, Step.PUBLIC_NOTICE, Step.TOWNSHIP_VERIFICATION,
            Step.ANNOUNCEMENT, Step.DEREGISTRATION)),
    /** EX-C-3: a county's exit. */
    COUNTY_EXIT(Rule.EX_C_3, ParameterKey.NOTICE_DAYS, List.of(Step.COUNTY_APPLICATION, Step.CITY_REVIEW,
            Step.PROVINCIAL_VERIFICATION, Step.PUBLIC_NOTICE, Step.PROVINCIAL_ANNOUNCEMENT)),
    /** PROC-MON: including a household in monitoring. */
    MONITORING_INCLUSION(Rule.PROC_MON, ParameterKey.MONITORING_NOTICE_DAYS, Monitoring.STEPS),
    /** PROC-MON: marking a household's risk eliminated, which mirrors inclusion. */
    RISK_ELIMINATION(Rule.PROC_MON, ParameterKey.MONITORING_NOTICE_DAYS, Monitoring.STEPS);

    /** The steps shared by monitoring inclusion and risk elimination. */
    private static final class Monitoring {
        static final List<Step> STEPS = List.of(Step.MONITORING_REPORT, Step.DATA_COMPARISON,
                Step.VILLAGE_APPRAISAL_NOTICE, Step.TOWNSHIP_REVIEW, Step.COUNTY_APPROVAL, Step.ANNOUNCEMENT);
    }

    private final Rule rule;
    private final ParameterKey noticeDays;
    private final List<Step> steps;
    /** The steps that remain after each number of steps taken, made once: every exit decision states them. */
    private final List<List<Step>> remaining;

    ProcedureKind(Rule rule, ParameterKey noticeDays, List<Step> steps) {
        this.rule = rule;
        this.noticeDays = noticeDays;
        this.steps = steps;
        List<List<Step>> remaining = new ArrayList<>(steps.size() + 1);
        for (int taken = 0; taken <= steps.size(); taken++) {
            remaining.add(List.copyOf(steps.subList(taken, steps.size())));
        }
        this.remaining = List.copyOf(remaining);
    }

    /**
     * The rule that defines the procedure.
     *
     * @return the rule, not null
     */
    public Rule rule() {
        return rule;
    }

    /**
     * The parameter giving the shortest notice, in calendar days.
     *
     * @return the parameter, not null
     */
    public ParameterKey noticeDays() {
        return noticeDays;
    }

    /**
     * The steps, in the order they must be taken.
     *
     * @return the steps, not null
     */
    public List<Step> steps() {
        return steps;
    }

    /**
     * Why a step recorded in this procedure does not belong in it, or null if it does.
     *
     * @param step the step recorded, not null
     * @return the problem, such as "FILED is not a step of COUNTY_EXIT, whose steps are [...]", or null
     */
    public @Nullable String notItsStep(Step step) {
        return steps.contains(step) ? null : step + " is not a step of " + this + ", whose steps are " + steps;
    }

    /** The steps that remain after a number of steps taken, in order. */
    List<Step> remainingAfter(int taken) {
        return remaining.get(taken);
    }
}

package io.github.jingzhun.indicator;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.LazyFindings;
import java.util.ArrayList;
import java.util.List;

/**
 * How a household stands on one indicator, with the findings of each criterion.
 *
 * @param indicator the indicator, not null
 * @param status MET, UNMET or NOT_APPLICABLE, not null
 * @param findings one finding per criterion checked, not null
 */
public record IndicatorResult(Indicator indicator, IndicatorStatus status, List<Finding> findings) {

    /**
     * Creates a result, copying the findings.
     *
     * @param indicator the indicator, not null
     * @param status MET, UNMET or NOT_APPLICABLE, not null
     * @param findings one finding per criterion checked, not null
     */
    public IndicatorResult {
        // Findings still to be built stay so: copying them would build them.
        findings = LazyFindings.copyOf(findings);
    }

    /**
     * The members the passing, or the failing, findings name (their subjects), each once, in the order of the
     * findings: for education, the members of compulsory-education age in school, or out of it; for medical
     * insurance, the members not covered.
     *
     * @param passed true for the members of passing findings, false for those of failing ones
     * @return the member references, such as {@code members[1]}, not null
     */
    public List<String> members(boolean passed) {
        if (findings instanceof IndicatorFindings lazy) {
            // Its status was decided from the same facts: only an UNMET one has failing findings.
            return passed || status == IndicatorStatus.UNMET ? lazy.members(passed) : List.of();
        }
        return members(findings, passed);
    }

    static List<String> members(List<Finding> findings, boolean passed) {
        List<String> refs = List.of();  // a list is made on the first member: most results name none
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String subject = f.subject();
            if (subject != null && f.passed() == passed && !refs.contains(subject)) {
                if (refs.isEmpty()) {
                    refs = new ArrayList<>(2);
                }
                refs.add(subject);
            }
        }
        return refs;
    }

    static IndicatorResult of(Indicator indicator, List<Finding> findings) {
        for (int i = 0; i < findings.size(); i++) {
            if (!findings.get(i).passed()) {
                return new IndicatorResult(indicator, IndicatorStatus.UNMET, findings);
            }
        }
        return new IndicatorResult(indicator, IndicatorStatus.MET, findings);
    }
}

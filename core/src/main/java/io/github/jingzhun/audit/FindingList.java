package io.github.jingzhun.audit;

import io.github.jingzhun.decision.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit's findings, gathered in a list made only at the first finding: most households have none, and an audit
 * that finds nothing then allocates nothing.
 */
final class FindingList {

    private FindingList() {}

    /**
     * Adds a finding.
     *
     * @param findings the findings so far: empty, or the list a previous call returned; not null
     * @param finding the finding, not null
     * @return the findings with this one last: the list given, or a new one when it was empty; not null
     */
    static List<Finding> add(List<Finding> findings, Finding finding) {
        List<Finding> list = findings.isEmpty() ? new ArrayList<>(4) : findings;
        list.add(finding);
        return list;
    }
}

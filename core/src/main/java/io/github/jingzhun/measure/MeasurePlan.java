package io.github.jingzhun.measure;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.LazyFindings;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.MeasureCategory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The measures selected for a household, the highest priority (1, the most urgent) first, with the findings of the
 * selection: consent to relocation (MS-3), education beyond compulsory age (MS-5), microcredit terms (MS-9), village
 * infrastructure needs (MS-13) and coverage (MS-14).
 *
 * @param measures the measures, in ascending order of priority rank (1 first), not null
 * @param findings the findings of the selection, not null
 */
public record MeasurePlan(List<Measure> measures, List<Finding> findings) {

    /**
     * Creates a plan, copying its lists.
     *
     * @param measures the measures, in ascending order of priority rank (1 first), not null
     * @param findings the findings of the selection, not null
     * @throws IllegalArgumentException if a measure comes after one of a lower priority (a higher rank)
     */
    public MeasurePlan {
        // The selector's own list is kept as it is: it is not changed once the plan is made.
        measures = measures instanceof MeasureList ? measures : List.copyOf(measures);
        // Findings still to be built stay so: copying them would build them.
        findings = LazyFindings.copyOf(findings);
        for (int i = 1; i < measures.size(); i++) {
            if (measures.get(i).priority() < measures.get(i - 1).priority()) {
                throw new IllegalArgumentException("measures[" + i + "] of priority " + measures.get(i).priority()
                        + " comes after one of priority " + measures.get(i - 1).priority()
                        + ": a plan lists the highest priority, 1, first");
            }
        }
    }

    /**
     * Whether a measure of a category was selected.
     *
     * @param category the category, not null
     * @return true if selected
     */
    public boolean includes(MeasureCategory category) {
        for (Measure m : measures) {
            if (m.category() == category) {
                return true;
            }
        }
        return false;
    }

    /**
     * MS-14: the causes and gaps no selected measure addresses, each named by a failing MS-14 finding with the
     * reason.
     *
     * @return the names of what is unaddressed, such as {@code DISASTER}, unmodifiable, not null
     */
    public List<String> unaddressed() {
        List<String> names = new ArrayList<>(0);
        for (Finding f : findings) {
            if (f.rule() == Rule.MS_14 && !f.passed() && f.subject() != null) {
                names.add(f.subject());
            }
        }
        return Collections.unmodifiableList(names);
    }
}

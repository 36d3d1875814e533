package io.github.jingzhun.explain;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * What would change a household's decision for an income year: its {@link Change}s, by goal, in the order the
 * decision reads (identification, exclusion, exit, monitoring, risk elimination). Within a goal, every change
 * listed is needed, unless its message says that another suffices instead; applied together, they flip the goal's
 * outcome. {@link #toString()} renders it in English and Chinese, which is what JShell shows; it names the household
 * by id and members by index only.
 *
 * @param household the household id, not null
 * @param year the income year, not null
 * @param changes the changes, not null
 */
public record Explanation(String household, Year year, List<Change> changes) {

    /**
     * Creates an explanation, copying the changes.
     *
     * @param household the household id, not null
     * @param year the income year, not null
     * @param changes the changes, not null
     */
    public Explanation {
        changes = List.copyOf(changes);
    }

    /**
     * The changes towards one goal.
     *
     * @param goal the goal, not null
     * @return the changes, in order, not null
     */
    public List<Change> changes(Goal goal) {
        List<Change> of = new ArrayList<>();
        for (Change c : changes) {
            if (c.goal() == goal) {
                of.add(c);
            }
        }
        return of;
    }

    /**
     * Renders the explanation: each goal with its changes, each change with its rule, path, values and messages in
     * English and Chinese.
     *
     * @return the explanation, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(512).append("Household ").append(household).append(", income year ")
                .append(year).append(": what would change the decision / 改变决定的条件\n");
        if (changes.isEmpty()) {
            sb.append("  nothing / 无\n");
        }
        for (Goal goal : Goal.values()) {
            List<Change> of = changes(goal);
            if (of.isEmpty()) {
                continue;
            }
            sb.append(goal.english()).append(" / ").append(goal.chinese()).append(":\n");
            for (Change c : of) {
                sb.append("  [").append(c.rule().id()).append("] ").append(c.path());
                if (c.now() != null || c.needed() != null) {
                    sb.append(": ").append(c.now() == null ? "-" : c.now()).append(" -> ")
                            .append(c.needed() == null ? "-" : c.needed());
                }
                sb.append('\n').append("    ").append(c.message()).append('\n')
                        .append("    ").append(c.messageZh()).append('\n');
            }
        }
        return sb.toString();
    }
}

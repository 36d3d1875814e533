package io.github.jingzhun.scenario;

import io.github.jingzhun.Decision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How households moved between outcomes from one evaluation to another (SC-1, SC-2): counts of households per
 * pair {@code from -> to} for identification outcome, exit eligibility and monitoring category, and the ids of the
 * households whose outcome changed in any of the three. Counts include households that stayed ({@code A -> A}).
 *
 * @param identification counts per pair of identification outcomes, such as {@code NOT_ELIGIBLE -> ELIGIBLE}
 * @param exit counts per pair of exit eligibility, such as {@code EXIT_ELIGIBLE -> NOT_EXIT_ELIGIBLE}, of every
 *     household: one not registered is never EXIT_ELIGIBLE
 * @param monitoring counts per pair of monitoring categories, {@code NONE} for an unmonitored household
 * @param changed the ids of households whose identification outcome, exit eligibility or monitoring category
 *     changed, in the order read
 */
public record Transitions(Map<String, Long> identification, Map<String, Long> exit, Map<String, Long> monitoring,
        List<String> changed) {

    /**
     * Creates transitions, copying the maps (sorted by key) and the list.
     *
     * @param identification counts per pair of identification outcomes
     * @param exit counts per pair of exit eligibility
     * @param monitoring counts per pair of monitoring categories
     * @param changed the ids of households whose identification outcome, exit eligibility or monitoring category
     *     changed
     */
    public Transitions {
        identification = Collections.unmodifiableMap(new TreeMap<>(identification));
        exit = Collections.unmodifiableMap(new TreeMap<>(exit));
        monitoring = Collections.unmodifiableMap(new TreeMap<>(monitoring));
        changed = List.copyOf(changed);
    }

    /**
     * The number of households that moved from one identification outcome to another.
     *
     * @param from the outcome before, such as {@code NOT_ELIGIBLE}
     * @param to the outcome after, such as {@code ELIGIBLE}
     * @return the count, 0 if none
     */
    public long identification(String from, String to) {
        return identification.getOrDefault(from + " -> " + to, 0L);
    }

    /** Counts transitions while households are read once; holds only the counts and the changed ids. */
    static final class Counter {
        private final Map<String, Long> identification = new TreeMap<>();
        private final Map<String, Long> exit = new TreeMap<>();
        private final Map<String, Long> monitoring = new TreeMap<>();
        private final List<String> changed = new ArrayList<>();

        void add(Decision before, Decision after) {
            boolean moved = count(identification, before.identification().outcome().name(),
                    after.identification().outcome().name());
            moved |= count(exit, exitLabel(before), exitLabel(after));
            moved |= count(monitoring, monitoringLabel(before), monitoringLabel(after));
            if (moved) {
                changed.add(before.household());
            }
        }

        /** Counts a move from one label to another; true if the labels differ. */
        private static boolean count(Map<String, Long> counts, String from, String to) {
            counts.merge(from + " -> " + to, 1L, Long::sum);
            return !from.equals(to);
        }

        Transitions result() {
            return new Transitions(identification, exit, monitoring, changed);
        }

        private static String exitLabel(Decision d) {
            return d.exit().eligible() ? "EXIT_ELIGIBLE" : "NOT_EXIT_ELIGIBLE";
        }

        private static String monitoringLabel(Decision d) {
            return d.monitoring().monitored() ? String.valueOf(d.monitoring().category()) : "NONE";
        }
    }
}

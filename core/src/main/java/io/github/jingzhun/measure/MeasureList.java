package io.github.jingzhun.measure;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The measures of a plan, the highest priority first, as the selector selects them; unmodifiable once the plan is
 * made. A plan keeps this very list: made once for every household assessed, it is never copied or sorted.
 */
final class MeasureList extends AbstractList<Measure> implements RandomAccess {

    private Measure[] measures = new Measure[4];  // most plans have one to four
    private int size;

    /**
     * Selects a measure: it follows every measure of the same or a higher priority selected before it.
     *
     * @param measure the measure, not null
     */
    void select(Measure measure) {
        if (size == measures.length) {
            measures = Arrays.copyOf(measures, 2 * size);
        }
        int at = size;
        while (at > 0 && measures[at - 1].priority() > measure.priority()) {
            at--;
        }
        System.arraycopy(measures, at, measures, at + 1, size - at);
        measures[at] = measure;
        size++;
    }

    @Override
    public Measure get(int index) {
        return measures[Objects.checkIndex(index, size)];
    }

    @Override
    public int size() {
        return size;
    }
}

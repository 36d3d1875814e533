package io.github.jingzhun.household;

import io.github.jingzhun.money.Yuan;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one value's check so that all are reported together. */
final class Problems {

    private final List<Problem> list = new ArrayList<>(0);

    void add(String path, String message) {
        list.add(new Problem(path, message));
    }

    void nonNegative(String path, Yuan amount) {
        if (amount.isNegative()) {
            add(path, "must not be negative");
        }
    }

    void range(String path, int value, int min, int max) {
        if (value < min || value > max) {
            add(path, "must be between " + min + " and " + max + ", not " + value);
        }
    }

    /** Adds the problems of a nested value built elsewhere, under its path. */
    void addAll(String prefix, List<Problem> nested) {
        for (Problem p : nested) {
            list.add(p.within(prefix));
        }
    }

    /** The problems collected, as they are. */
    List<Problem> list() {
        return list;
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }
}

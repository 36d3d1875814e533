package io.github.jingzhun.json.stream;

import io.github.jingzhun.json.JsonProblem;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of an NDJSON stream, read: either a value or the problems that kept it from being read.
 *
 * @param number the line number, from 1
 * @param value the value read, or null if the line has problems
 * @param problems the problems, empty if and only if a value was read
 * @param <T> the type of value
 */
public record NdjsonLine<T>(long number, @Nullable T value, List<JsonProblem> problems) {

    /**
     * Creates a line.
     *
     * @param number the line number, from 1
     * @param value the value read, or null
     * @param problems the problems, empty if and only if a value was read
     * @throws IllegalArgumentException unless exactly one of value and problems is present
     */
    public NdjsonLine {
        problems = List.copyOf(problems);
        if ((value == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a line has a value or problems, not both");
        }
    }

    /**
     * Whether the line was read without a problem.
     *
     * @return true if a value was read
     */
    public boolean isValid() {
        return value != null;
    }

    /**
     * The value read.
     *
     * @return the value, not null
     * @throws IllegalStateException if the line has problems
     */
    public T get() {
        if (value == null) {
            throw new IllegalStateException("line " + number + " has problems: " + problems);
        }
        return Objects.requireNonNull(value);
    }
}

package io.github.jingzhun.household;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value cannot be built because its data is invalid; it lists every problem found at once, each
 * with its path. Messages never contain an ID number or a name.
 */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems; a {@link List#copyOf} of records, so serializable in practice. */
    @SuppressWarnings("serial")
    private final List<Problem> problems;

    /**
     * Creates an exception listing problems.
     *
     * @param problems the problems, not null, not empty
     */
    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems, in the order found.
     *
     * @return the problems, not null, not empty
     */
    public List<Problem> problems() {
        return problems;
    }
}

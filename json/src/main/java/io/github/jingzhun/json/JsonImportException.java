package io.github.jingzhun.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a JSON record cannot be imported: it lists every problem found in the record at once, each with its
 * absolute JSON path. Whatever failed underneath (Jackson's parser or data binding, a check of a core value type,
 * Bean Validation), this is the one error type of an import. The message never contains an ID number or a name.
 */
public final class JsonImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The problems; a {@link List#copyOf} of records, so serializable in practice. */
    @SuppressWarnings("serial")
    private final List<JsonProblem> problems;

    /**
     * Creates an exception listing problems.
     *
     * @param problems the problems, not null, not empty
     * @throws IllegalArgumentException if there is no problem
     */
    public JsonImportException(List<JsonProblem> problems) {
        super(problems.stream().map(JsonProblem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import error has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems, in the order found.
     *
     * @return the problems, not null, not empty
     */
    public List<JsonProblem> problems() {
        return problems;
    }
}

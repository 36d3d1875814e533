package io.github.jingzhun.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
     * The most problems listed for one record: beyond, the first are listed and one more problem, at path
     * {@code $}, says how many more there are, so that an error's size is bounded whatever the input.
     */
    public static final int MAX_PROBLEMS = 100;

    private static final String LISTED = " (at most " + MAX_PROBLEMS + " are listed per record)";

    /**
     * Creates an exception listing problems; beyond {@link #MAX_PROBLEMS}, the first are kept and one more problem
     * counts the rest.
     *
     * @param problems the problems, not null, not empty
     * @throws IllegalArgumentException if there is no problem
     */
    public JsonImportException(List<JsonProblem> problems) {
        super(bounded(Objects.requireNonNull(problems, "problems"), problems.size()).stream().map(JsonProblem::toString)
                .collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import error has at least one problem");
        }
        this.problems = bounded(problems, problems.size());
    }

    /**
     * The first problems of a record and, when there were more than {@link #MAX_PROBLEMS}, one at {@code $} that
     * counts the rest.
     *
     * @param first the problems kept, in the order found (those beyond the limit are ignored)
     * @param count how many problems there were in all
     * @return an unmodifiable list of at most {@code MAX_PROBLEMS + 1} problems
     */
    static List<JsonProblem> bounded(List<JsonProblem> first, long count) {
        if (count <= MAX_PROBLEMS || count == MAX_PROBLEMS + 1 && first.size() == count
                && first.get(MAX_PROBLEMS).path().equals(JsonPath.ROOT)
                && first.get(MAX_PROBLEMS).message().endsWith(LISTED)) {
            // Few enough, or bounded already.
            return List.copyOf(first);
        }
        List<JsonProblem> kept = new ArrayList<>(first.subList(0, MAX_PROBLEMS));
        long more = count - MAX_PROBLEMS;
        kept.add(new JsonProblem(JsonPath.ROOT, "and " + more + (more == 1 ? " more problem" : " more problems") + LISTED));
        return List.copyOf(kept);
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

package io.github.jingzhun.json;

import java.util.List;

/**
 * What the fuzz tests allow a reader to do with arbitrary input: return a value, or throw a
 * {@link JsonImportException} whose every problem has an absolute path and a message. Anything else thrown (an
 * unchecked exception, an {@link java.io.IOException} from in-memory input, an {@link OutOfMemoryError}, a
 * {@link StackOverflowError}) escapes the fuzz test, and Jazzer reports it as a finding.
 */
public final class FuzzOracle {

    private FuzzOracle() {}

    /** Checks the problems of a refused record. */
    static void checkRefusal(JsonImportException e) {
        check(!e.problems().isEmpty(), "a refusal without problems");
        checkProblems(e.problems());
    }

    /** Checks problems as a reader reports them: each with an absolute path and a message. */
    static void checkProblems(List<JsonProblem> problems) {
        for (JsonProblem p : problems) {
            check(p.path().startsWith("$"), "a problem path that is not absolute: " + p);
            check(!p.message().isBlank(), "a problem without a message: " + p);
        }
    }

    /** Fails the fuzz test with a message when a property does not hold. */
    public static void check(boolean holds, String message) {
        if (!holds) {
            throw new AssertionError(message);
        }
    }
}

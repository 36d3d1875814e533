package io.github.jingzhun.examples.cases;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An error in a case file: where it is and what is wrong. A case with a problem is not run.
 *
 * @param file the case file, not null
 * @param line the line of the file, from 1; 0 when the file could not be read at all
 * @param path where in the file, such as {@code cases[2].household.members[0].health}; empty for the whole file
 * @param message what is wrong, not null
 */
public record CaseProblem(Path file, int line, String path, String message) {

    /**
     * A problem.
     *
     * @param file the case file, not null
     * @param line the line of the file, from 1; 0 when unknown
     * @param path where in the file, not null
     * @param message what is wrong, not null
     */
    public CaseProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}

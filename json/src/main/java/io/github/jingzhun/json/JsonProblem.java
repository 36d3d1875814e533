package io.github.jingzhun.json;

import java.util.Objects;

/**
 * One problem of a JSON record: where it is and what is wrong, as the wire contract reports it
 * ({@code {"path": "$.members[0].birthDate", "message": "..."}}). The message is plain English and never contains
 * an ID number or a name.
 *
 * @param path the absolute JSON path, such as {@code $.members[1].birthDate}; {@code $} for the whole record
 * @param message what is wrong, not null
 */
public record JsonProblem(String path, String message) {

    /**
     * Creates a problem.
     *
     * @param path the absolute JSON path, not null
     * @param message what is wrong, not null
     */
    public JsonProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}

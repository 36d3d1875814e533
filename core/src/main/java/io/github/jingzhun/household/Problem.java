package io.github.jingzhun.household;

/**
 * One problem of invalid input: where it is and what is wrong. The path is relative to the record, in the JSON
 * path style of the wire contract ({@code members[1].birthDate}); it never contains personal data.
 *
 * @param path where the problem is, such as {@code members[1].birthDate}; empty for the whole record
 * @param message what is wrong, in plain English, not null
 */
public record Problem(String path, String message) {

    /**
     * Returns this problem seen from an enclosing record, with the path prefixed.
     *
     * @param prefix the enclosing path, such as {@code members[1]}
     * @return the problem with the longer path, not null
     */
    public Problem within(String prefix) {
        return new Problem(path.isEmpty() ? prefix : prefix + "." + path, message);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}

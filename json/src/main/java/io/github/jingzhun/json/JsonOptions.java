package io.github.jingzhun.json;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How Jingzhun reads JSON: whether unknown fields are tolerated, the reading limits, and the date the data
 * describes. Start from {@link #defaults()} and change what differs:
 * {@code JsonOptions.defaults().withTolerateUnknownFields(true)}.
 *
 * @param tolerateUnknownFields whether a field the contract does not know is skipped (true) or an error (false,
 *     the default: a typo must not silently drop data)
 * @param maxNestingDepth the deepest nesting of objects and arrays, default 64
 * @param maxNumberLength the most characters of a number, default 64; money is exact and needs far fewer
 * @param maxStringLength the most characters of a string, default 1,000,000
 * @param maxDocumentLength the most characters of one document, and so of one NDJSON line, default 4,194,304
 * @param asOf the date the data describes, such as the date of a registry extract, or null; a member born after
 *     it is an error. Without it, a member born after 31 December of the household's latest income year is an
 *     error (that member cannot have shared that year's income); a household without income records is then not
 *     checked for birth dates in the future
 */
public record JsonOptions(boolean tolerateUnknownFields, int maxNestingDepth, int maxNumberLength,
        int maxStringLength, int maxDocumentLength, @Nullable LocalDate asOf) {

    private static final JsonOptions DEFAULTS = new JsonOptions(false, 64, 64, 1_000_000, 4_194_304, null);

    /**
     * Creates options.
     *
     * @param tolerateUnknownFields whether unknown fields are skipped
     * @param maxNestingDepth the deepest nesting, positive
     * @param maxNumberLength the most characters of a number, positive
     * @param maxStringLength the most characters of a string, positive
     * @param maxDocumentLength the most characters of a document, positive
     * @param asOf the date the data describes, or null
     * @throws IllegalArgumentException if a limit is not positive
     */
    public JsonOptions {
        if (maxNestingDepth <= 0 || maxNumberLength <= 0 || maxStringLength <= 0 || maxDocumentLength <= 0) {
            throw new IllegalArgumentException("reading limits must be positive");
        }
    }

    /**
     * The default options: unknown fields are errors; limits 64 levels, 64-character numbers, 1,000,000-character
     * strings and 4,194,304-character documents; no reference date.
     *
     * @return the defaults, not null
     */
    public static JsonOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns these options with unknown fields tolerated or not.
     *
     * @param tolerate true to skip unknown fields, false to report them
     * @return the changed options, not null
     */
    public JsonOptions withTolerateUnknownFields(boolean tolerate) {
        return new JsonOptions(tolerate, maxNestingDepth, maxNumberLength, maxStringLength, maxDocumentLength, asOf);
    }

    /**
     * Returns these options with another nesting limit.
     *
     * @param depth the deepest nesting, positive
     * @return the changed options, not null
     */
    public JsonOptions withMaxNestingDepth(int depth) {
        return new JsonOptions(tolerateUnknownFields, depth, maxNumberLength, maxStringLength, maxDocumentLength,
                asOf);
    }

    /**
     * Returns these options with another limit of number length.
     *
     * @param length the most characters of a number, positive
     * @return the changed options, not null
     */
    public JsonOptions withMaxNumberLength(int length) {
        return new JsonOptions(tolerateUnknownFields, maxNestingDepth, length, maxStringLength, maxDocumentLength,
                asOf);
    }

    /**
     * Returns these options with another limit of string length.
     *
     * @param length the most characters of a string, positive
     * @return the changed options, not null
     */
    public JsonOptions withMaxStringLength(int length) {
        return new JsonOptions(tolerateUnknownFields, maxNestingDepth, maxNumberLength, length, maxDocumentLength,
                asOf);
    }

    /**
     * Returns these options with another limit of document (and NDJSON line) length.
     *
     * @param length the most characters of a document, positive
     * @return the changed options, not null
     */
    public JsonOptions withMaxDocumentLength(int length) {
        return new JsonOptions(tolerateUnknownFields, maxNestingDepth, maxNumberLength, maxStringLength, length,
                asOf);
    }

    /**
     * Returns these options with the date the data describes.
     *
     * @param date the date, or null for none
     * @return the changed options, not null
     */
    public JsonOptions withAsOf(@Nullable LocalDate date) {
        return new JsonOptions(tolerateUnknownFields, maxNestingDepth, maxNumberLength, maxStringLength,
                maxDocumentLength, date);
    }
}

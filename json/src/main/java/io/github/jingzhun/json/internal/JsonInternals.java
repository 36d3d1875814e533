package io.github.jingzhun.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jingzhun.Decision;
import io.github.jingzhun.audit.RegistryFinding;
import io.github.jingzhun.explain.Explanation;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.DecisionDetail;
import io.github.jingzhun.json.JsonImportException;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonProblem;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import org.jspecify.annotations.Nullable;

/**
 * Not API: what the NDJSON streams ({@code io.github.jingzhun.json.stream}) use of the contract and import package
 * beyond its public API — the one read path of a household, the decision and finding writers, the problem of a whole
 * record and the UTF-8 checks, as {@link #members()}. The module does not export this package; nothing outside the
 * module may use it, and it may change in any release.
 *
 * <p>The import package keeps these members package-private and hands them over once, as an {@link Access}, when it
 * is initialised; the streams take them from here. So the import package never depends on the streams (only on this
 * seam, to hand over), and the public API does not grow by a member the streams alone need: the JDK's own packages
 * share their internals the same way.
 */
public final class JsonInternals {

    /** The members handed over; implemented once, by the import package. */
    public interface Access {

        /**
         * Reads and validates a household from one line of NDJSON text, whose byte order mark is not skipped.
         *
         * @param importer the importer
         * @param line the line
         * @return the household
         * @throws JsonImportException listing every problem of the record with its path
         */
        Household readHouseholdLine(JsonImporter importer, String line) throws JsonImportException;

        /**
         * Reads and validates a household from valid UTF-8 bytes: the one read path.
         *
         * @param importer the importer
         * @param utf8 the bytes, valid UTF-8
         * @param offset where the household starts
         * @param length how many bytes it has
         * @return the household
         * @throws JsonImportException listing every problem of the record with its path
         */
        Household readHousehold(JsonImporter importer, byte[] utf8, int offset, int length)
                throws JsonImportException;

        /**
         * Reads a decision from one line of NDJSON text, whose byte order mark is not skipped.
         *
         * @param importer the importer
         * @param line the line
         * @return the decision
         * @throws JsonImportException listing every problem of the record with its path
         */
        Decision readDecisionLine(JsonImporter importer, String line) throws JsonImportException;

        /**
         * Writes a decision at a level of detail, as the contract states it.
         *
         * @param decision the decision
         * @param gen the generator
         * @param detail how much to write
         * @param changes the changes that would flip its outcomes, or null for none
         * @throws IOException if writing fails
         */
        void writeDecision(Decision decision, JsonGenerator gen, DecisionDetail detail,
                @Nullable Explanation changes) throws IOException;

        /**
         * Writes a finding of the audit of a registry, as the contract states it.
         *
         * @param finding the finding
         * @param gen the generator
         * @throws IOException if writing fails
         */
        void writeFinding(RegistryFinding finding, JsonGenerator gen) throws IOException;

        /**
         * A problem of a whole record, at the root path.
         *
         * @param message the problem
         * @return the problem
         */
        JsonProblem problem(String message);

        /**
         * The problem of a line that is not well-formed UTF-8.
         *
         * @param byteInLine the first malformed byte, counted from 1
         * @return the message
         */
        String malformed(long byteInLine);

        /**
         * Where UTF-8 bytes first are not well-formed.
         *
         * @param bytes the bytes
         * @param from the first
         * @param to after the last
         * @return the index of the first malformed byte, or -1
         */
        int malformedAt(byte[] bytes, int from, int to);

        /**
         * Whether UTF-8 bytes are all white space.
         *
         * @param bytes the bytes
         * @param from the first
         * @param to after the last
         * @return whether they are blank
         */
        boolean isBlank(byte[] bytes, int from, int to);

        /**
         * Where the first line feed is.
         *
         * @param bytes the bytes
         * @param from the first
         * @param to after the last
         * @return its index, or -1
         */
        int indexOfNewline(byte[] bytes, int from, int to);

        /**
         * How many characters well-formed UTF-8 bytes encode.
         *
         * @param bytes the bytes
         * @param from the first
         * @param to after the last
         * @return the count
         */
        long chars(byte[] bytes, int from, int to);

        /**
         * Whether bytes start with the UTF-8 byte order mark.
         *
         * @param bytes the bytes
         * @param from the first
         * @param to after the last
         * @return whether they do
         */
        boolean startsWithByteOrderMark(byte[] bytes, int from, int to);

        /**
         * The byte order mark, as a character.
         *
         * @return U+FEFF
         */
        char byteOrderMark();
    }

    private static volatile @Nullable Access access;

    private JsonInternals() {}

    /**
     * Hands the members over; called once, by the import package as it is initialised.
     *
     * @param members what the import package hands over
     * @throws IllegalStateException if they were handed over already
     */
    public static synchronized void install(Access members) {
        if (access != null) {
            throw new IllegalStateException("installed already");
        }
        access = members;
    }

    /**
     * The members the import package handed over; the import package is initialised first if need be.
     *
     * @return the members, not null
     */
    public static Access members() {
        Access a = access;
        if (a == null) {
            try {
                // Initialising the importer class hands the members over.
                MethodHandles.lookup().ensureInitialized(JsonImporter.class);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            a = access;
            if (a == null) {
                throw new IllegalStateException("the import package did not hand its members over");
            }
        }
        return a;
    }
}

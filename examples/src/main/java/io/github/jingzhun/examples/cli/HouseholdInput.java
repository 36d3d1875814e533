package io.github.jingzhun.examples.cli;

import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.JsonProblem;
import io.github.jingzhun.json.stream.NdjsonLine;
import io.github.jingzhun.json.stream.NdjsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Households read from NDJSON one line at a time, with the accounting of the JSON contract: every line is either a valid
 * household or an error line, and each error line goes to a listener. A household without an income record for the
 * year studied is an error line, as in {@code assess}. Iterating holds one line at a time; reading failures are
 * thrown as {@link UncheckedIOException}.
 */
final class HouseholdInput implements Iterator<Household> {

    /** Receives the error lines. */
    @FunctionalInterface
    interface ErrorListener {
        /**
         * An input line with problems.
         *
         * @param line the line number, from 1
         * @param problems the problems, not empty
         */
        void error(long line, List<JsonProblem> problems);
    }

    private final NdjsonReader<Household> reader;
    private final @Nullable Year year;
    private final ErrorListener errors;
    private @Nullable Household next;
    private long nextNumber;
    private boolean done;
    private long lines;
    private long households;
    private long errorLines;

    /**
     * Reads households.
     *
     * @param reader the NDJSON lines
     * @param year the income year a household must have a record for, or null for none
     * @param errors where error lines go
     */
    HouseholdInput(NdjsonReader<Household> reader, @Nullable Year year, ErrorListener errors) {
        this.reader = reader;
        this.year = year;
        this.errors = errors;
    }

    /**
     * The next line, read and checked, or null at the end; an error line is reported to the listener too.
     *
     * @return the line, or null at the end
     * @throws IOException if reading fails
     */
    @Nullable NdjsonLine<Household> nextLine() throws IOException {
        NdjsonLine<Household> line = reader.next();
        if (line == null) {
            return null;
        }
        lines++;
        if (line.isValid() && year != null && line.get().incomeOf(year) == null) {
            line = new NdjsonLine<>(line.number(), null, List.of(new JsonProblem("$.income",
                    "no income record for " + year + ", the year assessed")));
        }
        if (line.isValid()) {
            households++;
        } else {
            errorLines++;
            errors.error(line.number(), line.problems());
        }
        return line;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            NdjsonLine<Household> line;
            try {
                line = nextLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null) {
                done = true;
            } else if (line.isValid()) {
                next = line.get();
                nextNumber = line.number();
            }
        }
        return next != null;
    }

    @Override
    public Household next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Household household = next;
        next = null;
        return household;
    }

    /**
     * Reports the household last returned as an error line after all: valid, but not one a command could use.
     *
     * @param problems why, each with its path
     */
    void refuse(List<JsonProblem> problems) {
        households--;
        errorLines++;
        errors.error(nextNumber, problems);
    }

    /** The lines read so far. */
    long lines() {
        return lines;
    }

    /** The valid households read so far. */
    long households() {
        return households;
    }

    /** The error lines read so far. */
    long errors() {
        return errorLines;
    }
}

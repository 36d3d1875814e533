package io.github.jingzhun.examples.cli;

import io.github.jingzhun.json.JsonProblem;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Reports error lines on standard error for the commands whose output is a summary ({@code stats},
 * {@code scenario}): the first few in full, then only their number; {@code validate} lists them all.
 */
final class ErrorReport implements HouseholdInput.ErrorListener {

    /** How many error lines are shown in full. */
    static final int SHOWN = 20;

    private final PrintStream err;
    private final String command;
    private long count;

    ErrorReport(PrintStream err, String command) {
        this.err = err;
        this.command = command;
    }

    @Override
    public void error(long line, List<JsonProblem> problems) {
        count++;
        if (count <= SHOWN) {
            for (JsonProblem p : problems) {
                err.printf(Locale.ROOT, "%s: line %d: %s: %s%n", command, line, p.path(), p.message());
            }
        }
    }

    /** Says how many error lines were not shown, if any. */
    void finish() {
        if (count > SHOWN) {
            err.println(command + ": " + English.count(count - SHOWN, "more error line")
                    + " not shown (validate --year with the same year lists them all)");
        }
    }
}

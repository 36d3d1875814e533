package io.github.jingzhun.examples.cli;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.json.DecisionDetail;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.stream.NdjsonAssessment;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Year;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code assess}: one decision or error object per input line, through json's {@link NdjsonAssessment}. */
@Command(name = "assess", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Assess each household: one decision or error object per input line.",
        description = {"Assess each household of standard input for an income year and write one line per input "
                + "line: the decision (identification, indicators, measures, exit, monitoring, audit), or "
                + "{\"line\": N, \"errors\": [...]} for a line that is not a valid household."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every line was a valid household", "1:some lines were errors", "2:usage error",
            "3:the run could not finish, or was stopped (SIGTERM, Ctrl-C): the output is whole lines in "
                + "input order, and standard error says the --skip N that writes the rest"})
final class AssessCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Option(names = "--year", required = true, paramLabel = "YEAR",
            description = "The income year assessed, such as 2019: its income record against its line.")
    Year year = Year.of(2019);

    @Option(names = "--parameters", paramLabel = "FILE",
            description = "A parameter set (JSON, see the parameters command) instead of the national one.")
    @Nullable Path parameters;

    @Option(names = "--threads", paramLabel = "N",
            description = "Assess on N worker threads while one thread reads and writes, in input order; the "
                    + "output is the same whatever N (default: the number of processors, at most "
                    + MAX_DEFAULT_THREADS + "; here ${DEFAULT-VALUE}).")
    int threads = defaultThreads();

    @Option(names = "--detail", paramLabel = "LEVEL", defaultValue = "full",
            converter = Converters.DetailConverter.class,
            description = "How much of each decision to write: outcomes (no findings), failed (the findings with "
                    + "passed false, without messages: render them from the rule id, see the rules command; an "
                    + "active monitoring trigger has passed true) or full (every finding with its English and "
                    + "Chinese messages; default).")
    DecisionDetail detail = DecisionDetail.FULL;

    @Option(names = "--explain",
            description = "Add to each decision its changes: the smallest changes to the household that would flip "
                    + "each outcome (see the explain command). Computed only when asked.")
    boolean explain;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    @Mixin
    SkipOption skip = new SkipOption();

    /** The most threads used unless asked for more: beyond, the reading thread and memory bandwidth limit. */
    static final int MAX_DEFAULT_THREADS = 8;

    /** The most threads a command takes: more only cost memory (a batch in flight each) and switching. */
    static final int MAX_THREADS = NdjsonAssessment.MAX_THREADS;

    /** Refuses a number of threads out of range, as a usage error. */
    static void checkThreads(int threads, CommandSpec spec) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new ParameterException(spec.commandLine(), "--threads must be from 1 to " + MAX_THREADS + ": "
                    + threads);
        }
    }

    static int defaultThreads() {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), MAX_DEFAULT_THREADS));
    }

    AssessCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        OptionFiles.requireNotStandardInput(spec, "--parameters", parameters);
        JsonImporter importer = reading.importer();
        PovertyPolicy policy = ParameterFiles.policy(parameters, importer, spec, "--parameters");
        ParameterFiles.requireYear(policy, year, spec);
        checkThreads(threads, spec);
        long skipped = skip.resume(spec, io);
        NdjsonAssessment.Summary summary;
        try (ProgressBar bar = io.streamProgress("assess", !reading.noProgress, io.inputSize(), "line")) {
            summary = new NdjsonAssessment(policy, year, importer).threads(threads).detail(detail)
                    .withChanges(explain).skip(skipped).run(io.input(bar, spec), io.out());
        }
        io.err().println("assess: " + English.count(summary.lines(), "line") + ": "
                + English.count(summary.decisions(), "decision") + ", " + English.count(summary.errors(), "error"));
        return summary.errors() == 0 ? Cli.OK : Cli.ERRORS;
    }
}

package io.github.jingzhun.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.stream.NdjsonLine;
import io.github.jingzhun.json.stream.NdjsonReader;
import io.github.jingzhun.json.stream.NdjsonWriter;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Year;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validate}: one result per input line, valid or the line's error object. */
@Command(name = "validate", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Check each household against the JSON contract: one result per line.",
        description = {"Check each household of standard input against the JSON contract (syntax, fields, ID "
                + "numbers, plausible values) and write one line per input line: {\"line\": N, \"valid\": true, "
                + "\"household\": ID}, or {\"line\": N, \"errors\": [...]} with every problem and its JSON path."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every line was a valid household", "1:some lines were errors", "2:usage error",
            "3:the run could not finish, or was stopped (SIGTERM, Ctrl-C): the output is whole lines in "
                + "input order, and standard error says the --skip N that writes the rest"})
final class ValidateCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Option(names = "--year", paramLabel = "YEAR",
            description = "Also require an income record of this year, as assess does.")
    @Nullable Year year;

    @Option(names = "--parameters", paramLabel = "FILE",
            description = "A parameter set, checked even without --year; with --year it must cover the year "
                    + "(national by default).")
    @Nullable Path parameters;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    @Mixin
    SkipOption skip = new SkipOption();

    ValidateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        OptionFiles.requireNotStandardInput(spec, "--parameters", parameters);
        JsonImporter importer = reading.importer();
        Year assessed = year;
        if (assessed != null || parameters != null) {
            // A parameter file that cannot be used is said even without --year, never silently ignored.
            PovertyPolicy policy = ParameterFiles.policy(parameters, importer, spec, "--parameters");
            if (assessed != null) {
                ParameterFiles.requireYear(policy, assessed, spec);
            }
        }
        long skipped = skip.resume(spec, io);
        Writer text = io.writer();
        NdjsonWriter out = new NdjsonWriter(text, importer.mapper());
        HouseholdInput input;
        try (ProgressBar bar = io.streamProgress("validate", !reading.noProgress, io.inputSize(), "line")) {
            NdjsonReader<Household> households = NdjsonReader.households(importer, io.input(bar, spec));
            long moved = households.skip(skipped);
            if (moved < skipped) {
                throw new EOFException("the input ended after " + moved + " of the " + skipped + " lines to move "
                        + "past: it is not the input of the run that wrote them");
            }
            input = new HouseholdInput(households, assessed, (line, problems) -> {
                try {
                    out.writeErrors(line, problems);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (NdjsonLine<Household> line; (line = input.nextLine()) != null; ) {
                if (line.isValid()) {
                    ObjectNode valid = importer.mapper().createObjectNode();
                    valid.put("line", line.number());
                    valid.put("valid", true);
                    valid.put("household", line.get().getId());
                    out.write(valid);
                }
            }
        }
        out.flush();
        io.err().println("validate: " + English.count(input.lines(), "line") + ": "
                + English.count(input.households(), "valid household") + ", " + English.count(input.errors(), "error"));
        return input.errors() == 0 ? Cli.OK : Cli.ERRORS;
    }
}

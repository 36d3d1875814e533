package io.github.jingzhun.examples.cli;

import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.explain.Changes;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.JsonImportException;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain}: what would change one household's decision, in a readable bilingual layout. */
@Command(name = "explain", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Explain what would change one household's decision: the smallest change that flips each outcome.",
        description = {"Read one household (JSON) from a file or standard input, assess it for an income year and "
                + "write, in English and Chinese, its outcomes and the smallest changes that would flip each: the "
                + "income that crosses the line, each exclusion, each blocker of exit, what ends monitoring, the "
                + "months before risk elimination. For a stream of households, use assess --explain."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the household was explained", "1:the input is not a valid household", "2:usage error",
            "3:the explanation could not be written, or the run was stopped"})
final class ExplainCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Option(names = "--year", required = true, paramLabel = "YEAR",
            description = "The income year assessed, such as 2019.")
    Year year = Year.of(2019);

    @Option(names = "--parameters", paramLabel = "FILE",
            description = "A parameter set (JSON, see the parameters command) instead of the national one.")
    @Nullable Path parameters;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "The household's JSON file; standard input when none is given, or -.")
    @Nullable Path file;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    ExplainCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (standardInput()) {
            OptionFiles.requireNotStandardInput(spec, "--parameters", parameters);
        }
        JsonImporter importer = reading.importer();
        PovertyPolicy policy = ParameterFiles.policyFor(parameters, importer, spec, year);
        Household household;
        try (InputStream in = open()) {
            household = importer.readHousehold(in);
        } catch (JsonImportException e) {
            for (JsonProblem problem : e.problems()) {
                io.err().println("explain: " + problem);
            }
            return Cli.ERRORS;
        } catch (IOException e) {
            if (standardInput()) {
                throw e;
            }
            throw unreadable(e);
        }
        if (household.incomeOf(year) == null) {
            io.err().println("explain: $.income: no income record for " + year + ", the year explained");
            return Cli.ERRORS;
        }
        Decision decision = policy.assess(household, year);
        // A writer, not a PrintStream: a failed write throws, and Cli ends the run with 3, silently for | head.
        Writer out = new OutputStreamWriter(io.out(), StandardCharsets.UTF_8);
        out.write("Identification / 识别: " + decision.identification().outcome() + "; exit / 退出: "
                + (decision.exit().eligible() ? "eligible" : "not eligible") + "; monitoring / 监测: "
                + (decision.monitoring().monitored() ? decision.monitoring().category() : "not monitored")
                + System.lineSeparator());
        out.write(Changes.of(policy, household, decision).toString());
        out.flush();
        return Cli.OK;
    }

    /** The file, or standard input when no file is given. */
    private InputStream open() {
        if (standardInput()) {
            return io.input(ProgressBar.none(), spec);
        }
        return OptionFiles.open(file, "", spec);
    }

    private boolean standardInput() {
        return file == null || file.toString().equals("-");
    }

    private ParameterException unreadable(IOException e) {
        return new ParameterException(spec.commandLine(), file + " cannot be read: " + OptionFiles.reason(e), e);
    }
}

package io.github.jingzhun.examples.cli;

import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.PolicyParameters;
import java.io.IOException;
import java.io.Writer;
import java.time.Year;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code parameters}: the national parameter set as JSON, a template for {@code --parameters}. */
@Command(name = "parameters", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Write the national parameter set as JSON, a template for --parameters.",
        description = {"Write the national parameter set as JSON: every value with the day it took effect and its "
                + "source, cited by a key of the bibliography of the rulebook, " + Cli.DOCUMENTS + "core/RULEBOOK.md "
                + "(rules RULE writes a rule's sources in full). It is a template to edit and "
                + "pass to --parameters; the output is the same on every run. With --line, the line of --year is "
                + "replaced, or added for a year that has none, with its reason (IND-STD)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the parameters were written", "2:usage error",
            "3:they could not be written in full"})
final class ParametersCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Option(names = "--year", paramLabel = "YEAR", defaultValue = "2019",
            description = "The income year whose line --line replaces (default: ${DEFAULT-VALUE}).")
    Year year = Year.of(2019);

    @Option(names = "--line", paramLabel = "YUAN", converter = Converters.YuanConverter.class,
            description = "A poverty line for --year, in yuan per person per year, such as 4000 or 3,218.50.")
    @Nullable Yuan line;

    ParametersCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        PolicyParameters parameters = PolicyParameters.national();
        Yuan amount = line;
        if (amount == null && spec.commandLine().getParseResult().hasMatchedOption("--year")) {
            throw new ParameterException(spec.commandLine(), "--year names the year whose line --line replaces: "
                    + "give --line too, or leave --year out");
        }
        if (amount != null) {
            parameters = Converters.withLine(parameters, Converters.origin("", null), year, amount, spec);
        }
        Writer out = io.writer();
        out.write(JingzhunJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(parameters));
        out.write('\n');
        out.flush();
        return Cli.OK;
    }
}

package io.github.jingzhun.examples.cli;

import io.github.jingzhun.examples.population.SyntheticAreas;
import io.github.jingzhun.examples.population.SyntheticPopulation;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.NdjsonWriter;
import io.github.jingzhun.parameter.MissingParameterException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Year;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate}: a synthetic population as NDJSON, deterministic from a seed. */
@Command(name = "generate", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Write a synthetic population as NDJSON, deterministic from a seed.",
        description = {"Write a synthetic population of rural households as NDJSON, one household per line: "
                + "deterministic from the seed, across six counties of the west, centre and east and of both "
                + "climate zones, with every cause of poverty, household type and registration state, valid ID "
                + "numbers and incomes around the poverty line. Memory stays constant, so millions of lines are "
                + "fine."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the population was written", "1:it could not be written", "2:usage error"})
final class GenerateCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Option(names = "--households", paramLabel = "N", defaultValue = "200",
            description = "How many households (default: ${DEFAULT-VALUE}).")
    long households;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "2019",
            description = "The seed: the same seed gives the same households (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--year", paramLabel = "YEAR", defaultValue = "2019",
            description = "The latest income year; each household has records of it and the year before "
                    + "(default: ${DEFAULT-VALUE}).")
    Year year = Year.of(2019);

    @Option(names = "--no-progress", description = "Never show progress on standard error.")
    boolean noProgress;

    @Option(names = "--villages", paramLabel = "FILE",
            description = "Also write the villages of the households to FILE, as the areas command reads them.")
    @Nullable Path villages;

    @Option(names = "--counties", paramLabel = "FILE",
            description = "Also write the counties of the households to FILE, as the areas command reads them.")
    @Nullable Path counties;

    GenerateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (households < 0) {
            throw new ParameterException(spec.commandLine(), "--households must not be negative: " + households);
        }
        SyntheticPopulation population;
        try {
            population = SyntheticPopulation.of(seed, year);
        } catch (IllegalArgumentException | MissingParameterException e) {
            throw new ParameterException(spec.commandLine(), "--year " + year + ": "
                    + Objects.requireNonNullElse(e.getMessage(), "not covered"));
        }
        NdjsonWriter out = new NdjsonWriter(io.writer(), JingzhunJson.mapper());
        SyntheticAreas areas = villages != null || counties != null ? SyntheticAreas.of(population) : null;
        try (ProgressBar bar = io.streamProgress("generate", !noProgress, households, "household")) {
            for (long i = 0; i < households; i++) {
                Household household = population.household(i);
                out.write(household);
                if (areas != null) {
                    areas.add(household);
                }
                bar.update(i + 1, i + 1);
            }
        }
        out.flush();
        if (areas != null) {
            AreaFiles.write(areas, villages, counties, spec);
        }
        return Cli.OK;
    }
}

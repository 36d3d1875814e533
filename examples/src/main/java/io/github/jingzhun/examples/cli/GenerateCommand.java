package io.github.jingzhun.examples.cli;

import io.github.jingzhun.audit.RollLine;
import io.github.jingzhun.examples.population.DepartmentRolls;
import io.github.jingzhun.examples.population.PlantedFaults;
import io.github.jingzhun.examples.population.SyntheticAreas;
import io.github.jingzhun.examples.population.SyntheticPopulation;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.stream.NdjsonWriter;
import io.github.jingzhun.parameter.MissingParameterException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        exitCodeList = {"0:the population was written", "2:usage error",
            "3:it could not be written in full"})
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
            description = "The latest income year, from 2015 (the first year of exits) to 2020 (the last with a "
                    + "national line); each household has records of it and the year before (default: "
                    + "${DEFAULT-VALUE}).")
    Year year = Year.of(2019);

    @Option(names = "--no-progress", description = "Never show progress on standard error.")
    boolean noProgress;

    @Option(names = "--villages", paramLabel = "FILE",
            description = "Also write the villages of the households to FILE, as the areas command reads them; on "
                    + "purpose, the village with the highest code is left out and one with no household added, which "
                    + "the areas command reports.")
    @Nullable Path villages;

    @Option(names = "--counties", paramLabel = "FILE",
            description = "Also write the counties of the households to FILE, as the areas command reads them.")
    @Nullable Path counties;

    @Option(names = "--plant-faults", description = "Plant faults for an audit to find, each named on standard "
            + "error: two persons registered in a second household, a contact cadre with 40 households, an exit "
            + "whose public notice lasted 5 days, a household on the minimum-living-allowance roll typed GENERAL, "
            + "a registered household that now owns a car (at least 200 households). Without it, a large population "
            + "may still hold an ID number twice by chance (AUD-1): numbers are drawn among the 500 that a county, a "
            + "birth date and a sex allow.")
    boolean plantFaults;

    @Option(names = "--roll", paramLabel = "FILE", description = "Also write civil affairs' roll of the minimum "
            + "living allowance of the year for the households written, as NDJSON roll lines (for audit --roll).")
    @Nullable Path roll;

    GenerateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (households < 0) {
            throw new ParameterException(spec.commandLine(), "--households must not be negative: " + households);
        }
        // The files are written after the households: checked first, so that a bad one is said before the work.
        List<Map.Entry<String, Path>> written = new ArrayList<>();
        if (roll != null) {
            OptionFiles.requireWritable(roll, "--roll", spec);
            written.add(Map.entry("--roll", roll));
        }
        if (villages != null) {
            OptionFiles.requireWritable(villages, "--villages", spec);
            written.add(Map.entry("--villages", villages));
        }
        if (counties != null) {
            OptionFiles.requireWritable(counties, "--counties", spec);
            written.add(Map.entry("--counties", counties));
        }
        OptionFiles.requireDistinct(spec, written, List.of());
        SyntheticPopulation population;
        try {
            population = SyntheticPopulation.of(seed, year);
        } catch (IllegalArgumentException | MissingParameterException e) {
            throw new ParameterException(spec.commandLine(), "--year " + year + ": "
                    + Objects.requireNonNullElse(e.getMessage(), "not covered"));
        }
        PlantedFaults planted = null;
        if (plantFaults) {
            try {
                planted = PlantedFaults.in(population, households);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--plant-faults: " + e.getMessage());
            }
        }
        NdjsonWriter out = new NdjsonWriter(io.writer(), JingzhunJson.mapper());
        SyntheticAreas areas = villages != null || counties != null ? SyntheticAreas.of(population) : null;
        NdjsonWriter rollOut = roll == null ? null : new NdjsonWriter(Files.newBufferedWriter(roll,
                StandardCharsets.UTF_8), JingzhunJson.mapper());
        DepartmentRolls civilAffairs = roll == null ? null : DepartmentRolls.minimumLivingAllowance(year);
        try (ProgressBar bar = io.streamProgress("generate", !noProgress, households, "household")) {
            for (long i = 0; i < households; i++) {
                Household household = planted == null ? population.household(i) : planted.household(i);
                out.write(household);
                if (areas != null) {
                    areas.add(household);
                }
                RollLine line = civilAffairs == null ? null : civilAffairs.line(household);
                if (line != null) {
                    try {
                        rollOut.write(line);
                    } catch (IOException e) {
                        throw failedRoll(e);
                    }
                }
                bar.update(i + 1, i + 1);
            }
        } finally {
            if (rollOut != null) {
                try {
                    rollOut.close();
                } catch (IOException e) {
                    throw failedRoll(e);
                }
            }
        }
        out.flush();
        if (areas != null) {
            AreaFiles.write(areas, villages, counties, spec);
        }
        if (planted != null) {
            io.err().println("generate: planted " + planted.faults().size() + " faults:");
            for (PlantedFaults.Fault f : planted.faults()) {
                io.err().println("  " + f.rule().id() + "  " + String.join(", ", f.households().size() > 3
                        ? List.of(f.households().get(0), "… " + f.households().size() + " households")
                        : f.households()) + ": " + f.what());
            }
        }
        return Cli.OK;
    }

    /** A failure to write the roll, naming its file, as the failure to write standard output is told apart. */
    private FileSystemException failedRoll(IOException e) {
        return new FileSystemException(String.valueOf(roll), null, OptionFiles.reason(e));
    }
}

package io.github.jingzhun.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingzhun.AreaAssessment;
import io.github.jingzhun.CountyDecision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.VillageDecision;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.identification.ProvincialBenchmark;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonProblem;
import io.github.jingzhun.json.stream.NdjsonReader;
import io.github.jingzhun.json.stream.NdjsonWriter;
import io.github.jingzhun.parameter.YearParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code areas}: the decisions on villages and counties (ID-V-1, EX-V-1, EX-C-1..3, GR-1) over the households of
 * standard input, read once, as a stream; memory grows with the number of villages, never with households.
 */
@Command(name = "areas", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Decide villages and counties: poor villages, village and county exit, the county's evaluation.",
        description = {"Read the villages (and counties, and provinces' published figures) named by the options, "
                + "then the households of standard input once, as a stream, and write one NDJSON line per village "
                + "and per county: ID-V-1 (a poor village?), EX-V-1 (may the village exit? with the facilities "
                + "considered), AUD-8 (resident officials), EX-C-1 and EX-C-2 with the ST-4 rates (may the county "
                + "exit?), the EX-C-3 steps remaining and the GR-1 transition, each with findings (rule, passed, "
                + "observed, threshold, messages in English and Chinese).",
            "A village with no household read, households naming a village that is not in the villages file, and a "
                + "county with no village are findings, never dropped; a household naming no village counts in "
                + "its county alone, so without --counties the summary counts such households. Households are counted as given: one read "
                + "twice counts twice, so audit the registry first (audit finds repeats, AUD-1). Each input line "
                + "that is not a valid record is written as {\"file\": F, \"line\": N, \"errors\": [...]} (F is - "
                + "for standard input) before the decisions; a summary of every input goes to standard error.",
            "Where no published figures of a province are given, ID-V-1 compares villages with figures computed "
                + "from the households read, and every such finding says so."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every line of every input was a valid record", "1:some lines were errors",
            "2:usage error", "3:the run could not finish, or was stopped (SIGTERM, Ctrl-C); it cannot resume "
                + "with --skip: each village and county needs every household, so run it again"})
final class AreasCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The income year, such as 2019.")
    Year year = Year.of(2019);

    @Option(names = "--villages", required = true, paramLabel = "FILE",
            description = "The villages, one JSON record per line (village.schema.json).")
    Path villages = Path.of("villages.ndjson");

    @Option(names = "--counties", paramLabel = "FILE",
            description = "The counties, one JSON record per line (county.schema.json); without it, no county is "
                    + "decided.")
    @Nullable Path counties;

    @Option(names = "--benchmarks", paramLabel = "FILE",
            description = "Provinces' published rural incidence and per-capita income, one JSON record per line "
                    + "(benchmark.schema.json); records of other years are skipped.")
    @Nullable Path benchmarks;

    @Option(names = "--parameters", paramLabel = "FILE",
            description = "A parameter set (JSON) instead of the national one.")
    @Nullable Path parameters;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    AreasCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        OptionFiles.requireNotStandardInput(spec, "--villages", villages);
        OptionFiles.requireNotStandardInput(spec, "--counties", counties);
        OptionFiles.requireNotStandardInput(spec, "--benchmarks", benchmarks);
        OptionFiles.requireNotStandardInput(spec, "--parameters", parameters);
        JsonImporter importer = reading.importer();
        PovertyPolicy policy = ParameterFiles.policyFor(parameters, importer, spec, year);
        YearParameters yearParameters = policy.parametersFor(year);
        ObjectMapper mapper = importer.mapper();
        NdjsonWriter out = new NdjsonWriter(io.writer(), mapper);
        List<String> summary = new ArrayList<>();
        long errors = 0;

        RecordFile<Village> villageFile = RecordFile.read(villages, "--villages",
                in -> NdjsonReader.villages(importer, in), Village::getCode, "village", errorsOf(villages.toString(), out, mapper), spec);
        errors += villageFile.errors();
        summary.add("villages " + villages + ": " + counts(villageFile.lines(), villageFile.records().size(),
                "village", "villages", villageFile.errors()));
        List<County> countyRecords = null;
        Path countyPath = counties;
        if (countyPath != null) {
            RecordFile<County> countyFile = RecordFile.read(countyPath, "--counties",
                    in -> NdjsonReader.counties(importer, in), County::getCode, "county", errorsOf(countyPath.toString(), out, mapper), spec);
            errors += countyFile.errors();
            countyRecords = countyFile.records();
            summary.add("counties " + countyPath + ": " + counts(countyFile.lines(), countyRecords.size(), "county",
                    "counties", countyFile.errors()));
        }
        List<ProvincialBenchmark> figures = new ArrayList<>();
        Path benchmarkPath = benchmarks;
        if (benchmarkPath != null) {
            RecordFile<ProvincialBenchmark> benchmarkFile = RecordFile.read(benchmarkPath, "--benchmarks",
                    in -> NdjsonReader.benchmarks(importer, in), b -> b.province() + " in " + b.year(), "province",
                    errorsOf(benchmarkPath.toString(), out, mapper), spec);
            errors += benchmarkFile.errors();
            for (ProvincialBenchmark b : benchmarkFile.records()) {
                if (b.year().equals(year)) {
                    figures.add(b);
                }
            }
            summary.add("benchmarks " + benchmarkPath + ": " + English.count(benchmarkFile.lines(), "line") + ": "
                    + English.count(figures.size(), "province") + " of " + year + ", "
                    + String.format(Locale.ROOT, "%,d", benchmarkFile.records().size() - figures.size())
                    + " of other years skipped, " + English.count(benchmarkFile.errors(), "error"));
        }

        AreaAssessment areas = AreaAssessment.of(yearParameters, villageFile.records(), countyRecords, figures);
        HouseholdInput input;
        long[] withoutVillage = {0};
        try (ProgressBar bar = io.inputProgress("areas", !reading.noProgress)) {
            input = new HouseholdInput(NdjsonReader.households(importer, io.input(bar, spec)), year,
                    errorsOf("-", out, mapper));
            input.forEachRemaining(h -> {
                try {
                    areas.add(h);
                } catch (IllegalArgumentException e) {
                    // an income no sum can hold: the household is an error line, not the end of the run
                    input.refuse(List.of(new JsonProblem("$.income", Objects.requireNonNullElse(e.getMessage(),
                            "cannot be summed"))));
                    return;
                }
                withoutVillage[0] += h.getArea().getVillage() == null ? 1 : 0;
            });
        }
        errors += input.errors();
        summary.add(0, "households -: " + counts(input.lines(), input.households(), "household", "households",
                input.errors()));

        long decidedVillages = 0;
        List<VillageDecision> villageDecisions = areas.villages();
        for (VillageDecision v : villageDecisions) {
            out.write(v);
            decidedVillages += v.exit() != null ? 1 : 0;
        }
        long decidedCounties = 0;
        List<CountyDecision> countyDecisions = areas.counties();
        for (CountyDecision c : countyDecisions) {
            out.write(c);
            decidedCounties += c.exit() != null ? 1 : 0;
        }
        out.flush();
        summary.add("wrote " + English.count(villageDecisions.size(), "village decision") + String.format(Locale.ROOT,
                " (%,d decided, %,d not) and ", decidedVillages, villageDecisions.size() - decidedVillages)
                + English.count(countyDecisions.size(), "county decision") + String.format(Locale.ROOT,
                " (%,d decided, %,d not)", decidedCounties, countyDecisions.size() - decidedCounties));
        if (countyRecords == null && withoutVillage[0] > 0) {
            summary.add(English.count(withoutVillage[0], "household") + " named no village: each counts in its "
                    + "county alone, and no county is decided without --counties");
        }
        for (String s : summary) {
            io.err().println("areas: " + s);
        }
        return errors == 0 ? Cli.OK : Cli.ERRORS;
    }

    /** Writes the error lines of an input as {@code {"file": F, "line": N, "errors": [...]}}. */
    private static HouseholdInput.ErrorListener errorsOf(String file, NdjsonWriter out, ObjectMapper mapper) {
        return (line, problems) -> {
            ObjectNode error = mapper.createObjectNode();
            error.put("file", file);
            error.put("line", line);
            ArrayNode list = error.putArray("errors");
            for (JsonProblem p : problems) {
                list.addObject().put("path", p.path()).put("message", p.message());
            }
            try {
                out.write(error);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** A file's counts in words: {@code 3 lines: 1 village, 2 errors}. */
    private static String counts(long lines, long records, String singular, String plural, long errors) {
        return English.count(lines, "line") + ": " + English.count(records, singular, plural) + ", "
                + English.count(errors, "error");
    }
}

package io.github.jingzhun.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.Geography;
import io.github.jingzhun.examples.population.County;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.identification.Outcome;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.stream.NdjsonReader;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.RegionalLine;
import io.github.jingzhun.statistics.AlkireFoster;
import io.github.jingzhun.statistics.Dimension;
import io.github.jingzhun.statistics.FosterGreerThorbecke;
import io.github.jingzhun.statistics.MultidimensionalPoverty;
import io.github.jingzhun.statistics.Progress;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code stats}: the decisions counted and the poverty statistics (ST-1..5), as a table or JSON. */
@Command(name = "stats", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Count decisions and compute the poverty statistics, as a table or JSON.",
        description = {"Read the households of standard input once and print a summary: outcomes (ID-H-3), "
                + "household types (ID-H-4), exit (EX-H), monitoring (MON-2), FGT P0-P2 (ST-2), Alkire-Foster H, A, "
                + "M0-M2 (ST-3), incidence (ST-1) and progress (ST-5), and by county. Error lines are counted, "
                + "reported on standard error and left out."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every line was a valid household", "1:some lines were errors", "2:usage error",
            "3:the run could not finish, or was stopped (SIGTERM, Ctrl-C); it cannot resume "
                + "with --skip: its summary needs every line, so run it again"})
final class StatsCommand implements Callable<Integer> {

    /** How the summary is written. */
    enum Format {
        /** Tables for people. */
        TABLE,
        /** One JSON document for programs. */
        JSON
    }

    private final Io io;

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The income year, such as 2019.")
    Year year = Year.of(2019);

    @Option(names = "--parameters", paramLabel = "FILE",
            description = "A parameter set (JSON) instead of the national one.")
    @Nullable Path parameters;

    @Option(names = "--line", paramLabel = "YUAN", converter = Converters.YuanConverter.class,
            description = "Replace the national line of the year, such as 4000 or 3,218.50 (a what-if; see also "
                    + "scenario).")
    @Nullable Yuan line;

    @Option(names = "--k", paramLabel = "K", defaultValue = "1/3", converter = Converters.CutoffConverter.class,
            description = "The Alkire-Foster cutoff k, a fraction or decimal in (0, 1] (default: ${DEFAULT-VALUE}); "
                    + "a score short of k by at most 1e-9 reaches it, so that 1/3 is one third.")
    double k;

    @Option(names = "--dimensions", paramLabel = "DIMENSION", split = ",",
            description = "The Alkire-Foster dimensions, equally weighted (default: all of ${COMPLETION-CANDIDATES}).")
    @Nullable List<Dimension> dimensions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.TABLE;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    StatsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        OptionFiles.requireNotStandardInput(spec, "--parameters", parameters);
        JsonImporter importer = reading.importer();
        PovertyPolicy policy = ParameterFiles.policy(parameters, importer, spec, "--parameters");
        Yuan amount = line;
        if (amount != null) {
            policy = PovertyPolicy.of(Converters.withLine(policy.parameters(),
                    Converters.origin("--parameters", parameters), year, amount, spec));
        }
        ParameterFiles.requireYear(policy, year, spec);
        AlkireFoster measure = measure(dimensions, k, spec);
        PopulationSummary summary = new PopulationSummary(policy, year, measure);
        ErrorReport errors = new ErrorReport(io.err(), "stats");
        HouseholdInput input;
        try (ProgressBar bar = io.inputProgress("stats", !reading.noProgress)) {
            input = new HouseholdInput(NdjsonReader.households(importer, io.input(bar, spec)), year, errors);
            input.forEachRemaining(summary::add);
        }
        errors.finish();
        PopulationSummary.Result result = summary.result();
        Writer out = io.writer();
        if (format == Format.JSON) {
            ObjectMapper mapper = JingzhunJson.mapper();
            out.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json(mapper, input, policy, result,
                    measure)));
            out.write('\n');
        } else {
            out.write(table(input, policy, result, measure));
        }
        out.flush();
        return input.errors() == 0 ? Cli.OK : Cli.ERRORS;
    }

    /**
     * The Alkire–Foster measure of the options: the dimensions chosen (all by default), equally weighted; each
     * dimension named once, as a weight is counted once.
     */
    static AlkireFoster measure(@Nullable List<Dimension> dimensions, double k, CommandSpec spec) {
        if (dimensions == null) {
            return AlkireFoster.equalWeights(EnumSet.allOf(Dimension.class), k);
        }
        if (dimensions.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--dimensions names no dimension: name one or more of "
                    + EnumSet.allOf(Dimension.class) + ", or leave the option out for all");
        }
        // picocli's split drops what follows a last comma; a dimension left out that way is a mistake to say.
        ParseResult parsed = spec.commandLine().getParseResult();
        OptionSpec given = parsed == null ? null : parsed.matchedOption("--dimensions");
        if (given != null && given.originalStringValues().stream().anyMatch(v -> v.endsWith(","))) {
            throw new ParameterException(spec.commandLine(), "--dimensions ends with a comma: name a dimension "
                    + "after each comma");
        }
        Set<Dimension> chosen = EnumSet.noneOf(Dimension.class);
        for (Dimension d : dimensions) {
            if (!chosen.add(d)) {
                throw new ParameterException(spec.commandLine(), "--dimensions names " + d + " twice");
            }
        }
        return AlkireFoster.equalWeights(chosen, k);
    }

    /** How the parameters are described in a heading. */
    static String describe(PovertyPolicy policy, Year year) {
        Yuan national = policy.parametersFor(year).nationalLine().amount();
        PolicyParameters set = policy.parameters();
        int departures = set.deviations().size();
        String name = set.equals(PolicyParameters.national()) ? "national parameters"
                : "parameters \"" + set.getName() + "\" (" + (departures == 0 ? "no departure"
                        : English.count(departures, "departure")) + " from the national standard)";
        List<RegionalLine> regional = regionalLines(policy, year);
        return name + ", line " + national + " yuan per person" + (regional.isEmpty() ? ""
                : " (national; own lines: " + regional.stream()
                        .map(l -> "area " + l.area() + " " + l.amount()).collect(Collectors.joining(", ")) + ")");
    }

    /** The provincial and city lines a set gives for a year, which households there are measured against. */
    static List<RegionalLine> regionalLines(PovertyPolicy policy, Year year) {
        return policy.parameters().getRegionalLines().stream().filter(l -> l.year().equals(year)).toList();
    }

    /** The regional lines of a year as JSON: an array of area and line. */
    static void putRegionalLines(ObjectNode node, String field, PovertyPolicy policy, Year year) {
        ArrayNode lines = node.putArray(field);
        regionalLines(policy, year).forEach(l -> lines.addObject().put("area", String.valueOf(l.area()))
                .put("line", l.amount().toBigDecimal()));
    }

    private String table(HouseholdInput input, PovertyPolicy policy, PopulationSummary.Result r,
            AlkireFoster measure) {
        StringBuilder s = new StringBuilder();
        s.append("Jingzhun statistics, income year ").append(year).append(": ").append(describe(policy, year))
                .append('\n');
        s.append("Read ").append(English.count(input.lines(), "line")).append(": ")
                .append(English.count(r.all().households, "household")).append(" (")
                .append(English.count(r.all().persons, "person")).append("), ")
                .append(English.count(input.errors(), "error")).append("\n\n");

        Table decisions = new Table("Decisions", "households", "persons");
        decisions.row("Identification (ID-H-3)");
        for (Outcome o : Outcome.values()) {
            PopulationSummary.Count c = r.outcomes().get(o);
            decisions.row("  " + o, Table.count(c.households), Table.count(c.persons));
            if (o == Outcome.ELIGIBLE) {
                for (HouseholdType t : HouseholdType.values()) {
                    PopulationSummary.Count tc = r.types().get(t);
                    decisions.row("    type " + t, Table.count(tc.households), Table.count(tc.persons));
                }
            }
        }
        decisions.row("Exit of registered households (EX-H)");
        decisions.row("  exit eligible", Table.count(r.exitEligible().households),
                Table.count(r.exitEligible().persons));
        decisions.row("  not exit eligible", Table.count(r.exitNotEligible().households),
                Table.count(r.exitNotEligible().persons));
        decisions.row("Monitoring (MON-2)");
        for (Map.Entry<String, PopulationSummary.Count> e : r.monitoring().entrySet()) {
            decisions.row("  " + (e.getKey().equals("NONE") ? "not monitored" : e.getKey()),
                    Table.count(e.getValue().households), Table.count(e.getValue().persons));
        }
        s.append(decisions.render("")).append('\n');

        FosterGreerThorbecke fgt = r.fgt();
        MultidimensionalPoverty af = r.multidimensional();
        Progress.Counts total = r.progress().total();
        Table measures = new Table("Poverty measures (persons)", "value");
        measures.row("FGT P0, headcount ratio (ST-2)", Table.percent(fgt.p0()));
        measures.row("FGT P1, poverty gap", Table.percent(fgt.p1()));
        measures.row("FGT P2, squared poverty gap", Table.percent(fgt.p2()));
        measures.row("Alkire-Foster H, " + English.count(measure.weights().size(), "dimension") + ", k = "
                + cutoff(measure.cutoff()) + " (ST-3)", Table.percent(af.h()));
        measures.row("Alkire-Foster A, intensity", Table.percent(af.a()));
        measures.row("Alkire-Foster M0 = H x A", Table.decimal(af.m0()));
        measures.row("Alkire-Foster M1, M2", Table.decimal(af.m1()) + ", " + Table.decimal(af.m2()));
        measures.row("Incidence, persons registered and not exited (ST-1)", r.incidence().percent() + "%");
        measures.row("Progress (ST-5), persons on the registry in " + year, Table.count(total.registered()));
        measures.row("  exited in " + year, Table.count(total.exited()));
        measures.row("  relapsed: exited before, poor again", Table.count(total.relapsed()));
        measures.row("  still registered at the end of " + year, Table.count(total.remaining()));
        s.append(measures.render("")).append('\n');

        Table dimensions = new Table("Alkire-Foster by dimension (ST-3)", "weight", "deprived", "deprived and poor",
                "share of M0");
        for (MultidimensionalPoverty.IndicatorMeasures i : af.indicators()) {
            dimensions.row(i.dimension(), Table.percent(i.weight()), Table.percent(i.uncensoredHeadcountRatio()),
                    Table.percent(i.censoredHeadcountRatio()), Table.percent(i.contribution()));
        }
        s.append(dimensions.render("")).append('\n');

        Geography geography = policy.parameters().getGeography();
        Table counties = new Table("County", "", "region", "zone", "households", "persons", "P0", "AF H", "AF M0",
                "share of M0").left(4);
        // Progress counts persons: a table of its own, so that its columns are not read as households.
        Table progress = new Table("Progress by county (ST-5), persons", "on the registry", "exited in " + year,
                "relapsed", "still registered");
        for (Map.Entry<CountyCode, PopulationSummary.Count> e : r.counties().entrySet()) {
            CountyCode code = e.getKey();
            County known = County.of(code);
            MultidimensionalPoverty.SubgroupMeasures sub = af.subgroup(code.toString());
            FosterGreerThorbecke cf = r.countyFgt().get(code);
            counties.row(code, known == null ? "" : known.name(), geography.policyRegion(code),
                    geography.climateZone(code), Table.count(e.getValue().households),
                    Table.count(e.getValue().persons), cf == null ? "" : Table.percent(cf.p0()),
                    sub == null ? "" : Table.percent(sub.h()), sub == null ? "" : Table.decimal(sub.m0()),
                    sub == null ? "" : Table.percent(sub.contribution()));
            Progress.Counts p = r.progress().county(code);
            progress.row(known == null ? code : code + "  " + known.name(), Table.count(p.registered()),
                    Table.count(p.exited()), Table.count(p.relapsed()), Table.count(p.remaining()));
        }
        s.append(counties.render("")).append('\n');
        s.append(progress.render(""));
        return s.toString();
    }

    /** The cutoff as written, such as {@code 1/3} when it is one, or {@code 1}. */
    static String cutoff(double k) {
        if (k == 1) {
            return "1";
        }
        for (int d = 2; d <= 10; d++) {
            for (int n = 1; n < d; n++) {
                if (Math.abs(k - (double) n / d) < 1e-9) {
                    return n + "/" + d;
                }
            }
        }
        return java.math.BigDecimal.valueOf(k).stripTrailingZeros().toPlainString();
    }

    private ObjectNode json(ObjectMapper mapper, HouseholdInput input, PovertyPolicy policy,
            PopulationSummary.Result r, AlkireFoster measure) {
        ObjectNode root = mapper.createObjectNode();
        root.put("year", year.getValue());
        root.put("parameters", policy.parameters().getName());
        root.put("line", policy.parametersFor(year).nationalLine().amount().toBigDecimal());
        putRegionalLines(root, "regionalLines", policy, year);
        root.put("lines", input.lines());
        root.put("households", r.all().households);
        root.put("persons", r.all().persons);
        root.put("errors", input.errors());
        ObjectNode outcomes = root.putObject("outcomes");
        r.outcomes().forEach((o, c) -> count(outcomes.putObject(o.name()), c));
        ObjectNode types = root.putObject("eligibleTypes");
        r.types().forEach((t, c) -> count(types.putObject(t.name()), c));
        ObjectNode exit = root.putObject("exit");
        count(exit.putObject("eligible"), r.exitEligible());
        count(exit.putObject("notEligible"), r.exitNotEligible());
        ObjectNode monitoring = root.putObject("monitoring");
        r.monitoring().forEach((m, c) -> count(monitoring.putObject(m), c));
        ObjectNode fgt = root.putObject("fgt");
        fgt.put("poorPersons", r.fgt().poorPersons());
        fgt.put("p0", r.fgt().p0());
        fgt.put("p1", r.fgt().p1());
        fgt.put("p2", r.fgt().p2());
        MultidimensionalPoverty af = r.multidimensional();
        ObjectNode alkireFoster = root.putObject("alkireFoster");
        alkireFoster.put("k", measure.cutoff());
        ArrayNode dims = alkireFoster.putArray("dimensions");
        measure.weights().keySet().forEach(d -> dims.add(d.name()));
        alkireFoster.put("poorPersons", af.poorPersons());
        alkireFoster.put("h", af.h());
        alkireFoster.put("a", af.a());
        alkireFoster.put("m0", af.m0());
        alkireFoster.put("m1", af.m1());
        alkireFoster.put("m2", af.m2());
        ObjectNode censored = alkireFoster.putObject("censoredHeadcountRatios");
        ObjectNode uncensored = alkireFoster.putObject("uncensoredHeadcountRatios");
        ObjectNode contributions = alkireFoster.putObject("contributions");
        af.indicators().forEach(i -> {
            censored.put(i.dimension().name(), i.censoredHeadcountRatio());
            uncensored.put(i.dimension().name(), i.uncensoredHeadcountRatio());
            contributions.put(i.dimension().name(), i.contribution());
        });
        ObjectNode incidence = root.putObject("incidence");
        incidence.put("poorPersons", r.incidence().poorPersons());
        incidence.put("population", r.incidence().population());
        incidence.put("percent", r.incidence().percent());
        progress(root.putObject("progress"), r.progress().total());
        ArrayNode counties = root.putArray("counties");
        Geography geography = policy.parameters().getGeography();
        r.counties().forEach((code, c) -> {
            ObjectNode county = counties.addObject();
            county.put("county", code.toString());
            county.put("region", geography.policyRegion(code).name());
            county.put("zone", geography.climateZone(code).name());
            count(county, c);
            FosterGreerThorbecke cf = r.countyFgt().get(code);
            if (cf != null) {
                county.put("p0", cf.p0());
            }
            MultidimensionalPoverty.SubgroupMeasures sub = af.subgroup(code.toString());
            if (sub != null) {
                county.put("h", sub.h());
                county.put("m0", sub.m0());
                county.put("m0Contribution", sub.contribution());
            }
            progress(county.putObject("progress"), r.progress().county(code));
        });
        return root;
    }

    private static void count(ObjectNode node, PopulationSummary.Count c) {
        node.put("households", c.households);
        node.put("persons", c.persons);
    }

    /** Progress counts persons, and its keys say so beside the households and persons of a count. */
    private static void progress(ObjectNode node, Progress.Counts c) {
        node.put("registeredPersons", c.registered());
        node.put("exitedPersons", c.exited());
        node.put("relapsedPersons", c.relapsed());
        node.put("remainingPersons", c.remaining());
    }
}

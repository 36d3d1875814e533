package io.github.jingzhun.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.stream.NdjsonReader;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.Deviation;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.scenario.ParameterScenario;
import io.github.jingzhun.scenario.PopulationStatistics;
import io.github.jingzhun.scenario.Shock;
import io.github.jingzhun.scenario.ShockScenario;
import io.github.jingzhun.scenario.Transitions;
import io.github.jingzhun.statistics.AlkireFoster;
import io.github.jingzhun.statistics.Dimension;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code scenario}: one population under two parameter sets (SC-1, {@link ParameterScenario}) and/or under a shock
 * (SC-2, {@link ShockScenario}), from one reading of standard input.
 */
@Command(name = "scenario", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Compare two parameter sets (SC-1) and/or apply a shock (SC-2).",
        description = {"Compare the households of standard input under two parameter sets (SC-1): the base "
                + "(national, or --base) and a variant (--line and/or --parameters), with every statistic, its "
                + "difference and the households that change outcome. And/or apply a shock (SC-2, --shock) under "
                + "the base and count the transitions: poor and not poor, exit eligible and not, monitoring "
                + "categories. The input is read once."},
        footerHeading = "%nExamples:%n",
        footer = {"  scenario --year 2019 --line 4000 < households.ndjson",
            "  scenario --year 2019 --shock illness:0:20000 < households.ndjson",
            "  scenario --year 2019 --parameters province.json --shock lost-job:0:5000 \\",
            "      --format json < in.ndjson"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every line was a valid household", "1:some lines were errors", "2:usage error",
            "3:the run could not finish, or was stopped (SIGTERM, Ctrl-C); it cannot resume "
                + "with --skip: its comparison needs every line, so run it again"})
final class ScenarioCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The income year, such as 2019.")
    Year year = Year.of(2019);

    @Option(names = "--base", paramLabel = "FILE",
            description = "The base parameter set (JSON); the national one by default.")
    @Nullable Path base;

    @Option(names = "--parameters", paramLabel = "FILE",
            description = "The variant parameter set (JSON) to compare with the base.")
    @Nullable Path parameters;

    @Option(names = "--line", paramLabel = "YUAN", converter = Converters.YuanConverter.class,
            description = "The variant's line for the year, such as 4000 or 3,218.50 (on --parameters, or on the "
                    + "base).")
    @Nullable Yuan line;

    @Option(names = "--shock", paramLabel = "SHOCK", converter = Converters.ShockConverter.class,
            description = "A shock applied to every household under the base parameters: illness:MEMBER:COSTS, "
                    + "disaster:PRODUCTION_LOST:LOSS or lost-job:MEMBER:WAGE_LOST (members from 0, amounts in "
                    + "yuan), such as illness:0:20000. Illness also makes the member SERIOUS_ILLNESS, so a shock "
                    + "costing nothing can still open a medical gap; a lost job leaves the member neither employed "
                    + "nor in migrant work. A household without that member is left unchanged; one without a record "
                    + "for the year is an error, counted in no statistic.")
    @Nullable Shock shock;

    @Option(names = "--k", paramLabel = "K", defaultValue = "1/3", converter = Converters.CutoffConverter.class,
            description = "The Alkire-Foster cutoff k (default: ${DEFAULT-VALUE}).")
    double k;

    @Option(names = "--dimensions", paramLabel = "DIMENSION", split = ",",
            description = "The Alkire-Foster dimensions, equally weighted (default: all).")
    @Nullable List<Dimension> dimensions;

    @Option(names = "--changed", paramLabel = "N", defaultValue = "10",
            description = "How many ids of households that change outcome to list in the table (default: "
                    + "${DEFAULT-VALUE}; JSON lists them all).")
    int changed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    StatsCommand.Format format = StatsCommand.Format.TABLE;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    ScenarioCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        OptionFiles.requireNotStandardInput(spec, "--base", base);
        OptionFiles.requireNotStandardInput(spec, "--parameters", parameters);
        JsonImporter importer = reading.importer();
        PovertyPolicy basePolicy = ParameterFiles.policy(base, importer, spec, "--base");
        ParameterFiles.requireYear(basePolicy, year, spec);
        PovertyPolicy variant = null;
        Path variantFile = parameters;
        Yuan amount = line;
        if (variantFile != null || amount != null) {
            PolicyParameters p = variantFile == null ? basePolicy.parameters()
                    : ParameterFiles.read(variantFile, importer, spec, "--parameters");
            variant = PovertyPolicy.of(amount == null ? p : Converters.withLine(p, variantFile != null
                    ? Converters.origin("--parameters", variantFile) : Converters.origin("--base", base), year, amount,
                    spec));
            ParameterFiles.requireYear(variant, year, spec);
        }
        Shock theShock = shock;
        if (variant == null && theShock == null) {
            throw new ParameterException(spec.commandLine(),
                    "Nothing to compare: give a variant (--line, --parameters) and/or a --shock");
        }
        if (changed < 0) {
            throw new ParameterException(spec.commandLine(), "--changed must not be negative: " + changed);
        }
        AlkireFoster measure = StatsCommand.measure(dimensions, k, spec);
        List<Function<Iterable<Household>, Object>> analyses = new ArrayList<>();
        PovertyPolicy variantPolicy = variant;
        if (variantPolicy != null) {
            analyses.add(h -> ParameterScenario.compare(h, basePolicy, variantPolicy, year, measure));
        }
        if (theShock != null) {
            analyses.add(h -> ShockScenario.run(h, theShock, basePolicy, year));
        }
        ErrorReport errors = new ErrorReport(io.err(), "scenario");
        HouseholdInput input;
        List<Object> results;
        try (ProgressBar bar = io.inputProgress("scenario", !reading.noProgress)) {
            input = new HouseholdInput(NdjsonReader.households(importer, io.input(bar, spec)), year, errors);
            results = Fanout.run(input, analyses);
        }
        errors.finish();
        ParameterScenario comparison = variantPolicy == null ? null : (ParameterScenario) results.get(0);
        Transitions shocked = theShock == null ? null : (Transitions) results.get(results.size() - 1);
        Writer out = io.writer();
        if (format == StatsCommand.Format.JSON) {
            ObjectMapper mapper = JingzhunJson.mapper();
            out.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(
                    json(mapper, input, basePolicy, variantPolicy, comparison, measure, theShock, shocked)));
            out.write('\n');
        } else {
            out.write(table(input, basePolicy, variantPolicy, comparison, measure, theShock, shocked));
        }
        out.flush();
        return input.errors() == 0 ? Cli.OK : Cli.ERRORS;
    }

    private String table(HouseholdInput input, PovertyPolicy basePolicy, @Nullable PovertyPolicy variantPolicy,
            @Nullable ParameterScenario comparison, AlkireFoster measure, @Nullable Shock theShock,
            @Nullable Transitions shocked) {
        StringBuilder s = new StringBuilder();
        s.append("Read ").append(English.count(input.lines(), "line")).append(": ")
                .append(English.count(input.households(), "household")).append(", ")
                .append(English.count(input.errors(), "error")).append('\n');
        if (comparison != null && variantPolicy != null) {
            s.append("\nSC-1, income year ").append(year).append('\n');
            s.append("  base:    ").append(StatsCommand.describe(basePolicy, year)).append('\n');
            s.append("  variant: ").append(StatsCommand.describe(variantPolicy, year)).append('\n');
            s.append("  Alkire-Foster (ST-3): ").append(English.count(measure.weights().size(), "dimension"))
                    .append(" (")
                    .append(measure.weights().keySet().stream().map(Enum::name).collect(Collectors.joining(", ")))
                    .append("), k = ").append(StatsCommand.cutoff(measure.cutoff())).append("\n\n");
            Table values = new Table("Statistic (persons)", "base", "variant", "difference");
            Map<String, Double> before = comparison.base().values();
            Map<String, Double> after = comparison.variant().values();
            for (Map.Entry<String, Double> e : comparison.differences().entrySet()) {
                Statistic statistic = Statistic.of(e.getKey(), year);
                double b = before.getOrDefault(e.getKey(), 0.0);
                double v = after.getOrDefault(e.getKey(), 0.0);
                boolean ratio = !statistic.persons();
                values.row(statistic.label(), ratio ? Table.percent(b) : Table.count(Math.round(b)),
                        ratio ? Table.percent(v) : Table.count(Math.round(v)),
                        ratio ? Table.points(e.getValue()) : String.format(Locale.ROOT, "%+,d",
                                Math.round(e.getValue())));
            }
            s.append(values.render("")).append('\n');
            String departures = ParameterFiles.departures(variantPolicy.parameters(), "the variant");
            if (!departures.isEmpty()) {
                s.append(departures).append('\n');
            }
            s.append(transitions("base -> variant", comparison.transitions()));
        }
        if (theShock != null && shocked != null) {
            s.append("\nSC-2, income year ").append(year).append(": ").append(theShock.describe())
                    .append(", under the base: ").append(StatsCommand.describe(basePolicy, year)).append("\n\n");
            s.append(transitions("before -> after the shock", shocked));
        }
        return s.toString();
    }

    private String transitions(String heading, Transitions t) {
        StringBuilder s = new StringBuilder();
        Table table = new Table("Transitions, " + heading, "households");
        table.row("Identification (ID-H-3)");
        t.identification().forEach((pair, n) -> table.row("  " + pair, Table.count(n)));
        table.row("Exit eligibility of every household (EX-H), registered or not");
        t.exit().forEach((pair, n) -> table.row("  " + pair, Table.count(n)));
        table.row("Monitoring (MON-2)");
        t.monitoring().forEach((pair, n) -> table.row("  " + pair, Table.count(n)));
        s.append(table.render(""));
        List<String> ids = t.changed();
        s.append(String.format(Locale.ROOT, "%nHouseholds whose outcome changed: %,d", ids.size()));
        if (!ids.isEmpty() && changed > 0) {
            s.append(": ").append(String.join(", ", ids.subList(0, Math.min(changed, ids.size()))));
            if (ids.size() > changed) {
                s.append(String.format(Locale.ROOT, " and %,d more", ids.size() - changed));
            }
        }
        return s.append('\n').toString();
    }

    /**
     * A statistic of {@link PopulationStatistics#values()} as the output shows it.
     *
     * @param label its row in the table
     * @param path its place in JSON, named as {@code stats} names it: for a count of persons the unit is in the key
     * @param persons true for a count of persons, false for a ratio
     */
    private record Statistic(String label, List<String> path, boolean persons) {

        static Statistic of(String name, Year year) {
            return switch (name) {
                case "P0" -> ratio("FGT P0, headcount ratio", "p0");
                case "P1" -> ratio("FGT P1, poverty gap", "p1");
                case "P2" -> ratio("FGT P2, squared gap", "p2");
                case "H" -> ratio("Alkire-Foster H", "h");
                case "A" -> ratio("Alkire-Foster A", "a");
                case "M0" -> ratio("Alkire-Foster M0", "m0");
                case "M1" -> ratio("Alkire-Foster M1", "m1");
                case "M2" -> ratio("Alkire-Foster M2", "m2");
                case "registered" -> new Statistic("Persons on the registry in " + year + " (ST-5)",
                        List.of("registeredPersons"), true);
                case "exited" -> new Statistic("  exited in " + year, List.of("exitedPersons"), true);
                case "relapsed" -> new Statistic("  relapsed: exited before, poor again", List.of("relapsedPersons"),
                        true);
                case "remaining" -> new Statistic("  still registered at the end of " + year,
                        List.of("remainingPersons"), true);
                default -> part(name);
            };
        }

        /**
         * A dimension's or a county's part of Alkire-Foster, such as {@code M0.522727}, or a county's persons of ST-5,
         * such as {@code relapsed.522727}, named as stats names it.
         */
        private static Statistic part(String name) {
            int dot = name.indexOf('.');
            if (dot < 0) {
                return ratio(name, name);
            }
            String whose = name.substring(dot + 1);
            if (name.startsWith(PopulationStatistics.CENSORED)) {
                return ratio("  " + whose + ", deprived and poor", "censoredHeadcountRatios", whose);
            }
            boolean county = !whose.isEmpty() && Character.isDigit(whose.charAt(0));
            if (name.startsWith(PopulationStatistics.CONTRIBUTION)) {
                return county ? ratio("  county " + whose + ", share of M0", "counties", whose, "m0Contribution")
                        : ratio("  " + whose + ", share of M0", "contributions", whose);
            }
            String measure = name.substring(0, dot);
            return switch (measure) {
                case "registered", "exited", "relapsed", "remaining" -> new Statistic("  county " + whose + ", "
                        + measure + " persons (ST-5)", List.of("counties", whose, "progress", measure + "Persons"), true);
                default -> ratio("  county " + whose + ", " + measure, "counties", whose,
                        measure.toLowerCase(Locale.ROOT));
            };
        }

        private static Statistic ratio(String label, String... path) {
            return new Statistic(label, List.of(path), false);
        }

        /** Puts a value at this statistic's place: a count of persons as an integer. */
        void put(ObjectNode node, double value) {
            ObjectNode at = node;
            for (String key : path.subList(0, path.size() - 1)) {
                at = at.get(key) instanceof ObjectNode inner ? inner : at.putObject(key);
            }
            String key = path.get(path.size() - 1);
            if (persons) {
                at.put(key, Math.round(value));
            } else {
                at.put(key, value);
            }
        }
    }

    private ObjectNode json(ObjectMapper mapper, HouseholdInput input, PovertyPolicy basePolicy,
            @Nullable PovertyPolicy variantPolicy, @Nullable ParameterScenario comparison, AlkireFoster measure,
            @Nullable Shock theShock, @Nullable Transitions shocked) {
        ObjectNode root = mapper.createObjectNode();
        root.put("year", year.getValue());
        root.put("lines", input.lines());
        root.put("households", input.households());
        root.put("errors", input.errors());
        if (comparison != null && variantPolicy != null) {
            ObjectNode sc1 = root.putObject("parameters");
            sc1.put("baseParameters", basePolicy.parameters().getName());
            sc1.put("variantParameters", variantPolicy.parameters().getName());
            sc1.put("baseLine", basePolicy.parametersFor(year).nationalLine().amount().toBigDecimal());
            sc1.put("variantLine", variantPolicy.parametersFor(year).nationalLine().amount().toBigDecimal());
            StatsCommand.putRegionalLines(sc1, "baseRegionalLines", basePolicy, year);
            StatsCommand.putRegionalLines(sc1, "variantRegionalLines", variantPolicy, year);
            ObjectNode alkireFoster = sc1.putObject("alkireFoster");
            alkireFoster.put("k", measure.cutoff());
            ArrayNode dimensions = alkireFoster.putArray("dimensions");
            measure.weights().keySet().forEach(dimension -> dimensions.add(dimension.name()));
            ObjectNode b = sc1.putObject("base");
            comparison.base().values().forEach((name, value) -> Statistic.of(name, year).put(b, value));
            ObjectNode v = sc1.putObject("variant");
            comparison.variant().values().forEach((name, value) -> Statistic.of(name, year).put(v, value));
            ObjectNode d = sc1.putObject("differences");
            comparison.differences().forEach((name, value) -> Statistic.of(name, year).put(d, value));
            ArrayNode deviations = sc1.putArray("deviations");
            for (Deviation dev : comparison.deviations()) {
                ObjectNode o = deviations.addObject();
                o.put("parameter", dev.parameter());
                o.put("national", dev.national());
                o.put("value", dev.value());
                o.put("reason", dev.reason());
            }
            transitions(sc1.putObject("transitions"), comparison.transitions());
        }
        if (theShock != null && shocked != null) {
            ObjectNode sc2 = root.putObject("shock");
            sc2.put("shock", theShock.describe());
            sc2.put("baseParameters", basePolicy.parameters().getName());
            sc2.put("baseLine", basePolicy.parametersFor(year).nationalLine().amount().toBigDecimal());
            StatsCommand.putRegionalLines(sc2, "baseRegionalLines", basePolicy, year);
            transitions(sc2.putObject("transitions"), shocked);
        }
        return root;
    }

    private static void transitions(ObjectNode node, Transitions t) {
        ObjectNode identification = node.putObject("identification");
        t.identification().forEach(identification::put);
        ObjectNode exit = node.putObject("exit");
        t.exit().forEach(exit::put);
        ObjectNode monitoring = node.putObject("monitoring");
        t.monitoring().forEach(monitoring::put);
        ArrayNode changed = node.putArray("changed");
        t.changed().forEach(changed::add);
    }
}

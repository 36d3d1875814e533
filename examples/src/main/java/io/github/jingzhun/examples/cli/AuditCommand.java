package io.github.jingzhun.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.audit.DepartmentRoll;
import io.github.jingzhun.audit.RollLine;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonProblem;
import io.github.jingzhun.json.stream.NdjsonAudit;
import io.github.jingzhun.json.stream.NdjsonLine;
import io.github.jingzhun.json.stream.NdjsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code audit}: the supervision of a whole registry, one finding per line, through json's {@link NdjsonAudit}. */
@Command(name = "audit", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        header = "Audit a registry: one finding per line, naming households by id, and a summary by rule.",
        description = {"Audit the households of a registry (NDJSON, one household per line, on standard input or "
                + "--households FILE) for an income year and write one line per finding (audit-finding.schema.json): "
                + "the rule, the households involved by registry id, the observed value, the threshold and a "
                + "message in English and Chinese. Never a name or an ID number: a member is its household's id "
                + "and index. Each household's own record (AUD-3 to AUD-8 and AUD-10, with AUD-7 over its recorded "
                + "procedures) and each department's roll against it (AUD-9) come in input order; then the findings "
                + "across households: an ID number registered in two households or a household id on two records "
                + "(AUD-1) and contact cadres paired with too many households (AUD-8). A line that is not a valid household is written as "
                + "{\"line\": N, \"errors\": [...]}. The summary by rule goes to standard error, and as JSON to "
                + "--summary FILE.",
            "",
            "Every ID number is compared: what the audit must remember is spilled to temporary files (16 bytes a "
                + "person), deleted at the end, so a national registry fits a small heap."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every line was a valid household (findings or not)", "1:some lines were errors", "2:usage error, such as a roll with a bad line or none",
            "3:the run could not finish, or was stopped (SIGTERM, Ctrl-C); it cannot resume "
                + "with --skip: AUD-1 and AUD-8 compare every household with every other, so run it again"})
final class AuditCommand implements Callable<Integer> {

    /** The bad lines of a roll named in its refusal; the others are counted. */
    private static final int BAD_LINES_NAMED = 100;

    private final Io io;

    @Spec
    CommandSpec spec = CommandSpec.create();

    @Option(names = "--year", required = true, paramLabel = "YEAR",
            description = "The income year audited, such as 2019: its income records, line and parameters.")
    Year year = Year.of(2019);

    @Option(names = "--households", paramLabel = "FILE",
            description = "Read the registry from a file instead of standard input.")
    @Nullable Path households;

    @Option(names = "--roll", paramLabel = "FILE",
            description = "Another department's roll to compare with the registry (AUD-9), as NDJSON roll lines "
                    + "(roll-line.schema.json), such as civil affairs' minimum-living-allowance roll; repeatable. A "
                    + "roll is held in memory, about 400 bytes a line. A roll with a bad line, or with none, is a "
                    + "usage error: nothing is audited against half a roll, nor against no roll.")
    List<Path> rolls = new ArrayList<>();

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Also write the summary as JSON: lines, households, errors, rolls and findings by rule.")
    @Nullable Path summaryFile;

    @Option(names = "--parameters", paramLabel = "FILE",
            description = "A parameter set (JSON, see the parameters command) instead of the national one.")
    @Nullable Path parameters;

    @Option(names = "--threads", paramLabel = "N",
            description = "Audit households on N worker threads while one thread reads, writes and compares ID "
                    + "numbers, in input order; the output is the same whatever N (default: ${DEFAULT-VALUE}).")
    int threads = AssessCommand.defaultThreads();

    @Option(names = "--spill-dir", paramLabel = "DIR",
            description = "Where the temporary files go (default: the system's temporary directory).")
    @Nullable Path spillDirectory;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    AuditCommand(Io io) {
        this.io = io;
    }

    /** A roll file read: its name, rolls and number of lines. */
    private record RollFile(Path file, List<DepartmentRoll> rolls, long lines) {}

    @Override
    public Integer call() throws IOException {
        List<Map.Entry<String, Path>> read = new ArrayList<>();
        rolls.forEach(file -> read.add(Map.entry("--roll", file)));
        if (parameters != null) {
            read.add(Map.entry("--parameters", parameters));
        }
        if (households == null || OptionFiles.isStandardInput(households)) {
            OptionFiles.requireNotStandardInput(spec, read);
        }
        if (households != null) {
            read.add(Map.entry("--households", households));
        }
        JsonImporter importer = reading.importer();
        PovertyPolicy policy = ParameterFiles.policy(parameters, importer, spec, "--parameters");
        ParameterFiles.requireYear(policy, year, spec);
        AssessCommand.checkThreads(threads, spec);
        OptionFiles.requireOnce(spec, "--roll", rolls);
        if (summaryFile != null) {
            OptionFiles.requireWritable(summaryFile, "--summary", spec);
            OptionFiles.requireDistinct(spec, List.of(Map.entry("--summary", summaryFile)), read);
        }
        if (spillDirectory != null) {
            OptionFiles.requireDirectory(spillDirectory, "--spill-dir", spec);
        }
        List<RollFile> rollFiles = new ArrayList<>();
        for (Path file : rolls) {
            rollFiles.add(readRoll(file, importer));
        }
        NdjsonAudit audit = new NdjsonAudit(policy, year, importer).threads(threads)
                .rolls(merged(rollFiles, importer));
        if (spillDirectory != null) {
            audit = audit.spillTo(spillDirectory);
        }
        NdjsonAudit.Summary summary;
        try (ProgressBar bar = io.inputProgress("audit", !reading.noProgress && households == null);
                InputStream in = households == null ? io.input(bar, spec)
                        : OptionFiles.open(households, "--households", spec)) {
            summary = audit.run(in, io.out());
        }
        io.err().print(table(summary, rollFiles));
        if (summaryFile != null) {
            writeSummary(summaryFile, summary, rollFiles, importer.mapper());
        }
        return summary.errors() == 0 ? Cli.OK : Cli.ERRORS;
    }

    /**
     * Reads a roll whole; a bad line makes the roll unusable, with the first {@value #BAD_LINES_NAMED} bad lines
     * named and the others counted. Once a line is bad, no line is kept: a roll of any length with bad lines is
     * refused in constant memory.
     */
    private RollFile readRoll(Path file, JsonImporter importer) {
        List<RollLine> lines = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        long count = 0;
        long badCount = 0;
        try (NdjsonReader<RollLine> reader = NdjsonReader.rollLines(importer,
                OptionFiles.open(file, "--roll", spec))) {
            for (NdjsonLine<RollLine> line; (line = reader.next()) != null; ) {
                count++;
                if (line.isValid()) {
                    if (badCount == 0) {
                        lines.add(line.get());
                        numbers.add(line.number());
                    }
                    continue;
                }
                lines.clear();
                numbers.clear();
                if (++badCount <= BAD_LINES_NAMED) {
                    bad.add("line " + line.number() + ": " + line.problems().stream().map(JsonProblem::toString)
                            .collect(Collectors.joining("; ")));
                }
            }
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--roll " + file + " cannot be read: "
                    + OptionFiles.reason(e));
        }
        if (badCount > 0) {
            if (badCount > BAD_LINES_NAMED) {
                bad.add("and " + (badCount - BAD_LINES_NAMED) + " more (at most " + BAD_LINES_NAMED
                        + " bad lines are named)");
            }
            throw new ParameterException(spec.commandLine(), "--roll " + file + ": " + badCount + " of " + count
                    + " lines are not valid roll lines, so nothing was audited (lines naming a household twice are "
                    + "looked for once every line reads):\n  " + String.join("\n  ", bad));
        }
        if (count == 0) {
            // an export that came out empty would otherwise pass AUD-9 with no roll compared
            throw new ParameterException(spec.commandLine(), "--roll " + file + " holds no roll line, so nothing was "
                    + "audited: a roll names its department, benefit and year on each line");
        }
        try {
            return new RollFile(file, DepartmentRoll.of(lines), count);
        } catch (IllegalArgumentException twice) {
            String refused = "; a roll has one line a household" + (rolls.size() > 1 ? ", even split over files" : "")
                    + ", so nothing was audited";
            if (rolls.stream().allMatch(Files::isRegularFile)) {
                // every roll file is read again, so that the lines repeating another file's are named too
                throw new ParameterException(spec.commandLine(), "--roll " + file + ": "
                        + twice(rolls, importer, twice, refused));
            }
            // a pipe cannot be read again: this file's lines, still in memory, name its own repeats
            Repeats repeats = new Repeats();
            for (int i = 0; i < lines.size(); i++) {
                repeats.add(lines.get(i), "line " + numbers.get(i));
            }
            throw new ParameterException(spec.commandLine(), "--roll " + file + ": "
                    + repeats.describe(refused, ownRefusal(twice, refused)));
        }
    }

    /**
     * Which lines name a household or member that an earlier line names on the same roll, and those lines, the first
     * {@value #BAD_LINES_NAMED} named and the others counted: found by reading the roll files again, as a roll keeps
     * no line numbers; the roll's own refusal if they cannot be read.
     */
    private String twice(List<Path> files, JsonImporter importer, IllegalArgumentException refusal, String refused) {
        if (!files.stream().allMatch(Files::isRegularFile)) {
            return ownRefusal(refusal, refused);  // a pipe, read once, cannot be read again
        }
        Repeats repeats = new Repeats();
        for (Path file : files) {
            try (NdjsonReader<RollLine> reader = NdjsonReader.rollLines(importer,
                    OptionFiles.open(file, "--roll", spec))) {
                for (NdjsonLine<RollLine> line; (line = reader.next()) != null; ) {
                    if (line.isValid()) {
                        repeats.add(line.get(), "line " + line.number() + (files.size() > 1 ? " of " + file : ""));
                    }
                }
            } catch (IOException | ParameterException e) {
                break;
            }
        }
        return repeats.describe(refused, ownRefusal(refusal, refused));
    }

    private static String ownRefusal(IllegalArgumentException refusal, String refused) {
        return String.valueOf(refusal.getMessage()).replaceFirst("; a roll has one line a household$", "") + refused;
    }

    /** The lines that name a household or member an earlier line of the same roll names, as they are met. */
    private static final class Repeats {
        private final Map<List<Object>, String> seen = new HashMap<>();
        private final List<String> named = new ArrayList<>();
        private long repeating;

        void add(RollLine r, String here) {
            String roll = " on the roll of " + r.getDepartment() + ", " + r.getBenefit() + " " + r.getYear();
            List<Object> names = new ArrayList<>(r.getIdNumbers());
            names.add(0, r.getHousehold() == null ? "" : r.getHousehold());
            String repeat = null;
            for (int n = r.getHousehold() == null ? 1 : 0; n < names.size(); n++) {
                String before = seen.putIfAbsent(List.of(r.getDepartment(), r.getBenefit(), r.getYear(),
                        names.get(n)), here);
                if (before != null && repeat == null) {
                    // An ID number is personal data: named by where it is, never by its value.
                    repeat = here + (n == 0 ? " names " + r.getHousehold() + ", which " + before + " names"
                            : ": $.idNumbers[" + (n - 1) + "] is an ID number of " + before) + roll;
                }
            }
            if (repeat != null && ++repeating <= BAD_LINES_NAMED) {
                named.add(repeat);
            }
        }

        String describe(String refused, String otherwise) {
            if (repeating <= 1) {
                return named.isEmpty() ? otherwise : named.get(0) + refused;
            }
            List<String> lines = new ArrayList<>(named);
            if (repeating > BAD_LINES_NAMED) {
                lines.add("and " + (repeating - BAD_LINES_NAMED) + " more (at most " + BAD_LINES_NAMED
                        + " lines are named)");
            }
            return repeating + " lines name a household or an ID number that an earlier line names" + refused
                    + ":\n  " + String.join("\n  ", lines);
        }
    }

    /**
     * One roll for each department, benefit and year, whatever the files it is split over: a roll of one file would
     * report every household of the other's part as absent from it (AUD-9).
     */
    private List<DepartmentRoll> merged(List<RollFile> files, JsonImporter importer) {
        Map<List<Object>, DepartmentRoll> rolls = new LinkedHashMap<>();
        List<Path> read = new ArrayList<>();
        for (RollFile file : files) {
            read.add(file.file());
            for (DepartmentRoll roll : file.rolls()) {
                try {
                    rolls.merge(List.of(roll.department(), roll.benefit(), roll.year()), roll,
                            (a, b) -> new DepartmentRoll(a.department(), a.benefit(), a.year(),
                                    Stream.concat(a.entries().stream(), b.entries().stream()).toList()));
                } catch (IllegalArgumentException twice) {
                    throw new ParameterException(spec.commandLine(), "--roll " + file.file() + ": "
                            + twice(read, importer, twice, "; a roll has one line a household, even split over "
                            + "files, so nothing was audited"));
                }
            }
        }
        return List.copyOf(rolls.values());
    }

    private String table(NdjsonAudit.Summary summary, List<RollFile> rollFiles) {
        StringBuilder s = new StringBuilder();
        s.append("audit, income year ").append(year).append(": ").append(English.count(summary.lines(), "line"))
                .append(": ").append(English.count(summary.households(), "household")).append(" audited, ")
                .append(English.count(summary.errors(), "error")).append(System.lineSeparator());
        for (RollFile file : rollFiles) {
            for (DepartmentRoll roll : file.rolls()) {
                s.append(String.format(Locale.ROOT, "compared with the roll of %s, %s %s: %s (%s)%n",
                        roll.department(), roll.benefit(), roll.year(), English.count(roll.entries().size(),
                                "line"), file.file()));
            }
        }
        Table table = new Table("Findings by rule", "findings");
        for (Map.Entry<Rule, Long> e : summary.findings().entrySet()) {
            table.row(String.format(Locale.ROOT, "  %-6s  %s", e.getKey().id(), e.getKey().title()), Table.count(e.getValue()));
        }
        table.row("  total", Table.count(summary.totalFindings()));
        return s.append(table.render("")).toString();
    }

    private void writeSummary(Path file, NdjsonAudit.Summary summary, List<RollFile> rollFiles, ObjectMapper mapper)
            throws IOException {
        ObjectNode json = mapper.createObjectNode();
        json.put("year", year.getValue());
        json.put("lines", summary.lines());
        json.put("households", summary.households());
        json.put("errors", summary.errors());
        var rollArray = json.putArray("rolls");
        for (RollFile f : rollFiles) {
            for (DepartmentRoll roll : f.rolls()) {
                rollArray.addObject().put("file", f.file().toString()).put("department", roll.department())
                        .put("benefit", roll.benefit().name()).put("year", roll.year().getValue())
                        .put("lines", roll.entries().size());
            }
        }
        ObjectNode findings = json.putObject("findings");
        for (Map.Entry<Rule, Long> e : summary.findings().entrySet()) {
            findings.put(e.getKey().id(), e.getValue());
        }
        json.put("totalFindings", summary.totalFindings());
        try {
            Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw OptionFiles.naming(file, e);
        }
    }
}

package io.github.jingzhun.examples.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingzhun.AreaAssessment;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.decision.PersonalData;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.json.JsonProblem;
import io.github.jingzhun.json.JingzhunJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs policy cases: assesses each case's household, or computes its population's statistics, audit or scenario,
 * and compares the results, written as the JSON contract writes them, with what the case expects.
 */
public final class CaseRunner {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();
    private static final int WIDTH = 100;

    private CaseRunner() {}

    /**
     * The case files named: a file as it is, a directory by its {@code .yaml} and {@code .yml} files, recursively,
     * in the order of their paths; a file named twice — by itself and in a directory named, or through a link — once,
     * where it is first named.
     *
     * @param paths files and directories, not null
     * @return the files
     * @throws IOException if a directory cannot be listed
     */
    public static List<Path> files(List<Path> paths) throws IOException {
        Map<Path, Path> files = new LinkedHashMap<>();  // by the file itself, as named
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path p : (Iterable<Path>) walk.filter(p -> Files.isRegularFile(p) && isCaseFile(p))
                            .sorted()::iterator) {
                        files.putIfAbsent(itself(p), p);
                    }
                }
            } else {
                files.putIfAbsent(itself(path), path);
            }
        }
        return List.copyOf(files.values());
    }

    /** The file a path names, links followed; as written, absolute, if it cannot be found (reading it says so). */
    private static Path itself(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static boolean isCaseFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * Runs one case. An assessment that cannot be made is a failure, not an exception.
     *
     * @param policyCase the case, not null
     * @return its result, never null
     */
    public static CaseResult run(PolicyCase policyCase) {
        List<JsonProblem> refusal = policyCase.refusal();
        if (refusal != null) {
            return new CaseResult(policyCase, Expectation.compareRefusal(policyCase.expect(), refusal).stream()
                    .map(CaseRunner::describe).toList());
        }
        JsonNode json;
        try {
            json = decide(policyCase);
        } catch (RuntimeException e) {
            return new CaseResult(policyCase, List.of("the case could not be decided: "
                    + Objects.requireNonNullElse(e.getMessage(), e.toString())));
        }
        List<String> failures = new ArrayList<>();
        PopulationInput population = policyCase.population();
        @Nullable Rule scenario = population == null ? null : population.variant() != null ? Rule.SC_1
                : population.shock() != null ? Rule.SC_2 : null;
        for (Expectation.Difference d : Expectation.compare(policyCase.expect(), json, scenario)) {
            StringBuilder sb = new StringBuilder(describe(d)).append('\n');
            Rule rule = d.rule();
            if (rule != null && !d.what().startsWith("finding")) {
                String findings = Expectation.findings(json, rule);
                if (!findings.isEmpty()) {
                    sb.append(labelled("decision", findings));
                }
            }
            failures.add(sb.toString().stripTrailing());
        }
        return new CaseResult(policyCase, failures);
    }

    /** A difference: what, expected, actual, and the statement of the rule that decides it. */
    private static String describe(Expectation.Difference d) {
        StringBuilder sb = new StringBuilder(d.what()).append('\n');
        sb.append(labelled("expected", d.expected())).append(labelled("actual", d.actual()));
        Rule rule = d.rule();
        if (rule != null) {
            sb.append(wrap(rule.id() + " " + rule.title() + ": " + rule.statement(), "  "));
        }
        return sb.toString().stripTrailing();
    }

    /**
     * The decision of a case as the JSON contract writes it: a household's decision, for an area case
     * {@code {"villages": {CODE: decision}, "counties": {CODE: decision}}}, for a population case its statistics,
     * findings and scenario.
     */
    private static JsonNode decide(PolicyCase c) {
        Household household = c.household();
        if (household != null) {
            return MAPPER.valueToTree(c.policy().assess(household, c.year()));
        }
        PopulationInput population = c.population();
        if (population != null) {
            return PopulationCase.decide(c.policy(), c.year(), population);
        }
        AreaInput area = Objects.requireNonNull(c.area());
        AreaAssessment areas = AreaAssessment.of(c.policy().parametersFor(c.year()), area.villages(),
                area.counties(), area.benchmarks());
        area.households().forEach(areas::add);
        ObjectNode json = MAPPER.createObjectNode();
        ObjectNode villages = json.putObject("villages");
        areas.villages().forEach(v -> {
            JsonNode d = MAPPER.valueToTree(v);
            villages.set(d.path("village").asText(), d);
        });
        ObjectNode counties = json.putObject("counties");
        areas.counties().forEach(v -> {
            JsonNode d = MAPPER.valueToTree(v);
            counties.set(d.path("county").asText(), d);
        });
        return json;
    }

    /**
     * Reads and runs case files, printing each case's result and a summary.
     *
     * @param files the case files, not null
     * @param out where the results go, not null
     * @return true when every case passed and no file had a problem
     */
    public static boolean run(List<Path> files, PrintWriter out) {
        int passed = 0;
        int failed = 0;
        int problems = 0;
        for (Path file : files) {
            CaseFile read = CaseFile.read(file);
            out.println(file);
            for (CaseProblem problem : read.problems()) {
                out.println("  ERROR " + new CaseProblem(problem.file(), problem.line(), redacted(problem.path()),
                        redacted(problem.message())));
                problems++;
            }
            for (PolicyCase c : read.cases()) {
                CaseResult result = run(c);
                Pattern names = names(c);
                if (result.passed()) {
                    passed++;
                    out.println("  PASS  " + redacted(c.name(), names));
                } else {
                    failed++;
                    out.println("  FAIL  " + redacted(c.name(), names) + " (" + file + ":" + c.line() + ")");
                    for (String failure : result.failures()) {
                        out.println(redacted(failure.indent(8).stripTrailing(), names));
                    }
                }
            }
            out.flush();  // a file's results are out before the next file is read, whatever happens then
        }
        out.printf(Locale.ROOT, "%d case%s in %d file%s: %d passed, %d failed, %d error%s in case files%n",
                passed + failed, passed + failed == 1 ? "" : "s", files.size(), files.size() == 1 ? "" : "s", passed,
                failed, problems, problems == 1 ? "" : "s");
        out.flush();
        return failed == 0 && problems == 0;
    }

    /** A label and its value, the value's further lines indented under its first. */
    private static String labelled(String label, String value) {
        String pad = " ".repeat(11);
        StringBuilder sb = new StringBuilder();
        String[] lines = value.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            sb.append(i == 0 ? String.format(Locale.ROOT, "  %-9s", label) : pad).append(lines[i]).append('\n');
        }
        return sb.toString();
    }

    /** Text wrapped at the width, each line indented. */
    private static String wrap(String text, String indent) {
        StringBuilder sb = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                sb.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            line.append(line.length() > indent.length() ? " " : "").append(word);
        }
        return sb.append(line).append('\n').toString();
    }

    /**
     * The names of the case's members, as a failure that repeats what the case expects could quote them (a subject
     * written as the head's name), standing alone; null if no member has one.
     */
    private static @Nullable Pattern names(PolicyCase c) {
        List<Household> households = new ArrayList<>();
        if (c.household() != null) {
            households.add(c.household());
        }
        if (c.population() != null) {
            households.addAll(c.population().households());
        }
        if (c.area() != null) {
            households.addAll(c.area().households());
        }
        // in any case and spacing: WANG FANG, Wang  Fang and 王 芳 are Wang Fang and 王芳
        String names = households.stream().flatMap(h -> h.getMembers().stream()).map(Member::getName)
                .filter(name -> !name.isBlank()).distinct()
                .map(name -> name.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                        .mapToObj(Character::toString).map(Pattern::quote)
                        .collect(Collectors.joining("[\\s\\p{Z}]*")))
                .collect(Collectors.joining("|"));
        return names.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + names + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A text of the report with what could be an ID number, and the case's members' names, written redacted. */
    private static String redacted(String text, @Nullable Pattern names) {
        String redacted = redacted(text);
        return names == null ? redacted : names.matcher(redacted).replaceAll("<redacted>");
    }

    /**
     * A text of the report with what could be an ID number written {@code <redacted>}: it repeats what the case file
     * holds, which could have an ID number where a name, a subject, a path or a code belongs. File names are the
     * user's own and kept, so a temporary directory's number still names the file.
     */
    private static String redacted(String line) {
        return PersonalData.redacted(line);
    }
}

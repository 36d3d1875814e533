package io.github.jingzhun.examples.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.audit.RollLine;
import io.github.jingzhun.decision.PersonalData;
import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.identification.ProvincialBenchmark;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImportException;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonProblem;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.MissingParameterException;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.scenario.Shock;
import io.github.jingzhun.statistics.AlkireFoster;
import io.github.jingzhun.statistics.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A case file read: its cases, and every problem found in it, each with its line and path. Reading never throws
 * for what is in the file; a case with a problem is left out of {@link #cases()} and its problems are listed.
 *
 * @param file the file, not null
 * @param cases the cases that can be run, in the order of the file
 * @param problems what is wrong in the file, in the order of the file
 */
public record CaseFile(Path file, List<PolicyCase> cases, List<CaseProblem> problems) {

    private static final Set<String> TOP = Set.of("defaults", "cases");
    /** The income years a case may name: those the JSON contract reads. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2999;
    private static final Set<String> DEFAULTS = Set.of("year", "parameters", "household");
    private static final Set<String> CASE = Set.of("name", "rules", "year", "parameters", "household", "area",
            "population", "expect", "note");
    private static final Set<String> AREA = Set.of("villages", "counties", "benchmarks", "households");
    private static final Set<String> POPULATION = Set.of("households", "roll", "dimensions", "k", "variant",
            "shock");
    /** The fields of each kind of shock (SC-2), after its kind. */
    private static final Map<String, List<String>> SHOCKS = Map.of("illness", List.of("member", "costs"),
            "disaster", List.of("productionLost", "loss"), "lostJob", List.of("member", "wageLost"));
    private static final Set<String> PARAMETERS = Set.of("file", "overrides");
    /**
     * The longest case file read, and the most households it builds (held until its cases run): far beyond any file
     * of cases written by hand, and together with its tokens' limit (YamlDocument) within a heap of 64 MB.
     */
    private static final int MAX_BYTES = 2 << 20;
    private static final int MAX_HOUSEHOLDS = 10_000;
    private static final Set<String> OVERRIDE = Set.of("key", "line", "value", "reason");
    private static final ObjectNode BASE = base("base-household.json");
    private static final ObjectNode BASE_VILLAGE = base("base-village.json");
    private static final ObjectNode BASE_COUNTY = base("base-county.json");
    private static final ObjectNode BASE_BENCHMARK = base("base-benchmark.json");
    private static final ObjectNode BASE_ROLL_LINE = base("base-roll-line.json");
    private static final JsonImporter IMPORTER = JingzhunJson.importer();

    /**
     * A case file read.
     *
     * @param file the file, not null
     * @param cases the cases that can be run
     * @param problems what is wrong in the file
     */
    public CaseFile {
        Objects.requireNonNull(file, "file");
        cases = List.copyOf(cases);
        problems = List.copyOf(problems);
    }

    /**
     * The base household every case's household is merged over: the worked household of the JSON contract.
     *
     * @return a copy of it, as JSON
     */
    public static ObjectNode baseHousehold() {
        return BASE.deepCopy();
    }

    /**
     * Reads a case file.
     *
     * @param file the file, not null
     * @return the cases and the problems, never null
     */
    public static CaseFile read(Path file) {
        String text;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return failed(file, 0, "is longer than " + MAX_BYTES / (1 << 20) + " MiB: split it into several files");
            }
            int malformed = Utf8Bytes.malformedAt(bytes);
            if (malformed >= 0) {
                return failed(file, Utf8Bytes.lineOf(bytes, malformed), "is not well-formed UTF-8: malformed at byte "
                        + (malformed + 1) + " (a file saved in GBK or GB 18030 must be converted to UTF-8 first)");
            }
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return failed(file, 0, "cannot be read: " + (e instanceof AccessDeniedException ? "permission denied"
                    : Objects.requireNonNullElse(e.getMessage(), e.toString())));
        }
        int notAllowed = YamlDocument.notAllowed(text);
        if (notAllowed >= 0) {
            // The YAML reader says only "special characters are not allowed", and places it by its block of text.
            int line = (int) text.substring(0, notAllowed).chars().filter(c -> c == '\n').count() + 1;
            return failed(file, line, String.format("is not valid YAML: the character U+%04X is not allowed in YAML",
                    text.codePointAt(notAllowed)));
        }
        YamlDocument document;
        try {
            document = YamlDocument.parse(text);
        } catch (JsonProcessingException e) {
            return failed(file, YamlDocument.line(e), "is not valid YAML: " + YamlDocument.syntaxProblem(e));
        }
        return new Reader(file, document).read();
    }

    private static CaseFile failed(Path file, int line, String message) {
        return new CaseFile(file, List.of(), List.of(new CaseProblem(file, line, "", message)));
    }

    private static ObjectNode base(String name) {
        try (InputStream in = CaseFile.class.getResourceAsStream(name)) {
            return (ObjectNode) JingzhunJson.mapper().readTree(Objects.requireNonNull(in, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges facts over a household: mappings key by key, lists element by element (a {@code null} element
     * removes the base's, elements past the base's are added; an empty list empties it), anything else replaced;
     * {@code null} removes a field, so that it takes its default.
     *
     * @param base the household, changed in place
     * @param facts the facts written in the case
     * @return the merged node
     */
    static JsonNode merge(JsonNode base, JsonNode facts) {
        if (base.isObject() && facts.isObject()) {
            ObjectNode merged = (ObjectNode) base;
            facts.properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    merged.remove(e.getKey());
                } else {
                    JsonNode old = merged.get(e.getKey());
                    merged.set(e.getKey(), old == null ? e.getValue().deepCopy() : merge(old, e.getValue()));
                }
            });
            return merged;
        }
        if (base.isArray() && facts.isArray() && !facts.isEmpty()) {
            ArrayNode merged = JingzhunJson.mapper().createArrayNode();
            for (int i = 0; i < Math.max(base.size(), facts.size()); i++) {
                JsonNode fact = facts.get(i);
                if (fact == null) {
                    merged.add(base.get(i));
                } else if (!fact.isNull()) {
                    merged.add(i < base.size() ? merge(base.get(i), fact) : fact.deepCopy());
                }
            }
            return merged;
        }
        return facts.deepCopy();
    }

    /** A file building more households than it may: none of its cases runs. */
    private static final class TooManyHouseholds extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String at;

        TooManyHouseholds(String at) {
            super(at, null, false, false);
            this.at = at;
        }
    }

    /** Reads one record of the JSON contract. */
    @FunctionalInterface
    private interface RecordReader<T> {
        T read(String json) throws JsonImportException;
    }

    /** Reads one document, collecting its problems. */
    private static final class Reader {

        private final Path file;
        private final YamlDocument document;
        private final List<CaseProblem> problems = new ArrayList<>();
        /** The problems of the defaults said so far: merged into every case, each is said once. */
        private final Set<CaseProblem> defaultsSaid = new HashSet<>();
        private int households;

        Reader(Path file, YamlDocument document) {
            this.file = file;
            this.document = document;
        }

        CaseFile read() {
            JsonNode root = document.root();
            if (!root.isObject()) {
                problem("", "must be a mapping with cases (and optional defaults)");
                return done(List.of());
            }
            known(root, "", TOP);
            JsonNode defaults = root.path("defaults");
            if (!defaults.isMissingNode()) {
                if (defaults.isObject()) {
                    known(defaults, "/defaults", DEFAULTS);
                } else {
                    problem("/defaults", "must be a mapping of year, parameters and household");
                    defaults = MissingNode.getInstance();
                }
            }
            JsonNode cases = root.path("cases");
            if (!cases.isArray() || cases.isEmpty()) {
                problem("/cases", "must be a list of at least one case");
                return done(List.of());
            }
            if (!problems.isEmpty()) {
                return done(List.of());
            }
            List<PolicyCase> read = new ArrayList<>();
            try {
                for (int i = 0; i < cases.size(); i++) {
                    PolicyCase c = readCase(cases.get(i), "/cases/" + i, defaults);
                    if (c != null) {
                        read.add(c);
                    }
                }
            } catch (TooManyHouseholds e) {
                problem(e.at, String.format(Locale.ROOT, "a case file builds at most %,d households, its cases' and "
                        + "populations' together: split it into several files", MAX_HOUSEHOLDS));
                return done(List.of());
            }
            return done(read);
        }

        private CaseFile done(List<PolicyCase> cases) {
            problems.sort(Comparator.comparingInt(CaseProblem::line));
            return new CaseFile(file, cases, problems);
        }

        private @Nullable PolicyCase readCase(JsonNode node, String at, JsonNode defaults) {
            int before = problems.size();
            if (!node.isObject()) {
                problem(at, "must be a mapping: name, rules, year, parameters, household, expect");
                return null;
            }
            known(node, at, CASE);
            String name = node.path("name").asText("");
            String nameProblem = node.path("name").isMissingNode() ? "required: what the case shows"
                    : !node.path("name").isTextual() ? "must be a text: what the case shows"
                    : PlainText.isBlank(name) ? "must not be blank: what the case shows"
                    : PlainText.problem(name);  // printed with the case's result
            if (nameProblem != null) {
                problem(at + "/name", nameProblem);
            }
            if (node.has("note") && node.get("note").isContainerNode()) {
                problem(at + "/note", "must be text: a remark on the case");
            }
            List<Rule> rules = rules(node.path("rules"), at + "/rules");
            JsonNode yearNode = node.has("year") ? node.get("year") : defaults.path("year");
            String yearAt = node.has("year") ? at + "/year" : "/defaults/year";
            Integer yearValue = whole(yearNode, FIRST_YEAR, LAST_YEAR);
            Year year = yearValue == null ? null : Year.of(yearValue);
            if (year == null) {
                boolean given = node.has("year") || defaults.has("year");
                problem(given ? yearAt : at, "the income year " + (given ? "must be" : "is required,") + " a number "
                        + "from " + FIRST_YEAR + " to " + LAST_YEAR + " such as 2019");
            }
            boolean ownParameters = node.has("parameters");
            PovertyPolicy policy = policy(ownParameters ? node.get("parameters") : defaults.path("parameters"),
                    ownParameters ? at + "/parameters" : "/defaults/parameters");
            boolean isArea = node.has("area");
            boolean isPopulation = node.has("population");
            JsonNode expect = node.path("expect");
            if (expect.isMissingNode()) {
                problem(at, "expect is required: the results the case expects");
            } else {
                Expectation.validate(expect, at + "/expect", isArea ? Expectation.Kind.AREA
                        : isPopulation ? Expectation.Kind.POPULATION : Expectation.Kind.HOUSEHOLD, this::problem);
            }
            if ((isArea || isPopulation) && node.has("household")) {
                problem(at + "/household", "an area or population case has its households under "
                        + (isArea ? "area" : "population") + ".households");
            }
            if (isArea && isPopulation) {
                problem(at + "/population", "a case has an area or a population, not both");
            }
            if (expect.has("refused")) {
                return refused(node, at, defaults, name, rules, year, policy, expect, before);
            }
            Household household = isArea || isPopulation ? null
                    : household(node.path("household"), at + "/household", defaults);
            AreaInput area = isArea ? area(node.get("area"), at + "/area", defaults) : null;
            PopulationInput population = isPopulation && !isArea
                    ? population(node.get("population"), at + "/population", defaults) : null;
            if (population != null) {
                scenario(expect, at + "/expect", population);
            }
            if (problems.size() > before || year == null || policy == null
                    || household == null && area == null && population == null) {
                return null;
            }
            try {
                policy.parametersFor(year);
            } catch (MissingParameterException e) {
                problem(yearAt, "the parameters do not cover " + year + ": " + e.getMessage());
                return null;
            }
            Year assessed = year;
            List<Household> households = household != null ? List.of(household) : area != null ? area.households()
                    : Objects.requireNonNull(population).households();
            String listAt = at + (area != null ? "/area" : "/population") + "/households";
            for (int i = 0; i < households.size(); i++) {
                if (households.get(i).getIncome().stream().noneMatch(r -> r.getYear().equals(assessed))) {
                    problem(household != null ? at + "/household" : listAt + "/" + i, "the household "
                            + "has no income record for " + year + " (write income: [{year: " + year + ", ...}])");
                }
            }
            if (problems.size() > before) {
                return null;
            }
            return new PolicyCase(file, document.line(at), name, rules, year, policy, household, area, population,
                    null, expect);
        }

        /** A case whose household the contract's importer must refuse: its problems are the case's subject. */
        private @Nullable PolicyCase refused(JsonNode node, String at, JsonNode defaults, String name,
                List<Rule> rules, @Nullable Year year, @Nullable PovertyPolicy policy, JsonNode expect, int before) {
            if (problems.size() > before || year == null || policy == null) {
                return null;
            }
            List<JsonProblem> refusal = List.of();
            try {
                IMPORTER.readHousehold(merged(node.path("household"), at + "/household", defaults).toString());
            } catch (JsonImportException e) {
                refusal = e.problems();
            }
            return problems.size() > before ? null
                    : new PolicyCase(file, document.line(at), name, rules, year, policy, null, null, null, refusal,
                            expect);
        }

        private @Nullable AreaInput area(JsonNode node, String at, JsonNode defaults) {
            if (!node.isObject()) {
                problem(at, "must be a mapping: villages, counties, benchmarks, households");
                return null;
            }
            known(node, at, AREA);
            int before = problems.size();
            List<Village> villages = records(node, at, "villages", BASE_VILLAGE, IMPORTER::readVillage,
                    v -> "village " + v.getCode());
            List<County> counties = records(node, at, "counties", BASE_COUNTY, IMPORTER::readCounty,
                    c -> "county " + c.getCode());
            List<ProvincialBenchmark> benchmarks = node.has("benchmarks")
                    ? records(node, at, "benchmarks", BASE_BENCHMARK, IMPORTER::readBenchmark,
                            b -> "province " + b.province())
                    : List.of();
            List<Household> households = households(node, at, defaults);
            return problems.size() > before ? null : new AreaInput(villages, counties, benchmarks, households);
        }

        /** The households of an area or population case, each merged over the base; the base alone if none. */
        private List<Household> households(JsonNode node, String at, JsonNode defaults) {
            List<Household> households = new ArrayList<>();
            JsonNode list = node.path("households");
            if (list.isMissingNode()) {
                Household h = household(list, at + "/households", defaults);
                if (h != null) {
                    households.add(h);
                }
            } else if (!list.isArray()) {
                problem(at + "/households", "must be a list of households, each merged over the base household");
            } else {
                for (int i = 0; i < list.size(); i++) {
                    Household h = household(list.get(i), at + "/households/" + i, defaults);
                    if (h != null) {
                        households.add(h);
                    }
                }
            }
            return households;
        }

        /** A population case's input: households, roll, Alkire–Foster measure, and a variant or a shock. */
        private @Nullable PopulationInput population(JsonNode node, String at, JsonNode defaults) {
            if (!node.isObject()) {
                problem(at, "must be a mapping: households, roll, dimensions, k, variant, shock");
                return null;
            }
            known(node, at, POPULATION);
            int before = problems.size();
            List<Household> households = households(node, at, defaults);
            List<RollLine> roll = node.has("roll")
                    ? records(node, at, "roll", BASE_ROLL_LINE, IMPORTER::readRollLine, null) : List.of();
            AlkireFoster measure = measure(node, at);
            PovertyPolicy variant = null;
            if (node.has("variant")) {
                if (node.get("variant").isObject()) {
                    variant = policy(node.get("variant"), at + "/variant");
                } else {
                    problem(at + "/variant", "must be a mapping of file and overrides: the parameters compared");
                }
            }
            Shock shock = node.has("shock") ? shock(node.get("shock"), at + "/shock") : null;
            if (variant != null && shock != null) {
                problem(at + "/shock", "a population case has a variant or a shock, not both");
            }
            return problems.size() > before || measure == null ? null
                    : new PopulationInput(households, roll, measure, variant, shock);
        }

        /** A population case expects a scenario's results only when it runs one. */
        private void scenario(JsonNode expect, String at, PopulationInput population) {
            for (String key : List.of("variant", "differences", "deviations", "transitions")) {
                boolean runs = population.variant() != null
                        || key.equals("transitions") && population.shock() != null;
                if (expect.has(key) && !runs) {
                    problem(at + "/" + key, "the case runs no " + (key.equals("transitions") ? "scenario: "
                            + "population has no variant or shock" : "parameter scenario: population has no variant"));
                }
            }
        }

        /** The Alkire–Foster measure: the dimensions named (all by default), equally weighted, and k (1/3). */
        private @Nullable AlkireFoster measure(JsonNode node, String at) {
            Set<Dimension> dimensions = EnumSet.allOf(Dimension.class);
            JsonNode named = node.path("dimensions");
            if (!named.isMissingNode()) {
                dimensions = EnumSet.noneOf(Dimension.class);
                if (!named.isArray() || named.isEmpty()) {
                    problem(at + "/dimensions", "must be a list of dimensions, such as [INCOME, WATER]");
                }
                for (int i = 0; named.isArray() && i < named.size(); i++) {
                    try {
                        if (!dimensions.add(Dimension.valueOf(named.get(i).asText()))) {
                            // equally weighted: a dimension named twice would weigh double, or silently once
                            problem(at + "/dimensions/" + i, "names " + named.get(i).asText() + " twice");
                        }
                    } catch (IllegalArgumentException e) {
                        problem(at + "/dimensions/" + i, "unknown dimension " + YamlDocument.value(named.get(i).asText())
                                + "; one of " + Arrays.toString(Dimension.values()));
                    }
                }
            }
            double k = 1.0 / 3;
            JsonNode cutoff = node.path("k");
            if (cutoff.isNumber()) {
                k = cutoff.doubleValue();
            } else if (cutoff.isTextual() && cutoff.asText().matches("\\d+/[1-9]\\d*")) {
                String[] parts = cutoff.asText().split("/");
                k = Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
            } else if (!cutoff.isMissingNode()) {
                problem(at + "/k", "must be a number or a fraction, such as 1/3");
                return null;
            }
            if (dimensions.isEmpty()) {
                return null;
            }
            try {
                return AlkireFoster.equalWeights(dimensions, k);
            } catch (IllegalArgumentException e) {
                // as written, not as the double read: a number as long as an ID number is never repeated
                problem(at + "/k", "the cutoff k must be in (0, 1], not " + PersonalData.redacted(cutoff.isNumber()
                        ? cutoff.decimalValue().toPlainString() : cutoff.asText()));
                return null;
            }
        }

        /** A shock (SC-2): its kind and the amounts and member of that kind. */
        private @Nullable Shock shock(JsonNode node, String at) {
            String kind = node.path("kind").asText("");
            List<String> fields = SHOCKS.get(kind);
            if (!node.isObject() || fields == null) {
                problem(node.isObject() ? at + "/kind" : at, "a shock is a mapping with a kind: "
                        + "{kind: illness, member, costs}, {kind: disaster, productionLost, loss} or "
                        + "{kind: lostJob, member, wageLost}");
                return null;
            }
            Set<String> known = new HashSet<>(fields);
            known.add("kind");
            int before = problems.size();
            known(node, at, known);
            Map<String, Yuan> amounts = new HashMap<>();
            for (String field : fields) {
                JsonNode value = node.path(field);
                boolean member = field.equals("member");
                if (!value.isNumber() || value.decimalValue().signum() < 0
                        || member && whole(value, 0, JsonImporter.MAX_MEMBERS - 1) == null) {
                    problem(value.isMissingNode() ? at : at + "/" + field, field + (value.isMissingNode()
                            ? ": required, " : ": must be ") + (member
                            ? "a member's index from 0 to " + (JsonImporter.MAX_MEMBERS - 1) : "an amount in yuan, "
                            + "not negative"));
                } else if (!member) {
                    try {
                        amounts.put(field, amount(value));
                    } catch (IllegalArgumentException e) {  // a fraction of a fen, or beyond a trillion
                        problem(at + "/" + field, field + ": " + e.getMessage());
                    }
                }
            }
            if (problems.size() > before) {
                return null;
            }
            try {
                return switch (kind) {
                    case "illness" -> Shock.illness(node.get("member").intValue(), amounts.get("costs"));
                    case "disaster" -> Shock.disaster(amounts.get("productionLost"), amounts.get("loss"));
                    default -> Shock.lostJob(node.get("member").intValue(), amounts.get("wageLost"));
                };
            } catch (IllegalArgumentException e) {
                problem(at, Objects.requireNonNullElse(e.getMessage(), e.toString()));
                return null;
            }
        }

        /** A whole number within bounds, written as one (2019, not "2019" or 2019.5), or null: never wrapped. */
        private static @Nullable Integer whole(JsonNode value, int least, int most) {
            if (!value.isIntegralNumber()) {
                return null;
            }
            BigInteger number = value.bigIntegerValue();
            return number.compareTo(BigInteger.valueOf(least)) < 0 || number.compareTo(BigInteger.valueOf(most)) > 0
                    ? null : number.intValueExact();
        }

        private static Yuan amount(JsonNode value) {
            return Yuan.of(value.decimalValue());
        }

        /**
         * The records of a list of an area or population case, each merged over its base; the base alone when not
         * written. With {@code once}, what each must be alone in (an area is decided once), a record repeating
         * another's is a problem.
         */
        private <T> List<T> records(JsonNode area, String at, String field, ObjectNode base, RecordReader<T> reader,
                @Nullable Function<T, String> once) {
            JsonNode list = area.path(field);
            List<T> records = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            if (!list.isMissingNode() && !list.isArray()) {
                problem(at + "/" + field, "must be a list, each merged over the base record (examples/CASES.md)");
                return records;
            }
            int size = list.isMissingNode() ? 1 : list.size();
            for (int i = 0; i < size; i++) {
                JsonNode facts = list.isMissingNode() ? MissingNode.getInstance() : list.get(i);
                String recordAt = at + "/" + field + (list.isMissingNode() ? "" : "/" + i);
                if (!facts.isMissingNode() && !facts.isObject()) {
                    problem(recordAt, "must be a mapping");
                    continue;
                }
                try {
                    JsonNode merged = facts.isMissingNode() ? base : merge(base.deepCopy(), facts);
                    T record = reader.read(merged.toString());
                    String key = once == null ? null : once.apply(record);
                    if (key != null && !seen.add(key)) {
                        problem(recordAt, key + " is given twice; an area case gives each once");
                        continue;
                    }
                    records.add(record);
                } catch (JsonImportException e) {
                    for (JsonProblem p : e.problems()) {
                        problem(recordAt + YamlDocument.pointer(p.path()), p.message());
                    }
                }
            }
            return records;
        }

        private List<Rule> rules(JsonNode node, String at) {
            List<Rule> rules = new ArrayList<>();
            if (!node.isArray() || node.isEmpty()) {
                problem(at, (node.isMissingNode() ? "required: " : "must be a list of ")
                        + "the ids of the rules the case exercises, such as [ID-H-1]");
                return rules;
            }
            for (int i = 0; i < node.size(); i++) {
                try {
                    rules.add(Rule.parse(node.get(i).asText()));
                } catch (IllegalArgumentException e) {
                    problem(at + "/" + i, "unknown rule id " + YamlDocument.value(node.get(i).asText())
                            + " (the rules command lists them)");
                }
            }
            return rules;
        }

        private @Nullable Household household(JsonNode facts, String at, JsonNode defaults) {
            if (++households > MAX_HOUSEHOLDS) {
                throw new TooManyHouseholds(at);
            }
            JsonNode merged = merged(facts, at, defaults);
            try {
                return IMPORTER.readHousehold(merged.toString());
            } catch (JsonImportException e) {
                JsonNode common = defaults.path("household");
                for (JsonProblem p : e.problems()) {
                    // where the fact is written: in the case, else in the defaults, else (left out) at the case
                    String pointer = written(YamlDocument.pointer(p.path()), p.message(), facts, common);
                    boolean inDefaults = facts.at(pointer).isMissingNode() && !common.at(pointer).isMissingNode();
                    problem((inDefaults ? "/defaults/household" : at) + pointer, p.message());
                }
                return null;
            }
        }

        /**
         * The fact a problem is reported at: its own, except that an ID number the case left as the base's, which
         * disagrees with a birth date or sex the case wrote (AUD-2), is reported at what the case wrote.
         */
        private static String written(String pointer, String message, JsonNode facts, JsonNode common) {
            String fact = message.startsWith("birth date") ? "birthDate" : message.startsWith("sex") ? "sex" : null;
            if (fact == null || !pointer.endsWith("/idNumber") || written(pointer, facts, common)) {
                return pointer;
            }
            String instead = pointer.substring(0, pointer.lastIndexOf('/') + 1) + fact;
            return written(instead, facts, common) ? instead : pointer;
        }

        private static boolean written(String pointer, JsonNode facts, JsonNode common) {
            return !facts.at(pointer).isMissingNode() || !common.at(pointer).isMissingNode();
        }

        /** The base household with the defaults' and the case's facts merged over it. */
        private JsonNode merged(JsonNode facts, String at, JsonNode defaults) {
            JsonNode merged = BASE.deepCopy();
            for (Map.Entry<String, JsonNode> layer : List.of(Map.entry("/defaults/household",
                    defaults.path("household")), Map.entry(at, facts))) {
                if (layer.getValue().isMissingNode()) {
                    continue;
                }
                if (!layer.getValue().isObject()) {
                    problem(layer.getKey(), "must be a mapping: the facts of the household that differ from the "
                            + "base household");
                } else {
                    merged = merge(merged, layer.getValue());
                }
            }
            return merged;
        }

        private @Nullable PovertyPolicy policy(JsonNode node, String at) {
            if (node.isMissingNode() || node.isTextual() && node.asText().equals("national")) {
                return PovertyPolicy.national();
            }
            if (!node.isObject()) {
                problem(at, "must be 'national' or a mapping of file and overrides");
                return null;
            }
            int before = problems.size();
            known(node, at, PARAMETERS);
            PolicyParameters parameters = PolicyParameters.national();
            JsonNode name = node.path("file");
            if (!name.isMissingNode() && !name.isNull() && !name.isTextual()) {
                problem(at + "/file", "must be the name of a parameter file, as text");
            } else if (name.isTextual()) {
                Path path = Objects.requireNonNullElse(file.getParent(), Path.of("")).resolve(name.asText());
                try (java.io.Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    parameters = IMPORTER.readParameters(in);
                } catch (CharacterCodingException e) {
                    problem(at + "/file", path + " is not well-formed UTF-8");
                } catch (IOException e) {
                    problem(at + "/file", "cannot read " + path + ": " + (Files.isDirectory(path) ? "it is a directory"
                            : Files.exists(path) ? "it cannot be opened" : "no such file"));
                } catch (JsonImportException e) {
                    e.problems().forEach(p -> problem(at + "/file", path + " " + p));
                }
            }
            JsonNode overrides = node.path("overrides");
            if (!overrides.isMissingNode() && !overrides.isArray()) {
                problem(at + "/overrides", "must be a list of overrides: key (or line), value, reason");
            }
            Set<String> overridden = new HashSet<>();
            for (int i = 0; overrides.isArray() && i < overrides.size(); i++) {
                parameters = override(parameters, overrides.get(i), at + "/overrides/" + i, overridden);
            }
            return problems.size() > before ? null : PovertyPolicy.of(parameters);
        }

        private PolicyParameters override(PolicyParameters parameters, JsonNode node, String at,
                Set<String> overridden) {
            if (!node.isObject()) {
                problem(at, "must be a mapping: key (or line), value, reason");
                return parameters;
            }
            known(node, at, OVERRIDE);
            JsonNode written = node.path("reason");
            String reason = written.isTextual() ? written.asText() : "";
            String reasonProblem = written.isNumber() || written.isBoolean() || written.isContainerNode()
                    ? "must be text: why the value departs from the national one"
                    : PlainText.isBlank(reason) ? "required: why the value departs from the national one"
                    : PlainText.problem(reason);  // printed where the set's departures are
            if (reasonProblem != null) {
                problem(at + "/reason", reasonProblem);
                return parameters;
            }
            JsonNode value = node.path("value");
            if (!value.isNumber()) {
                problem(at + "/value", value.isMissingNode() ? "required: a number" : "must be a number");
                return parameters;
            }
            String source = "case file " + file.getFileName();
            if (node.has("line") == node.has("key")) {
                problem(at, "one of key (a parameter, such as NOTICE_DAYS) or line (an income year)");
                return parameters;
            }
            Integer line = whole(node.path("line"), FIRST_YEAR, LAST_YEAR);
            if (node.has("line") && line == null) {
                problem(at + "/line", "must be an income year from " + FIRST_YEAR + " to " + LAST_YEAR
                        + ", such as 2019");
                return parameters;
            }
            ParameterKey key = null;
            if (node.has("key")) {
                try {
                    key = ParameterKey.valueOf(node.path("key").asText());
                } catch (IllegalArgumentException e) {
                    problem(at + "/key", "no parameter " + YamlDocument.value(node.path("key").asText())
                            + "; parameters: " + Arrays.toString(ParameterKey.values()));
                    return parameters;
                }
            }
            // a second override of the same value would silently replace the first
            if (!overridden.add(key == null ? "line " + line : key.name())) {
                problem(at + (key == null ? "/line" : "/key"), "overridden twice; each override departs from a "
                        + "different value");
                return parameters;
            }
            try {
                return key == null ? parameters.withPovertyLine(Year.of(Objects.requireNonNull(line)),
                        Yuan.of(value.decimalValue()), source, reason)
                        : parameters.withParameter(key, value.decimalValue(), source, reason);
            } catch (IllegalArgumentException e) {
                problem(at + "/value", overrideProblem(Objects.requireNonNullElse(e.getMessage(),
                        e.toString())));
                return parameters;
            }
        }

        /**
         * What the set rebuilt with an override refuses, without the set's name and the paths inside it, such as
         * {@code values[59].value}, which the case file does not have: the override is where the problem is.
         */
        private static String overrideProblem(String message) {
            if (!message.startsWith("invalid parameter set '")) {
                return message;
            }
            String problems = message.replaceFirst("^invalid parameter set '[^']*': ", "");
            return Arrays.stream(problems.split("; "))
                    .map(p -> p.replaceFirst("^[A-Za-z]+\\[\\d+][A-Za-z0-9.\\[\\]]*: ", ""))
                    .distinct().collect(Collectors.joining("; "));
        }

        private void known(JsonNode node, String at, Set<String> fields) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!PlainText.isPlain(name)) {
                    problem(at, "a field whose name is not written characters only (" + PlainText.PROBLEM + ")");
                } else if (!fields.contains(name)) {
                    problem(YamlDocument.isShown(name) ? at + "/" + name : at, "unknown field " + YamlDocument.key(name)
                            + "; known: " + String.join(", ", fields.stream().sorted().toList()));
                }
            }
        }

        private void problem(String pointer, String message) {
            CaseProblem problem = new CaseProblem(file, document.line(pointer), YamlDocument.display(pointer), message);
            if (!pointer.startsWith("/defaults/") || defaultsSaid.add(problem)) {
                problems.add(problem);
            }
        }
    }
}

package io.github.jingzhun.examples.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.audit.CrossDepartmentAudit;
import io.github.jingzhun.audit.DepartmentRoll;
import io.github.jingzhun.audit.PopulationAudit;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.identification.Outcome;
import io.github.jingzhun.monitoring.MonitoringCategory;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.scenario.ParameterScenario;
import io.github.jingzhun.scenario.PopulationStatistics;
import io.github.jingzhun.scenario.ShockScenario;
import io.github.jingzhun.statistics.Dimension;
import io.github.jingzhun.statistics.FosterGreerThorbecke;
import io.github.jingzhun.statistics.MultidimensionalPoverty;
import io.github.jingzhun.statistics.Progress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A population case decided and checked: its statistics, registry audit and scenario written as a JSON tree, and
 * the expected part of that tree compared leaf by leaf. Ratios compare to the decimals written ({@code 0.0028}
 * matches 0.0027968), counts exactly; a transition not in the decision counts 0.
 */
final class PopulationCase {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();
    private static final Set<String> FGT = Set.of("persons", "poorPersons", "p0", "p1", "p2");
    /** The Alkire–Foster measures given by dimension (ST-3). */
    private static final Set<String> BY_DIMENSION = Set.of("censoredHeadcountRatios", "uncensoredHeadcountRatios",
            "contributions");
    private static final Set<String> ALKIRE_FOSTER = Set.of("persons", "poorPersons", "h", "a", "m0", "m1", "m2",
            "censoredHeadcountRatios", "uncensoredHeadcountRatios", "contributions");
    private static final Set<String> PROGRESS = Set.of("registered", "exited", "relapsed", "remaining");
    private static final Set<String> STATISTICS = Set.of("fgt", "alkireFoster", "progress");
    private static final Set<String> DIFFERENCES = Set.of("P0", "P1", "P2", "H", "A", "M0", "M1", "M2",
            "registered", "exited", "relapsed", "remaining");
    private static final Set<String> TRANSITIONS = Set.of("identification", "exit", "monitoring", "changed");
    /** The names a move is between, by kind, as {@link io.github.jingzhun.scenario.Transitions} writes them. */
    private static final Map<String, Set<String>> MOVE_NAMES = Map.of(
            "identification", names(Outcome.values()),
            "exit", Set.of("EXIT_ELIGIBLE", "NOT_EXIT_ELIGIBLE"),
            "monitoring", Stream.concat(Stream.of("NONE"), names(MonitoringCategory.values()).stream())
                    .collect(Collectors.toUnmodifiableSet()));
    /** The keys of a population case's {@code expect}, besides findings and noFindings. */
    static final List<String> KEYS = List.of("fgt", "alkireFoster", "progress", "variant", "differences",
            "deviations", "transitions");

    private PopulationCase() {}

    /**
     * Checks one key of a population case's expectation: known names, numbers where numbers are.
     *
     * @param key the key of {@code expect}, one of {@link #KEYS}
     * @param value its value
     * @param at its pointer
     * @param problems where each problem goes
     */
    static void validate(String key, JsonNode value, String at, BiConsumer<String, String> problems) {
        switch (key) {
            case "variant" -> fields(value, at, STATISTICS, problems,
                    (k, v, a) -> validate(k, v, a, problems));
            case "differences" -> fields(value, at, DIFFERENCES, problems, (k, v, a) -> number(v, a, problems));
            case "deviations" -> texts(value, at, "must be a list of the parameters the variant departs in, such as "
                    + "[NOTICE_DAYS]", "must be a parameter's name, such as NOTICE_DAYS", problems);
            case "transitions" -> fields(value, at, TRANSITIONS, problems, (k, v, a) -> {
                if (k.equals("changed")) {
                    texts(v, a, "must be a list of household ids", "must be a household's id", problems);
                } else if (!v.isObject() || v.isEmpty()) {
                    problems.accept(a, "must be a mapping from moves, such as \"NOT_ELIGIBLE -> ELIGIBLE\", to "
                            + "numbers of households, at least one");
                } else {
                    v.properties().forEach(e -> {
                        // a move's two names may be repeated; other text, which might be anything, is not
                        String[] names = e.getKey().split(" -> ", -1);
                        boolean move = names.length == 2 && YamlDocument.isShown(names[0])
                                && YamlDocument.isShown(names[1]);
                        String moveAt = move ? a + "/" + e.getKey() : YamlDocument.child(a, e.getKey());
                        Set<String> known = MOVE_NAMES.get(k);
                        if (!move) {
                            problems.accept(moveAt, "a move is written FROM -> TO, such as \"NOT_ELIGIBLE -> "
                                    + "ELIGIBLE\", not " + YamlDocument.key(e.getKey()));
                        } else if (!known.contains(names[0]) || !known.contains(names[1])) {
                            // a misspelt name is a move never made, which would count 0 and pass unseen
                            problems.accept(moveAt, k + " moves are between " + String.join(", ",
                                    known.stream().sorted().toList()) + ", not " + e.getKey());
                        }
                        if (!e.getValue().canConvertToLong() || !e.getValue().isIntegralNumber()
                                || e.getValue().longValue() < 0) {
                            problems.accept(moveAt, "must be a number of households: a whole number, 0 or more");
                        }
                    });
                }
            });
            case "fgt" -> fields(value, at, FGT, problems, (k, v, a) -> number(v, a, problems));
            case "progress" -> fields(value, at, PROGRESS, problems, (k, v, a) -> number(v, a, problems));
            default -> fields(value, at, ALKIRE_FOSTER, problems, (k, v, a) -> {
                if (BY_DIMENSION.contains(k)) {
                    Set<String> names = Set.copyOf(Arrays.stream(Dimension.values()).map(Enum::name).toList());
                    fields(v, a, names, problems, (d, r, ra) -> number(r, ra, problems));
                } else {
                    number(v, a, problems);
                }
            });
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    /** A field of the expectation: its name, value and pointer. */
    @FunctionalInterface
    private interface FieldCheck {
        void check(String name, JsonNode value, String at);
    }

    /**
     * A list of names or ids, each text (a number compares as the text it is written as): a mapping or a list would
     * never be in the list written, so never pass.
     */
    private static void texts(JsonNode value, String at, String notList, String notText,
            BiConsumer<String, String> problems) {
        if (!value.isArray()) {
            problems.accept(at, notList);
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual() && !value.get(i).isNumber()) {
                problems.accept(at + "/" + i, notText);
            }
        }
    }

    private static void fields(JsonNode value, String at, Set<String> known, BiConsumer<String, String> problems,
            FieldCheck check) {
        if (!value.isObject() || value.isEmpty()) {
            problems.accept(at, "must be a mapping of at least one of " + String.join(", ",
                    known.stream().sorted().toList()));
            return;
        }
        value.properties().forEach(e -> {
            String fieldAt = YamlDocument.child(at, e.getKey());
            if (known.contains(e.getKey())) {
                check.check(e.getKey(), e.getValue(), fieldAt);
            } else {
                problems.accept(fieldAt, "unknown field " + YamlDocument.key(e.getKey()) + "; known: "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        });
    }

    private static void number(JsonNode value, String at, BiConsumer<String, String> problems) {
        if (!value.isNumber()) {
            problems.accept(at, "must be a number");
        }
    }

    /**
     * The decision of a population case as a JSON tree: {@code fgt}, {@code alkireFoster}, {@code progress} and
     * {@code findings} under the case's parameters; for a scenario, {@code transitions}, and for a parameter
     * scenario {@code variant}, {@code differences} and {@code deviations}, the parameters where the variant departs
     * from the national standards (IND-STD).
     *
     * @param policy the case's policy
     * @param year the income year
     * @param population what the case decides over
     * @return the tree
     */
    static JsonNode decide(PovertyPolicy policy, Year year, PopulationInput population) {
        List<Household> households = population.households();
        ObjectNode json = MAPPER.createObjectNode();
        PovertyPolicy variant = population.variant();
        PopulationStatistics statistics;
        if (variant != null) {
            ParameterScenario scenario = ParameterScenario.compare(households, policy, variant, year,
                    population.measure());
            statistics = scenario.base();
            json.set("variant", statistics(MAPPER.createObjectNode(), scenario.variant()));
            ObjectNode differences = json.putObject("differences");
            scenario.differences().forEach((name, d) -> differences.put(name, decimal(d)));
            ArrayNode deviations = json.putArray("deviations");
            scenario.deviations().forEach(d -> deviations.add(d.parameter()));
            json.set("transitions", MAPPER.valueToTree(scenario.transitions()));
        } else {
            statistics = new PopulationStatistics(FosterGreerThorbecke.of(households, policy, year),
                    population.measure().measure(households, policy, year), Progress.of(households, policy, year));
            var shock = population.shock();
            if (shock != null) {
                json.set("transitions", MAPPER.valueToTree(ShockScenario.run(households, shock, policy, year)));
            }
        }
        statistics(json, statistics);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(statistics.fgt().findings());
        findings.addAll(statistics.multidimensional().findings());
        findings.addAll(statistics.progress().findings());
        findings.addAll(PopulationAudit.check(households, policy.parametersFor(year)));
        for (DepartmentRoll roll : DepartmentRoll.of(population.roll())) {
            findings.addAll(CrossDepartmentAudit.compare(roll, households));
        }
        ArrayNode list = json.putArray("findings");
        findings.forEach(f -> list.add(MAPPER.valueToTree(f)));
        return json;
    }

    private static ObjectNode statistics(ObjectNode json, PopulationStatistics s) {
        FosterGreerThorbecke fgt = s.fgt();
        json.putObject("fgt").put("persons", fgt.persons()).put("poorPersons", fgt.poorPersons())
                .put("p0", decimal(fgt.p0())).put("p1", decimal(fgt.p1())).put("p2", decimal(fgt.p2()));
        MultidimensionalPoverty af = s.multidimensional();
        ObjectNode alkireFoster = json.putObject("alkireFoster").put("persons", af.persons())
                .put("poorPersons", af.poorPersons()).put("h", decimal(af.h())).put("a", decimal(af.a()))
                .put("m0", decimal(af.m0())).put("m1", decimal(af.m1())).put("m2", decimal(af.m2()));
        ObjectNode censored = alkireFoster.putObject("censoredHeadcountRatios");
        ObjectNode uncensored = alkireFoster.putObject("uncensoredHeadcountRatios");
        ObjectNode contributions = alkireFoster.putObject("contributions");
        af.indicators().forEach(i -> {
            censored.put(i.dimension().name(), decimal(i.censoredHeadcountRatio()));
            uncensored.put(i.dimension().name(), decimal(i.uncensoredHeadcountRatio()));
            contributions.put(i.dimension().name(), decimal(i.contribution()));
        });
        Progress.Counts total = s.progress().total();
        json.putObject("progress").put("registered", total.registered()).put("exited", total.exited())
                .put("relapsed", total.relapsed()).put("remaining", total.remaining());
        return json;
    }

    /** A ratio as the shortest decimal that reads back as the same double. */
    private static BigDecimal decimal(double value) {
        return new BigDecimal(Double.toString(value));
    }

    /**
     * Compares one key of the expectation with the decision, leaf by leaf.
     *
     * @param key the key, one of {@link #KEYS}
     * @param expected its expected value, validated
     * @param actual the decision's value under the key
     * @param scenario the scenario rule of the case (SC-1 or SC-2), or null when it is none
     * @param differences where each difference goes
     */
    static void compare(String key, JsonNode expected, JsonNode actual, @Nullable Rule scenario,
            List<Expectation.Difference> differences) {
        leaves(key, expected, actual, rule(key, scenario), differences);
    }

    private static void leaves(String what, JsonNode expected, JsonNode actual, @Nullable Rule rule,
            List<Expectation.Difference> differences) {
        if (expected.isObject()) {
            expected.properties().forEach(e -> leaves(what + "." + e.getKey(), e.getValue(),
                    actual.path(e.getKey()), what.startsWith("variant") && rule == null ? rule(e.getKey(), null)
                            : rule, differences));
        } else if (!same(expected, actual)) {
            differences.add(new Expectation.Difference(what, Expectation.text(expected),
                    Expectation.text(actual), rule));
        }
    }

    /** Numbers to the decimals written, a missing count as 0, anything else as {@link Expectation#same}. */
    private static boolean same(JsonNode expected, JsonNode actual) {
        if (expected.isNumber()) {
            BigDecimal wanted = expected.decimalValue();
            if (actual.isMissingNode()) {
                return wanted.signum() == 0;
            }
            return actual.isNumber() && wanted.compareTo(actual.decimalValue().setScale(Math.max(wanted.scale(), 0),
                    RoundingMode.HALF_UP)) == 0;
        }
        return Expectation.same(expected, actual);
    }

    private static @Nullable Rule rule(String key, @Nullable Rule scenario) {
        return switch (key) {
            case "fgt" -> Rule.ST_2;
            case "alkireFoster" -> Rule.ST_3;
            case "progress" -> Rule.ST_5;
            case "differences", "deviations" -> Rule.SC_1;
            case "transitions" -> Objects.requireNonNullElse(scenario, Rule.SC_2);
            default -> null;
        };
    }
}

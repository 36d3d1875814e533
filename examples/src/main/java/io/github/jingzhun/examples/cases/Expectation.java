package io.github.jingzhun.examples.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.identification.Exclusion;
import io.github.jingzhun.identification.Outcome;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorStatus;
import io.github.jingzhun.json.ContractSchema;
import io.github.jingzhun.json.JsonProblem;
import io.github.jingzhun.monitoring.MonitoringCategory;
import io.github.jingzhun.parameter.Standard;
import io.github.jingzhun.procedure.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The expected results of a case ({@code expect}), checked against the decision written as the JSON contract
 * writes it. Every expected value is partial: what is not written is not checked.
 */
final class Expectation {

    /** What an expected value is written as: a number, true or false, or a name of an enumeration. */
    private enum Shape { NUMBER, FLAG, NAME }

    /** An expected value of the decision: where it is, what it must be, and the rule that decides it. */
    private record Field(String pointer, Shape shape, @Nullable Class<? extends Enum<?>> values, boolean list,
            Rule rule) {

        static Field number(String pointer, Rule rule) {
            return new Field(pointer, Shape.NUMBER, null, false, rule);
        }

        static Field flag(String pointer, Rule rule) {
            return new Field(pointer, Shape.FLAG, null, false, rule);
        }

        static Field name(String pointer, Class<? extends Enum<?>> values, boolean list, Rule rule) {
            return new Field(pointer, Shape.NAME, values, list, rule);
        }
    }

    private static final Map<String, Field> IDENTIFICATION = Map.of(
            "outcome", Field.name("/identification/outcome", Outcome.class, false, Rule.ID_H_3),
            "type", Field.name("/identification/type", HouseholdType.class, false, Rule.ID_H_4),
            "netIncome", Field.number("/identification/netIncome", Rule.INC_1),
            "perCapitaIncome", Field.number("/identification/perCapitaIncome", Rule.INC_2),
            "line", Field.number("/identification/line", Rule.ID_STD),
            "standard", Field.name("/identification/standard", Standard.class, false, Rule.ID_STD),
            "gaps", Field.name("/identification/gaps", Indicator.class, true, Rule.ID_H_3),
            "exclusions", Field.name("/identification/exclusions", Exclusion.class, true, Rule.ID_H_2),
            "derivedCauses", Field.name("/identification/derivedCauses", Cause.class, true, Rule.ID_H_5));
    private static final Map<String, Field> EXIT = Map.of(
            "eligible", Field.flag("/exit/eligible", Rule.EX_H_3),
            "monitorOnExit", Field.flag("/exit/monitorOnExit", Rule.EX_H_4),
            "remainingSteps", Field.name("/exit/remainingSteps", Step.class, true, Rule.PROC_EXIT));
    private static final Map<String, Field> MONITORING = Map.of(
            "monitored", Field.flag("/monitoring/monitored", Rule.MON_2),
            "category", Field.name("/monitoring/category", MonitoringCategory.class, false, Rule.MON_2));
    private static final Set<String> FINDING = Set.of("passed", "observed", "threshold", "subject");
    /** The area decisions as the contract's schema writes them: what an area case can expect. */
    private static final JsonNode AREA_SCHEMA = areaSchema();
    /** The keys of an area case's {@code expect} naming decisions, by village or county code. */
    private static final List<String> AREAS = List.of("villages", "counties");
    /** A county's code or a village's. */
    private static final Pattern AREA_CODE = Pattern.compile("[0-9]{6}|[0-9]{12}");
    /** The keys of {@code expect} besides those of the identification. */
    private static final List<String> SECTIONS = List.of("indicators", "measures", "exit", "monitoring", "findings",
            "noFindings", "refused");

    private Expectation() {}

    private static JsonNode areaSchema() {
        try {
            return new ObjectMapper().readTree(ContractSchema.AREA_DECISION.text());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the contract's schema of area decisions is not JSON", e);
        }
    }

    /** What a case decides over, and so what it can expect. */
    enum Kind {
        /** One household: its decision. */
        HOUSEHOLD,
        /** Villages and counties: their area decisions. */
        AREA,
        /** Households together: statistics, registry audit and scenarios. */
        POPULATION
    }

    /** A difference between a case's expectation and its decision. */
    record Difference(String what, String expected, String actual, @Nullable Rule rule) {}

    /**
     * Checks that an expectation is well formed: known keys, known values, known rule ids.
     *
     * @param expect the {@code expect} node
     * @param pointer its JSON pointer in the file
     * @param kind what the case decides over
     * @param problems where each problem goes: the pointer of the offending node and the message
     */
    static void validate(JsonNode expect, String pointer, Kind kind, BiConsumer<String, String> problems) {
        boolean area = kind == Kind.AREA;
        if (!expect.isObject() || expect.isEmpty()) {
            problems.accept(pointer, "must be a mapping of at least one expected result");
            return;
        }
        for (Map.Entry<String, JsonNode> e : expect.properties()) {
            String key = e.getKey();
            JsonNode value = e.getValue();
            String at = YamlDocument.child(pointer, key);
            Field field = kind == Kind.HOUSEHOLD ? IDENTIFICATION.get(key) : null;
            if (area && AREAS.contains(key)) {
                if (!value.isObject() || value.isEmpty()) {
                    problems.accept(at, "must be a mapping from codes to the decisions expected, at least one");
                } else {
                    JsonNode decision = AREA_SCHEMA.at(key.equals("villages") ? "/$defs/villageDecision"
                            : "/$defs/countyDecision");
                    value.properties().forEach(d -> {
                        // a county's or village's code is shown, as no ID number is so short: where it is, is said
                        String codeAt = AREA_CODE.matcher(d.getKey()).matches() ? at + "/" + d.getKey()
                                : YamlDocument.child(at, d.getKey());
                        if (!d.getValue().isObject()) {
                            problems.accept(codeAt, "must be a mapping: part of the area decision");
                        } else {
                            validateArea(d.getValue(), decision, codeAt, problems);
                        }
                    });
                }
            } else if (key.equals("refused") && kind == Kind.HOUSEHOLD) {
                if (expect.size() > 1) {
                    problems.accept(at, "a household case that expects refused expects nothing else");
                }
                if (!value.isArray() || value.isEmpty()) {
                    problems.accept(at, "must be a list of at least one problem: path, and the rule the message "
                            + "cites");
                } else {
                    for (int i = 0; i < value.size(); i++) {
                        JsonNode problem = value.get(i);
                        String problemAt = at + "/" + i;
                        if (!problem.isObject() || !problem.path("path").isTextual()) {
                            problems.accept(problemAt, "must be a mapping with a path, such as $.members[0].idNumber");
                            continue;
                        }
                        problem.properties().forEach(f -> {
                            if (!f.getKey().equals("path") && !f.getKey().equals("rule")) {
                                problems.accept(YamlDocument.child(problemAt, f.getKey()), "unknown field "
                                        + YamlDocument.key(f.getKey()) + " of a refusal; known: path, rule");
                            }
                        });
                        if (problem.has("rule")) {
                            rule(problem.get("rule"), problemAt + "/rule", problems);
                        }
                    }
                }
            } else if (kind == Kind.POPULATION && PopulationCase.KEYS.contains(key)) {
                PopulationCase.validate(key, value, at, problems);
            } else if (kind == Kind.POPULATION && !key.equals("findings") && !key.equals("noFindings")) {
                problems.accept(at, "unknown expected result " + YamlDocument.key(key) + " of a population case; "
                        + "known: " + String.join(", ", PopulationCase.KEYS) + ", findings, noFindings");
            } else if (area && !key.equals("findings") && !key.equals("noFindings")) {
                problems.accept(at, "unknown expected result " + YamlDocument.key(key) + " of an area case; known: "
                        + "villages, counties, findings, noFindings");
            } else if (field != null) {
                validate(field, value, at, problems);
            } else if (key.equals("indicators")) {
                validateMap(value, at, Indicator.class, Field.name("", IndicatorStatus.class, false, Rule.ID_H_3),
                        problems);
            } else if (key.equals("measures")) {
                validate(Field.name("", MeasureCategory.class, true, Rule.MS_14), value, at, problems);
            } else if (key.equals("exit") || key.equals("monitoring")) {
                validateFields(value, at, key.equals("exit") ? EXIT : MONITORING, problems);
            } else if (key.equals("findings")) {
                validateFindings(value, at, problems);
            } else if (key.equals("noFindings")) {
                if (!value.isArray() || value.isEmpty()) {
                    problems.accept(at, "must be a list of at least one rule id");
                } else {
                    for (int i = 0; i < value.size(); i++) {
                        rule(value.get(i), at + "/" + i, problems);
                    }
                }
            } else {
                problems.accept(at, "unknown expected result " + YamlDocument.key(key) + "; known: "
                        + String.join(", ", IDENTIFICATION.keySet().stream().sorted().toList()) + ", "
                        + String.join(", ", SECTIONS));
            }
        }
    }

    /**
     * Every field expected of an area decision is one it writes, and every value one it could hold, as the
     * contract's schema gives them: {@code eligible: 3} would never be written, so never pass.
     */
    private static void validateArea(JsonNode expected, JsonNode schema, String at,
            BiConsumer<String, String> problems) {
        JsonNode object = objectSchema(schema);
        if (!expected.isObject() || object == null) {
            if (!holds(schema, expected)) {
                Set<String> words = new LinkedHashSet<>();
                describe(schema, words);
                problems.accept(at, "must be " + String.join(" or ", words) + ", as the area decision writes it");
            } else if (expected.isArray() && itemsOf(schema) != null) {
                for (int i = 0; i < expected.size(); i++) {
                    validateArea(expected.get(i), Objects.requireNonNull(itemsOf(schema)), at + "/" + i, problems);
                }
            }
            return;
        }
        JsonNode properties = object.path("properties");
        expected.properties().forEach(e -> {
            JsonNode property = properties.get(e.getKey());
            String child = YamlDocument.child(at, e.getKey());
            if (property == null) {
                List<String> known = new ArrayList<>();
                properties.fieldNames().forEachRemaining(known::add);
                problems.accept(child, "unknown field " + YamlDocument.key(e.getKey()) + "; known: "
                        + String.join(", ", known.stream().sorted().toList()));
            } else if (e.getValue().isObject() && e.getValue().isEmpty()) {
                problems.accept(child, "must be a mapping of at least one expected value");
            } else {
                validateArea(e.getValue(), property, child, problems);
            }
        });
    }

    /** Whether a part of the schema holds a value: of one of its types and its enumeration, each item too. */
    private static boolean holds(JsonNode schema, JsonNode value) {
        if (schema.has("$ref")) {
            return holds(referenced(schema), value);
        }
        if (schema.has("oneOf")) {
            for (JsonNode alternative : schema.get("oneOf")) {
                if (holds(alternative, value)) {
                    return true;
                }
            }
            return false;
        }
        JsonNode type = schema.path("type");
        boolean typed = type.isMissingNode();
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            typed |= switch (t.asText()) {
                case "boolean" -> value.isBoolean();
                // as compared: a number by its value (2.0 is 2), a number written for a text as that text
                case "integer" -> value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
                case "number" -> value.isNumber();
                case "string" -> value.isTextual() || value.isNumber();
                case "null" -> value.isNull();
                case "array" -> value.isArray();
                case "object" -> value.isObject();
                default -> false;
            };
        }
        boolean listed = !schema.has("enum");
        for (JsonNode allowed : schema.path("enum")) {
            listed |= allowed.equals(value);
        }
        boolean items = true;
        for (int i = 0; value.isArray() && schema.has("items") && i < value.size(); i++) {
            items &= holds(schema.get("items"), value.get(i));
        }
        return typed && listed && items;
    }

    /** The part of the area schema a reference names, such as {@code #/$defs/finding}. */
    private static JsonNode referenced(JsonNode schema) {
        return AREA_SCHEMA.at(schema.get("$ref").asText().substring(1));
    }

    /** The schema of a list's items, through a reference or an alternative; null if it is no list's. */
    private static @Nullable JsonNode itemsOf(JsonNode schema) {
        if (schema.has("$ref")) {
            return itemsOf(referenced(schema));
        }
        if (schema.has("items")) {
            return schema.get("items");
        }
        for (JsonNode alternative : schema.path("oneOf")) {
            JsonNode items = itemsOf(alternative);
            if (items != null) {
                return items;
            }
        }
        return null;
    }

    /** What a part of the schema holds, in words: "true or false", "a number", "one of ...". */
    private static void describe(JsonNode schema, Set<String> words) {
        if (schema.has("$ref")) {
            describe(referenced(schema), words);
        }
        schema.path("oneOf").forEach(alternative -> describe(alternative, words));
        if (schema.has("enum")) {
            List<String> names = new ArrayList<>();
            schema.get("enum").forEach(e -> names.add(e.asText()));
            words.add("one of " + String.join(", ", names));
            return;
        }
        JsonNode type = schema.path("type");
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            switch (t.asText()) {
                case "boolean" -> words.add("true or false");
                case "integer" -> words.add("a whole number");
                case "number" -> words.add("a number");
                case "string" -> words.add("text");
                case "null" -> words.add("null");
                case "array" -> words.add(schema.has("items") ? "a list of " + itemWords(schema.get("items"))
                        : "a list");
                case "object" -> words.add("a mapping");
                default -> { }
            }
        }
    }

    private static String itemWords(JsonNode items) {
        Set<String> words = new LinkedHashSet<>();
        describe(items, words);
        return String.join(" or ", words);
    }

    /** The object a part of the schema describes, through its reference or one of its alternatives; null if none. */
    private static @Nullable JsonNode objectSchema(JsonNode schema) {
        if (schema.has("$ref")) {
            return objectSchema(referenced(schema));
        }
        if (schema.has("properties")) {
            return schema;
        }
        for (JsonNode alternative : schema.path("oneOf")) {
            JsonNode object = objectSchema(alternative);
            if (object != null) {
                return object;
            }
        }
        return null;
    }

    private static void validate(Field field, JsonNode value, String at, BiConsumer<String, String> problems) {
        if (field.list()) {
            if (!value.isArray()) {
                problems.accept(at, "must be a list");
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                validateScalar(field, value.get(i), at + "/" + i, problems);
            }
        } else {
            validateScalar(field, value, at, problems);
        }
    }

    private static void validateScalar(Field field, JsonNode value, String at, BiConsumer<String, String> problems) {
        if (value.isContainerNode()) {
            problems.accept(at, "must be a single value");
        } else if (!value.isNull()) {
            switch (field.shape()) {
                case NUMBER -> shape(value.isNumber(), "a number, such as 3218.00", at, problems);
                case FLAG -> shape(value.isBoolean(), "true or false", at, problems);
                case NAME -> {
                    Class<? extends Enum<?>> values = Objects.requireNonNull(field.values());
                    if (!names(values).contains(value.asText())) {
                        problems.accept(at, "unknown value " + YamlDocument.value(value.asText()) + "; one of "
                                + String.join(", ", names(values)));
                    }
                }
            }
        }
    }

    /** An expected value written as something its field never is, which no decision could match. */
    private static void shape(boolean right, String what, String at, BiConsumer<String, String> problems) {
        if (!right) {
            problems.accept(at, "must be " + what);
        }
    }

    private static void validateMap(JsonNode value, String at, Class<? extends Enum<?>> keys, Field values,
            BiConsumer<String, String> problems) {
        if (!value.isObject() || value.isEmpty()) {
            problems.accept(at, "must be a mapping of at least one expected value");
            return;
        }
        value.properties().forEach(e -> {
            if (!names(keys).contains(e.getKey())) {
                problems.accept(YamlDocument.child(at, e.getKey()), "unknown name " + YamlDocument.key(e.getKey())
                        + "; one of "
                        + String.join(", ", names(keys)));
            } else {
                validateScalar(values, e.getValue(), YamlDocument.child(at, e.getKey()), problems);
            }
        });
    }

    private static void validateFields(JsonNode value, String at, Map<String, Field> fields,
            BiConsumer<String, String> problems) {
        if (!value.isObject() || value.isEmpty()) {
            problems.accept(at, "must be a mapping of at least one expected value");
            return;
        }
        value.properties().forEach(e -> {
            Field field = fields.get(e.getKey());
            if (field == null) {
                problems.accept(YamlDocument.child(at, e.getKey()), "unknown field " + YamlDocument.key(e.getKey())
                        + "; known: "
                        + String.join(", ", fields.keySet().stream().sorted().toList()));
            } else {
                validate(field, e.getValue(), YamlDocument.child(at, e.getKey()), problems);
            }
        });
    }

    private static void validateFindings(JsonNode value, String at, BiConsumer<String, String> problems) {
        if (!value.isObject() || value.isEmpty()) {
            problems.accept(at, "must be a mapping from rule ids to findings, at least one");
            return;
        }
        value.properties().forEach(e -> {
            String ruleAt = YamlDocument.child(at, e.getKey());
            try {
                Rule.parse(e.getKey());
            } catch (IllegalArgumentException unknown) {
                problems.accept(ruleAt, "unknown rule id " + YamlDocument.key(e.getKey())
                        + " (the rules command lists them)");
                return;
            }
            JsonNode findings = e.getValue();
            if (findings.isArray() && findings.isEmpty()) {
                problems.accept(ruleAt, "must name at least one finding; a rule expected to have none is listed "
                        + "in noFindings");
                return;
            }
            List<JsonNode> each = new ArrayList<>();
            if (findings.isArray()) {
                findings.forEach(each::add);
            } else {
                each.add(findings);
            }
            for (int i = 0; i < each.size(); i++) {
                String findingAt = findings.isArray() ? ruleAt + "/" + i : ruleAt;
                JsonNode finding = each.get(i);
                if (!finding.isObject()) {
                    problems.accept(findingAt, "must be a finding: passed, observed, threshold, subject");
                    continue;
                }
                finding.properties().forEach(f -> {
                    String name = f.getKey();
                    JsonNode v = f.getValue();
                    String fieldAt = YamlDocument.child(findingAt, name);
                    if (!FINDING.contains(name)) {
                        problems.accept(fieldAt, "unknown field " + YamlDocument.key(name)
                                + " of a finding; known: observed, passed, subject, threshold");
                    } else if (v.isContainerNode()) {
                        problems.accept(fieldAt, "must be a single value");
                    } else if (name.equals("passed")) {
                        shape(v.isBoolean(), "true or false", fieldAt, problems);
                    } else if (!name.equals("subject")) {
                        shape(v.isNumber() || v.isNull(), "a number, such as 3218.00", fieldAt, problems);
                    }
                });
            }
        });
    }

    private static void rule(JsonNode id, String at, BiConsumer<String, String> problems) {
        try {
            Rule.parse(id.asText());
        } catch (IllegalArgumentException e) {
            problems.accept(at, "unknown rule id " + YamlDocument.value(id.asText()) + " (the rules command lists them)");
        }
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /**
     * Compares a valid expectation with a decision.
     *
     * @param expect the {@code expect} node, validated
     * @param decision the decision as the JSON contract writes it
     * @param scenario for a population case, the scenario rule it runs (SC-1 or SC-2); null for none
     * @return the differences, in the order of the expectation; empty when the case passes
     */
    static List<Difference> compare(JsonNode expect, JsonNode decision, @Nullable Rule scenario) {
        List<Difference> differences = new ArrayList<>();
        List<JsonNode> findings = new ArrayList<>();
        collectFindings(decision, findings);
        expect.properties().forEach(e -> {
            String key = e.getKey();
            JsonNode value = e.getValue();
            Field field = IDENTIFICATION.get(key);
            if (field != null) {
                compare(key, value, decision.at(field.pointer()), field.rule(), differences);
            } else if (key.equals("indicators")) {
                value.properties().forEach(i -> compare("indicators." + i.getKey(), i.getValue(),
                        decision.at("/indicators/" + i.getKey()), Indicator.valueOf(i.getKey()).rule(),
                        differences));
            } else if (key.equals("measures")) {
                List<String> categories = new ArrayList<>();
                decision.path("measures").forEach(m -> categories.add(m.path("category").asText()));
                String expected = text(value);
                String actual = "[" + String.join(", ", categories) + "]";
                if (!expected.equals(actual)) {
                    differences.add(new Difference("measures", expected, actual, Rule.MS_14));
                }
            } else if (key.equals("exit") || key.equals("monitoring")) {
                Map<String, Field> fields = key.equals("exit") ? EXIT : MONITORING;
                value.properties().forEach(f -> {
                    Field known = fields.get(f.getKey());
                    compare(key + "." + f.getKey(), f.getValue(), decision.at(known.pointer()), known.rule(),
                            differences);
                });
            } else if (key.equals("findings")) {
                value.properties().forEach(f -> compareFindings(Rule.parse(f.getKey()), f.getValue(), findings,
                        differences));
            } else if (PopulationCase.KEYS.contains(key)) {
                PopulationCase.compare(key, value, decision.path(key), scenario, differences);
            } else if (AREAS.contains(key)) {
                value.properties().forEach(d -> compareArea(key + "." + d.getKey(), d.getValue(),
                        decision.path(key).path(d.getKey()), differences));
            } else if (key.equals("noFindings")) {
                value.forEach(id -> {
                    Rule rule = Rule.parse(id.asText());
                    List<JsonNode> of = of(rule, findings);
                    if (!of.isEmpty()) {
                        differences.add(new Difference("findings " + rule.id(), "none", describe(of), rule));
                    }
                });
            }
        });
        return differences;
    }

    /** A part of an area decision, leaf by leaf, so that a difference names its field. */
    private static void compareArea(String what, JsonNode expected, JsonNode actual, List<Difference> differences) {
        if (expected.isObject() && actual.isObject()) {
            expected.properties().forEach(e -> {
                String field = what + "." + e.getKey();
                if (actual.has(e.getKey())) {
                    compareArea(field, e.getValue(), actual.get(e.getKey()), differences);
                } else {
                    // an area decision writes every field, null too: a misspelt one expected null must not pass
                    differences.add(new Difference(field, text(e.getValue()), "no such field", areaRule(field)));
                }
            });
        } else if (!same(expected, actual)) {
            differences.add(new Difference(what, text(expected), text(actual), areaRule(what)));
        }
    }

    /** The rule that decides a field of an area decision, for the reader of a difference. */
    private static @Nullable Rule areaRule(String what) {
        if (what.contains(".identification")) {
            return Rule.ID_V_1;
        }
        if (what.contains(".exit.evaluation")) {
            return Rule.ST_4;
        }
        if (what.contains(".exit.remainingSteps")) {
            return Rule.EX_C_3;
        }
        if (what.contains(".exit.transitionEnd")) {
            return Rule.GR_1;
        }
        if (what.contains(".exit.") || what.endsWith(".exit")) {  // not the county's recorded exitYear
            return what.startsWith("villages") ? Rule.EX_V_1 : Rule.EX_C_1;
        }
        return what.contains(".incidence") ? Rule.ST_1 : null;
    }

    private static void compare(String what, JsonNode expected, JsonNode actual, Rule rule,
            List<Difference> differences) {
        if (!same(expected, actual)) {
            differences.add(new Difference(what, text(expected), text(actual), rule));
        }
    }

    private static void compareFindings(Rule rule, JsonNode expected, List<JsonNode> findings,
            List<Difference> differences) {
        List<JsonNode> of = of(rule, findings);
        List<JsonNode> wanted = new ArrayList<>();
        if (expected.isArray()) {
            expected.forEach(wanted::add);
        } else {
            wanted.add(expected);
        }
        for (JsonNode finding : wanted) {
            if (of.stream().noneMatch(actual -> same(finding, actual))) {
                differences.add(new Difference("finding " + rule.id(), brief(finding),
                        of.isEmpty() ? "no " + rule.id() + " finding" : describe(of), rule));
            }
        }
    }

    /**
     * The findings of a rule in a decision, as a reader wants them: one per line, what was tested and the message.
     *
     * @param decision the decision as JSON
     * @param rule the rule
     * @return the findings, empty when none
     */
    static String findings(JsonNode decision, Rule rule) {
        List<JsonNode> findings = new ArrayList<>();
        collectFindings(decision, findings);
        return describe(of(rule, findings));
    }

    private static List<JsonNode> of(Rule rule, List<JsonNode> findings) {
        return findings.stream().filter(f -> f.path("rule").asText().equals(rule.id())).toList();
    }

    /** Every finding of a decision, wherever it is: an object with a rule and whether it passed. */
    private static void collectFindings(JsonNode node, List<JsonNode> findings) {
        if (node.isObject() && node.has("rule") && node.has("passed")) {
            findings.add(node);
        } else if (node.isContainerNode()) {
            node.forEach(child -> collectFindings(child, findings));
        }
    }

    /**
     * Compares the refusal a case expects with the problems the importer found.
     *
     * @param expect the {@code expect} node, validated, with {@code refused}
     * @param problems the importer's problems, empty when the household was read
     * @return the differences, empty when every expected problem was found
     */
    static List<Difference> compareRefusal(JsonNode expect, List<JsonProblem> problems) {
        List<Difference> differences = new ArrayList<>();
        String actual = problems.isEmpty() ? "the household was read without a problem"
                : problems.stream().map(JsonProblem::toString).collect(Collectors.joining("\n"));
        for (JsonNode wanted : expect.path("refused")) {
            String pointer = YamlDocument.pointer(wanted.path("path").asText());
            String rule = wanted.path("rule").asText("");
            boolean found = problems.stream().anyMatch(p -> YamlDocument.pointer(p.path()).equals(pointer)
                    && (rule.isEmpty() || p.message().contains("(" + rule + ")")));
            if (!found) {
                differences.add(new Difference("refused", wanted.path("path").asText()
                        + (rule.isEmpty() ? "" : ", citing " + rule), actual,
                        rule.isEmpty() ? null : Rule.parse(rule)));
            }
        }
        return differences;
    }

    /**
     * Whether an actual value is what is expected: numbers by value (3218 is 3218.00), a number written for a text
     * as that text (a subject {@code 2019}), mappings partially.
     */
    static boolean same(JsonNode expected, JsonNode actual) {
        if (expected.isNull()) {
            return actual.isMissingNode() || actual.isNull();
        }
        if (expected.isNumber()) {
            return actual.isNumber() && expected.decimalValue().compareTo(actual.decimalValue()) == 0
                    || actual.isTextual() && expected.decimalValue().toPlainString().equals(actual.asText());
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!same(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                if (!same(e.getValue(), actual.path(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isBoolean()) {
            return actual.isBoolean() && expected.booleanValue() == actual.booleanValue();
        }
        return actual.isValueNode() && !actual.isNull() && expected.asText().equals(actual.asText());
    }

    /** The findings as a reader wants them: what was tested and the message. */
    private static String describe(List<JsonNode> findings) {
        return findings.stream().map(f -> brief(f) + (f.has("message") ? " \"" + f.path("message").asText() + "\""
                : "")).collect(Collectors.joining("\n"));
    }

    private static String brief(JsonNode finding) {
        List<String> parts = new ArrayList<>();
        for (String name : List.of("passed", "observed", "threshold", "subject")) {
            if (finding.has(name)) {
                parts.add(name + ": " + text(finding.get(name)));
            }
        }
        return "{" + String.join(", ", parts) + "}";
    }

    static String text(JsonNode node) {
        if (node.isMissingNode()) {
            return "(absent)";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(text(n)));
            return "[" + String.join(", ", items) + "]";
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        return node.isNull() ? "null" : node.isValueNode() ? node.asText() : node.toString();
    }
}

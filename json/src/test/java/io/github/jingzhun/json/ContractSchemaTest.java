package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.area.Area;
import io.github.jingzhun.area.Geography;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageStatus;
import io.github.jingzhun.audit.RollLine;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.exit.EvaluationSample;
import io.github.jingzhun.household.AppliedMeasure;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Causes;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.IncomeObservation;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Location;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.MonitoringHistory;
import io.github.jingzhun.household.RecordedProcedure;
import io.github.jingzhun.household.RecordedStep;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.parameter.ParameterValue;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.PovertyLine;
import io.github.jingzhun.parameter.RegionalLine;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.StepRecord;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schemas are kept true: the same fields, required fields and enum values as the model. */
class ContractSchemaTest {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();

    static Stream<Arguments> modelTypes() {
        return Stream.of(
                Arguments.of(ContractSchema.HOUSEHOLD, "", Household.class),
                Arguments.of(ContractSchema.HOUSEHOLD, "area", Area.class),
                Arguments.of(ContractSchema.HOUSEHOLD, "status", Status.class),
                Arguments.of(ContractSchema.HOUSEHOLD, "member", Member.class),
                Arguments.of(ContractSchema.HOUSEHOLD, "causes", Causes.class),
                Arguments.of(ContractSchema.HOUSEHOLD, "incomeRecord", IncomeRecord.class),
                Arguments.of(ContractSchema.HOUSEHOLD, "transfer", Transfer.class),
                Arguments.of(ContractSchema.HOUSEHOLD, "conditions", LivingConditions.class),
                Arguments.of(ContractSchema.HOUSEHOLD, "housing", Housing.class),
                Arguments.of(ContractSchema.HOUSEHOLD, "water", Water.class),
                Arguments.of(ContractSchema.HOUSEHOLD, "assets", Assets.class),
                Arguments.of(ContractSchema.HOUSEHOLD, "location", Location.class),
                Arguments.of(ContractSchema.HOUSEHOLD, "procedure", RecordedProcedure.class),
                Arguments.of(ContractSchema.HOUSEHOLD, "procedureStep", RecordedStep.class),
                Arguments.of(ContractSchema.HOUSEHOLD, "monitoring", MonitoringHistory.class),
                Arguments.of(ContractSchema.HOUSEHOLD, "appliedMeasure", AppliedMeasure.class),
                Arguments.of(ContractSchema.HOUSEHOLD, "incomeObservation", IncomeObservation.class),
                Arguments.of(ContractSchema.ROLL_LINE, "", RollLine.class),
                Arguments.of(ContractSchema.PARAMETERS, "", PolicyParameters.class),
                Arguments.of(ContractSchema.PARAMETERS, "value", ParameterValue.class),
                Arguments.of(ContractSchema.PARAMETERS, "line", PovertyLine.class),
                Arguments.of(ContractSchema.PARAMETERS, "regionalLine", RegionalLine.class),
                Arguments.of(ContractSchema.PARAMETERS, "geography", Geography.class),
                Arguments.of(ContractSchema.VILLAGE, "", Village.class),
                Arguments.of(ContractSchema.VILLAGE, "villageStatus", VillageStatus.class),
                Arguments.of(ContractSchema.COUNTY, "", County.class),
                Arguments.of(ContractSchema.COUNTY, "evaluationSample", EvaluationSample.class),
                Arguments.of(ContractSchema.COUNTY, "stepRecord", StepRecord.class));
    }

    private static JsonNode definition(ContractSchema schema, String name) {
        JsonNode root = SchemaCheck.of(schema).root();
        return name.isEmpty() ? root : root.get("$defs").get(name);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelTypes")
    void schemaHasTheFieldsOfTheModel(ContractSchema schema, String name, Class<?> type) {
        JsonNode def = definition(schema, name);
        ModelType model = ModelType.of(type);
        Set<String> fields = new TreeSet<>();
        def.get("properties").fieldNames().forEachRemaining(fields::add);
        fields.remove(SchemaVersion.FIELD);
        assertThat(fields).isEqualTo(model.properties().stream().map(ModelType.Property::name)
                .collect(Collectors.toCollection(TreeSet::new)));
        assertThat(def.get("additionalProperties").asBoolean(true)).as("unknown fields are errors").isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelTypes")
    void schemaRequiresWhatTheModelRequires(ContractSchema schema, String name, Class<?> type) {
        Set<String> required = new TreeSet<>();
        definition(schema, name).get("required").forEach(n -> required.add(n.asText()));
        Set<String> modelRequired = ModelType.of(type).properties().stream().filter(ModelType.Property::required)
                .map(ModelType.Property::name).collect(Collectors.toCollection(TreeSet::new));
        if (type == Household.class) {
            modelRequired.add("members"); // a list in Java, but a household has at least one member
        }
        if (type == RecordedProcedure.class) {
            modelRequired.add("events"); // a list in Java, but a recorded procedure has at least one step
        }
        assertThat(required).isEqualTo(modelRequired);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelTypes")
    void aRequiredFieldIsNeitherNullNorDefaulted(ContractSchema schema, String name, Class<?> type) {
        // The reader refuses null for a required field ("is required"): a schema admitting it, or advertising a
        // default, would have a producer send what is refused.
        JsonNode def = definition(schema, name);
        for (JsonNode field : def.get("required")) {
            JsonNode property = def.get("properties").get(field.asText());
            assertThat(property.toString()).as(name + "." + field.asText()).doesNotContain("\"null\"")
                    .doesNotContain("\"default\"");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelTypes")
    void enumListsAreTheModelsEnums(ContractSchema schema, String name, Class<?> type) {
        JsonNode def = definition(schema, name);
        for (ModelType.Property p : ModelType.of(type).properties()) {
            Class<?> enumType = enumOf(p.type());
            if (enumType == null) {
                continue;
            }
            JsonNode property = def.get("properties").get(p.name());
            JsonNode list = property.has("items") ? property.get("items").get("enum")
                    : property.has("additionalProperties") ? property.get("additionalProperties").get("enum")
                    : property.get("enum");
            Set<String> values = new HashSet<>();
            list.forEach(v -> {
                if (!v.isNull()) {
                    values.add(v.asText());
                }
            });
            Set<String> expected = Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.toCollection(HashSet::new));
            if (type == RecordedProcedure.class && p.name().equals("kind")) {
                expected.remove(ProcedureKind.COUNTY_EXIT.name()); // a county's procedure, refused for a household
            }
            assertThat(values).as(name + "." + p.name()).isEqualTo(expected);
        }
    }

    private static Class<?> enumOf(Type type) {
        if (type instanceof Class && ((Class<?>) type).isEnum()) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            Type[] args = ((ParameterizedType) type).getActualTypeArguments();
            return enumOf(args[args.length - 1]);
        }
        return null;
    }

    @Test
    void ruleIdsOfTheDecisionSchemaAreTheRulesOfTheRulebook() {
        for (String definition : List.of("finding", "measure")) {
            List<String> ids = new ArrayList<>();
            definition(ContractSchema.DECISION, definition).get("properties").get("rule").get("enum")
                    .forEach(n -> ids.add(n.asText()));
            // each once, as a schema's enum should list them
            assertThat(ids).as(definition).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(Rule.values()).map(Rule::id).toList());
        }
    }

    @Test
    void theAuditFindingLineHasTheFieldsOfAFindingAndTheHouseholds() {
        JsonNode root = SchemaCheck.of(ContractSchema.AUDIT_FINDING).root();
        Set<String> fields = new TreeSet<>();
        root.get("properties").fieldNames().forEachRemaining(fields::add);
        Set<String> expected = new TreeSet<>(FindingCodec.FIELDS);
        expected.add("households");
        assertThat(fields).isEqualTo(expected);
        assertThat(root.get("additionalProperties").asBoolean(true)).isFalse();
        Set<String> findingFields = new TreeSet<>();
        definition(ContractSchema.DECISION, "finding").get("properties").fieldNames()
                .forEachRemaining(findingFields::add);
        assertThat(findingFields).isEqualTo(new TreeSet<>(FindingCodec.FIELDS));
    }

    @Test
    void theAuditFindingLineCitesEveryAudRuleAndNoOther() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(SchemaCheck.of(ContractSchema.AUDIT_FINDING)
                .root().get("properties").get("rule").get("pattern").asText());
        for (Rule rule : Rule.values()) {
            assertThat(pattern.matcher(rule.id()).find()).as(rule.id()).isEqualTo(rule.id().startsWith("AUD-"));
        }
    }

    @ParameterizedTest
    @EnumSource(ContractSchema.class)
    void schemaIsDraft202012AndUsesOnlyWhatTheCheckUnderstands(ContractSchema schema) {
        JsonNode root = SchemaCheck.of(schema).root();
        assertThat(root.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(root.get("$id").asText()).endsWith(schema.fileName());
        assertThat(SchemaCheck.KNOWN).containsAll(SchemaCheck.of(schema).keywordsUsed());
        assertThat(schema.url().toString()).endsWith("io/github/jingzhun/json/schema/" + schema.fileName());
    }

    @Test
    void nationalParametersValidateAgainstTheSchema() throws Exception {
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(PolicyParameters.national()));
        assertThat(SchemaCheck.of(ContractSchema.PARAMETERS).violations(json)).isEmpty();
    }

    @Test
    void theCheckFindsViolations() throws Exception {
        JsonNode household = MAPPER.readTree(ContractDocument.workedHousehold());
        ((com.fasterxml.jackson.databind.node.ObjectNode) household.get("members").get(0)).put("sex", "UNKNOWN");
        ((com.fasterxml.jackson.databind.node.ObjectNode) household).remove("area");
        ((com.fasterxml.jackson.databind.node.ObjectNode) household).put("extra", 1);
        List<String> violations = new ArrayList<>(SchemaCheck.of(ContractSchema.HOUSEHOLD).violations(household));
        assertThat(violations).anyMatch(v -> v.startsWith("$.members[0].sex"))
                .anyMatch(v -> v.startsWith("$.area: required")).anyMatch(v -> v.startsWith("$.extra"));
    }
}

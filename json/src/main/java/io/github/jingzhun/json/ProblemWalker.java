package io.github.jingzhun.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.household.Causes;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.MonitoringHistory;
import io.github.jingzhun.household.Problem;
import io.github.jingzhun.household.RecordedProcedure;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.household.WorkStatus;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.Step;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds every problem of a record that failed to bind. Jackson stops at the first failure; the walker visits the
 * JSON tree with the contract's types, converting each scalar on its own and building each object whose parts are
 * all valid, so that its own checks (AUD-1, AUD-2, required attributes) are reported too.
 */
final class ProblemWalker {

    /**
     * The records whose own checks read their scalar fields, never a nested part (a status, a procedure), each with
     * the fields whose checks read another: a county's years are checked against {@code designated}. Built without
     * its bad fields, and without those whose checks read one, with a stand-in for its code if that is bad, a record
     * still reports its checks of the others.
     */
    private static final Map<Class<?>, Map<String, Set<String>>> OWN_FIELDS_CHECKED = Map.of(Village.class, Map.of(),
            County.class, Map.of("designated", Set.of("applicationYear", "exitYear")));
    /**
     * The records whose own checks, with a field left out, find fault with nothing but that field: dates out of
     * order, a secondary cause without a primary. A check that faults one field for another's absence would be
     * reported wrongly beside a bad field: such a record leaves this set.
     */
    private static final Set<Class<?>> FIELDS_LEFT_OUT_SAFELY = Set.of(Status.class, Causes.class,
            MonitoringHistory.class, RecordedProcedure.class);
    /**
     * The records whose own checks each read one field alone (an amount not negative, a rate within 0 to 100): a
     * valid stand-in for a required field that is bad or missing lets them check the others.
     */
    private static final Set<Class<?>> STOOD_IN_SAFELY = Set.of(IncomeRecord.class, Transfer.class, Water.class);

    private final ObjectMapper leafMapper;
    private final boolean tolerateUnknownFields;
    private final @Nullable LocalDate asOf;

    /**
     * Creates a walker.
     *
     * @param leafMapper a mapper that reads every scalar of the contract on its own, dates and years included
     * @param tolerateUnknownFields whether unknown fields are skipped
     * @param asOf the date the data describes, or null: the end of a household's latest income year
     */
    ProblemWalker(ObjectMapper leafMapper, boolean tolerateUnknownFields, @Nullable LocalDate asOf) {
        this.leafMapper = leafMapper;
        this.tolerateUnknownFields = tolerateUnknownFields;
        this.asOf = asOf;
    }

    /**
     * The problems of a record.
     *
     * @param node the record's JSON tree
     * @param type the record's type
     * @return the problems with absolute paths, possibly empty if the walker finds none
     */
    List<JsonProblem> diagnose(JsonNode node, Class<?> type) {
        Problems problems = new Problems();
        // A household that cannot be built is never validated: its size is said here, with the rest.
        JsonNode members = type == Household.class ? node.get("members") : null;
        if (members != null && members.isArray() && members.size() > JsonImporter.MAX_MEMBERS) {
            problems.add(ImportValidation.tooManyMembers(members.size()));
        }
        walk(node, type, "", problems);
        return problems.list();
    }

    /**
     * Whether a record that bound lacks a field the contract requires though core defaults it: a cheap walk of
     * the objects alone, so that such a record is diagnosed rather than read with the default.
     *
     * @param node the record's JSON tree
     * @param type the record's type
     * @return true if a required field is absent or null somewhere
     */
    static boolean missesRequired(JsonNode node, Type type) {
        Class<?> raw = raw(type);
        ModelType model = ModelType.of(raw);
        if (model != null) {
            if (!node.isObject()) {
                return false;
            }
            for (ModelType.Property property : model.properties()) {
                JsonNode value = node.get(property.name());
                if (value == null || value.isNull()) {
                    if (property.required()) {
                        return true;
                    }
                } else if (missesRequired(value, property.type())) {
                    return true;
                }
            }
        } else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType parameterized
                && node.isArray()) {
            Type element = parameterized.getActualTypeArguments()[0];
            for (JsonNode e : node) {
                if (missesRequired(e, element)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void walk(JsonNode node, Type type, String path, Problems problems) {
        Class<?> raw = raw(type);
        ModelType model = ModelType.of(raw);
        if (model != null) {
            object(node, model, path, problems);
        } else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType || raw.isArray()) {
            Type element = raw.isArray() ? raw.getComponentType()
                    : ((ParameterizedType) type).getActualTypeArguments()[0];
            if (!node.isArray()) {
                problems.add(problem(path, "expected a JSON array"));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode e = node.get(i);
                if (e.isNull()) {
                    problems.add(problem(JsonPath.index(path, i), "must not be null"));
                } else {
                    walk(e, element, JsonPath.index(path, i), problems);
                }
            }
        } else if (Map.class.isAssignableFrom(raw) && type instanceof ParameterizedType parameterized) {
            if (!node.isObject()) {
                problems.add(problem(path, "expected a JSON object"));
                return;
            }
            Type[] keyAndValue = parameterized.getActualTypeArguments();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                // Each entry at its key, the key read as a value of its type: "52272" is then no county code.
                String at = JsonPath.child(path, entry.getKey());
                problems.addAll(convert(TextNode.valueOf(entry.getKey()), keyAndValue[0], at));
                if (entry.getValue().isNull()) {
                    problems.add(problem(at, "must not be null"));
                } else {
                    walk(entry.getValue(), keyAndValue[1], at, problems);
                }
            }
        } else {
            problems.addAll(convert(node, type, path));
        }
    }

    private void object(JsonNode node, ModelType model, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(problem(path, "expected a JSON object"));
            return;
        }
        long before = problems.count();
        List<String> failed = new ArrayList<>(0);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            String at = JsonPath.child(path, name);
            long beforeField = problems.count();
            if (SchemaVersion.isRecord(model.type()) && path.isEmpty() && name.equals(SchemaVersion.FIELD)) {
                String versionProblem = SchemaVersion.problem(value);
                if (versionProblem != null) {
                    problems.add(problem(at, versionProblem));
                    failed.add(name);
                }
                continue;
            }
            ModelType.Property property = model.property(name);
            if (property == null) {
                if (!tolerateUnknownFields) {
                    problems.add(problem(at, "unknown field"));
                }
            } else if (!value.isNull()) {
                walk(value, property.type(), at, problems);
            }
            if (problems.count() > beforeField) {
                failed.add(name);
            }
        }
        stepsBesideABadStep(node, model.type(), failed, path, problems);
        long afterFields = problems.count();
        for (ModelType.Property property : model.properties()) {
            JsonNode value = node.get(property.name());
            if (property.required() && (value == null || value.isNull())) {
                problems.add(problem(JsonPath.child(path, property.name()), "is required"));
            }
        }
        if (problems.count() == before) {
            // Every part is valid: build the object, so that its own checks across fields are reported.
            problems.addAll(convert(node, model.type(), path));
            if (model.type() == Household.class && problems.count() > before) {
                // Refused by its own checks, it is never validated: its birth dates are checked here.
                birthDates(node, path, problems);
            }
        } else if (OWN_FIELDS_CHECKED.containsKey(model.type()) || STOOD_IN_SAFELY.contains(model.type())) {
            // Built without its bad fields (and those whose checks read one), a valid stand-in for each it requires,
            // it checks the rest; what the build says of a field not read was said already.
            List<String> unread = new ArrayList<>(failed);
            failed.forEach(name -> unread.addAll(
                    OWN_FIELDS_CHECKED.getOrDefault(model.type(), Map.of()).getOrDefault(name, Set.of())));
            ObjectNode rest = ((ObjectNode) node).deepCopy().without(unread);
            for (ModelType.Property property : model.properties()) {
                JsonNode value = rest.get(property.name());
                if (property.required() && (value == null || value.isNull())) {
                    JsonNode standIn = standIn(property.type());
                    if (standIn == null) {
                        return;
                    }
                    rest.set(property.name(), standIn);
                    unread.add(property.name());
                }
            }
            for (JsonProblem p : convert(rest, model.type(), path)) {
                if (unread.stream().noneMatch(name -> JsonPath.isWithin(p.path(), JsonPath.child(path, name)))) {
                    problems.add(p);
                }
            }
        } else if (FIELDS_LEFT_OUT_SAFELY.contains(model.type()) && problems.count() == afterFields) {
            // Built without the bad fields, a default or nothing in their place, it checks the rest; what the build
            // says of a field left out was said already.
            for (JsonProblem p : convert(((ObjectNode) node).deepCopy().without(failed), model.type(), path)) {
                if (failed.stream().noneMatch(name -> JsonPath.isWithin(p.path(), JsonPath.child(path, name)))) {
                    problems.add(p);
                }
            }
        } else if (model.type() == Member.class) {
            // A member with a bad field is never built: what it checks of its fields runs on the fields read.
            List<Problem> own = Member.problemsOfFields(field(node, "idNumber", ResidentId.class),
                    field(node, "sex", Sex.class), field(node, "birthDate", LocalDate.class),
                    field(node, "name", String.class), field(node, "disabilityGrade", Integer.class),
                    field(node, "migrantWorkMonths", Integer.class), field(node, "workStatus", WorkStatus.class),
                    field(node, "employed", Boolean.class));
            for (Problem p : own) {
                problems.add(problem(JsonPath.join(path, p.path()), p.message()));
            }
        } else if (model.type() == Household.class) {
            // A household with a bad part is never built: what it checks across its parts runs on the parts read.
            JsonNode members = node.path("members");  // absent or null: none, as a household built without any
            List<@Nullable ResidentId> idNumbers = members.isArray() && members.size() <= JsonImporter.MAX_MEMBERS
                    || members.isMissingNode() || members.isNull() ? new ArrayList<>() : null;
            for (int i = 0; idNumbers != null && i < members.size(); i++) {
                idNumbers.add(residentId(members.get(i).get("idNumber")));
            }
            List<@Nullable Year> years = new ArrayList<>();
            JsonNode income = node.get("income");
            for (int i = 0; income != null && income.isArray() && i < income.size(); i++) {
                years.add(year(income.get(i).get("year")));
            }
            for (Problem p : Household.problemsAcrossParts(text(node.get("id")), text(node.get("contactCadre")),
                    idNumbers, years)) {
                problems.add(problem(JsonPath.join(path, p.path()), p.message()));
            }
            birthDates(node, path, problems);
        }
    }

    /**
     * A procedure's checks of its steps where a bad step kept their list from being read, as the record, built
     * without the list, cannot make them: a step of another procedure, and a county's actor or rejection, are said
     * beside the bad step. (A household's step checks its own fields.)
     */
    private void stepsBesideABadStep(JsonNode node, Class<?> type, List<String> failed, String path,
            Problems problems) {
        String list = type == RecordedProcedure.class ? "events" : type == County.class ? "exitProcedure" : null;
        JsonNode steps = list == null || !failed.contains(list) ? null : node.get(list);
        if (steps == null || !steps.isArray()) {
            return;
        }
        ProcedureKind kind = field(node, "kind", ProcedureKind.class);
        for (int i = 0; i < steps.size(); i++) {
            JsonNode s = steps.get(i);
            Step step = field(s, "step", Step.class);
            if (type == County.class) {
                for (String p : County.problemsOfStep(i, step, field(s, "actor", String.class),
                        field(s, "rejection", String.class))) {
                    int colon = p.indexOf(": ");
                    problems.addNew(problem(JsonPath.join(path, p.substring(0, colon)), p.substring(colon + 2)));
                }
            } else {
                String foreign = kind == null || step == null ? null : kind.notItsStep(step);
                if (foreign != null) {
                    problems.add(problem(JsonPath.join(path, list + "[" + i + "].step"), foreign));
                }
            }
        }
    }

    /** A valid value of a required field's type, or null if there is none to stand in. */
    private static @Nullable JsonNode standIn(Type type) {
        Class<?> raw = raw(type);
        if (raw == boolean.class || raw == Boolean.class) {
            return BooleanNode.FALSE;
        } else if (raw == int.class || raw == Integer.class) {
            return IntNode.valueOf(0);
        } else if (raw == Year.class) {
            return IntNode.valueOf(2019);
        } else if (raw == Yuan.class) {
            return DecimalNode.valueOf(BigDecimal.ZERO);
        } else if (raw.isEnum()) {
            return TextNode.valueOf(((Enum<?>) raw.getEnumConstants()[0]).name());
        } else if (raw == VillageCode.class) {
            return TextNode.valueOf("522727101201");
        } else if (raw == CountyCode.class) {
            return TextNode.valueOf("522727");
        }
        return null;
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    /** A field's value read on its own, or null if it is absent, null or malformed (reported where it is walked). */
    private <T> @Nullable T field(JsonNode object, String name, Class<T> type) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return leafMapper.readerFor(type).readValue(value);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A valid ID number, or null for anything else (reported where its member is walked). */
    private static @Nullable ResidentId residentId(@Nullable JsonNode node) {
        try {
            return node != null && node.isTextual() ? ResidentId.parse(node.textValue()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A valid year, or null for anything else (reported where its record is walked). */
    private static @Nullable Year year(@Nullable JsonNode node) {
        return node != null && node.isInt() && node.intValue() >= ValueCodecs.MIN_YEAR
                && node.intValue() <= ValueCodecs.MAX_YEAR ? Year.of(node.intValue()) : null;
    }

    /** The date a household's data describe: the option's, or the end of its latest valid income year. */
    private @Nullable LocalDate reference(@Nullable JsonNode income) {
        if (asOf != null) {
            return asOf;
        }
        @Nullable Year latest = null;
        for (int i = 0; income != null && income.isArray() && i < income.size(); i++) {
            Year year = year(income.get(i).get("year"));
            if (year != null && (latest == null || year.isAfter(latest))) {
                latest = year;
            }
        }
        return latest == null ? null : latest.atMonthDay(MonthDay.of(12, 31));
    }

    /** Each member's valid birth date that no one in the household can have, worded as the household words it. */
    private void birthDates(JsonNode household, String householdPath, Problems problems) {
        JsonNode members = household.get("members");
        LocalDate reference = reference(household.get("income"));
        if (reference == null || members == null || !members.isArray() || members.size() > JsonImporter.MAX_MEMBERS) {
            return;
        }
        String path = JsonPath.child(householdPath, "members");
        for (int i = 0; i < members.size(); i++) {
            JsonNode date = members.get(i).get("birthDate");
            String problem = null;
            if (date != null && date.isTextual()) {
                try {
                    problem = ImportValidation.birthDateProblem(ValueCodecs.plausibleDate(date.textValue()),
                            reference, asOf != null);
                } catch (IllegalArgumentException | DateTimeException e) {
                    // Reported where the member is walked.
                }
            }
            if (problem != null) {
                problems.add(problem(JsonPath.child(JsonPath.index(path, i), "birthDate"), problem));
            }
        }
    }

    /** The problems of reading a value of a type, with absolute paths; empty if it reads. */
    private List<JsonProblem> convert(JsonNode node, Type type, String path) {
        try {
            leafMapper.readerFor(leafMapper.constructType(type)).readValue(node);
            return List.of();
        } catch (IOException | RuntimeException e) {
            return ProblemTranslator.translate(e, JsonPath.absolute(path));
        }
    }

    /**
     * The problems found so far: all are counted, the first {@link JsonImportException#MAX_PROBLEMS} kept and one
     * more that counts the rest, so that a record of a million empty members costs neither a million problems in
     * memory nor an output line larger than its input.
     */
    private static final class Problems {
        private final List<JsonProblem> kept = new ArrayList<>();
        private long count;

        void add(JsonProblem problem) {
            if (count++ < JsonImportException.MAX_PROBLEMS) {
                kept.add(problem);
            }
        }

        /** Adds a problem unless it is already kept: a step refuses its own actor's ID number too. */
        void addNew(JsonProblem problem) {
            if (!kept.contains(problem)) {
                add(problem);
            }
        }

        void addAll(List<JsonProblem> problems) {
            for (JsonProblem problem : problems) {
                add(problem);
            }
        }

        long count() {
            return count;
        }

        List<JsonProblem> list() {
            return JsonImportException.bounded(kept, count);
        }
    }

    private static JsonProblem problem(String path, String message) {
        return new JsonProblem(JsonPath.absolute(path), message);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) type).getRawType();
        }
        return Object.class;
    }
}

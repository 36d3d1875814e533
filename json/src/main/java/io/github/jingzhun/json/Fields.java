package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.jingzhun.household.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one JSON object read by hand, collecting every problem with its path instead of stopping at the
 * first. Used by the deserializers whose JSON shape differs from the Java shape (decisions and findings).
 */
final class Fields {

    /** Reads one element of a list at a path. */
    @FunctionalInterface
    interface ElementReader<T> {
        @Nullable T read(JsonNode node, String path) throws IOException;
    }

    private final JsonNode node;
    private final String path;
    private final List<Problem> problems;
    private final DeserializationContext ctxt;

    private Fields(JsonNode node, String path, List<Problem> problems, DeserializationContext ctxt) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.ctxt = ctxt;
    }

    /**
     * The fields of an object; a problem if the node is not an object.
     *
     * @param node the node
     * @param path the node's path relative to the record, empty for the record itself
     * @param known the field names of the contract; others are problems unless unknown fields are tolerated
     * @param problems where problems are added
     * @param ctxt the context, for reading values and features
     * @return the fields, reading nothing when the node is not an object
     */
    static Fields of(JsonNode node, String path, Set<String> known, List<Problem> problems,
            DeserializationContext ctxt) {
        if (!node.isObject()) {
            problems.add(new Problem(path, "expected a JSON object"));
            return new Fields(MissingNode.getInstance(), path, problems, ctxt);
        }
        if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    problems.add(new Problem(JsonPath.child(path, name), "unknown field"));
                }
            }
        }
        return new Fields(node, path, problems, ctxt);
    }

    String path() {
        return path;
    }

    List<Problem> problems() {
        return problems;
    }

    DeserializationContext context() {
        return ctxt;
    }

    String pathOf(String name) {
        return JsonPath.child(path, name);
    }

    /** The node of a field, or null when absent or JSON null (the same thing in the contract). */
    @Nullable JsonNode get(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /**
     * Reads a field as a value of a type, through the context's deserializers.
     *
     * @param name the field
     * @param type the type
     * @param required whether absence is a problem
     * @return the value, or null if absent or invalid (a problem is then added)
     */
    <T> @Nullable T value(String name, Class<T> type, boolean required) {
        JsonNode value = get(name);
        if (value == null) {
            if (required) {
                problems.add(new Problem(pathOf(name), "is required"));
            }
            return null;
        }
        return convert(value, pathOf(name), type);
    }

    /** Converts a node to a type, adding a problem (relative to the record) on failure. */
    <T> @Nullable T convert(JsonNode value, String at, Class<T> type) {
        try {
            JsonDeserializer<?> scoped = ValueCodecs.scoped(type);
            if (scoped != null) {
                try (JsonParser p = value.traverse(ctxt.getParser() == null ? null : ctxt.getParser().getCodec())) {
                    p.nextToken();
                    return type.cast(scoped.deserialize(p, ctxt));
                }
            }
            return ctxt.readTreeAsValue(value, type);
        } catch (IOException | RuntimeException e) {
            for (JsonProblem p : ProblemTranslator.translate(e, JsonPath.ROOT)) {
                problems.add(new Problem(JsonPath.join(at, JsonPath.relative(p.path())), p.message()));
            }
            return null;
        }
    }

    /** Reads a boolean field; absent means the default. */
    boolean bool(String name, boolean required, boolean absent) {
        Boolean value = value(name, Boolean.class, required);
        return value == null ? absent : value;
    }

    /** Reads a decimal field, checked to be plausible. */
    @Nullable BigDecimal decimal(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problems.add(new Problem(pathOf(name), "expected a JSON number"));
            return null;
        }
        BigDecimal decimal = value.decimalValue();
        if (!ValueCodecs.isPlausible(decimal)) {
            problems.add(new Problem(pathOf(name), ValueCodecs.IMPLAUSIBLE_DECIMAL));
            return null;
        }
        return decimal;
    }

    /**
     * Reads a list field element by element; absent means empty.
     *
     * @param name the field
     * @param element reads one element at its path
     * @return the elements read without a problem
     */
    <T> List<T> list(String name, ElementReader<T> element) throws IOException {
        JsonNode value = get(name);
        List<T> list = new ArrayList<>();
        if (value == null) {
            return list;
        }
        if (!value.isArray()) {
            problems.add(new Problem(pathOf(name), "expected a JSON array"));
            return list;
        }
        for (int i = 0; i < value.size(); i++) {
            T t = element.read(value.get(i), JsonPath.index(pathOf(name), i));
            if (t != null) {
                list.add(t);
            }
        }
        return list;
    }

    /** Reads a list of values of a type; absent means empty. */
    <T> List<T> values(String name, Class<T> type) throws IOException {
        return list(name, (n, at) -> {
            if (n.isNull()) {
                problems.add(new Problem(at, "must not be null"));
                return null;
            }
            return convert(n, at, type);
        });
    }
}

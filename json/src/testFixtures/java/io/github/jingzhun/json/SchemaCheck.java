package io.github.jingzhun.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small structural check of JSON against the contract's JSON Schemas: the subset of draft 2020-12 they use
 * (type, enum, const, required, properties, additionalProperties, propertyNames, items, minItems, oneOf, $ref to a
 * definition of the same schema or to another schema of the contract by its file name, minimum, maximum,
 * exclusiveMinimum, minLength, pattern, maxLength, maxItems). Annotations (description, default, format) are
 * ignored. Written here rather
 * than adding a validator library; the schemas use nothing else, which {@link #keywordsUsed} lets a test confirm.
 * Public, and a test fixture (src/testFixtures) that the command line's tests compile too.
 */
public final class SchemaCheck {

    static final List<String> KNOWN = List.of("$schema", "$id", "title", "description", "default", "format", "type",
            "enum", "const", "required", "properties", "additionalProperties", "propertyNames", "items", "minItems",
            "oneOf", "$ref", "$defs", "minimum", "maximum", "exclusiveMinimum", "minLength", "pattern", "maxLength", "maxItems");

    private final JsonNode root;

    SchemaCheck(JsonNode root) {
        this.root = root;
    }

    /**
     * The check of a schema of the contract.
     *
     * @param schema the schema
     * @return its check
     */
    public static SchemaCheck of(ContractSchema schema) {
        try {
            return new SchemaCheck(new ObjectMapper().readTree(schema.text()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    JsonNode root() {
        return root;
    }

    /**
     * The violations of a document; empty when it conforms.
     *
     * @param document the document
     * @return each violation with its path
     */
    public List<String> violations(JsonNode document) {
        List<String> out = new ArrayList<>();
        check(root, document, "$", out);
        return out;
    }

    /**
     * The violations of a part of a record against a definition of the schema, such as a parameter set's
     * {@code value}; the whole schema for an empty name.
     *
     * @param document the part
     * @param definition the name of the definition under {@code $defs}, or empty
     * @return each violation with its path
     */
    public List<String> violations(JsonNode document, String definition) {
        if (definition.isEmpty()) {
            return violations(document);
        }
        JsonNode def = root.path("$defs").get(definition);
        if (def == null) {
            throw new IllegalArgumentException("no definition " + definition);
        }
        List<String> out = new ArrayList<>();
        check(def, document, "$", out);
        return out;
    }

    /** Every keyword used anywhere in the schema, to confirm this check understands them all. */
    List<String> keywordsUsed() {
        List<String> used = new ArrayList<>();
        collect(root, used, false);
        return used;
    }

    private static void collect(JsonNode schema, List<String> used, boolean namesAreProperties) {
        if (!schema.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : schema.properties()) {
            if (!namesAreProperties) {
                used.add(e.getKey());
            }
            boolean children = e.getKey().equals("properties") || e.getKey().equals("$defs");
            if (namesAreProperties || children) {
                collect(e.getValue(), used, !namesAreProperties && children);
            } else if (e.getValue().isArray()) {
                for (JsonNode n : e.getValue()) {
                    collect(n, used, false);
                }
            } else if (e.getValue().isObject() && !e.getKey().equals("default")) {
                collect(e.getValue(), used, false);
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String r = ref.asText();
        if (!r.startsWith("#/$defs/")) {
            throw new IllegalArgumentException("only local $defs references: " + r);
        }
        return resolve(root.get("$defs").get(r.substring("#/$defs/".length())));
    }

    private void check(JsonNode schemaIn, JsonNode value, String path, List<String> out) {
        JsonNode ref = schemaIn.get("$ref");
        if (ref != null && !ref.asText().startsWith("#")) {
            SchemaCheck other = of(Arrays.stream(ContractSchema.values())
                    .filter(s -> s.fileName().equals(ref.asText())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no schema " + ref.asText())));
            other.check(other.root, value, path, out);
            return;
        }
        JsonNode schema = resolve(schemaIn);
        if (schema.has("oneOf")) {
            int matches = 0;
            for (JsonNode option : schema.get("oneOf")) {
                List<String> sub = new ArrayList<>();
                check(option, value, path, sub);
                if (sub.isEmpty()) {
                    matches++;
                }
            }
            if (matches != 1) {
                out.add(path + ": matches " + matches + " of oneOf");
            }
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            out.add(path + ": not of type " + schema.get("type"));
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value) || (e.isNumber() && value.isNumber()
                        && e.decimalValue().compareTo(value.decimalValue()) == 0);
            }
            if (!found) {
                out.add(path + ": " + value + " not in enum");
            }
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            out.add(path + ": not the constant " + schema.get("const"));
        }
        if (value.isNumber()) {
            BigDecimal v = value.decimalValue();
            if (schema.has("minimum") && v.compareTo(schema.get("minimum").decimalValue()) < 0) {
                out.add(path + ": below minimum");
            }
            if (schema.has("maximum") && v.compareTo(schema.get("maximum").decimalValue()) > 0) {
                out.add(path + ": above maximum");
            }
            if (schema.has("exclusiveMinimum") && v.compareTo(schema.get("exclusiveMinimum").decimalValue()) <= 0) {
                out.add(path + ": not above exclusiveMinimum");
            }
        }
        if (value.isTextual()) {
            if (schema.has("minLength") && value.asText().length() < schema.get("minLength").asInt()) {
                out.add(path + ": shorter than minLength");
            }
            if (schema.has("maxLength") && value.asText().length() > schema.get("maxLength").asInt()) {
                out.add(path + ": longer than maxLength");
            }
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText())
                    .find()) {
                out.add(path + ": does not match " + schema.get("pattern"));
            }
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                out.add(path + ": fewer than minItems");
            }
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                out.add(path + ": more than maxItems");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), path + "[" + i + "]", out);
                }
            }
        }
        if (value.isObject()) {
            object(schema, value, path, out);
        }
    }

    private void object(JsonNode schema, JsonNode value, String path, List<String> out) {
        if (schema.has("required")) {
            for (JsonNode r : schema.get("required")) {
                if (!value.has(r.asText())) {
                    out.add(path + "." + r.asText() + ": required");
                }
            }
        }
        JsonNode properties = schema.get("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            String at = path + "." + e.getKey();
            if (schema.has("propertyNames")) {
                check(schema.get("propertyNames"), new ObjectMapper().getNodeFactory().textNode(e.getKey()), at,
                        out);
            }
            if (properties != null && properties.has(e.getKey())) {
                check(properties.get(e.getKey()), e.getValue(), at, out);
            } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                out.add(at + ": not allowed");
            } else if (additional != null && additional.isObject()) {
                check(additional, e.getValue(), at, out);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        switch (type.asText()) {
            case "object":
                return value.isObject();
            case "array":
                return value.isArray();
            case "string":
                return value.isTextual();
            case "integer":
                return value.isIntegralNumber()
                        || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number":
                return value.isNumber();
            case "boolean":
                return value.isBoolean();
            case "null":
                return value.isNull();
            default:
                throw new IllegalArgumentException("unknown type " + type);
        }
    }
}

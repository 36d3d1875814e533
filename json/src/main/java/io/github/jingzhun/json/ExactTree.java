package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads the JSON value at the parser's current token into a tree whose numbers are exact decimals, whatever the
 * mapper's configuration: a tree read with Jackson's defaults holds {@code 3200.00} as a {@code double}. A field
 * twice in one object is an error.
 */
final class ExactTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ExactTree() {}

    /**
     * Reads one value.
     *
     * @param p the parser, at the value's first token
     * @return the value, not null
     * @throws IOException if the JSON is malformed or reading fails
     */
    static JsonNode read(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == null) {
            throw new JsonParseException(p, "Unexpected end-of-input");
        }
        switch (token) {
            case START_OBJECT:
                return object(p);
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(p));
                }
                return array;
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return DecimalNode.valueOf(p.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(p, "Unexpected token " + token);
        }
    }

    private static ObjectNode object(JsonParser p) throws IOException {
        ObjectNode object = NODES.objectNode();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            if (object.has(name)) {
                throw new JsonParseException(p, "Duplicate field '" + name + "'");
            }
            object.set(name, read(p));
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonParseException(p, "Unexpected token " + p.currentToken());
        }
        return object;
    }
}

package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jingzhun.area.Geography;
import io.github.jingzhun.parameter.RegionalLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The area codes of a parameter set, the area of a regional line and the deep-poverty areas of a geography: whole
 * numbers in core, JSON strings in the contract, as a household's county is ({@code "52"}, {@code "5227"},
 * {@code "522727"}). Also writes the sets and maps of a geography sorted, so that a parameter set is written the same
 * way every time, whatever order its sets hold.
 *
 * <p>The class itself is the type the problem walker reads one area code as ({@link ModelType}), so that every bad
 * code of a record is reported with its path.
 */
final class AreaCodes {

    /** What an area code looks like. */
    static final String EXPECTED = "an area code as a string of two, four or six digits, such as \"52\"";

    private static final String PROBLEM = "must be an area code of two, four or six digits (GB/T 2260): a province, "
            + "a prefecture or a county";

    private static final Pattern CODE = Pattern.compile("[1-9][0-9](?:[0-9]{2}){0,2}");

    /** What the walker's check of one code returns. */
    private static final AreaCodes CHECKED = new AreaCodes();

    private AreaCodes() {}

    /**
     * Whether a property of a core type holds area codes, and whether it holds several.
     *
     * @param declaring the type declaring the property
     * @param property the property's name in JSON
     * @return true if the property is one area code or a collection of them
     */
    static boolean holds(Class<?> declaring, String property) {
        return declaring == RegionalLine.class && property.equals("area")
                || Geography.class.isAssignableFrom(declaring) && property.equals("deepPovertyAreas");
    }

    /** Whether a member of a core type, a property or a constructor parameter, holds area codes. */
    static boolean holds(Annotated a) {
        if (a instanceof AnnotatedParameter) {
            // The canonical constructor of a regional line: its only int is the area.
            AnnotatedParameter p = (AnnotatedParameter) a;
            return p.getDeclaringClass() == RegionalLine.class && p.getRawType() == int.class;
        }
        if (!(a instanceof AnnotatedMember)) {
            return false;
        }
        Class<?> declaring = ((AnnotatedMember) a).getDeclaringClass();
        String name = a.getName();
        if (declaring == RegionalLine.class) {
            return a.getRawType() == int.class;
        }
        return (Geography.class.isAssignableFrom(declaring) || declaring.getEnclosingClass() != null
                && Geography.class.isAssignableFrom(declaring.getEnclosingClass()))
                && (name.equals("getDeepPovertyAreas") || name.equals("withDeepPovertyAreas"));
    }

    /** Whether a member of a core type is a set or map of a geography, written sorted. */
    static boolean isGeographyCollection(Annotated a) {
        if (!(a instanceof AnnotatedMember)) {
            return false;
        }
        Class<?> declaring = ((AnnotatedMember) a).getDeclaringClass();
        Class<?> raw = a.getRawType();
        return Geography.class.isAssignableFrom(declaring) && a.getName().startsWith("get")
                && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw));
    }

    /**
     * Reads an area code at the parser's current token.
     *
     * @param p the parser, at a JSON string
     * @return the code, not null
     * @throws IOException if the value is not a string of two, four or six digits
     */
    static Integer read(JsonParser p) throws IOException {
        String text = ValueCodecs.string(p, AreaCodes.class, EXPECTED);
        if (!CODE.matcher(text).matches()) {
            throw InvalidFormatException.from(p, PROBLEM, null, AreaCodes.class);
        }
        return Integer.valueOf(text);
    }

    /** Reads an area code into the int or Integer core holds it as. */
    static final class Deserializer extends StdScalarDeserializer<Integer> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p);
        }
    }

    /** Reads a JSON array of area codes into the list a builder takes; each bad element is named by its index. */
    static final class ListDeserializer extends StdDeserializer<List<Integer>> {
        private static final long serialVersionUID = 1L;

        ListDeserializer() {
            super(List.class);
        }

        @Override
        public List<Integer> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartArrayToken()) {
                throw MismatchedInputException.from(p, List.class, "expected a JSON array");
            }
            List<Integer> codes = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                try {
                    codes.add(read(p));
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, codes, codes.size());
                }
            }
            return codes;
        }
    }

    /** Checks one area code for the problem walker. */
    static final class Check extends StdScalarDeserializer<AreaCodes> {
        private static final long serialVersionUID = 1L;

        Check() {
            super(AreaCodes.class);
        }

        @Override
        public AreaCodes deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            read(p);
            return CHECKED;
        }
    }

    /** Writes one area code as a JSON string. */
    static final class Serializer extends StdSerializer<Integer> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(Integer.class);
        }

        @Override
        public void serialize(Integer code, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(code.toString());
        }
    }

    /**
     * Writes a set or map of a geography sorted by the text of its elements or keys, area codes as JSON strings:
     * a set's order is not part of the contract, but the same set is always written the same way.
     */
    static final class Sorted extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        private final boolean codes;

        Sorted(boolean codes) {
            super(Object.class);
            this.codes = codes;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value instanceof Map) {
                List<Map.Entry<?, ?>> entries = new ArrayList<>(((Map<?, ?>) value).entrySet());
                entries.sort(Comparator.comparing(e -> String.valueOf(e.getKey())));
                gen.writeStartObject(value);
                for (Map.Entry<?, ?> e : entries) {
                    gen.writeFieldName(String.valueOf(e.getKey()));
                    provider.defaultSerializeValue(e.getValue(), gen);
                }
                gen.writeEndObject();
                return;
            }
            List<Object> elements = new ArrayList<>((Collection<?>) value);
            elements.sort(Comparator.comparing(String::valueOf));
            gen.writeStartArray(value, elements.size());
            for (Object e : elements) {
                if (codes) {
                    gen.writeString(String.valueOf(e));
                } else {
                    provider.defaultSerializeValue(e, gen);
                }
            }
            gen.writeEndArray();
        }
    }
}

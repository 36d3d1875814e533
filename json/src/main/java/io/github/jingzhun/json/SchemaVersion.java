package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.household.Household;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code schemaVersion} of a record of the contract (a household, a village, a county): written first as
 * {@code 1}; when read, {@code 1} or absent is accepted and any other value is an error, since a later version of
 * the contract may change meanings.
 */
final class SchemaVersion {

    /** The version of the contract this module reads and writes. */
    static final int CURRENT = 1;

    /** The field name. */
    static final String FIELD = "schemaVersion";

    /** The records that carry a schema version at their top level. */
    static final List<Class<?>> RECORDS = List.of(Household.class, Village.class, County.class);

    private static final String UNSUPPORTED = "unsupported schema version; this reader supports schema version "
            + CURRENT;
    private static final String NOT_AN_INTEGER = "expected a JSON integer";

    private SchemaVersion() {}

    /** Whether a type is a record that carries a schema version. */
    static boolean isRecord(Class<?> type) {
        return RECORDS.contains(type);
    }

    /** Whether a builder being read is that of a record that carries a schema version. */
    private static boolean isRecordBuilder(Object builder) {
        for (Class<?> record : RECORDS) {
            ModelType model = ModelType.ofAbstract(record);
            if (model != null && model.builder().isInstance(builder)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The problem of a schema version read: not a JSON integer, as every whole number of the contract must be, or a
     * version this reader does not support.
     *
     * @param version the value read, not null
     * @return the problem, or null when the version is absent ({@code null}) or this reader's
     */
    static @Nullable String problem(JsonNode version) {
        if (version.isNull() || version.isInt() && version.intValue() == CURRENT) {
            return null;
        }
        return version.isIntegralNumber() ? UNSUPPORTED : NOT_AN_INTEGER;
    }

    /** Mix-in of each record: prepends the schema version when writing. */
    @JsonAppend(prepend = true, props = @JsonAppend.Prop(value = Writer.class, name = FIELD, type = Integer.class))
    abstract static class RecordMixIn {}

    /** Writes the constant schema version. */
    static final class Writer extends VirtualBeanPropertyWriter {
        private static final long serialVersionUID = 1L;

        /** Used by Jackson to create the prototype. */
        Writer() {}

        private Writer(BeanPropertyDefinition propDef, Annotations contextAnnotations, JavaType declaredType) {
            super(propDef, contextAnnotations, declaredType);
        }

        @Override
        protected Object value(Object bean, JsonGenerator gen, SerializerProvider prov) {
            return CURRENT;
        }

        @Override
        public VirtualBeanPropertyWriter withConfig(MapperConfig<?> config, AnnotatedClass declaringClass,
                BeanPropertyDefinition propDef, JavaType type) {
            return new Writer(propDef, declaringClass.getAnnotations(), type);
        }
    }

    /** Accepts {@code "schemaVersion": 1} on a record being read, and rejects any other version. */
    static final class Handler extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            if (!FIELD.equals(propertyName) || !isRecordBuilder(beanOrClass)) {
                return false;
            }
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NULL
                    || (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                    && p.getIntValue() == CURRENT)) {
                return true;
            }
            p.skipChildren();
            String problem = token == JsonToken.VALUE_NUMBER_INT ? UNSUPPORTED : NOT_AN_INTEGER;
            JsonMappingException e = InvalidFormatException.from(p, problem, null, Integer.class);
            e.prependPath(beanOrClass, FIELD);
            throw e;
        }
    }
}

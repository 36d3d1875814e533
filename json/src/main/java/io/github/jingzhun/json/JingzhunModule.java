package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.github.jingzhun.money.Yuan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Jackson module of Jingzhun's JSON contract (JSON.md). Found by {@code ObjectMapper.findAndRegisterModules()}
 * through {@code ServiceLoader}. Money is read exactly, never through {@code double}, and written with two decimals.
 */
public final class JingzhunModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module's version, that of the build. */
    static final Version VERSION = readVersion();

    /** Creates the module. */
    public JingzhunModule() {
        super("JingzhunModule", VERSION);
        addSerializer(Yuan.class, new YuanSerializer());
        addDeserializer(Yuan.class, new YuanDeserializer());
    }

    @Override
    public Object getTypeId() {
        return JingzhunModule.class.getName();
    }

    private static Version readVersion() {
        Properties properties = new Properties();
        try (InputStream in = JingzhunModule.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return VersionUtil.parseVersion(properties.getProperty("version"), properties.getProperty("groupId"),
                properties.getProperty("artifactId"));
    }

    /** Writes money as a JSON number with two decimals. */
    static final class YuanSerializer extends StdScalarSerializer<Yuan> {
        private static final long serialVersionUID = 1L;

        YuanSerializer() {
            super(Yuan.class);
        }

        @Override
        public void serialize(Yuan value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.toBigDecimal());
        }
    }

    /** Reads money from a JSON number's exact decimal text; a fraction of a fen or a non-number is an error. */
    static final class YuanDeserializer extends StdScalarDeserializer<Yuan> {
        private static final long serialVersionUID = 1L;

        YuanDeserializer() {
            super(Yuan.class);
        }

        @Override
        public Yuan deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                return (Yuan) ctxt.handleUnexpectedToken(Yuan.class, p);
            }
            try {
                return Yuan.of(p.getDecimalValue());
            } catch (IllegalArgumentException | ArithmeticException e) {
                return (Yuan) ctxt.handleWeirdNumberValue(Yuan.class, p.getNumberValue(), e.getMessage());
            }
        }
    }
}

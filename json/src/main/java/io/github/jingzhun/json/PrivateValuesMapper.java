package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.cfg.CacheProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerFactory;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.DeserializerFactory;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.io.IOException;

/**
 * The mapper of {@link JingzhunJson#mapper()}. Jackson's messages for a value of the wrong type quote the value
 * ({@code Cannot coerce String value ("Wang Fang") to boolean}), which may be a name or an ID number; its context
 * writes {@code [?]} for it, as every other message of the contract does.
 */
final class PrivateValuesMapper extends JsonMapper {

    private static final long serialVersionUID = 1L;
    private static final String HIDDEN = "[?]";

    PrivateValuesMapper(JsonFactory factory) {
        super(factory);
        _deserializationContext = new Context(BeanDeserializerFactory.instance);
    }

    private PrivateValuesMapper(PrivateValuesMapper source) {
        super(source);
    }

    @Override
    public JsonMapper copy() {
        _checkInvalidCopy(PrivateValuesMapper.class);
        return new PrivateValuesMapper(this);
    }

    /**
     * A conversion reads its own buffer, not through {@link Context#readRootValue}: a number out of range is
     * hidden in its message, and the cause that repeats it is left out.
     */
    @Override
    protected Object _convert(Object fromValue, JavaType toValueType) {
        try {
            return super._convert(fromValue, toValueType);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            String hidden = PrivateKeysFactory.OUT_OF_RANGE_VALUE.matcher(message).replaceAll("Numeric value ($1[?])");
            if (hidden.equals(message)) {
                throw e;
            }
            throw new IllegalArgumentException(hidden);
        }
    }

    /** Jackson's own context, its messages without the value read. */
    static final class Context extends DefaultDeserializationContext {

        private static final long serialVersionUID = 1L;

        Context(DeserializerFactory factory) {
            super(factory, null);
        }

        private Context(Context source) {
            super(source);
        }

        private Context(Context source, DeserializerFactory factory) {
            super(source, factory);
        }

        private Context(Context source, DeserializationConfig config) {
            super(source, config);
        }

        private Context(Context source, CacheProvider caches) {
            super(source, caches);
        }

        private Context(Context source, DeserializationConfig config, JsonParser parser, InjectableValues values) {
            super(source, config, parser, values);
        }

        @Override
        public DefaultDeserializationContext copy() {
            ClassUtil.verifyMustOverride(Context.class, this, "copy");
            return new Context(this);
        }

        @Override
        public DefaultDeserializationContext createInstance(DeserializationConfig config, JsonParser parser,
                InjectableValues values) {
            return new Context(this, config, parser, values);
        }

        @Override
        public DefaultDeserializationContext createDummyInstance(DeserializationConfig config) {
            return new Context(this, config);
        }

        @Override
        public DefaultDeserializationContext with(DeserializerFactory factory) {
            return new Context(this, factory);
        }

        @Override
        public DefaultDeserializationContext withCaches(CacheProvider caches) {
            return new Context(this, caches);
        }

        /** A tree or a buffer is read through a parser that writes its errors without what it read. */
        @Override
        public Object readRootValue(JsonParser p, JavaType valueType, JsonDeserializer<Object> deser,
                Object valueToUpdate) throws IOException {
            return super.readRootValue(PrivateKeysFactory.privateValues(p), valueType, deser, valueToUpdate);
        }

        @Override
        public <T> T reportInputMismatch(JsonDeserializer<?> src, String msg, Object... args)
                throws JsonMappingException {
            return super.reportInputMismatch(src, "%s", hide(msg, args));
        }

        @Override
        public <T> T reportInputMismatch(BeanProperty prop, String msg, Object... args) throws JsonMappingException {
            return super.reportInputMismatch(prop, "%s", hide(msg, args));
        }

        @Override
        public <T> T reportInputMismatch(Class<?> targetType, String msg, Object... args)
                throws JsonMappingException {
            return super.reportInputMismatch(targetType, "%s", hide(msg, args));
        }

        @Override
        public <T> T reportInputMismatch(JavaType targetType, String msg, Object... args)
                throws JsonMappingException {
            return super.reportInputMismatch(targetType, "%s", hide(msg, args));
        }

        @Override
        public <T> T reportPropertyInputMismatch(Class<?> targetType, String propertyName, String msg,
                Object... args) throws JsonMappingException {
            return super.reportPropertyInputMismatch(targetType, propertyName, "%s", hide(msg, args));
        }

        @Override
        public <T> T reportPropertyInputMismatch(JavaType targetType, String propertyName, String msg,
                Object... args) throws JsonMappingException {
            return super.reportPropertyInputMismatch(targetType, propertyName, "%s", hide(msg, args));
        }

        @Override
        public <T> T reportBadCoercion(JsonDeserializer<?> src, Class<?> targetType, Object inputValue, String msg,
                Object... args) throws JsonMappingException {
            throw InvalidFormatException.from(getParser(), hide(msg, args), null, targetType);
        }

        @Override
        public void reportWrongTokenException(JsonDeserializer<?> deser, JsonToken expToken, String msg,
                Object... args) throws JsonMappingException {
            super.reportWrongTokenException(deser, expToken, "%s", hide(msg, args));
        }

        @Override
        public void reportWrongTokenException(JavaType targetType, JsonToken expToken, String msg, Object... args)
                throws JsonMappingException {
            super.reportWrongTokenException(targetType, expToken, "%s", hide(msg, args));
        }

        @Override
        public void reportWrongTokenException(Class<?> targetType, JsonToken expToken, String msg, Object... args)
                throws JsonMappingException {
            super.reportWrongTokenException(targetType, expToken, "%s", hide(msg, args));
        }

        @Override
        public JsonMappingException weirdStringException(String value, Class<?> instClass, String msg) {
            return InvalidFormatException.from(getParser(), "Cannot deserialize value of type "
                    + ClassUtil.nameOf(instClass) + " from String " + HIDDEN + ": " + hide(msg), null, instClass);
        }

        @Override
        public JsonMappingException weirdNumberException(Number value, Class<?> instClass, String msg) {
            return InvalidFormatException.from(getParser(), "Cannot deserialize value of type "
                    + ClassUtil.nameOf(instClass) + " from number " + HIDDEN + ": " + hide(msg), null, instClass);
        }

        @Override
        public JsonMappingException weirdKeyException(Class<?> keyClass, String keyValue, String msg) {
            return InvalidFormatException.from(getParser(), "Cannot deserialize Map key of type "
                    + ClassUtil.nameOf(keyClass) + " from String " + HIDDEN + ": " + hide(msg).replace(keyValue,
                    HIDDEN), null, keyClass);
        }

        private String hide(String msg, Object... args) {
            return hide(args.length == 0 ? msg : String.format(msg, args));
        }

        /**
         * The message with the text of the token read written [?] where Jackson quotes it, {@code ("...")} or
         * {@code (...)}: the rest of the message may hold the same letters ("no" is in "Cannot").
         */
        private String hide(String message) {
            JsonParser parser = getParser();
            if (parser == null || !parser.hasCurrentToken() || parser.currentToken().isStructStart()
                    || parser.currentToken().isStructEnd()) {
                return message;
            }
            try {
                String text = parser.getText();
                return text == null ? message : message.replace("\"" + text + "\"", "\"" + HIDDEN + "\"")
                        .replace("(" + text + ")", "(" + HIDDEN + ")");
            } catch (IOException e) {
                return message;
            }
        }
    }
}

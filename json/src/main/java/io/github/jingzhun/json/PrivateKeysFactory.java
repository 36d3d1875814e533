package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The factory of {@link JingzhunJson#mapper()}: Jackson's error for a key given twice quotes the key, which may be
 * a name or an ID number; its parsers name such a key {@code [?]}, as every other message does. So they write an
 * unquoted word read ({@code Unrecognized token}) and a number out of range.
 */
final class PrivateKeysFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '.*'(: .*)", Pattern.DOTALL);
    private static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\((-?).*\\)( out of range .*)",
            Pattern.DOTALL);
    /** The number a message of a number out of range quotes, wherever it is in the message. */
    static final Pattern OUT_OF_RANGE_VALUE = Pattern.compile("Numeric value \\((-?)[^)]*\\)(?= out of range)");

    PrivateKeysFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    private PrivateKeysFactory(PrivateKeysFactory source) {
        super(source, null);
    }

    @Override
    public JsonFactory copy() {
        _checkInvalidCopy(PrivateKeysFactory.class);
        return new PrivateKeysFactory(this);
    }

    @Override
    public JsonFactoryBuilder rebuild() {
        return new Builder(this);
    }

    @Override
    public String getFormatName() {
        return FORMAT_NAME_JSON;
    }

    /** A builder of the same factory, changed. */
    private static final class Builder extends JsonFactoryBuilder {
        Builder(JsonFactory base) {
            super(base);
        }

        @Override
        public JsonFactory build() {
            return new PrivateKeysFactory(this);
        }
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
        return new Parser(super._createParser(in, context));
    }

    @Override
    protected JsonParser _createParser(Reader r, IOContext context) throws IOException {
        return new Parser(super._createParser(r, context));
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
            throws IOException {
        return new Parser(super._createParser(data, offset, length, context, recyclable));
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
        return new Parser(super._createParser(data, offset, length, context));
    }

    @Override
    protected JsonParser _createParser(DataInput input, IOContext context) throws IOException {
        return new Parser(super._createParser(input, context));
    }

    /**
     * A parser of another kind, such as one over a tree or a mapper's buffer, whose errors are written as this
     * factory's parsers write them.
     */
    static JsonParser privateValues(JsonParser parser) {
        return parser instanceof Parser ? parser : new Parser(parser);
    }

    /** Every step that may read a key or a number, its error rewritten without what it read. */
    private static final class Parser extends JsonParserDelegate {

        Parser(JsonParser parser) {
            super(parser);
        }

        private interface Step<T> {
            T take() throws IOException;
        }

        private <T> T step(Step<T> step) throws IOException {
            try {
                return step.take();
            } catch (JsonParseException e) {
                Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage());
                if (duplicate.matches() && !JsonPath.key(duplicate.group(1)).equals(duplicate.group(1))) {
                    throw new JsonParseException(this, "Duplicate field '[?]'");
                }
                Matcher unrecognized = UNRECOGNIZED.matcher(e.getOriginalMessage());
                if (unrecognized.matches()) {
                    throw new JsonParseException(this, "Unrecognized token '[?]'" + unrecognized.group(1),
                            e.getLocation());
                }
                throw e;
            } catch (InputCoercionException e) {
                Matcher outOfRange = OUT_OF_RANGE.matcher(e.getOriginalMessage());
                if (!outOfRange.matches()) {
                    throw e;
                }
                // its sign kept, which says whether it is too large or too small
                throw new InputCoercionException(this, "Numeric value (" + outOfRange.group(1) + "[?])"
                        + outOfRange.group(2), e.getInputType(), e.getTargetType());
            }
        }

        @Override
        public int getIntValue() throws IOException {
            return step(delegate::getIntValue);
        }

        @Override
        public long getLongValue() throws IOException {
            return step(delegate::getLongValue);
        }

        @Override
        public short getShortValue() throws IOException {
            return step(delegate::getShortValue);
        }

        @Override
        public byte getByteValue() throws IOException {
            return step(delegate::getByteValue);
        }

        @Override
        public int getValueAsInt() throws IOException {
            return step(delegate::getValueAsInt);
        }

        @Override
        public int getValueAsInt(int defaultValue) throws IOException {
            return step(() -> delegate.getValueAsInt(defaultValue));
        }

        @Override
        public long getValueAsLong() throws IOException {
            return step(delegate::getValueAsLong);
        }

        @Override
        public long getValueAsLong(long defaultValue) throws IOException {
            return step(() -> delegate.getValueAsLong(defaultValue));
        }

        @Override
        public JsonToken nextToken() throws IOException {
            return step(delegate::nextToken);
        }

        @Override
        public JsonToken nextValue() throws IOException {
            return step(delegate::nextValue);
        }

        @Override
        public String nextFieldName() throws IOException {
            return step(delegate::nextFieldName);
        }

        @Override
        public boolean nextFieldName(SerializableString name) throws IOException {
            return step(() -> delegate.nextFieldName(name));
        }

        @Override
        public String nextTextValue() throws IOException {
            return step(delegate::nextTextValue);
        }

        @Override
        public int nextIntValue(int defaultValue) throws IOException {
            return step(() -> delegate.nextIntValue(defaultValue));
        }

        @Override
        public long nextLongValue(long defaultValue) throws IOException {
            return step(() -> delegate.nextLongValue(defaultValue));
        }

        @Override
        public Boolean nextBooleanValue() throws IOException {
            return step(delegate::nextBooleanValue);
        }

        @Override
        public JsonParser skipChildren() throws IOException {
            step(delegate::skipChildren);
            return this;
        }
    }
}

package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.ProvinceCode;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.money.Yuan;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Serializers and deserializers of the contract's scalar values: money, ID numbers, area codes, rule ids, dates and
 * years. Every error message is Jingzhun's own plain sentence and never repeats an ID number.
 */
final class ValueCodecs {

    /** The largest plausible decimal of a finding or parameter: below 10^15, at most 12 decimals. */
    private static final BigDecimal DECIMAL_LIMIT = BigDecimal.TEN.pow(15);

    private ValueCodecs() {}

    /**
     * The deserializer of a type that the module applies only to core's own properties (dates and years), so that
     * another module's choice for {@code java.time} does not change the contract.
     *
     * @param type the type
     * @return the deserializer, or null if the type is not one of these
     */
    static @Nullable JsonDeserializer<?> scoped(Class<?> type) {
        if (type == LocalDate.class) {
            return localDates();
        }
        if (type == Year.class) {
            return years();
        }
        if (type == YearMonth.class) {
            return yearMonths();
        }
        if (type == BigDecimal.class) {
            return new DecimalDeserializer();
        }
        return null;
    }

    /** Reads a JSON string, or fails naming what was expected. */
    static String string(JsonParser p, Class<?> type, String expected) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw MismatchedInputException.from(p, type, "expected " + expected);
        }
        return p.getText();
    }

    /** Converts text to a value, turning an IllegalArgumentException into a plain input error. */
    static <T> T convert(JsonParser p, Class<T> type, String text, Function<String, T> parser,
            @Nullable String citation) throws IOException {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            String message = e.getMessage() == null ? "invalid value" : e.getMessage();
            throw InvalidFormatException.from(p, citation == null ? message : message + " (" + citation + ")", null,
                    type);
        }
    }

    /** The message for a decimal that is not plausible. */
    static final String IMPLAUSIBLE_DECIMAL = "must be a decimal number below 10^15 with at most 12 decimals";

    /** Whether a decimal from input is plausible, so that using or writing it back never blows up. */
    static boolean isPlausible(BigDecimal value) {
        return value.abs().compareTo(DECIMAL_LIMIT) < 0 && value.stripTrailingZeros().scale() <= 12;
    }

    /** Checks that a decimal from input is plausible. */
    static BigDecimal plausible(JsonParser p, BigDecimal value) throws IOException {
        if (!isPlausible(value)) {
            throw InvalidFormatException.from(p, IMPLAUSIBLE_DECIMAL, null, BigDecimal.class);
        }
        return value;
    }

    /** Reads a decimal of a core type (a parameter value), exactly and within plausible bounds. */
    static final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        DecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                throw MismatchedInputException.from(p, BigDecimal.class, "expected a JSON number");
            }
            return plausible(p, p.getDecimalValue());
        }
    }

    /** The largest amount of money read, one trillion yuan. */
    private static final BigDecimal MOST_YUAN = Yuan.of(1_000_000_000_000L).toBigDecimal();

    /**
     * Reads money from a JSON number's exact decimal text; a fraction of a fen or a non-number is an error.
     *
     * @param p the parser, at a JSON number
     * @return the amount, not null
     * @throws IOException if the value is not a JSON number, lies beyond one trillion yuan either side of zero or is
     *     not exact to the fen
     */
    static Yuan yuan(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw MismatchedInputException.from(p, Yuan.class, "expected an amount in yuan as a JSON number");
        }
        // A number's text is ASCII: its bytes are its characters, and the direct binder reads the same form.
        byte[] text = p.getText().getBytes(StandardCharsets.ISO_8859_1);
        Yuan plain = plainYuan(text, 0, text.length);
        if (plain != null) {
            return plain;
        }
        BigDecimal amount = p.getDecimalValue();
        if (amount.abs().compareTo(MOST_YUAN) > 0) {
            throw InvalidFormatException.from(p,
                    "amount must be between minus one trillion and one trillion yuan", null, Yuan.class);
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw InvalidFormatException.from(p,
                    "amount must be exact to the fen (at most two decimals); it is never rounded", null, Yuan.class);
        }
        return Yuan.of(amount);
    }

    /** The most fen of an amount read, one trillion yuan. */
    private static final long MOST_FEN = 100_000_000_000_000L;

    /**
     * The amount of a JSON number's text in the common form, digits with at most two decimals (more only if they
     * are zeros) and no exponent, counted in fen without a {@code BigDecimal}: the amount {@link Yuan#of(BigDecimal)}
     * gives for it. Null for any other form or an amount beyond one trillion yuan, which the exact path reads (or
     * refuses). Read from ASCII bytes, such as a number's in a UTF-8 line (the direct binder's).
     *
     * @param text the bytes
     * @param offset where the number starts
     * @param length how many bytes it has
     * @return the amount, or null
     */
    static @Nullable Yuan plainYuan(byte[] text, int offset, int length) {
        int i = offset;
        int end = offset + length;
        boolean negative = i < end && text[i] == '-';
        if (negative) {
            i++;
        }
        long fen = 0;
        int digits = 0;
        for (; i < end && text[i] >= '0' && text[i] <= '9'; i++, digits++) {
            fen = fen * 10 + (text[i] - '0');
        }
        if (digits == 0 || digits > 13) {
            return null;
        }
        fen *= 100;
        if (i < end) {
            if (text[i] != '.') {
                return null;
            }
            int decimals = 0;
            for (i++; i < end && text[i] >= '0' && text[i] <= '9'; i++, decimals++) {
                int digit = text[i] - '0';
                if (decimals == 0) {
                    fen += digit * 10;
                } else if (decimals == 1) {
                    fen += digit;
                } else if (digit != 0) {
                    return null;
                }
            }
            if (decimals == 0 || i != end) {
                return null;
            }
        }
        if (fen > MOST_FEN) {
            return null;
        }
        return Yuan.ofFen(negative ? -fen : fen);
    }

    /**
     * Reads an ID number at the parser's current token, checking form, birth date and check character (AUD-2).
     *
     * @param p the parser, at a JSON string
     * @return the ID number, not null
     * @throws IOException if the value is not a string or not a valid ID number
     */
    static ResidentId residentId(JsonParser p) throws IOException {
        String text = string(p, ResidentId.class, "an 18-character ID number as a string");
        return convert(p, ResidentId.class, text, ResidentId::parse, "AUD-2");
    }

    /** Reads a county code used as a map key. */
    static final class CountyCodeKeyDeserializer extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            try {
                return CountyCode.parse(key);
            } catch (IllegalArgumentException e) {
                // the key as a path names it: an ID number or a name is not repeated
                return ctxt.handleWeirdKey(CountyCode.class, JsonPath.key(key), "not a six-digit county code");
            }
        }
    }

    /** Reads an ISO-8601 date, such as {@code 2019-09-01}; impossible dates are errors. */
    static TextDeserializer<LocalDate> localDates() {
        return new TextDeserializer<>(LocalDate.class, ValueCodecs::plausibleDate, "an ISO-8601 date as a string, such as "
                + "2019-09-01", "must be an ISO-8601 date that exists, such as 2019-09-01, in a year from "
                + MIN_YEAR + " to " + MAX_YEAR);
    }

    /** Reads an ISO-8601 month, such as {@code 2019-07}. */
    static TextDeserializer<YearMonth> yearMonths() {
        return new TextDeserializer<>(YearMonth.class, ValueCodecs::month, "an ISO-8601 month as a string, such as "
                + "2019-07", "must be an ISO-8601 month, such as 2019-07, in a year from " + MIN_YEAR + " to "
                + MAX_YEAR);
    }

    /** Parses a month of the form {@code yyyy-MM} only, the contract's; a sign or a longer year is refused. */
    private static YearMonth month(String text) {
        if (text.length() != 7 || text.charAt(4) != '-' || digits(text, 0, 4) < 0 || digits(text, 5, 7) < 0) {
            throw new IllegalArgumentException("not yyyy-MM");
        }
        return YearMonth.of(plausibleYear(digits(text, 0, 4)), digits(text, 5, 7));
    }

    /** Reads a county code. */
    static TextDeserializer<CountyCode> countyCodes() {
        return new TextDeserializer<>(CountyCode.class, CountyCode::parse, "a six-digit county code as a string",
                "must be a six-digit county code (GB/T 2260) of a mainland province, not ending in 00");
    }

    /** Reads a province code. */
    static TextDeserializer<ProvinceCode> provinceCodes() {
        return new TextDeserializer<>(ProvinceCode.class, ProvinceCode::parse, "a two-digit province code as a string",
                "must be the two-digit code (GB/T 2260) of a mainland province");
    }

    /** Reads a village code. */
    static TextDeserializer<VillageCode> villageCodes() {
        return new TextDeserializer<>(VillageCode.class, VillageCode::parse, "a twelve-digit village code as a string",
                "must be a twelve-digit village code whose first six digits are a county code of a mainland province");
    }

    /**
     * Parses an ISO-8601 date exactly as {@link LocalDate#parse(CharSequence)} does, with a shortcut for the
     * common form {@code yyyy-MM-dd}: its fields go to {@link LocalDate#of(int, int, int)}, which refuses the same
     * impossible dates as the strict ISO formatter.
     *
     * @param text the text
     * @return the date
     * @throws DateTimeException if the text is not a date that exists
     */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /**
     * The date {@link #plausibleDate(String)} reads from text of the common form {@code yyyy-MM-dd}, taken from
     * UTF-8 bytes without making a string; null for any other text, an impossible date or a year out of range,
     * which the text's reader then reads or refuses.
     *
     * @param text the bytes
     * @param offset where the text starts
     * @param length how many bytes it has
     * @return the date, or null
     */
    static @Nullable LocalDate plainDate(byte[] text, int offset, int length) {
        if (length != 10 || text[offset + 4] != '-' || text[offset + 7] != '-') {
            return null;
        }
        int year = digits(text, offset, offset + 4);
        int month = digits(text, offset + 5, offset + 7);
        int day = digits(text, offset + 8, offset + 10);
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1
                || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * The month {@link #yearMonths()} reads from text of the form {@code yyyy-MM}, taken from UTF-8 bytes without
     * making a string; null for any other text or a year out of range.
     *
     * @param text the bytes
     * @param offset where the text starts
     * @param length how many bytes it has
     * @return the month, or null
     */
    static @Nullable YearMonth plainMonth(byte[] text, int offset, int length) {
        if (length != 7 || text[offset + 4] != '-') {
            return null;
        }
        int year = digits(text, offset, offset + 4);
        int month = digits(text, offset + 5, offset + 7);
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(year, month);
    }

    /** The number the ASCII digits of a part of an array make, or -1 if a byte is not one. */
    private static int digits(byte[] text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * The first year of a date, a month or a year of the contract: no record of targeted poverty alleviation
     * describes a time before it (a member born in 1899 would be over 110 in the first income year).
     */
    static final int MIN_YEAR = 1900;
    /** The last year of a date, a month or a year of the contract. */
    static final int MAX_YEAR = 2999;

    /** A date of the contract: ISO-8601, in a year of its range. */
    static LocalDate plausibleDate(String text) {
        LocalDate date = date(text);
        plausibleYear(date.getYear());
        return date;
    }

    /** A year of the contract's range, or an IllegalArgumentException: 1800, 0000 and 10000 are typing errors. */
    private static int plausibleYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        return year;
    }

    /** The number the ASCII digits of a part of a text make, or -1 if a character is not one. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** How a scalar is written. */
    @FunctionalInterface
    interface Writing<T> {
        void write(T value, JsonGenerator gen) throws IOException;
    }

    /** How a scalar is read at the parser's current token. */
    @FunctionalInterface
    interface Reading<T> {
        T read(JsonParser p) throws IOException;
    }

    /**
     * Writes a scalar: money as a JSON number with two decimals, a year as a JSON number, the full ID number (the
     * registry needs it; it is never printed or logged), codes, rule ids and dates as their text.
     *
     * @param <T> the type written
     */
    static final class ScalarSerializer<T> extends StdScalarSerializer<T> {
        private static final long serialVersionUID = 1L;

        /** A constant lambda or method reference; a serializer is never serialized in practice. */
        @SuppressWarnings("serial")
        private final Writing<T> writing;

        ScalarSerializer(Class<T> type, Writing<T> writing) {
            super(type);
            this.writing = writing;
        }

        /**
         * Writes a value as a JSON string: codes, rule ids and dates, whose {@code toString()} is their JSON text.
         *
         * @param <T> the type written
         * @param type the type
         * @return the serializer, not null
         */
        static <T> ScalarSerializer<T> text(Class<T> type) {
            return new ScalarSerializer<>(type, (value, gen) -> gen.writeString(value.toString()));
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            writing.write(value, gen);
        }
    }

    /**
     * Reads a scalar with one of this class's readers, such as {@link #yuan(JsonParser)}.
     *
     * @param <T> the type read
     */
    static final class ScalarDeserializer<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;

        /** A constant method reference; a deserializer is never serialized in practice. */
        @SuppressWarnings("serial")
        private final Reading<T> reading;

        ScalarDeserializer(Class<T> type, Reading<T> reading) {
            super(type);
            this.reading = reading;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return reading.read(p);
        }
    }

    /**
     * Reads a value from a JSON string with its parser. A string the parser refuses is a problem that says what is
     * wrong without repeating the input, which may be anything.
     *
     * @param <T> the type read
     */
    static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;

        /** A parser is a constant method reference; a deserializer is never serialized in practice. */
        @SuppressWarnings("serial")
        private final Function<String, T> parser;
        private final String expected;
        private final String problem;

        TextDeserializer(Class<T> type, Function<String, T> parser, String expected, String problem) {
            super(type);
            this.parser = parser;
            this.expected = expected;
            this.problem = problem;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p);
        }

        /**
         * Reads a value at the parser's current token.
         *
         * @param p the parser, at a JSON string
         * @return the value, not null
         * @throws IOException if the value is not a string or its parser refuses it
         */
        T read(JsonParser p) throws IOException {
            T value = parsed(string(p, handledType(), expected));
            if (value == null) {
                throw InvalidFormatException.from(p, problem, null, handledType());
            }
            return value;
        }

        /**
         * The value of a string, as {@link #read(JsonParser)} reads it from a JSON string: what the direct binder
         * reads.
         *
         * @param text the string
         * @return the value, or null if the parser refuses the text
         */
        @Nullable T parsed(String text) {
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException | DateTimeException e) {
                return null;
            }
        }
    }

    /**
     * Reads a year, such as {@code 2019}, from a JSON integer.
     *
     * @return the deserializer, not null
     */
    static ScalarDeserializer<Year> years() {
        return new ScalarDeserializer<>(Year.class, ValueCodecs::year);
    }

    /**
     * Writes a year as a JSON number.
     *
     * @return the serializer, not null
     */
    static ScalarSerializer<Year> yearNumbers() {
        return new ScalarSerializer<>(Year.class, (year, gen) -> gen.writeNumber(year.getValue()));
    }

    /**
     * Reads a year at the parser's current token, from a JSON integer such as {@code 2019}.
     *
     * @param p the parser, at a JSON integer
     * @return the year, not null
     * @throws IOException if the value is not an integer from 1900 to 2999
     */
    static Year year(JsonParser p) throws IOException {
        Year year = p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                ? null : year(p.getIntValue());
        if (year == null) {
            throw MismatchedInputException.from(p, Year.class, "expected a year from " + MIN_YEAR + " to "
                    + MAX_YEAR + " as a JSON integer, such as 2019");
        }
        return year;
    }

    /**
     * The year of a JSON integer, as {@link #year(JsonParser)} reads it: what the direct binder reads.
     *
     * @param value the integer
     * @return the year, or null if it is not one from 1900 to 2999
     */
    static @Nullable Year year(int value) {
        return value < MIN_YEAR || value > MAX_YEAR ? null : Year.of(value);
    }

    /**
     * Finds the {@link ExactEnumDeserializer} of each of core's enums: Jackson's own would read {@code 4} as the
     * fifth constant and {@code " FEMALE "} as {@code FEMALE}, silently changing a decision.
     */
    static final class ExactEnums extends Deserializers.Base {
        @Override
        public @Nullable JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                BeanDescription beanDesc) {
            return type.getName().startsWith("io.github.jingzhun.") ? new ExactEnumDeserializer(type) : null;
        }
    }

    /**
     * Reads an enum constant from a JSON string that is exactly its name: a number (an ordinal, or a code of some
     * other standard) or a name with spaces or another case is an error, as the direct binder has it.
     */
    static final class ExactEnumDeserializer extends StdScalarDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        /** The constants by name; enum constants are serializable. */
        @SuppressWarnings("serial")
        private final Map<String, Object> constants = new HashMap<>();

        ExactEnumDeserializer(Class<?> type) {
            super(type);
            for (Object constant : type.getEnumConstants()) {
                constants.put(((Enum<?>) constant).name(), constant);
            }
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object constant = p.currentToken() == JsonToken.VALUE_STRING ? constants.get(p.getText()) : null;
            if (constant == null) {
                throw MismatchedInputException.from(p, handledType(),
                        "expected " + ProblemTranslator.describe(handledType()));
            }
            return constant;
        }
    }
}

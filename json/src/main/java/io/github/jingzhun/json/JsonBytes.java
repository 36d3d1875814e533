package io.github.jingzhun.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A tokenizer of well-formed UTF-8 bytes for the plain road of the {@link DirectBinder} only: it reads the JSON a
 * household is written in, and throws {@link DirectBinder.Unbound} at anything else — an escape or a control
 * character in a string, an exponent, a leading zero, {@code -0}, a number or string near a reading limit, deep
 * nesting, many tokens — so that the importer reads the record the slow way, which reports every problem. Jackson's
 * parser costs most of a read in canonicalising field names and in its token state machine; here a field name is
 * compared byte for byte with the one the binder expects, and values are read straight from the bytes.
 *
 * <p>Whatever it reads, the slow path reads too, to the same value: its limits are the importer's, or tighter.
 * It reads only well-formed UTF-8: bytes not encoded from text are checked as they are read. Not thread-safe: one
 * per record.
 */
final class JsonBytes {

    /** The bytes that end the plain part of a string: a quote, a backslash and the control characters. */
    private static final boolean[] STOPS = new boolean[256];
    /**
     * The same, and {@code ?}: in bytes encoded from text, it may stand for a lone surrogate, which the text read
     * reads otherwise.
     */
    private static final boolean[] TEXT_STOPS = new boolean[256];
    /** The same, and every byte beyond ASCII: in bytes not encoded from text, each sequence is checked. */
    private static final boolean[] BYTE_STOPS = new boolean[256];

    static {
        for (int c = 0; c < 0x20; c++) {
            STOPS[c] = true;
        }
        STOPS['"'] = true;
        STOPS['\\'] = true;
        System.arraycopy(STOPS, 0, TEXT_STOPS, 0, STOPS.length);
        TEXT_STOPS['?'] = true;
        System.arraycopy(STOPS, 0, BYTE_STOPS, 0, STOPS.length);
        for (int c = 0x80; c < 0x100; c++) {
            BYTE_STOPS[c] = true;
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    /** The longest unknown field name read here; a longer one is left to the slow path and its limits. */
    private static final int MAX_NAME_LENGTH = 1_000;

    private final byte[] bytes;
    private final int end;
    private boolean[] stops;
    /** The text the bytes were encoded from, until a {@code ?} made it checked for lone surrogates; else null. */
    private @Nullable String text;
    private final JsonOptions limits;
    private int pos;
    private int depth;
    private long tokens;
    /** Where the last string (without its quotes) or number read starts. */
    private int start;
    /** How many bytes the last string or number read has. */
    private int length;

    /**
     * A tokenizer of part of an array.
     *
     * @param bytes UTF-8
     * @param offset where the document starts
     * @param length how many bytes it has
     * @param text the string the bytes were encoded from, which may hold a lone surrogate; null if none
     * @param limits the reading limits of the slow path
     */
    JsonBytes(byte[] bytes, int offset, int length, @Nullable String text, JsonOptions limits) {
        this.bytes = bytes;
        this.pos = offset;
        this.end = offset + length;
        this.text = text;
        this.stops = text != null ? TEXT_STOPS : BYTE_STOPS;
        this.limits = limits;
    }

    /**
     * The index of the first quote, backslash or control character from an index, or the end. A {@code ?} in
     * bytes encoded from text has the text checked once: a lone surrogate was encoded as {@code ?}, and the slow
     * path reads the text otherwise. Bytes not encoded from text are checked to be well-formed UTF-8 in passing,
     * all of them being in strings or ASCII, so that a record bound directly needs no other check.
     */
    private int plainEnd(int from) throws DirectBinder.Unbound {
        byte[] b = bytes;
        int i = from;
        while (true) {
            boolean[] stop = stops;
            long question = stop == TEXT_STOPS ? QUESTION_MARKS : QUOTES;
            long beyondAscii = stop == BYTE_STOPS ? HIGHS : 0;
            // Eight bytes at a time while they hold no stop, then byte by byte: strings are most of a record.
            for (; i <= end - Long.BYTES; i += Long.BYTES) {
                long w = (long) LONGS.get(b, i);
                long hits = zeros(w ^ QUOTES) | zeros(w ^ BACKSLASHES) | zeros(w ^ question)
                        | (w - SPACES) & ~w & HIGHS | w & beyondAscii;
                if (hits != 0) {
                    i += Long.numberOfTrailingZeros(hits) >>> 3;
                    break;
                }
            }
            while (i < end && !stop[b[i] & 0xFF]) {
                i++;
            }
            if (i >= end) {
                return i;
            }
            if (b[i] < 0) {
                i = afterSequence(i);
                continue;
            }
            if (b[i] != '?') {
                return i;
            }
            String encoded = text;
            if (encoded != null && hasLoneSurrogate(encoded)) {
                throw DirectBinder.Unbound.INSTANCE;
            }
            text = null;
            stops = STOPS;
        }
    }

    /**
     * The index after the well-formed UTF-8 sequence of two to four bytes at an index, as Java's decoder reads them
     * (no overlong form, no surrogate, nothing beyond U+10FFFF); else the slow path says where the bytes are
     * malformed.
     */
    private int afterSequence(int i) throws DirectBinder.Unbound {
        byte[] b = bytes;
        int c = b[i] & 0xFF;
        int more;
        int low = 0x80;
        int high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            low = c == 0xE0 ? 0xA0 : low;
            high = c == 0xED ? 0x9F : high;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            low = c == 0xF0 ? 0x90 : low;
            high = c == 0xF4 ? 0x8F : high;
        } else {
            throw DirectBinder.Unbound.INSTANCE;
        }
        if (end - i <= more) {
            throw DirectBinder.Unbound.INSTANCE;
        }
        int second = b[i + 1] & 0xFF;
        if (second < low || second > high) {
            throw DirectBinder.Unbound.INSTANCE;
        }
        for (int k = 2; k <= more; k++) {
            int next = b[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                throw DirectBinder.Unbound.INSTANCE;
            }
        }
        return i + more + 1;
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long QUESTION_MARKS = 0x3F3F3F3F3F3F3F3FL;
    private static final long SPACES = 0x2020202020202020L;

    /** The high bit of the first zero byte of a word (little-endian) is the lowest bit set, if any. */
    private static long zeros(long w) {
        return (w - ONES) & ~w & HIGHS;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The next byte after whitespace, not consumed, or -1 at the end. */
    int peek() {
        byte[] b = bytes;
        int i = pos;
        while (i < end) {
            byte c = b[i];
            // Above the space, at once: a writer of NDJSON writes no white space between tokens.
            if (c > ' ' || c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                pos = i;
                return c & 0xFF;
            }
            i++;
        }
        pos = i;
        return -1;
    }

    /** Whether only whitespace is left. */
    boolean atEnd() {
        return peek() < 0;
    }

    private void token() throws DirectBinder.Unbound {
        if (++tokens >= JingzhunJson.MAX_TOKENS) {
            throw DirectBinder.Unbound.INSTANCE;
        }
    }

    /** Consumes the next byte after whitespace, which must be {@code c}. */
    private void expect(char c) throws DirectBinder.Unbound {
        if (peek() != c) {
            throw DirectBinder.Unbound.INSTANCE;
        }
        pos++;
    }

    /**
     * Consumes the start of an object or array, whose byte the caller peeked.
     */
    private void open() throws DirectBinder.Unbound {
        // One level short of the limit: the slow path counts the levels its own way.
        if (++depth >= limits.maxNestingDepth()) {
            throw DirectBinder.Unbound.INSTANCE;
        }
        token();
        pos++;
    }

    /**
     * Consumes a {@code {} and tells whether a field follows: false if the object is empty (its {@code }} is
     * consumed too).
     */
    boolean startObject() throws DirectBinder.Unbound {
        if (peek() != '{') {
            throw DirectBinder.Unbound.INSTANCE;
        }
        open();
        return !close('}');
    }

    /** Consumes a {@code [} and tells whether an element follows: false if the array is empty. */
    boolean startArray() throws DirectBinder.Unbound {
        if (peek() != '[') {
            throw DirectBinder.Unbound.INSTANCE;
        }
        open();
        return !close(']');
    }

    /** Whether the container ends here (its closing byte is then consumed). */
    private boolean close(char closing) throws DirectBinder.Unbound {
        if (peek() == closing) {
            pos++;
            depth--;
            token();
            return true;
        }
        return false;
    }

    /**
     * After a field's value or an element: true if another follows (its comma consumed), false if the container
     * ends with {@code closing} (consumed).
     */
    boolean next(char closing) throws DirectBinder.Unbound {
        int c = peek();
        if (c == ',') {
            pos++;
            return true;
        }
        if (c == closing) {
            pos++;
            depth--;
            token();
            return false;
        }
        throw DirectBinder.Unbound.INSTANCE;
    }

    /** Consumes the opening quote of a field name. */
    void openName() throws DirectBinder.Unbound {
        expect('"');
        token();
    }

    /**
     * At a field: consumes its name, in quotes, and its colon if its bytes are {@code field} ({@code "name":},
     * written without white space); else consumes nothing. This comparison is made for every field of every record.
     */
    boolean name(byte[] field) throws DirectBinder.Unbound {
        if (end - pos < field.length || !same(bytes, pos, field)) {
            return false;
        }
        token();
        pos += field.length;
        return true;
    }

    /**
     * Whether the bytes at an index are those of an array, which they must not end before: compared eight bytes at
     * a time (the last eight overlapping), which costs less than {@link java.util.Arrays#equals(byte[], int, int,
     * byte[], int, int)} for the short names of fields and constants.
     */
    static boolean same(byte[] b, int i, byte[] expected) {
        int n = expected.length;
        if (n >= Long.BYTES) {
            for (int k = 0; k < n - Long.BYTES; k += Long.BYTES) {
                if ((long) LONGS.get(b, i + k) != (long) LONGS.get(expected, k)) {
                    return false;
                }
            }
            return (long) LONGS.get(b, i + n - Long.BYTES) == (long) LONGS.get(expected, n - Long.BYTES);
        }
        for (int k = 0; k < n; k++) {
            if (b[i + k] != expected[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * After the opening quote of a name not matched: reads the name's bytes ({@link #start()}, {@link #length()})
     * and the colon.
     */
    void otherName() throws DirectBinder.Unbound {
        scanString();
        if (length > MAX_NAME_LENGTH) {
            throw DirectBinder.Unbound.INSTANCE;
        }
        expect(':');
    }

    /**
     * Reads the rest of a string without escapes after its opening quote, up to and with its closing quote.
     */
    private void scanString() throws DirectBinder.Unbound {
        if (!scanPlain()) {
            throw DirectBinder.Unbound.INSTANCE;
        }
    }

    /**
     * Reads the rest of a string after its opening quote up to its closing quote, which it consumes, and returns
     * true; or up to its first backslash, and returns false ({@link #start()} is then where the string starts).
     */
    private boolean scanPlain() throws DirectBinder.Unbound {
        byte[] b = bytes;
        int i = plainEnd(pos);
        if (i >= end || b[i] != '"' && b[i] != '\\') {
            throw DirectBinder.Unbound.INSTANCE;
        }
        start = pos;
        length = i - pos;
        // Characters are at most as many as bytes: within the limit in bytes, within it in characters.
        if (length > limits.maxStringLength()) {
            throw DirectBinder.Unbound.INSTANCE;
        }
        if (b[i] == '\\') {
            pos = i;
            return false;
        }
        pos = i + 1;
        return true;
    }

    /**
     * Reads the rest of a string with escapes (written by many systems for a quote or a tab in a name): from its
     * start to its first backslash, at the position, to its closing quote, as Jackson decodes it.
     */
    private String unescape() throws DirectBinder.Unbound {
        StringBuilder text = new StringBuilder(new String(bytes, start, length, StandardCharsets.UTF_8));
        int from = start;
        byte[] b = bytes;
        while (true) {
            // At a backslash or the closing quote.
            if (b[pos] == '"') {
                pos++;
                break;
            }
            if (end - pos < 2) {
                throw DirectBinder.Unbound.INSTANCE;
            }
            byte e = b[pos + 1];
            pos += 2;
            switch (e) {
                case '"', '\\', '/' -> text.append((char) e);
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> text.append(hex());
                default -> throw DirectBinder.Unbound.INSTANCE;
            }
            int i = plainEnd(pos);
            if (i >= end || b[i] != '"' && b[i] != '\\') {
                throw DirectBinder.Unbound.INSTANCE;
            }
            text.append(new String(b, pos, i - pos, StandardCharsets.UTF_8));
            pos = i;
        }
        // Within the limit in bytes, within it in characters (an escape is longer than its character).
        if (pos - 1 - from > limits.maxStringLength()) {
            throw DirectBinder.Unbound.INSTANCE;
        }
        return text.toString();
    }

    /** The character of the four hexadecimal digits at the position, consumed. */
    private char hex() throws DirectBinder.Unbound {
        if (end - pos < 4) {
            throw DirectBinder.Unbound.INSTANCE;
        }
        int value = 0;
        for (int k = 0; k < 4; k++) {
            int digit = Character.digit(bytes[pos + k], 16);
            if (digit < 0) {
                throw DirectBinder.Unbound.INSTANCE;
            }
            value = value << 4 | digit;
        }
        pos += 4;
        return (char) value;
    }

    /** Reads a string value's bytes ({@link #start()}, {@link #length()}), without making a string. */
    void stringBytes() throws DirectBinder.Unbound {
        expect('"');
        token();
        scanString();
    }

    /** Reads a string value; its escapes too. */
    String string() throws DirectBinder.Unbound {
        expect('"');
        token();
        return scanPlain() ? new String(bytes, start, length, StandardCharsets.UTF_8) : unescape();
    }

    /** Reads a string value of ASCII characters only, such as a date or a code; else gives up. */
    String ascii() throws DirectBinder.Unbound {
        stringBytes();
        for (int i = start; i < start + length; i++) {
            if (bytes[i] < 0) {
                throw DirectBinder.Unbound.INSTANCE;
            }
        }
        return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * Reads a number in the plain form {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?} into {@link #start()} and
     * {@link #length()}; else gives up (an exponent, a leading zero, {@code -0}, a number that is not JSON).
     *
     * @return whether it has a fraction
     */
    boolean number() throws DirectBinder.Unbound {
        token();
        byte[] b = bytes;
        int i = peek() < 0 ? end : pos;
        int from = i;
        if (i < end && b[i] == '-') {
            i++;
        }
        int digits = i;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        // No digit, or a leading zero (01, and -0 whatever follows: the slow path reads those its own way).
        if (i == digits || b[digits] == '0' && (i - digits > 1 || digits > from)) {
            throw DirectBinder.Unbound.INSTANCE;
        }
        boolean fraction = i < end && b[i] == '.';
        if (fraction) {
            int decimals = ++i;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == decimals) {
                throw DirectBinder.Unbound.INSTANCE;
            }
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            throw DirectBinder.Unbound.INSTANCE;
        }
        start = from;
        length = i - from;
        if (length > limits.maxNumberLength()) {
            throw DirectBinder.Unbound.INSTANCE;
        }
        pos = i;
        return fraction;
    }

    /** Reads a JSON integer within the range of {@code int}; else gives up. */
    int integer() throws DirectBinder.Unbound {
        if (number() || length > 11) {
            throw DirectBinder.Unbound.INSTANCE;
        }
        byte[] b = bytes;
        int i = start;
        boolean negative = b[i] == '-';
        if (negative) {
            i++;
        }
        long value = 0;
        for (; i < start + length; i++) {
            value = value * 10 + (b[i] - '0');
        }
        value = negative ? -value : value;
        if (value != (int) value) {
            throw DirectBinder.Unbound.INSTANCE;
        }
        return (int) value;
    }

    /** Reads {@code true} or {@code false}; else gives up. */
    boolean bool() throws DirectBinder.Unbound {
        int c = peek();
        if (c == 't' && literal("true")) {
            return true;
        }
        if (c == 'f' && literal("false")) {
            return false;
        }
        throw DirectBinder.Unbound.INSTANCE;
    }

    /** Consumes {@code null} if it is next, after whitespace. */
    boolean nullValue() throws DirectBinder.Unbound {
        return peek() == 'n' && literal("null");
    }

    /**
     * Consumes a literal at the position, or gives up. What follows it is checked by what reads on: a comma, a
     * closing bracket or the end.
     */
    private boolean literal(String word) throws DirectBinder.Unbound {
        int n = word.length();
        if (end - pos < n) {
            throw DirectBinder.Unbound.INSTANCE;
        }
        for (int k = 0; k < n; k++) {
            if (bytes[pos + k] != word.charAt(k)) {
                throw DirectBinder.Unbound.INSTANCE;
            }
        }
        token();
        pos += n;
        return true;
    }

    /**
     * Reads a value the binder does not bind (a tolerated unknown field's), checking what the slow path's tree
     * checks: no field twice in an object; within the plain road, as everything here.
     */
    void skipValue() throws DirectBinder.Unbound {
        int c = peek();
        switch (c) {
            case '{' -> {
                if (startObject()) {
                    Set<String> names = new HashSet<>();
                    do {
                        openName();
                        otherName();
                        if (!names.add(new String(bytes, start, length, StandardCharsets.UTF_8))) {
                            throw DirectBinder.Unbound.INSTANCE;
                        }
                        skipValue();
                    } while (next('}'));
                }
            }
            case '[' -> {
                if (startArray()) {
                    do {
                        skipValue();
                    } while (next(']'));
                }
            }
            case '"' -> string();
            case 't', 'f' -> bool();
            case 'n' -> nullValue();
            default -> number();
        }
    }

    /** Where the last string or number read starts in {@link #bytes()}. */
    int start() {
        return start;
    }

    /** How many bytes the last string or number read has. */
    int length() {
        return length;
    }

    /** The bytes read. */
    byte[] bytes() {
        return bytes;
    }
}

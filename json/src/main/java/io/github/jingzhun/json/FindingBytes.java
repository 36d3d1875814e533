package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import io.github.jingzhun.Decision;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.money.Yuan;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Writes a decision, or a finding, as the bytes a UTF-8 JSON generator writes for it token by token, into a buffer
 * of the thread, then into the generator as one raw value. Token by token, a finding took about fifteen generator
 * calls, each checking where it stands in the document, and its numbers and messages were strings encoded anew; here
 * the field names, each rule's id and the escaped literal text of each message pattern are bytes made once, and only
 * a finding's digits and subject are encoded. A complete decision is mostly findings: most of what writing it costs.
 * The rest of a decision is written here too, through {@link DecisionOut}: separators where the generator puts them,
 * constants' names as the bytes they are encoded to once.
 *
 * <p>The bytes are the generator's only for a compact, default UTF-8 generator ({@link #plain(JsonGenerator)}), and
 * only for text without control characters and surrogates, whose escapes depend on its settings: otherwise nothing
 * is written here and the caller writes the decision or the finding token by token.
 */
final class FindingBytes extends DecisionOut {

    private static final int QUOTE_FIELD_NAMES = JsonWriteFeature.QUOTE_FIELD_NAMES.mappedFeature().getMask();
    private static final int OTHER_TEXT = JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS.mappedFeature().getMask()
            | JsonWriteFeature.ESCAPE_FORWARD_SLASHES.mappedFeature().getMask()
            | JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature().getMask();

    /** Each rule's openings of a finding, failed then passed: <code>{"rule":"ID-H-1","passed":false</code>. */
    private static final byte[][] OPENINGS = openings();
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OBSERVED = field(FindingCodec.OBSERVED);
    private static final byte[] THRESHOLD = field(FindingCodec.THRESHOLD);
    private static final byte[] SUBJECT = field(FindingCodec.SUBJECT);
    private static final byte[] MESSAGE = field(FindingCodec.MESSAGE);
    private static final byte[] MESSAGE_ZH = field(FindingCodec.MESSAGE_ZH);

    /** The translation of a subject that reads the same in a language, as {@link Wording#of(String, String)} has. */
    private static final UnaryOperator<String> SAME = UnaryOperator.identity();
    /** A subject kept as one whose bytes depend on the generator: compared by identity. */
    private static final byte[] NOT_PLAIN = new byte[0];

    /** A buffer for each thread, kept from one finding to the next. */
    private static final ThreadLocal<FindingBytes> BUFFERS = ThreadLocal.withInitial(FindingBytes::new);

    private byte[] bytes = new byte[1024];
    private int size;
    private final Raw raw = new Raw();
    private final Digits observed = new Digits();
    private final Digits threshold = new Digits();
    private final char[] amount = Amounts.buffer();
    /** Whether a comma comes before the next name or value: after a value, not after a name or an opening. */
    private boolean comma;
    /** Whether some text of the decision being written is not plain: its bytes are not the generator's. */
    private boolean failed;

    private FindingBytes() {}

    /**
     * The thread's buffer for a generator that writes exactly these bytes, else null.
     *
     * @param gen the generator
     * @return the buffer, or null
     */
    static @Nullable FindingBytes of(JsonGenerator gen) {
        return plain(gen) ? BUFFERS.get() : null;
    }

    /**
     * Writes a finding as one raw value, if its bytes can be made here.
     *
     * @param f the finding
     * @param gen the generator, one this buffer is {@linkplain #of(JsonGenerator) for}
     * @param messages whether with its messages
     * @return whether written; if not, nothing was written
     * @throws IOException if writing fails
     */
    boolean write(Finding f, JsonGenerator gen, boolean messages) throws IOException {
        size = 0;
        if (!finding(f, messages)) {
            return false;
        }
        // One finding at a time: a value that does not fit the room left in the generator's buffer is copied.
        gen.writeRawValue(raw);
        return true;
    }

    /**
     * Writes a decision, without changes, as one raw value, if its bytes can be made here.
     *
     * @param d the decision
     * @param detail how much to write
     * @param gen the generator, one this buffer is {@linkplain #of(JsonGenerator) for}
     * @return whether written; if not, nothing was written
     * @throws IOException if writing fails
     */
    boolean write(Decision d, DecisionDetail detail, JsonGenerator gen) throws IOException {
        size = 0;
        comma = false;
        failed = false;
        startObject();
        DecisionCodec.fields(d, this, detail);
        endObject();
        if (failed) {
            return false;
        }
        gen.writeRawValue(raw);
        return true;
    }

    /**
     * Whether a generator writes exactly these bytes: the default UTF-8 generator (not a subclass), without a pretty
     * printer or character escapes, with quoted field names and numbers, escaping neither non-ASCII characters nor
     * slashes.
     */
    static boolean plain(JsonGenerator gen) {
        int features = gen.getFeatureMask();
        return gen.getClass() == UTF8JsonGenerator.class && gen.getPrettyPrinter() == null
                && gen.getCharacterEscapes() == null && gen.getHighestEscapedChar() == 0
                && (features & QUOTE_FIELD_NAMES) != 0 && (features & OTHER_TEXT) == 0;
    }

    @Override
    void startObject() {
        open((byte) '{');
    }

    @Override
    void endObject() {
        close((byte) '}');
    }

    @Override
    void startArray() {
        open((byte) '[');
    }

    @Override
    void endArray() {
        close((byte) ']');
    }

    private void open(byte b) {
        separate();
        put(b);
        comma = false;
    }

    private void close(byte b) {
        put(b);
        comma = true;
    }

    private void separate() {
        if (comma) {
            put((byte) ',');
        }
    }

    @Override
    void name(SerializableString name) {
        quoted(name.asQuotedUTF8(), true);
        comma = false;
    }

    @Override
    void string(SerializableString text) {
        quoted(text.asQuotedUTF8(), false);
        comma = true;
    }

    /** Appends encoded text in quotes, after a comma if one is due, and a colon after a name: room made once. */
    private void quoted(byte[] text, boolean name) {
        ensure(text.length + 4);
        byte[] b = bytes;
        int at = size;
        if (comma) {
            b[at++] = ',';
        }
        b[at++] = '"';
        System.arraycopy(text, 0, b, at, text.length);
        at += text.length;
        b[at++] = '"';
        if (name) {
            b[at++] = ':';
        }
        size = at;
    }

    @Override
    void string(String text) {
        separate();
        failed |= !quoted(text);
        comma = true;
    }

    @Override
    void number(int value) {
        separate();
        ensure(11);
        size = NumberOutput.outputInt(value, bytes, size);
        comma = true;
    }

    @Override
    void bool(boolean value) {
        separate();
        put(value ? TRUE : FALSE);
        comma = true;
    }

    @Override
    void nul() {
        separate();
        put(NULL);
        comma = true;
    }

    @Override
    void money(Yuan value) {
        separate();
        char[] text = amount;
        int start = Amounts.digits(value.fen(), text);
        ensure(text.length - start);
        for (int i = start; i < text.length; i++) {
            bytes[size++] = (byte) text[i];
        }
        comma = true;
    }

    @Override
    void findings(SerializableString name, List<Finding> findings, DecisionDetail detail) {
        if (!FindingCodec.written(findings, detail)) {
            return;
        }
        boolean full = detail == DecisionDetail.FULL;
        name(name);
        startArray();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (full || !f.passed()) {
                separate();
                failed |= !finding(f, full);
                comma = true;
            }
        }
        endArray();
    }

    /** As {@link FindingCodec#write(Finding, JsonGenerator)} writes a finding, with or without its messages. */
    private boolean finding(Finding f, boolean messages) {
        put(OPENINGS[2 * f.rule().ordinal() + (f.passed() ? 1 : 0)]);
        // Each number's digits are made once, for its field and for both messages.
        if (observed.of(f.observed())) {
            put(OBSERVED);
            observed.appendTo(this);
        }
        if (threshold.of(f.threshold())) {
            put(THRESHOLD);
            threshold.appendTo(this);
        }
        String subject = f.subject();
        if (subject != null) {
            put(SUBJECT);
            if (!quoted(subject)) {
                return false;
            }
        }
        if (messages && !(message(MESSAGE, f, false) && message(MESSAGE_ZH, f, true))) {
            return false;
        }
        put((byte) '}');
        return true;
    }

    /** As {@link MessageWriter} writes a message: its field, left out if the message is empty. */
    private boolean message(byte[] name, Finding f, boolean chinese) {
        int start = size;
        put(name);
        put((byte) '"');
        int content = size;
        Wording.Parts parts = MessageWriter.parts(f, chinese);
        MessageWriter.Encoded encoded = parts == null ? null : MessageWriter.encoded(parts);
        if (encoded == null || encoded.utf8 == null) {
            // A pattern with a stray brace, or literal text a generator escapes its own way: the rendered message.
            if (!text(chinese ? f.messageZh() : f.message())) {
                return false;
            }
        } else {
            byte[][] literals = encoded.utf8;
            put(literals[0]);
            for (int i = 0; i < literals.length - 1; i++) {
                Wording.Placeholder p = parts.placeholder(i);
                if (p == Wording.Placeholder.SUBJECT) {
                    if (!subject(encoded, f, chinese)) {
                        return false;
                    }
                } else {
                    (p == Wording.Placeholder.OBSERVED ? observed : threshold).appendTo(this);
                }
                put(literals[i + 1]);
            }
        }
        if (size == content) {
            size = start; // an empty message is left out
        } else {
            put((byte) '"');
        }
        return true;
    }

    /**
     * Appends the subject as the pattern's language reads it, as {@link #text(String)} does; false if it has a
     * control character or a surrogate. A translated subject's bytes are kept with the pattern's encoded parts.
     */
    private boolean subject(MessageWriter.Encoded encoded, Finding f, boolean chinese) {
        String s = f.subject();
        if (s == null) {
            return true;
        }
        Wording w = f.wording();
        if ((chinese ? w.chineseSubject() : w.englishSubject()) == SAME) {
            return text(s); // read as it is (a member, a year): encoded directly, rather than looked up
        }
        // A pattern with more subjects than are kept has mostly subjects seen once (a date, amounts): not looked up.
        Map<String, byte[]> kept = encoded.subjects;
        boolean keep = kept.size() < MessageWriter.Encoded.MOST_SUBJECTS;
        byte[] b = keep ? kept.get(s) : null;
        if (b != null) {
            put(b);
            return b != NOT_PLAIN;
        }
        int start = size;
        boolean plain = text(MessageWriter.subject(f, chinese));
        if (keep) {
            kept.put(s, plain ? Arrays.copyOfRange(bytes, start, size) : NOT_PLAIN);
        }
        return plain;
    }

    /** Appends a quoted string as the generator writes it; false if it has a control character or a surrogate. */
    private boolean quoted(String s) {
        put((byte) '"');
        if (!text(s)) {
            return false;
        }
        put((byte) '"');
        return true;
    }

    /**
     * Appends text as the generator writes it within a string: a quote and a backslash escaped, other characters in
     * UTF-8; false if it has a control character or a surrogate.
     */
    private boolean text(String s) {
        int n = s.length();
        ensure(3 * n);
        byte[] b = bytes;
        int at = size;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c < 0x20) {
                    return false;
                }
                if (c == '"' || c == '\\') {
                    b[at++] = '\\';
                }
                b[at++] = (byte) c;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xc0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isSurrogate(c)) {
                return false;
            } else {
                b[at++] = (byte) (0xe0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                b[at++] = (byte) (0x80 | c & 0x3f);
            }
        }
        size = at;
        return true;
    }

    private void put(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    private void put(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    private void ensure(int more) {
        if (more > bytes.length - size) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    private static byte[][] openings() {
        Rule[] rules = Rule.values();
        byte[][] openings = new byte[2 * rules.length][];
        for (Rule rule : rules) {
            String text = "{\"" + new String(FindingCodec.RULE.asQuotedUTF8(), StandardCharsets.UTF_8) + "\":\""
                    + new String(Names.id(rule).asQuotedUTF8(), StandardCharsets.UTF_8) + "\",\""
                    + new String(FindingCodec.PASSED.asQuotedUTF8(), StandardCharsets.UTF_8) + "\":";
            openings[2 * rule.ordinal()] = (text + "false").getBytes(StandardCharsets.UTF_8);
            openings[2 * rule.ordinal() + 1] = (text + "true").getBytes(StandardCharsets.UTF_8);
        }
        return openings;
    }

    /** A field's name after another field: <code>,"name":</code>. */
    private static byte[] field(SerializableString name) {
        return (",\"" + new String(name.asQuotedUTF8(), StandardCharsets.UTF_8) + "\":")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The plain digits of a number, as {@link BigDecimal#toPlainString()} writes them ({@link Finding#observedText()}),
     * made without a string: for a number of at most 18 digits, from its unscaled value; else from its text.
     */
    static final class Digits {

        /** The most digits of a number made from its unscaled value, and the most digits after its point. */
        private static final int MOST_DIGITS = 18;

        /** The text, at the end: a sign, a zero, a point and 18 digits at most, or a longer number's text. */
        private byte[] text = new byte[2 * MOST_DIGITS];
        private int length;

        /** Makes the digits of a number; false, and none, if there is no number. */
        boolean of(@Nullable BigDecimal n) {
            length = 0;
            if (n == null) {
                return false;
            }
            int scale = n.scale();
            if (scale < 0 || scale > MOST_DIGITS || n.precision() > MOST_DIGITS) {
                // Never for the numbers of a decision: amounts, counts, ages, years and parameters' values.
                byte[] plain = n.toPlainString().getBytes(StandardCharsets.US_ASCII);
                if (plain.length > text.length) {
                    text = new byte[plain.length];
                }
                System.arraycopy(plain, 0, text, text.length - plain.length, plain.length);
                length = plain.length;
                return true;
            }
            long unscaled = scale == 0 ? n.longValue() : n.movePointRight(scale).longValue();
            byte[] t = text;
            int at = t.length;
            long rest = Math.abs(unscaled);
            for (int i = 0; i < scale; i++) {
                t[--at] = (byte) ('0' + rest % 10);
                rest /= 10;
            }
            if (scale > 0) {
                t[--at] = '.';
            }
            do {
                t[--at] = (byte) ('0' + rest % 10);
                rest /= 10;
            } while (rest != 0);
            if (unscaled < 0) {
                t[--at] = '-';
            }
            length = t.length - at;
            return true;
        }

        /** Appends the digits made last. */
        void appendTo(FindingBytes out) {
            out.ensure(length);
            System.arraycopy(text, text.length - length, out.bytes, out.size, length);
            out.size += length;
        }
    }

    /**
     * The bytes made, as the raw text the generator copies into its buffer ({@link #appendUnquotedUTF8}); the rest
     * of the interface gives the text as any serialized string does, for a generator that asks for it otherwise.
     */
    private final class Raw implements SerializableString {

        private SerializedString text() {
            return new SerializedString(getValue());
        }

        @Override
        public String getValue() {
            return new String(bytes, 0, size, StandardCharsets.UTF_8);
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public char[] asQuotedChars() {
            return text().asQuotedChars();
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return Arrays.copyOf(bytes, size);
        }

        @Override
        public byte[] asQuotedUTF8() {
            return text().asQuotedUTF8();
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            return text().appendQuotedUTF8(buffer, offset);
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            return text().appendQuoted(buffer, offset);
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (size > buffer.length - offset) {
                return -1;
            }
            System.arraycopy(bytes, 0, buffer, offset, size);
            return size;
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            return text().appendUnquoted(buffer, offset);
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) throws IOException {
            return text().writeQuotedUTF8(out);
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(bytes, 0, size);
            return size;
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
            return text().putQuotedUTF8(buffer);
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) throws IOException {
            if (size > buffer.remaining()) {
                return -1;
            }
            buffer.put(bytes, 0, size);
            return size;
        }
    }
}
